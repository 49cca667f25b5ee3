import { fromWire, quotaSpent, toWire } from './population-wire.js';

describe('population-wire', () => {
  it('writes dates as dd/mm/yyyy and sex as the service’s codes', () => {
    expect(
      toWire('r1', [
        {
          ref: 'a',
          fullName: 'Nguyễn Văn An',
          dateOfBirth: '2015-03-02',
          sex: 'female',
          personalId: null,
        },
      ]),
    ).toEqual({
      maYeuCau: 'r1',
      danhSach: [
        {
          maThamChieu: 'a',
          soDinhDanh: null,
          hoVaTen: 'Nguyễn Văn An',
          ngaySinh: '02/03/2015',
          gioiTinh: '2',
        },
      ],
    });
  });

  it('reads found and not-found replies', () => {
    expect(
      fromWire({
        ketQua: [
          {
            maThamChieu: 'a',
            trangThai: 'TIM_THAY',
            congDan: {
              soDinhDanh: '001215012345',
              hoVaTen: 'NGUYỄN VĂN AN',
              ngaySinh: '02/03/2015',
              gioiTinh: '1',
            },
          },
          { maThamChieu: 'b', trangThai: 'KHONG_TIM_THAY' },
        ],
      }),
    ).toEqual([
      {
        ref: 'a',
        person: {
          fullName: 'NGUYỄN VĂN AN',
          dateOfBirth: '2015-03-02',
          sex: 'male',
          personalId: '001215012345',
        },
      },
      { ref: 'b', person: null },
    ]);
  });

  it.each([
    [{}, 'no ketQua'],
    [{ ketQua: [{ trangThai: 'TIM_THAY' }] }, 'maThamChieu'],
    [{ ketQua: [{ maThamChieu: 'a', trangThai: 'MAYBE' }] }, 'trangThai'],
    [
      {
        ketQua: [
          {
            maThamChieu: 'a',
            trangThai: 'TIM_THAY',
            congDan: { hoVaTen: 'A', ngaySinh: '31/02/2015', gioiTinh: '1' },
          },
        ],
      },
      'ngaySinh',
    ],
    [
      {
        ketQua: [
          {
            maThamChieu: 'a',
            trangThai: 'TIM_THAY',
            congDan: { hoVaTen: 'A', ngaySinh: '01/02/2015', gioiTinh: '1', soDinhDanh: '12' },
          },
        ],
      },
      'soDinhDanh',
    ],
  ])('refuses a malformed answer rather than reading it as not found (%#)', (body, what) => {
    expect(() => fromWire(body)).toThrow(what);
  });

  it('tells the quota refusal from other 429s', () => {
    expect(quotaSpent({ maLoi: 'VUOT_HAN_MUC' })).toBe(true);
    expect(quotaSpent({ maLoi: 'QUA_NHIEU_YEU_CAU' })).toBe(false);
    expect(quotaSpent(null)).toBe(false);
  });
});
