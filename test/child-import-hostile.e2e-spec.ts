import { constants, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { JobName } from '../src/queue/queue.constants.js';
import { Queues } from '../src/queue/queues.service.js';
import { createTestApp, type TestApp } from './app.js';
import { importFinished, type ImportStatus } from './imports.js';
import { AREA, binary, communeOfficer, eventually } from './world.js';

type Api = ReturnType<TestApp['as']>;

const HEADER = 'Họ và tên,Ngày sinh,Giới tính,Mã tỉnh,Mã xã,Ghi chú';
/** A row's text that must never reach a message, the database's failure or the log. */
const SECRET = 'Bí Mật Riêng Tư';

/** One part of a zip as written: its bytes already deflated, the size its directory declares. */
interface Part {
  name: string;
  deflated: Buffer;
  size: number;
}

/** A zip of deflated parts; the directory says what `size` says, true or not. */
function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.deflated.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    central.push(entry, name);
    offset += 30 + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a zip, unpacked. */
async function parts(file: Buffer): Promise<Map<string, string>> {
  const archive = await JSZip.loadAsync(file);
  const result = new Map<string, string>();
  for (const entry of Object.values(archive.files)) {
    if (!entry.dir) result.set(entry.name, await entry.async('string'));
  }
  return result;
}

const MB16 = 16 * 1024 * 1024;

/**
 * Deflated `before`, then `megabytes` MB of one character, then `after`, built without holding
 * the unpacked text: 16 MB of the character compress to one block of about 16 KB, written again
 * and again, each referring back to the 32 KB of the same character before it.
 */
function bomb(before: string, filler: string, megabytes: number, after: string): Buffer {
  const window = Buffer.alloc(32 * 1024, filler);
  const sync = { finishFlush: constants.Z_SYNC_FLUSH };
  const head = deflateRawSync(Buffer.concat([Buffer.from(before), window]), sync);
  const block = deflateRawSync(Buffer.alloc(MB16, filler), { ...sync, dictionary: window });
  const tail = deflateRawSync(Buffer.from(after), { dictionary: window });
  return Buffer.concat([head, ...Array<Buffer>(Math.ceil(megabytes / 16)).fill(block), tail]);
}

async function workbook(rows: string[][]): Promise<Map<string, string>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Trẻ em');
  for (const row of rows) sheet.addRow(row);
  return await parts(Buffer.from(await book.xlsx.writeBuffer()));
}

/** A zip of these parts, honest about their sizes but for those in `declared`. */
function rezip(
  xml: Map<string, string>,
  replaced: Record<string, Buffer> = {},
  declared: Record<string, number> = {},
): Buffer {
  return zip(
    [...xml].map(([name, text]) => ({
      name,
      deflated: replaced[name] ?? deflateRawSync(Buffer.from(text)),
      size: declared[name] ?? Buffer.byteLength(text),
    })),
  );
}

describe('child registry: hostile and broken import files', () => {
  let t: TestApp;
  let officer: Api;

  const upload = (file: Buffer, name: string) =>
    officer.post('/api/v1/children/imports').attach('file', file, name);

  const finished = (id: string, language = 'vi') => importFinished(officer, id, language, 1200);

  /**
   * The import's job ran once and ended without an error for BullMQ to retry (the import's row
   * says failed inside the job, a moment before BullMQ marks the job completed).
   */
  async function ranOnce(id: string): Promise<void> {
    const job = await eventually(async () => {
      const found = await t.app
        .get(Queues)
        .forJob(JobName.ImportChildren)
        .getJob(`${JobName.ImportChildren}.${id}`);
      expect(await found?.getState()).toBe('completed');
      return found;
    });
    expect(job?.failedReason).toBeFalsy();
  }

  const count = async () =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM children'))[0].n as string);

  beforeAll(async () => {
    t = await createTestApp();
    officer = await communeOfficer(t, 'officer');
  });
  afterAll(() => t.close());

  it('keeps answering other requests while a file with a 10 MB field is read, and fails it once', async () => {
    const child = await officer
      .post('/api/v1/children')
      .send({
        fullName: 'Đỗ Thu Hà',
        dateOfBirth: '2016-04-01',
        sex: 'female',
        provinceCode: '01',
        communeCode: AREA.communeA1,
      })
      .expect(201);
    const before = await count();
    const good = `Lê Văn Tám,01/01/2016,Nam,01,${AREA.communeA1},`;
    const file = Buffer.from(
      `${HEADER}\n${good}\n${SECRET},01/01/2016,Nữ,01,${AREA.communeA1},"${'x'.repeat(10 * 1024 * 1024)}"\n`,
    );
    const { body } = await upload(file, 'dai.csv').expect(202);

    // Meanwhile: the slowest of the answers to other requests while the import runs.
    let slowest = 0;
    let status: ImportStatus | undefined;
    for (let i = 0; i < 600 && !status; i++) {
      for (const path of ['/health', `/api/v1/children/${child.body.id}`]) {
        const started = Date.now();
        await (path === '/health' ? t.http.get(path) : officer.get(path)).expect(200);
        slowest = Math.max(slowest, Date.now() - started);
      }
      const res = await officer.get(`/api/v1/children/imports/${body.id}`).expect(200);
      if (res.body.status === 'failed' || res.body.status === 'done') status = res.body;
    }
    // Generous for a loaded machine; the parser before took minutes on a field this long.
    expect(slowest).toBeLessThan(3000);
    expect(status).toMatchObject({ status: 'failed', processed: 0, created: 0 });
    expect(status!.failure).toBe(
      'Tệp dai.csv, dòng 3, cột F: ô dài hơn 4096 ký tự, quá dài cho một ô của danh sách trẻ em.',
    );
    expect(status!.failure).not.toContain('xxx');
    expect(await count()).toBe(before); // read through before a row is written
    await ranOnce(body.id);
  });

  it('refuses at once an upload whose header line never ends', async () => {
    const started = Date.now();
    const line = Buffer.from('Họ và tên,'.repeat(3_500_000)); // 47 MB, no line break
    const res = await upload(line, 'mot-dong.csv').expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.type).toBe('/problems/import-line-too-long');
    expect(res.body.detail).toContain('dòng 1');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('fails a .csv with a NUL byte or an unbalanced quote once, naming the row and not its text', async () => {
    const before = await count();
    const cases: [string, string, RegExp, RegExp][] = [
      [
        `${HEADER}\r\nAn,01/01/2016,Nam,01,${AREA.communeA1},\r\n${SECRET}\0,01/01/2016,Nữ,01,${AREA.communeA1},\r\n`,
        'nul.csv',
        /^Tệp nul\.csv, dòng 3 chứa ký tự NUL/,
        /^File nul\.csv, row 3 holds a NUL character/,
      ],
      [
        `${HEADER}\r\nAn,01/01/2016,Nam,01,${AREA.communeA1},"${SECRET}\r\nBình,01/01/2016,Nam,01,${AREA.communeA1},\r\n`,
        'ngoac.csv',
        /^Tệp ngoac\.csv, dòng 2: dấu ngoặc kép \("\) không khớp/,
        /^File ngoac\.csv, row 2: unbalanced double quote/,
      ],
      [
        `${HEADER}\r\nAn,01/01/2016,Nam,01,${AREA.communeA1},"${SECRET}" x\r\n`,
        'sau-ngoac.csv',
        /^Tệp sau-ngoac\.csv, dòng 2: dấu ngoặc kép/,
        /^File sau-ngoac\.csv, row 2: unbalanced double quote/,
      ],
    ];
    for (const [text, name, vi, en] of cases) {
      const { body } = await upload(Buffer.from(text), name).expect(202);
      const status = await finished(body.id);
      expect(status).toMatchObject({ status: 'failed', processed: 0, created: 0 });
      expect(status.failure).toMatch(vi);
      expect((await finished(body.id, 'en')).failure).toMatch(en);
      const [stored] = await t.dataSource.query(
        'SELECT failure::text AS failure FROM child_imports WHERE id = $1',
        [body.id],
      );
      expect(stored.failure).not.toContain('Bí Mật');
      await ranOnce(body.id);
    }
    expect(await count()).toBe(before);
  });

  it('refuses an .xlsx whose directory declares a part of 1.5 GB, without unpacking it', async () => {
    const xml = await workbook([['Họ và tên', 'Ngày sinh', 'Giới tính', 'Mã tỉnh', 'Mã xã']]);
    const res = await upload(
      rezip(xml, {}, { 'xl/sharedStrings.xml': 1_500_000_000 }),
      'lon.xlsx',
    ).expect(422);
    expect(res.body.type).toBe('/problems/import-xlsx-too-large');
    expect(res.body.detail).toBe(
      'Tệp lon.xlsx khi giải nén lớn hơn 512 MB, hơn mọi bảng tính danh sách trẻ em. Hãy lưu lại tệp bằng Excel, hoặc chia thành nhiều tệp.',
    );
  });

  it('stops reading an .xlsx at a 1.5 GB cell or 3 GB of whitespace its directory hides', async () => {
    const header = ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Mã tỉnh', 'Mã xã'];
    const xml = await workbook([header, ['An', '01/01/2016', 'Nam', '01', AREA.communeA1]]);
    const rss = process.memoryUsage().rss;

    // One shared string of 1.5 GB: the header cannot be read, the upload is refused.
    const strings = xml.get('xl/sharedStrings.xml')!;
    const at = strings.indexOf('<si>');
    const cell = bomb(`${strings.slice(0, at)}<si><t>`, 'x', 1536, `</t></si>${strings.slice(at)}`);
    const started = Date.now();
    const refused = await upload(rezip(xml, { 'xl/sharedStrings.xml': cell }), 'o.xlsx').expect(
      422,
    );
    expect(refused.body.type).toBe('/problems/import-xlsx-long-text');
    expect(Date.now() - started).toBeLessThan(15_000);

    // 3 GB of spaces after the header row: the upload is taken, the import fails once.
    const sheet = xml.get('xl/worksheets/sheet1.xml')!;
    const end = sheet.indexOf('</row>') + '</row>'.length;
    const spaces = bomb(sheet.slice(0, end), ' ', 3072, sheet.slice(end));
    const { body } = await upload(
      rezip(xml, { 'xl/worksheets/sheet1.xml': spaces }),
      'trang.xlsx',
    ).expect(202);
    const status = await finished(body.id);
    expect(status).toMatchObject({ status: 'failed', created: 0 });
    expect(status.failure).toMatch(/^Tệp trang\.xlsx có một ô \(hoặc một đoạn khoảng trắng\)/);
    await ranOnce(body.id);
    expect(process.memoryUsage().rss - rss).toBeLessThan(300 * 1024 * 1024);
  });

  it('says in the template’s words what a cell should hold', async () => {
    const { body } = await upload(
      Buffer.from(
        [
          'Họ và tên,Ngày sinh,Giới tính,Mã tỉnh,Mã xã,Số định danh cá nhân,Dân tộc',
          `Trẻ Một,01/01/2016,Trai,01,${AREA.communeA1},,`,
          `Trẻ Hai,31/02/2017,Nam,01,${AREA.communeA1},,`,
          `Trẻ Ba,01/01/2016,Nam,01,${AREA.communeA1},12345,`,
          `Trẻ Bốn,01/01/2016,Nam,01,${AREA.communeA1},,Người Sao Hỏa`,
          `Trẻ Năm,01/01/2016,Nam,01,${AREA.communeA1},,Kinhh`,
          `Trẻ Sáu,01/01/2016,,01,${AREA.communeA1},,`,
        ].join('\n'),
      ),
      'loi.csv',
    ).expect(202);
    const vi = await finished(body.id);
    expect(vi).toMatchObject({ status: 'done', rejected: 6, created: 0 });
    const messages = (status: ImportStatus) =>
      status.errors.map((e) => [e.row, e.field, e.message]);
    expect(messages(vi)).toEqual([
      [2, 'sex', 'Giới tính: “Trai” không hợp lệ; ghi Nam, Nữ hoặc Không rõ.'],
      [
        3,
        'dateOfBirth',
        'Ngày sinh: “31/02/2017” không phải ngày có thật; ghi ngày/tháng/năm như 02/03/2015, hoặc chỉ năm như 2015.',
      ],
      [
        4,
        'personalId',
        'Số định danh cá nhân: “12345” không hợp lệ; số định danh cá nhân gồm đúng 12 chữ số.',
      ],
      [
        5,
        'ethnicityCode',
        'Dân tộc: “Người Sao Hỏa” không có trong danh mục; ghi tên dân tộc (như Kinh, Tày, Mường) hoặc mã ở trang “Mã danh mục” của tệp mẫu.',
      ],
      [
        6,
        'ethnicityCode',
        'Dân tộc: “Kinhh” không có trong danh mục; ghi tên dân tộc (như Kinh, Tày, Mường) hoặc mã ở trang “Mã danh mục” của tệp mẫu.',
      ],
      [7, 'sex', 'Giới tính: Chưa ghi; ghi Nam, Nữ hoặc Không rõ.'],
    ]);
    const en = await finished(body.id, 'en');
    expect(messages(en)[0]).toEqual([
      2,
      'sex',
      'sex: “Trai” is not valid; write Nam, Nữ or Không rõ.',
    ]);
    expect(messages(en)[1][2]).toMatch(/^dateOfBirth: “31\/02\/2017” is not a real date/);
  });

  it('imports the untouched template as nothing: its example is on a sheet of its own', async () => {
    const demo = await officer
      .post('/api/v1/children')
      .send({
        fullName: 'Nguyễn Văn An',
        dateOfBirth: '2015-03-02',
        sex: 'male',
        provinceCode: '01',
        communeCode: AREA.communeA1,
      })
      .expect(201);
    const template = await officer
      .get('/api/v1/children/imports/template')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(template.body as Buffer).buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Danh sách trẻ em',
      'Mã danh mục',
      'Ví dụ (không được nhập)',
    ]);
    expect(book.worksheets[2].getRow(2).getCell(1).value).toBe('Nguyễn Văn An');

    const before = await count();
    const { body } = await upload(template.body as Buffer, 'mau-nhap-tre-em.xlsx').expect(202);
    expect(await finished(body.id)).toMatchObject({
      status: 'done',
      total: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(await count()).toBe(before);
    const after = await officer.get(`/api/v1/children/${demo.body.id}`).expect(200);
    expect(after.body).toMatchObject({ version: 1, caregivers: [] });
  });

  it('says the file goes in the field "file"', async () => {
    const csv = Buffer.from(`${HEADER}\n`);
    const wrong = await officer
      .post('/api/v1/children/imports')
      .attach('tep', csv, 'x.csv')
      .expect(400);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.body).toMatchObject({
      type: '/problems/import-file-field',
      detail:
        'Tệp phải được gửi trong trường "file" của multipart/form-data; yêu cầu này gửi tệp trong trường "tep".',
    });
    const twice = await officer
      .post('/api/v1/children/imports')
      .attach('file', csv, 'x.csv')
      .attach('file', csv, 'y.csv')
      .set('Accept-Language', 'en')
      .expect(400);
    expect(twice.body).toMatchObject({
      type: '/problems/import-upload-malformed',
      detail: expect.stringContaining('Send exactly one .xlsx or .csv file in the "file" field'),
    });
    const none = await officer.post('/api/v1/children/imports').field('dryRun', 'true').expect(400);
    expect(none.body.type).toBe('/problems/import-file-missing');
  });
});
