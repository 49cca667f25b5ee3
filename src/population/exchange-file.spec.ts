import { EXCHANGE_COLUMNS, exchangeColumns, readAnswerRow } from './exchange-file.js';

const ID = '4f1c3efa-c055-4c52-94e6-4588c0a1b2c3';
const { columns } = exchangeColumns(EXCHANGE_COLUMNS.map((c) => c.header));
const ours = [ID, 'Nguyễn Văn An', '02/03/2015', 'Nam', '001215012345', 'Tổ 4'];
const sent = {
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '2015-03-02',
  sex: 'male',
  personalId: '001215012345',
};

describe('exchange-file', () => {
  it('finds its columns by their headers, with or without diacritics, the optional ones aside', () => {
    const header = ['Ma ho so (ID)', 'ho va ten', 'NGAY SINH', 'Giới tính', 'So dinh danh ca nhan'];
    expect(exchangeColumns(header).missing).toEqual(['Kết quả đối chiếu']);
    expect(exchangeColumns([...header, 'Ket qua doi chieu']).missing).toEqual([]);
  });

  it('leaves a row without a result for later', () => {
    expect(readAnswerRow(ours, columns)).toEqual({ kind: 'unanswered' });
  });

  it('reads a match, a difference (blank database columns agree with ours) and a not found', () => {
    expect(readAnswerRow([...ours, 'Khớp'], columns)).toEqual({
      kind: 'answer',
      id: ID,
      sent,
      found: sent,
    });
    expect(
      readAnswerRow([...ours, 'sai khac', 'NGUYỄN VĂN ÂN', null, 'Nữ', null], columns),
    ).toEqual({
      kind: 'answer',
      id: ID,
      sent,
      found: { ...sent, fullName: 'NGUYỄN VĂN ÂN', sex: 'female' },
    });
    expect(readAnswerRow([...ours, 'KHÔNG TÌM THẤY'], columns)).toEqual({
      kind: 'answer',
      id: ID,
      sent,
      found: null,
    });
  });

  it('reads a personal ID a number cell kept without its leading zeros', () => {
    const answer = readAnswerRow([...ours, 'Khớp', null, null, null, 1215012399], columns);
    expect(answer).toMatchObject({ found: { personalId: '001215012399' } });
  });

  it.each([
    [[...ours, 'Có'], /^Kết quả đối chiếu “Có” không hợp lệ/],
    [['', ...ours.slice(1), 'Khớp'], /^Dòng không có mã hồ sơ/],
    [
      [...ours, 'Sai khác', null, '31/02/2015'],
      /^Cột “Ngày sinh theo CSDL dân cư”: không đọc được “31\/02\/2015”/,
    ],
    [
      [...ours, 'Sai khác', null, null, 'Trai'],
      /^Cột “Giới tính theo CSDL dân cư”: không đọc được “Trai”/,
    ],
    [[...ours, 'Sai khác', null, null, null, '12345'], /^Cột “Số định danh theo CSDL dân cư”/],
  ])('refuses a row it cannot read, in the sheet’s words (%#)', (cells, message) => {
    const answer = readAnswerRow(cells, columns);
    expect(answer.kind).toBe('rejected');
    expect(answer.kind === 'rejected' && answer.message.vi).toMatch(message);
  });
});
