import { changesFromWire, fromWire, quotaSpent, toChangesWire, toWire } from './population-wire.js';

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

  it('asks for a commune’s changes between two days and reads births and moves', () => {
    expect(toChangesWire('r2', '00004', '2025-12-06', '2026-12-06')).toEqual({
      maYeuCau: 'r2',
      maXa: '00004',
      tuNgay: '06/12/2025',
      denNgay: '06/12/2026',
    });
    const person = {
      soDinhDanh: '001226000005',
      hoVaTen: 'BÙI MINH KHÁNH',
      ngaySinh: '20/11/2026',
      gioiTinh: '1',
    };
    expect(
      changesFromWire({
        bienDong: [
          { loai: 'DANG_KY_KHAI_SINH', ngay: '25/11/2026', congDan: person },
          { loai: 'CHUYEN_DI', ngay: '01/12/2026', congDan: person, maXaLienQuan: '00008' },
        ],
      }),
    ).toEqual([
      {
        kind: 'birth',
        date: '2026-11-25',
        person: {
          fullName: 'BÙI MINH KHÁNH',
          dateOfBirth: '2026-11-20',
          sex: 'male',
          personalId: '001226000005',
        },
        otherCommuneCode: null,
      },
      expect.objectContaining({ kind: 'moved_out', otherCommuneCode: '00008' }),
    ]);
  });

  const person = {
    hoVaTen: 'A',
    ngaySinh: '01/02/2015',
    gioiTinh: '1',
    soDinhDanh: '001215012345',
  };
  it.each([
    [{}, 'no bienDong'],
    [{ bienDong: [{ loai: 'KHAI_TU', ngay: '01/12/2026', congDan: person }] }, 'loai'],
    [{ bienDong: [{ loai: 'CHUYEN_DEN', ngay: '2026-12-01', congDan: person }] }, 'ngay'],
    [
      {
        bienDong: [
          { loai: 'CHUYEN_DI', ngay: '01/12/2026', congDan: person, maXaLienQuan: 'Ngọc Hà' },
        ],
      },
      'maXaLienQuan',
    ],
    [
      {
        bienDong: [
          { loai: 'CHUYEN_DEN', ngay: '01/12/2026', congDan: { ...person, soDinhDanh: null } },
        ],
      },
      'bienDong[0].congDan.soDinhDanh is missing',
    ],
  ])('refuses malformed changes rather than reading part of them (%#)', (body, what) => {
    expect(() => changesFromWire(body)).toThrow(what);
  });
});
