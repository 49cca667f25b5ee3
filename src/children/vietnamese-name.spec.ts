import { normalizeName, searchColumn, searchWords } from './vietnamese-name.js';

describe('Vietnamese name normalisation', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    ['NGUYỄN VĂN AN', 'nguyen van an'],
    ['Đặng Thị Ánh', 'dang thi anh'],
    ['  Lê   Thị-Hồng  ', 'le thi hong'],
    ['Phạm Ngọc Ước', 'pham ngoc uoc'],
    // Decomposed input (NFD, as some keyboards and spreadsheets send it).
    ['Nguye\u0302\u0303n', 'nguyen'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('pads the stored form and splits queries into distinct words', () => {
    expect(searchColumn('Nguyễn Văn An')).toBe(' nguyen van an ');
    expect(searchWords('An Nguyễn an')).toEqual(['an', 'nguyen']);
    expect(searchWords(' ,. ')).toEqual([]);
    expect(searchWords('ng Nguyễn V An')).toEqual(['nguyen', 'v', 'an']);
  });
});
