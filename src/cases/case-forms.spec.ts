import type { PrintBlock, PrintDocument } from '../common/pdf.js';
import {
  CASE_FORMS,
  caseForm,
  FormNotReady,
  type FormSources,
  vietnamDateTime,
} from './case-forms.js';

const ratings = {
  harm: 'high',
  abuserAccess: 'high',
  careEnvironment: 'medium',
  selfProtection: 'low',
} as const;

const sources: FormSources = {
  code: 'BVTE-00004-2026-0007',
  communeName: 'Phường Ba Đình',
  level: 'intervention',
  children: [
    {
      fullName: 'Bé Na',
      dateOfBirth: '2019-01-01',
      dobPrecision: 'estimated',
      sex: 'unknown',
      address: null,
    },
  ],
  concerns: ['Bạo lực'],
  serviceTypes: new Map([['counselling', 'Tham vấn, tư vấn']]),
  intake: {
    at: new Date('2026-11-24T14:45:00Z'),
    actorName: '111',
    content: {
      source: 'hotline_111',
      channel: 'phone',
      receivedAt: '2026-11-24T21:40:00+07:00',
      summary: 'Hàng xóm nghe tiếng trẻ khóc.',
      location: { address: 'Ngõ 12 phố Đội Cấn' },
      reporter: { anonymous: true, fullName: 'Không được in' },
    },
  },
  initialAssessment: {
    at: new Date('2026-11-25T01:00:00Z'),
    actorName: 'Lê Thị Hoa',
    content: {
      ratings,
      immediateDanger: true,
      level: 'intervention',
      emergencyMeasures: ['Đưa trẻ đi khám'],
    },
  },
  plan: {
    at: new Date('2026-11-27T03:00:00Z'),
    actorName: 'Lê Thị Hoa',
    content: {
      goals: ['Trẻ an toàn'],
      actions: [
        {
          description: 'Tham vấn hằng tuần',
          serviceType: 'counselling',
          dueAt: '2026-12-15T10:00:00+07:00',
        },
      ],
      reviewAt: '2027-01-05T09:00:00+07:00',
    },
  },
  now: new Date('2026-11-28T00:00:00Z'),
};

/** Every piece of text a document prints, in order. */
function text(document: PrintDocument): string {
  const block = (b: PrintBlock): string[] =>
    b.kind === 'field'
      ? [`${b.label}: ${b.value}`]
      : b.kind === 'label'
        ? [`${b.text}:`]
        : b.kind === 'list'
          ? b.items
          : b.kind === 'table'
            ? [b.columns.join(' | '), ...b.rows.map((r) => r.join(' | '))]
            : b.kind === 'bars'
              ? b.bars.map((bar) => `${bar.label}: ${bar.text}`)
              : [b.text];
  return [
    ...document.issuer,
    document.title,
    document.subtitle ?? '',
    document.placeAndDate,
    ...document.blocks.flatMap(block),
    ...document.signatures.map((s) => `${s.title} ${s.name ?? ''}`),
  ].join('\n');
}

describe('the statutory forms filled from a case', () => {
  it('fills Mẫu 01 with the report, an estimated age, an unknown sex, and no anonymous reporter', () => {
    const form = caseForm('mau-01', sources);
    const printed = text(form);
    expect(form.title).toBe('BÁO CÁO TIẾP NHẬN THÔNG TIN TRẺ EM');
    expect(form.formNumber).toBe('Mẫu số 01');
    expect(form.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG BA ĐÌNH']);
    expect(form.placeAndDate).toBe('Ba Đình, ngày 24 tháng 11 năm 2026');
    expect(printed).toContain('Thời gian nhận: 21 giờ 40, ngày 24/11/2026');
    expect(printed).toContain('Ngày sinh: Khoảng năm 2019 (ước lượng tuổi)');
    expect(printed).toContain('Giới tính: Không biết');
    expect(printed).toContain('Nguồn: Tổng đài điện thoại quốc gia bảo vệ trẻ em 111');
    expect(printed).toContain('Người cung cấp thông tin đề nghị giữ bí mật danh tính.');
    expect(printed).not.toContain('Không được in');
    expect(form.footer).toContain('BVTE-00004-2026-0007');
  });

  it('names the receiving point that recorded the report as Mẫu 01’s issuer, not the commune', () => {
    const police = { ...sources, receivingPoint: 'Công an phường Ngọc Hà' };
    expect(caseForm('mau-01', police).issuer).toEqual(['CÔNG AN PHƯỜNG NGỌC HÀ']);
    // The commune committee handles the case: the later forms are its own.
    expect(caseForm('mau-02', police).issuer).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG BA ĐÌNH']);
  });

  it('rates each criterion of Mẫu 02 high, medium or low, with the count per level and no score', () => {
    const table = caseForm('mau-02', sources).blocks.find((b) => b.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      columns: ['Tiêu chí', 'Cao', 'Trung bình', 'Thấp'],
      rows: [
        ['Mức độ nghiêm trọng của tổn hại', 'X', '', ''],
        ['Khả năng tiếp cận trẻ em của đối tượng xâm hại', 'X', '', ''],
        ['Trở ngại về an toàn trong môi trường chăm sóc trẻ em', '', 'X', ''],
        ['Khả năng tự bảo vệ, phục hồi của trẻ em', '', '', 'X'],
        ['Tổng số tiêu chí', '2', '1', '1'],
      ],
    });
    expect(text(caseForm('mau-02', sources))).toContain(
      'Trẻ em đang trong tình trạng nguy hiểm, cần can thiệp khẩn cấp: Có',
    );
  });

  it('prints the plan with its services named, and its decision as a draft until approved', () => {
    expect(text(caseForm('mau-04', sources))).toContain(
      'Tham vấn hằng tuần | Tham vấn, tư vấn | 15/12/2026',
    );
    const draft = caseForm('mau-05', sources);
    expect(draft.draft).toBe(true);
    expect(draft.signatures).toEqual([{ title: 'CHỦ TỊCH', name: undefined }]);
    const signed = caseForm('mau-05', {
      ...sources,
      approval: { at: new Date('2026-12-01T02:00:00Z'), actorName: 'Trần Văn Chủ', content: {} },
    });
    expect(signed.draft).toBe(false);
    expect(signed.placeAndDate).toBe('Ba Đình, ngày 01 tháng 12 năm 2026');
    expect(signed.signatures[0].name).toBe('Trần Văn Chủ');
    expect(text(signed)).toContain(
      'Điều 1. Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em Bé Na',
    );
  });

  it('refuses a form whose step has not been taken, naming the step', () => {
    for (const [form, step] of [
      ['mau-03', 'assessment'],
      ['mau-06', 'reviews'],
    ] as const) {
      expect(() => caseForm(form, sources)).toThrow(new FormNotReady(form, step));
    }
    expect(() => caseForm('mau-05', { ...sources, plan: undefined })).toThrow(FormNotReady);
  });

  it('writes Vietnamese text in NFC, as the API stores it', () => {
    for (const form of ['mau-01', 'mau-02', 'mau-04', 'mau-05'] as const) {
      const printed = text(caseForm(form, sources));
      expect(printed).toBe(printed.normalize('NFC'));
    }
    expect(CASE_FORMS).toHaveLength(6);
    expect(vietnamDateTime('2026-12-31T17:05:00Z')).toBe('00 giờ 05, ngày 01/01/2027');
  });
});
