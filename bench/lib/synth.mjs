// Synthetic but realistic Vietnamese children for the registry benchmark: names weighted by real
// frequency (with the north/south split of Hoàng/Huỳnh and Vũ/Võ, and the family names of the
// largest ethnic minorities), plausible dates, valid personal IDs, caregivers, special
// circumstances, risk factors and school status. Shared by generate-children.mjs (rows straight
// into PostgreSQL) and make-import-file.mjs (rows of an import spreadsheet).
//
// Everything is deterministic for a given seed. Every name is returned in NFC.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
/** What marks generated rows: the notes of every bench child start with it. */
export const BENCH_MARK = '[BENCH]';

// ---------------------------------------------------------------------------------------------
// Random numbers: sfc32 seeded through xmur3, so a seed string gives the same data everywhere.

function xmur3(text) {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

export class Rng {
  constructor(seed) {
    const s = xmur3(String(seed));
    this.a = s();
    this.b = s();
    this.c = s();
    this.d = s();
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A float in [0, 1). */
  next() {
    let { a, b, c, d } = this;
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    this.c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n) {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min, max) {
    return min + this.int(max - min + 1);
  }

  chance(p) {
    return this.next() < p;
  }

  pick(items) {
    return items[this.int(items.length)];
  }

  shuffle(items) {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
}

/** A weighted choice: `new Weighted([[value, weight], ...]).pick(rng)`, O(log n). */
export class Weighted {
  constructor(entries) {
    this.values = [];
    this.cumulative = [];
    let total = 0;
    for (const [value, weight] of entries) {
      if (!(weight > 0)) continue;
      total += weight;
      this.values.push(value);
      this.cumulative.push(total);
    }
    this.total = total;
  }

  pick(rng) {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }
}

/** Weights falling with rank, like the popularity of given names: 1 / (rank + k)^s. */
function ranked(names, k = 3, s = 1) {
  return names.map((name, i) => [name, 1 / Math.pow(i + 1 + k, s)]);
}

// ---------------------------------------------------------------------------------------------
// Names. Family-name frequencies: Lê Trung Hoa, "Họ và tên người Việt" and the 2005 survey
// quoted by Wikipedia (Nguyễn ≈ 38 %, Trần ≈ 12 %, Lê ≈ 9.5 %, Phạm ≈ 7 %, Hoàng/Huỳnh ≈ 5 %,
// Phan ≈ 4.5 %, Vũ/Võ ≈ 3.9 %, Đặng ≈ 2.1 %, Bùi ≈ 2 %, Đỗ ≈ 1.4 %, Hồ ≈ 1.3 %, Ngô ≈ 1.3 %,
// Dương ≈ 1 %, Lý ≈ 0.5 %).

const KINH_FAMILY_COMMON = [
  ['Nguyễn', 38.4],
  ['Trần', 12.1],
  ['Lê', 9.5],
  ['Phạm', 7.0],
  ['Phan', 4.5],
  ['Đặng', 2.1],
  ['Bùi', 2.0],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1.0],
  ['Lý', 0.5],
  ['Đinh', 0.6],
  ['Trịnh', 0.5],
  ['Đào', 0.5],
  ['Trương', 0.5],
  ['Đoàn', 0.4],
  ['Mai', 0.4],
  ['Lâm', 0.4],
  ['Hà', 0.4],
  ['Cao', 0.3],
  ['Lương', 0.3],
  ['Lưu', 0.3],
  ['Phùng', 0.3],
  ['Tạ', 0.2],
  ['Châu', 0.2],
  ['Thái', 0.2],
  ['Tô', 0.2],
  ['Chu', 0.2],
  ['Triệu', 0.2],
  ['Lại', 0.2],
  ['Kiều', 0.1],
  ['Quách', 0.1],
  ['Vương', 0.1],
  ['Tăng', 0.1],
  ['La', 0.1],
  ['Mạc', 0.1],
  ['Nghiêm', 0.1],
  ['Hứa', 0.1],
  ['Tống', 0.1],
  ['Khúc', 0.05],
  ['Âu', 0.05],
  ['Ông', 0.05],
  ['Doãn', 0.05],
  ['Khổng', 0.05],
];
const KINH_FAMILY = {
  north: new Weighted([
    ...KINH_FAMILY_COMMON,
    ['Hoàng', 5.0],
    ['Huỳnh', 0.1],
    ['Vũ', 3.6],
    ['Võ', 0.3],
  ]),
  south: new Weighted([
    ...KINH_FAMILY_COMMON,
    ['Hoàng', 0.6],
    ['Huỳnh', 4.5],
    ['Vũ', 0.4],
    ['Võ', 3.5],
  ]),
};

const CHILD_MIDDLE = {
  male: new Weighted([
    ['Văn', 12],
    ['Minh', 12],
    ['Đức', 10],
    ['Gia', 8],
    ['Bảo', 6],
    ['Hoàng', 6],
    ['Quang', 6],
    ['Anh', 5],
    ['Hữu', 4],
    ['Thành', 4],
    ['Đăng', 4],
    ['Nhật', 4],
    ['Quốc', 4],
    ['Tuấn', 3],
    ['Trung', 3],
    ['Công', 3],
    ['Việt', 3],
    ['Khánh', 3],
    ['Duy', 3],
    ['Hải', 3],
    ['Thanh', 3],
    ['Tiến', 2],
    ['Xuân', 2],
    ['Ngọc', 2],
    ['Phúc', 2],
    ['Thiên', 2],
  ]),
  female: new Weighted([
    ['Thị', 14],
    ['Ngọc', 10],
    ['Minh', 7],
    ['Bảo', 7],
    ['Khánh', 6],
    ['Thu', 5],
    ['Thanh', 5],
    ['Phương', 5],
    ['Gia', 4],
    ['Mai', 4],
    ['Hồng', 3],
    ['Kim', 3],
    ['Diệu', 3],
    ['Thùy', 3],
    ['Hải', 3],
    ['Quỳnh', 3],
    ['Hà', 3],
    ['Linh', 3],
    ['Như', 3],
    ['Tường', 2],
    ['Tuệ', 2],
    ['Yến', 2],
    ['Thảo', 2],
    ['Hoài', 2],
    ['Cẩm', 2],
    ['An', 2],
  ]),
};

const CHILD_GIVEN = {
  male: new Weighted(
    ranked([
      'Minh', 'Anh', 'Huy', 'Khang', 'Bảo', 'Phúc', 'Nam', 'Đức', 'Long', 'Quân', 'Khôi', 'An',
      'Hoàng', 'Dũng', 'Tuấn', 'Hùng', 'Hưng', 'Hiếu', 'Duy', 'Đạt', 'Khoa', 'Kiên', 'Lâm',
      'Lộc', 'Nhân', 'Phát', 'Phong', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thái', 'Thành', 'Thắng',
      'Thịnh', 'Tiến', 'Toàn', 'Trí', 'Trung', 'Tú', 'Vinh', 'Việt', 'Vũ', 'Bình', 'Cường',
      'Hải', 'Nghĩa', 'Khánh', 'Thiện', 'Nguyên', 'Tùng', 'Kiệt', 'Lân', 'Sang', 'Thuận',
      'Hòa', 'Hiển', 'Đăng', 'Dương', 'Châu', 'Đông', 'Hậu', 'Luân', 'Nhật', 'Triết',
    ]),
  ),
  female: new Weighted(
    ranked([
      'Anh', 'Linh', 'Ngọc', 'Trang', 'Vy', 'Hà', 'Thảo', 'Nhi', 'Mai', 'Hương', 'Lan',
      'Phương', 'Yến', 'Hân', 'Châu', 'Chi', 'My', 'Ngân', 'Quỳnh', 'Uyên', 'An', 'Ánh',
      'Diệp', 'Dung', 'Giang', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Huyền', 'Loan', 'Ly', 'Nga',
      'Nhung', 'Oanh', 'Thư', 'Thủy', 'Trâm', 'Tuyết', 'Vân', 'Hồng', 'Như', 'Tâm', 'Khuê',
      'Thùy', 'Trinh', 'Xuân', 'Diệu', 'Hoài', 'Nguyệt', 'Tiên', 'Khanh', 'Đan', 'Hạ', 'Lam',
    ]),
  ),
};

const PARENT_MIDDLE = {
  male: new Weighted([
    ['Văn', 35],
    ['Đức', 8],
    ['Minh', 8],
    ['Quang', 6],
    ['Hữu', 6],
    ['Công', 5],
    ['Thanh', 5],
    ['Xuân', 4],
    ['Ngọc', 4],
    ['Đình', 4],
    ['Mạnh', 3],
    ['Anh', 3],
    ['Tiến', 3],
    ['Trọng', 3],
    ['Hoàng', 3],
    ['Quốc', 3],
    ['Duy', 2],
    ['Thế', 2],
    ['Bá', 2],
  ]),
  female: new Weighted([
    ['Thị', 60],
    ['Thu', 6],
    ['Thanh', 6],
    ['Ngọc', 5],
    ['Hồng', 4],
    ['Minh', 3],
    ['Kim', 3],
    ['Phương', 3],
    ['Thùy', 3],
    ['Bích', 2],
    ['Mai', 2],
    ['Diệu', 1],
    ['Hải', 1],
    ['Lan', 1],
    ['Cẩm', 1],
  ]),
};

const PARENT_GIVEN = {
  male: new Weighted(
    ranked([
      'Hùng', 'Dũng', 'Tuấn', 'Cường', 'Thắng', 'Hải', 'Nam', 'Sơn', 'Long', 'Bình', 'Trung',
      'Thành', 'Hưng', 'Tùng', 'Minh', 'Quyết', 'Toàn', 'Hòa', 'Lợi', 'Tài', 'Khải', 'Hiệp',
      'Chiến', 'Thanh', 'Tú', 'Huy', 'Đức', 'Quang', 'Phong', 'Hoàng', 'Anh', 'Việt', 'Trường',
      'Tâm', 'Hiếu', 'Phúc', 'Lâm', 'Vinh', 'Khánh', 'Duy', 'Đạt', 'Thịnh', 'Tiến', 'Kiên',
    ]),
    4,
  ),
  female: new Weighted(
    ranked([
      'Hương', 'Lan', 'Hoa', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Huyền', 'Hồng', 'Mai', 'Nga',
      'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Dung',
      'Giang', 'Linh', 'Loan', 'Ly', 'Anh', 'Thu', 'Thắm', 'Huệ', 'Liên', 'Quyên', 'Chi', 'Lụa',
      'Nhàn', 'Duyên', 'Hậu', 'Bình', 'Tâm', 'Xuân', 'Nguyệt', 'Thúy', 'Hiên', 'Hảo',
    ]),
    4,
  ),
};

/** Names of ethnic groups whose naming differs from the Kinh's (GSO 1979 codes). */
const MINORITY_NAMES = {
  // Hmông
  '08': {
    family: new Weighted([
      ['Giàng', 20], ['Sùng', 15], ['Vàng', 15], ['Thào', 15], ['Lý', 10], ['Hầu', 8],
      ['Mùa', 6], ['Lù', 6], ['Ly', 4], ['Vừ', 4], ['Hảng', 3], ['Tráng', 3], ['Cứ', 2],
    ]),
    middle: {
      male: new Weighted([['A', 40], ['Văn', 30], ['Seo', 15], ['Mí', 10]]),
      female: new Weighted([['Thị', 80], ['Mí', 8], ['Xì', 4]]),
    },
    given: {
      male: new Weighted(ranked(['Páo', 'Chứ', 'Dế', 'Sử', 'Sính', 'Chả', 'Lử', 'Pàng', 'Thề', 'Chu', 'Súa', 'Say', 'Tú', 'Lình', 'Phử', 'Dơ'], 2)),
      female: new Weighted(ranked(['Mỷ', 'Sinh', 'Chá', 'Dua', 'Mai', 'Sung', 'Pà', 'Mẩy', 'Dung', 'Xúa', 'Lan', 'Dợ', 'Sáy', 'Mang'], 2)),
    },
  },
  // Dao
  '09': {
    family: new Weighted([['Bàn', 30], ['Triệu', 25], ['Lý', 15], ['Đặng', 15], ['Chảo', 10], ['Phùn', 5]]),
    middle: {
      male: new Weighted([['Văn', 60], ['Kim', 10], ['Tòn', 5], ['Quay', 3]]),
      female: new Weighted([['Thị', 80], ['Mùi', 5], ['Kiều', 3]]),
    },
    given: {
      male: new Weighted(ranked(['Phin', 'Kiềm', 'Tả', 'Chòi', 'Sinh', 'Quẩy', 'Vần', 'Lở', 'Phấu', 'Dần', 'Chàn', 'Tiến', 'Hùng', 'Minh'], 2)),
      female: new Weighted(ranked(['Mẩy', 'Xuân', 'Tá', 'Chạn', 'Dầu', 'Mai', 'Liên', 'Nhất', 'Hoa', 'Chiêm'], 2)),
    },
  },
};
/** Tày, Nùng, Giáy, Thái, Mường, Sán Dìu: their own family names, Kinh middle and given names. */
const NORTHERN_MINORITY_FAMILY = new Weighted([
  ['Hoàng', 15], ['Nông', 15], ['Hà', 8], ['Lương', 8], ['Nguyễn', 8], ['Ma', 6], ['Lục', 6],
  ['Vi', 6], ['Đinh', 5], ['La', 5], ['Lò', 5], ['Cầm', 4], ['Triệu', 4], ['Lý', 4],
  ['Lường', 3], ['Quàng', 2], ['Sầm', 2], ['Hứa', 2], ['Bùi', 4], ['Quách', 2],
]);
const HOA_FAMILY = new Weighted([
  ['Lâm', 12], ['Trương', 10], ['Quách', 6], ['Lý', 10], ['Mã', 5], ['Tăng', 6], ['Châu', 6],
  ['Hứa', 5], ['Diệp', 5], ['La', 4], ['Trần', 8], ['Lưu', 6], ['Thái', 4], ['Ông', 3],
]);
const KHMER_FAMILY = new Weighted([
  ['Thạch', 20], ['Danh', 20], ['Kim', 15], ['Sơn', 15], ['Lâm', 10], ['Châu', 10], ['Lý', 10],
]);

function familyWeights(ethnicity, region) {
  if (['02', '03', '06', '07', '18', '25', '15'].includes(ethnicity)) return NORTHERN_MINORITY_FAMILY;
  if (ethnicity === '04') return HOA_FAMILY;
  if (ethnicity === '05') return KHMER_FAMILY;
  return KINH_FAMILY[region];
}

// ---------------------------------------------------------------------------------------------
// Places.

/** Ethnicity mixes by province (GSO 1979 codes; null: not recorded). */
const ETHNICITY_MIX = {
  '01': [['01', 97], ['06', 0.7], ['02', 0.3], ['03', 0.2], ['07', 0.15], ['09', 0.1], ['04', 0.1], ['18', 0.1], [null, 1.5]],
  '79': [['01', 91.5], ['04', 5], ['05', 0.7], ['17', 0.2], ['02', 0.25], ['07', 0.3], ['06', 0.1], [null, 2]],
  // Lào Cai (with Yên Bái since 2025)
  '15': [['01', 38], ['08', 20], ['02', 15], ['09', 12], ['03', 4], ['25', 2.5], ['07', 2.5], ['06', 1], ['40', 0.8], ['35', 0.8], ['49', 0.3], ['38', 0.3], [null, 2.5]],
  default: [['01', 88], ['02', 2], ['03', 2], ['06', 2], ['07', 1], ['04', 1], [null, 4]],
};

const STREETS = {
  '01': ['Đội Cấn', 'Kim Mã', 'Láng Hạ', 'Nguyễn Chí Thanh', 'Hoàng Hoa Thám', 'Giải Phóng', 'Trường Chinh', 'Tôn Đức Thắng', 'Cầu Giấy', 'Lạc Long Quân', 'Minh Khai', 'Tam Trinh', 'Nguyễn Trãi', 'Xuân Thủy', 'Trần Duy Hưng', 'Ngọc Lâm', 'Nguyễn Văn Cừ', 'Bạch Mai', 'Lê Duẩn', 'Khâm Thiên'],
  '79': ['Lê Văn Sỹ', 'Cách Mạng Tháng Tám', 'Nguyễn Thị Minh Khai', 'Điện Biên Phủ', 'Phan Văn Trị', 'Quang Trung', 'Lê Đức Thọ', 'Âu Cơ', 'Lũy Bán Bích', 'Huỳnh Tấn Phát', 'Nguyễn Văn Linh', 'Phạm Văn Đồng', 'Kha Vạn Cân', 'Tân Kỳ Tân Quý', 'Hậu Giang', 'Kinh Dương Vương', 'Bùi Minh Trực', 'Tô Ký'],
  default: ['Trần Hưng Đạo', 'Lê Lợi', 'Nguyễn Huệ', 'Hùng Vương', 'Hoàng Liên', 'Điện Biên', 'Ngô Quyền', 'Lý Thường Kiệt'],
};
const RURAL_VILLAGES = {
  north: ['Đông', 'Đoài', 'Trung', 'Thượng', 'Hạ', 'Tiền Phong', 'Làng Mới', 'Yên Thái', 'Phú Mỹ', 'Đồng Tâm', 'Tân Lập', 'An Hòa', 'Phúc Lộc', 'Hòa Bình', 'Quyết Tiến'],
  mountain: ['Nậm Cang', 'Cát Cát', 'Tả Van', 'Lao Chải', 'Séo Mí Tỷ', 'Khe Mụ', 'Nà Lốc', 'Pác Ngòi', 'Làng Chạng', 'Bản Pho', 'Sín Chải', 'Nặm Chày', 'Cốc Ly', 'Tả Phìn', 'Phìn Ngan'],
  south: ['Tân Hòa', 'Bình An', 'Phước Lợi', 'Long Thạnh', 'Mỹ Hòa', 'An Phú', 'Tân Quý', 'Hòa Lân', 'Bình Thuận', 'Xóm Mới'],
};
/** Province codes before 2025 (63 provinces), for a child born elsewhere. */
const OLD_PROVINCES = '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96'.split(' ');
const SOUTH = new Set(['46', '48', '51', '52', '56', '66', '68', '75', '79', '80', '82', '86', '91', '92', '96']);
const MOUNTAIN = new Set(['04', '08', '11', '12', '14', '15', '19', '20']);

export function regionOf(provinceCode) {
  return SOUTH.has(provinceCode) ? 'south' : 'north';
}

/**
 * Commune weights falling like a Zipf law with exponent `skew` over a shuffled order, so a few
 * communes are much bigger than the rest (skew 0.4 over Hà Nội's 126 communes: the largest holds
 * ~3.4 % of the province, the smallest ~0.5 %).
 */
export function communeWeights(communes, rng, skew) {
  return new Weighted(rng.shuffle(communes).map((c, i) => [c, 1 / Math.pow(i + 1, skew)]));
}

// ---------------------------------------------------------------------------------------------
// Dates.

export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

/** Today in Vietnam (UTC+7), YYYY-MM-DD. */
export function todayInVietnam() {
  return isoDay(new Date(Date.now() + 7 * 3600_000));
}

function addDays(day, n) {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
}

/** Whole years from `dob` to `today` (both YYYY-MM-DD). */
export function ageOn(dob, today) {
  const [y, m, d] = dob.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Personal IDs.

/**
 * Unique valid personal IDs: 3 digits of the province of birth, the century/sex digit, 2 digits of
 * the birth year, 6 digits. The last six are a permutation of a counter per prefix inside a range
 * of serial numbers (the generator uses 000000-799999, import files 800000-999999, so an import
 * file's IDs never collide with generated children), skipping IDs in `taken`.
 */
export class PersonalIds {
  constructor(rng, { from = 0, size = 800_000, taken = new Set() } = {}) {
    this.rng = rng;
    this.from = from;
    this.size = size;
    this.taken = taken;
    this.prefixes = new Map();
    // Coprime with any size of the form 2^a·5^b (800000, 200000): a bijection on [0, size).
    this.multiplier = 387_913;
  }

  next(birthProvince, dob, sex) {
    const year = Number(dob.slice(0, 4));
    const century = Math.floor(year / 100) - 19;
    const prefix = `0${birthProvince}${century * 2 + (sex === 'female' ? 1 : 0)}${String(year % 100).padStart(2, '0')}`;
    let state = this.prefixes.get(prefix);
    if (!state) {
      state = { n: 0, offset: this.rng.int(this.size) };
      this.prefixes.set(prefix, state);
    }
    for (;;) {
      if (state.n >= this.size) throw new Error(`personal IDs of prefix ${prefix} exhausted`);
      const serial = this.from + ((state.offset + state.n * this.multiplier) % this.size);
      state.n += 1;
      const id = prefix + String(serial).padStart(6, '0');
      if (!this.taken.has(id)) return id;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Reference lists.

/** The lists the generator draws codes from, from code-lists.json of the build (or the DB's). */
export function loadCodeLists() {
  const lists = JSON.parse(
    readFileSync(join(DIST, 'database/reference-data/code-lists.json'), 'utf8'),
  );
  return {
    ethnicities: lists.ethnicities.map((i) => ({ code: i.code, name: i.name })),
    specialCircumstances: lists['special-circumstances'].map((i) => ({
      code: i.code,
      parentCode: i.parentCode ?? null,
    })),
    riskFactors: lists['risk-factors'].map((i) => ({ code: i.code })),
    schoolStatuses: lists['school-statuses'].map((i) => ({ code: i.code })),
  };
}

/** The current communes by province, from admin-units-2025.json of the build. */
export function loadCommunes() {
  const provinces = JSON.parse(
    readFileSync(join(DIST, 'database/reference-data/admin-units-2025.json'), 'utf8'),
  );
  const byProvince = new Map();
  for (const p of provinces) {
    byProvince.set(p.code, {
      code: p.code,
      fullName: p.fullName,
      communes: p.communes.map((c) => ({
        code: c.code,
        fullName: c.fullName,
        unitType: c.unitType,
        provinceCode: p.code,
      })),
    });
  }
  return byProvince;
}

const SPECIAL_WEIGHTS = { d: 35, c: 15, n: 8, h: 6, a: 5, i: 4, b: 3, e: 3, k: 3, l: 3, 'đ': 2, g: 1, m: 1, o: 1 };
const RISK_WEIGHTS = {
  poor_household: 30,
  near_poor_household: 20,
  parent_migrant_worker: 20,
  parents_divorced_or_separated: 12,
  living_with_elderly_or_no_adult: 6,
  risk_of_dropout: 4,
  domestic_violence: 3,
  online_risk: 3,
  disability_in_family: 3,
  child_labour_risk: 2,
  early_marriage_risk: 1,
  parent_in_prison: 1,
  parent_drug_use: 1,
  other: 1,
};
const DISABILITIES = new Weighted([
  ['Khuyết tật vận động', 35],
  ['Khuyết tật trí tuệ', 20],
  ['Khuyết tật nghe, nói', 15],
  ['Khuyết tật thần kinh, tâm thần', 12],
  ['Khuyết tật nhìn', 10],
  ['Khuyết tật khác', 8],
]);
const MOBILE_PREFIXES = ['090', '091', '093', '094', '096', '097', '098', '086', '088', '032', '033', '034', '035', '036', '037', '038', '039', '070', '076', '077', '078', '079', '081', '082', '083', '084', '085'];

// ---------------------------------------------------------------------------------------------
// Children.

/**
 * Makes children. `reference` is loadCodeLists()'s shape (codes checked against the database by
 * the caller when it has one). `today` is YYYY-MM-DD. `personalIds` a PersonalIds.
 */
export class ChildFactory {
  constructor({ rng, reference, today = todayInVietnam(), personalIds, personalIdRate = 0.78 }) {
    this.rng = rng;
    this.today = today;
    this.personalIds = personalIds;
    this.personalIdRate = personalIdRate;
    const codes = (items) => new Set(items.map((i) => i.code));
    const ethnicities = codes(reference.ethnicities);
    this.ethnicity = Object.fromEntries(
      Object.entries(ETHNICITY_MIX).map(([province, mix]) => [
        province,
        new Weighted(mix.filter(([code]) => code === null || ethnicities.has(code))),
      ]),
    );
    const sc = reference.specialCircumstances;
    this.specialGroups = new Weighted(
      sc.filter((i) => !i.parentCode).map((i) => [i.code, SPECIAL_WEIGHTS[i.code] ?? 1]),
    );
    this.subGroups = new Map();
    for (const i of sc.filter((i) => i.parentCode)) {
      if (!this.subGroups.has(i.parentCode)) this.subGroups.set(i.parentCode, []);
      this.subGroups.get(i.parentCode).push(i.code);
    }
    this.riskFactors = new Weighted(
      reference.riskFactors.map((i) => [i.code, RISK_WEIGHTS[i.code] ?? 1]),
    );
    this.schoolStatuses = codes(reference.schoolStatuses);
    // 0-17 years: born after the day 18 years ago, up to today.
    const [y, m, d] = today.split('-').map(Number);
    this.firstDay = addDays(`${y - 18}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 1);
    this.days = Math.round((Date.parse(today) - Date.parse(this.firstDay)) / 86_400_000) + 1;
    this.villages = new Map();
  }

  personName(sex, ethnicity, region, family) {
    const r = this.rng;
    const minority = MINORITY_NAMES[ethnicity];
    family ??= (minority?.family ?? familyWeights(ethnicity, region)).pick(r);
    const middleOf = minority?.middle[sex] ?? CHILD_MIDDLE[sex];
    const givenOf = minority?.given[sex] ?? CHILD_GIVEN[sex];
    const parts = [family];
    const roll = r.next();
    if (roll < 0.03 && !minority) {
      // no middle name
    } else if (roll < 0.15 && !minority) {
      const first = middleOf.pick(r);
      let second = CHILD_MIDDLE[sex].pick(r);
      if (second === first || second === 'Thị' || second === 'Văn') second = CHILD_MIDDLE[sex].pick(r);
      parts.push(first);
      if (second !== first) parts.push(second);
    } else {
      parts.push(middleOf.pick(r));
    }
    let given = givenOf.pick(r);
    if (given === parts[parts.length - 1]) given = givenOf.pick(r);
    parts.push(given);
    return parts.join(' ').normalize('NFC');
  }

  parentName(sex, ethnicity, region, family) {
    const r = this.rng;
    const minority = MINORITY_NAMES[ethnicity];
    family ??= (minority?.family ?? familyWeights(ethnicity, region)).pick(r);
    const middle = (minority?.middle[sex] ?? PARENT_MIDDLE[sex]).pick(r);
    let given = (minority?.given[sex] ?? PARENT_GIVEN[sex]).pick(r);
    if (given === middle) given = (minority?.given[sex] ?? PARENT_GIVEN[sex]).pick(r);
    return `${family} ${middle} ${given}`.normalize('NFC');
  }

  phone() {
    return this.rng.pick(MOBILE_PREFIXES) + String(this.rng.int(10_000_000)).padStart(7, '0');
  }

  village(commune) {
    let list = this.villages.get(commune.code);
    if (!list) {
      const r = this.rng;
      const region = regionOf(commune.provinceCode);
      if (commune.unitType === 'Phường') {
        const n = r.between(8, 40);
        const label = region === 'south' ? 'Khu phố' : 'Tổ dân phố';
        list = Array.from({ length: n }, (_, i) => `${label} ${i + 1}`);
      } else {
        const names = MOUNTAIN.has(commune.provinceCode)
          ? RURAL_VILLAGES.mountain
          : RURAL_VILLAGES[region];
        const label = region === 'south' ? 'Ấp' : MOUNTAIN.has(commune.provinceCode) ? 'Thôn' : 'Thôn';
        list = r.shuffle(names).slice(0, r.between(5, names.length)).map((n) => `${label} ${n}`);
      }
      this.villages.set(commune.code, list);
    }
    return this.rng.pick(list);
  }

  address(commune, village, provinceFullName) {
    const r = this.rng;
    const streets = STREETS[commune.provinceCode] ?? STREETS.default;
    let street;
    if (commune.unitType !== 'Phường') street = village;
    else if (regionOf(commune.provinceCode) === 'south')
      street = `${r.between(1, 400)}/${r.between(1, 60)} ${r.pick(streets)}`;
    else street = `Số ${r.between(1, 120)} ngõ ${r.between(1, 300)} ${r.pick(streets)}`;
    return `${street}, ${commune.fullName}${provinceFullName ? `, ${provinceFullName}` : ''}`;
  }

  dateOfBirth() {
    const r = this.rng;
    // Slightly fewer of the most recent births are registered yet.
    const day = addDays(this.firstDay, r.int(this.days));
    const roll = r.next();
    if (roll < 0.93) return [day, 'exact'];
    if (roll < 0.97) return [`${day.slice(0, 4)}-01-01`, 'year'];
    return [`${day.slice(0, 7)}-01`, 'estimated'];
  }

  /** A random day from `from` (YYYY-MM-DD) to today. */
  since(from) {
    const days = Math.max(0, Math.round((Date.parse(this.today) - Date.parse(from)) / 86_400_000));
    return addDays(from, this.rng.int(days + 1));
  }

  /**
   * A child in `commune` ({code, fullName, unitType, provinceCode}); `provinceFullName` for the
   * address. Returns the API's fields (camelCase).
   */
  child(commune, provinceFullName) {
    const r = this.rng;
    const province = commune.provinceCode;
    const region = regionOf(province);
    const sexRoll = r.next();
    const sex = sexRoll < 0.003 ? 'unknown' : sexRoll < 0.5125 ? 'male' : 'female';
    const nameSex = sex === 'unknown' ? (r.chance(0.5) ? 'male' : 'female') : sex;
    const ethnicityCode = (this.ethnicity[province] ?? this.ethnicity.default).pick(r);
    const eth = ethnicityCode ?? '01';
    const [dateOfBirth, dobPrecision] = this.dateOfBirth();
    const age = ageOn(dateOfBirth, this.today);

    // Father's family name is the child's (a few children carry the mother's).
    const fatherFamily = ((MINORITY_NAMES[eth]?.family) ?? familyWeights(eth, region)).pick(r);
    const fullName = this.personName(nameSex, eth, region, r.chance(0.03) ? undefined : fatherFamily);
    const childFamily = fullName.split(' ')[0];

    // Special circumstances (~3 %) and risk factors (~8 %, more in the mountains).
    const specialCircumstances = [];
    if (r.chance(0.03)) {
      const n = r.chance(0.1) ? 2 : 1;
      for (let i = 0; i < n; i++) {
        const code = this.specialGroups.pick(r);
        if (specialCircumstances.some((c) => c.code === code)) continue;
        const subs = this.subGroups.get(code);
        const entry = { code };
        if (subs && r.chance(0.7)) entry.subCode = r.pick(subs);
        if (r.chance(0.85)) entry.since = this.since(dateOfBirth);
        specialCircumstances.push(entry);
      }
    }
    const riskFactors = [];
    if (r.chance(MOUNTAIN.has(province) ? 0.2 : 0.08)) {
      const n = r.chance(0.2) ? 2 : 1;
      for (let i = 0; i < n; i++) {
        const code = this.riskFactors.pick(r);
        if (riskFactors.some((f) => f.code === code)) continue;
        if ((code === 'early_marriage_risk' || code === 'risk_of_dropout') && age < 11) continue;
        const entry = { code };
        if (r.chance(0.7)) entry.since = this.since(dateOfBirth);
        riskFactors.push(entry);
      }
    }
    const codes = new Set(specialCircumstances.map((c) => c.code));

    // Caregivers.
    const mother = () => {
      const c = { relation: 'mother', fullName: this.parentName('female', eth, region) };
      if (r.chance(0.35)) c.phone = this.phone();
      return c;
    };
    const father = () => {
      const c = { relation: 'father', fullName: this.parentName('male', eth, region, fatherFamily) };
      if (r.chance(0.2)) c.phone = this.phone();
      return c;
    };
    const guardian = () => {
      // A grandparent, often of the father's side.
      const gsex = r.chance(0.6) ? 'female' : 'male';
      const c = {
        relation: 'guardian',
        fullName: this.parentName(gsex, eth, region, gsex === 'male' ? fatherFamily : undefined),
      };
      if (r.chance(0.3)) c.phone = this.phone();
      return c;
    };
    let caregivers;
    if (codes.has('a')) caregivers = [guardian()];
    else if (codes.has('b')) caregivers = r.chance(0.6) ? [guardian()] : [];
    else if (codes.has('c')) caregivers = [r.pick([mother, father, guardian])()];
    else {
      const roll = r.next();
      if (roll < 0.8) caregivers = [mother(), father()];
      else if (roll < 0.89) caregivers = [mother()];
      else if (roll < 0.93) caregivers = [father()];
      else if (roll < 0.98) caregivers = r.chance(0.5) ? [guardian(), mother()] : [guardian()];
      else caregivers = [];
    }

    // Personal ID: most registered births; fewer babies, none with an estimated date.
    let personalId = null;
    const rate =
      dobPrecision === 'estimated' || sex === 'unknown'
        ? 0
        : dobPrecision === 'year'
          ? 0.35
          : age < 1
            ? 0.4
            : this.personalIdRate;
    if (this.personalIds && r.chance(rate)) {
      const birthProvince = r.chance(0.85) ? province : r.pick(OLD_PROVINCES);
      personalId = this.personalIds.next(birthProvince, dateOfBirth, sex);
    }

    // School.
    let schoolStatus = null;
    const s = r.next();
    if (age < 3) schoolStatus = s < 0.6 ? 'not_yet_school_age' : null;
    else if (age < 6) schoolStatus = s < 0.85 ? 'preschool' : s < 0.95 ? 'not_yet_school_age' : null;
    else if (age < 15)
      schoolStatus =
        s < 0.95 ? 'in_school' : s < 0.96 && age >= 11 ? 'dropped_out' : s < 0.963 ? 'never_attended' : null;
    else schoolStatus = s < 0.88 ? 'in_school' : s < 0.94 ? 'dropped_out' : s < 0.95 ? 'graduated' : null;
    if (codes.has('h')) schoolStatus = 'dropped_out';
    if (schoolStatus && !this.schoolStatuses.has(schoolStatus)) schoolStatus = null;

    const village = r.chance(0.9) ? this.village(commune) : null;
    const address = r.chance(0.7) ? this.address(commune, village ?? this.village(commune), provinceFullName) : null;

    return {
      fullName,
      dateOfBirth,
      dobPrecision,
      sex,
      ethnicityCode,
      personalId,
      provinceCode: province,
      communeCode: commune.code,
      village,
      address,
      caregivers,
      specialCircumstances,
      riskFactors,
      schoolStatus,
      disability: codes.has('d') ? DISABILITIES.pick(r) : null,
      notes: BENCH_MARK,
      _family: childFamily,
    };
  }

  /**
   * A near-duplicate of `child`: the same child entered again in the same commune, with one or
   * two small differences (a letter, a day, only the year) and no personal ID; half the time also
   * typed without some diacritics.
   */
  nearDuplicate(child) {
    const r = this.rng;
    const copy = structuredClone(child);
    copy.personalId = null;
    const changes = r.shuffle(['typo', 'day', 'year', 'typo', 'day']).slice(0, r.chance(0.3) ? 2 : 1);
    for (const change of changes) {
      if (change === 'typo') copy.fullName = typo(copy.fullName, r);
      else if (change === 'day' && copy.dobPrecision === 'exact') {
        const moved = addDays(copy.dateOfBirth, r.chance(0.5) ? 1 : -1);
        if (moved <= this.today) copy.dateOfBirth = moved;
        else copy.dateOfBirth = addDays(copy.dateOfBirth, -1);
      } else {
        copy.dateOfBirth = `${copy.dateOfBirth.slice(0, 4)}-01-01`;
        copy.dobPrecision = 'year';
      }
    }
    if (copy.dateOfBirth === child.dateOfBirth && copy.fullName === child.fullName)
      copy.fullName = typo(copy.fullName, r);
    if (r.chance(0.5)) copy.fullName = stripSomeDiacritics(copy.fullName, r);
    if (r.chance(0.3)) {
      copy.caregivers = copy.caregivers
        .filter(() => r.chance(0.7))
        .map((c) => ({ ...c, fullName: r.chance(0.5) ? stripSomeDiacritics(c.fullName, r) : c.fullName }));
    }
    if (r.chance(0.5)) copy.address = null;
    return copy;
  }
}

/** Removes the diacritics of one word, or of all of them. */
export function stripSomeDiacritics(name, rng) {
  const strip = (w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const words = name.split(' ');
  if (rng.chance(0.4)) return words.map(strip).join(' ');
  const i = rng.int(words.length);
  words[i] = strip(words[i]);
  return words.join(' ').normalize('NFC');
}

const VOWELS = 'aeiouy';
/** One letter different in the given name or a middle name: a letter dropped, doubled or swapped. */
export function typo(name, rng) {
  const words = name.split(' ');
  const i = words.length > 1 ? rng.between(1, words.length - 1) : 0;
  const chars = [...words[i].normalize('NFC')];
  // Never the first letter: typing errors keep the capital.
  const j = chars.length > 1 ? rng.between(1, chars.length - 1) : 0;
  const roll = rng.next();
  if (roll < 0.35 && chars.length > 2) chars.splice(j, 1);
  else if (roll < 0.6) chars.splice(j + 1, 0, chars[j]);
  else {
    const base = chars[j].normalize('NFD')[0].toLowerCase();
    const pool = VOWELS.includes(base) ? VOWELS : 'nmhtcgl';
    let c = rng.pick([...pool]);
    if (c === base) c = pool[(pool.indexOf(c) + 1) % pool.length];
    chars[j] = j === 0 ? c.toUpperCase() : c;
  }
  words[i] = chars.join('');
  return words.join(' ').normalize('NFC');
}

// ---------------------------------------------------------------------------------------------
// Command line.

/** `--name value` and `--flag` options, with defaults. */
export function parseArgs(argv, defaults) {
  const options = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split('=', 2);
    const name = key.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(name in defaults)) throw new Error(`unknown option --${key}`);
    if (typeof defaults[name] === 'boolean' && inline === undefined) options[name] = true;
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${key} needs a value`);
      options[name] = typeof defaults[name] === 'number' ? Number(value) : value;
    }
  }
  return options;
}
