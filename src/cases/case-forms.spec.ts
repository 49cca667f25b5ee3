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
      id: 'c1',
      fullName: 'Bé Na',
      dateOfBirth: '2019-01-01',
      dobPrecision: 'estimated',
      sex: 'unknown',
      address: null,
    },
  ],
  concerns: ['Bạo lực'],
  serviceTypes: new Map([['counselling', 'Tham vấn, tư vấn']]),
  organizations: new Map([['o1', 'Trung tâm Công tác xã hội Hà Nội']]),
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
          organizationId: 'o1',
          responsiblePerson: 'Chị Phạm Thu',
          dueAt: '2026-12-15T10:00:00+07:00',
        },
        {
          description: 'Bà ngoại đón trẻ sau giờ học',
          organizationName: 'Gia đình',
          responsiblePerson: 'Bà ngoại',
          dueAt: '2026-12-20T17:00:00+07:00',
        },
        // A plan submitted before the organisation and the person were asked for.
        { description: 'Thăm nhà', dueAt: '2026-12-31T17:00:00+07:00' },
      ],
      reviewAt: '2027-01-05T09:00:00+07:00',
      childConsents: [
        { childId: 'c1', agrees: false, views: 'Con không muốn đi tham vấn một mình.' },
      ],
    },
  },
  assessment: {
    at: new Date('2026-11-26T03:00:00Z'),
    actorName: 'Lê Thị Hoa',
    content: {
      childSituation: 'Trẻ sợ hãi.',
      familySituation: 'Cha nghiện rượu.',
      needs: ['tham vấn tâm lý'],
      conference: {
        heldAt: '2026-11-26T09:00:00+07:00',
        place: 'UBND phường',
        participants: [
          { fullName: 'Lê Thị Hoa', organization: 'UBND phường Ba Đình', role: 'cán bộ xã' },
          { fullName: 'Nguyễn Thị Lan', role: 'mẹ của trẻ' },
        ],
        agreed: ['Trẻ ở với bà ngoại', 'Trung tâm tham vấn hằng tuần'],
      },
      childViews: [{ childId: 'c1', heard: true, views: 'Con muốn ở với bà ngoại.' }],
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
      'Tham vấn hằng tuần | Tham vấn, tư vấn | Trung tâm Công tác xã hội Hà Nội - Chị Phạm Thu | 15/12/2026',
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

  it('prints with Mẫu 03 what the child said and the case meeting’s minutes', () => {
    const printed = text(caseForm('mau-03', sources));
    expect(printed).toContain(
      [
        '4. Ý kiến của trẻ em (Luật Trẻ em, Điều 34)',
        'Bé Na:',
        'Trẻ đã được lắng nghe, ý kiến của trẻ:',
        'Con muốn ở với bà ngoại.',
        '5. Họp xác định nhu cầu hỗ trợ, can thiệp (biên bản)',
        'Thời gian: 09 giờ 00, ngày 26/11/2026',
        'Địa điểm: UBND phường',
        'Thành phần tham gia:',
        'Họ và tên | Cơ quan, tổ chức | Vai trò',
        'Lê Thị Hoa | UBND phường Ba Đình | cán bộ xã',
        'Nguyễn Thị Lan |  | mẹ của trẻ',
        'Nội dung thống nhất:',
        'Trẻ ở với bà ngoại',
      ].join('\n'),
    );
    // A child not heard, with why; minutes kept before organisations and roles were asked for.
    const older = caseForm('mau-03', {
      ...sources,
      assessment: {
        ...sources.assessment!,
        content: {
          ...sources.assessment!.content,
          childViews: [{ childId: 'c1', heard: false, reason: 'Trẻ đang điều trị tại bệnh viện.' }],
          conference: {
            heldAt: '2026-11-26T09:00:00+07:00',
            participants: ['Cán bộ xã', 'Công an phường'],
            minutes: 'Thống nhất lập kế hoạch.',
          },
        },
      },
    });
    expect(text(older)).toContain('Chưa lấy được ý kiến, lý do: Trẻ đang điều trị tại bệnh viện.');
    expect(text(older)).toContain(
      'Thành phần tham gia:\nCán bộ xã\nCông an phường\nNội dung thảo luận:\nThống nhất lập kế hoạch.',
    );
    const noMeeting = caseForm('mau-03', {
      ...sources,
      assessment: {
        ...sources.assessment!,
        content: { ...sources.assessment!.content, conference: undefined, childViews: undefined },
      },
    });
    expect(text(noMeeting)).toContain(
      '4. Ý kiến của trẻ em (Luật Trẻ em, Điều 34)\nKhông ghi nhận.',
    );
    expect(text(noMeeting)).toContain('Chưa tổ chức họp.');
  });

  it('prints with Mẫu 04 who answers for each action, and whether the child agrees', () => {
    const printed = text(caseForm('mau-04', sources));
    expect(printed).toContain(
      [
        'Hoạt động | Dịch vụ | Cơ quan, người chịu trách nhiệm | Thời hạn',
        'Tham vấn hằng tuần | Tham vấn, tư vấn | Trung tâm Công tác xã hội Hà Nội - Chị Phạm Thu | 15/12/2026',
        'Bà ngoại đón trẻ sau giờ học |  | Gia đình - Bà ngoại | 20/12/2026',
        'Thăm nhà |  |  | 31/12/2026',
      ].join('\n'),
    );
    expect(printed).toContain(
      [
        '4. Ý kiến và sự đồng ý của trẻ em',
        'Bé Na:',
        'Đồng ý với kế hoạch và việc chia sẻ thông tin với cơ quan, tổ chức thực hiện: Không',
        'Con không muốn đi tham vấn một mình.',
      ].join('\n'),
    );
  });

  it('prints with Mẫu 06 each closure criterion of Decree 56 art. 30, met or not', () => {
    const review = {
      at: new Date('2027-01-05T03:00:00Z'),
      actorName: 'Lê Thị Hoa',
      content: {
        ratings,
        criteria: {
          noLongerAtRisk: true,
          physicallyStable: true,
          psychologicallyStable: false,
          cognitivelyStable: true,
          emotionallyStable: true,
        },
        outcome: 'new_plan',
        notes: 'Trẻ còn hoảng sợ.',
      },
    };
    const printed = text(caseForm('mau-06', { ...sources, review }));
    expect(printed).toContain(
      [
        '2. Tiêu chí kết thúc hồ sơ (Nghị định 56/2017, Điều 30)',
        'Tiêu chí | Đạt | Chưa đạt',
        'Trẻ em không còn nguy cơ bị xâm hại | X | ',
        'Thể chất của trẻ em ổn định | X | ',
        'Tâm lý của trẻ em ổn định |  | X',
        'Nhận thức của trẻ em ổn định | X | ',
        'Tình cảm của trẻ em ổn định | X | ',
        '3. Kết luận',
        'Đề xuất: Xây dựng kế hoạch mới',
      ].join('\n'),
    );
    // Reviews recorded before the criteria were asked for.
    const { criteria: _criteria, ...before } = review.content;
    expect(
      text(caseForm('mau-06', { ...sources, review: { ...review, content: before } })),
    ).toContain('2. Tiêu chí kết thúc hồ sơ (Nghị định 56/2017, Điều 30)\nKhông ghi nhận.');
  });

  it('prints a confirmed abuse and why the level changed, on the forms that assess the level', () => {
    const confirmed = {
      ...sources,
      initialAssessment: {
        ...sources.initialAssessment!,
        content: { ...sources.initialAssessment!.content, abuseConfirmed: true },
      },
      assessment: {
        ...sources.assessment!,
        content: {
          ...sources.assessment!.content,
          abuseConfirmed: true,
          level: 'intervention',
          levelReason: 'Kết quả giám định xác định trẻ bị xâm hại.',
        },
      },
      review: {
        at: new Date('2027-01-05T03:00:00Z'),
        actorName: 'Lê Thị Hoa',
        content: {
          ratings,
          outcome: 'propose_closure',
          notes: 'Trẻ đã ổn định.',
          level: 'prevention',
          levelReason: 'Trẻ đã an toàn, gia đình hợp tác tốt.',
        },
      },
    };
    expect(text(caseForm('mau-02', confirmed))).toContain(
      'Hành vi xâm hại trẻ em: Đã được xác định',
    );
    const mau03 = text(caseForm('mau-03', confirmed));
    expect(mau03).toContain('Hành vi xâm hại trẻ em: Đã được xác định');
    expect(mau03).toContain(
      'Lý do chuyển cấp độ bảo vệ sang Can thiệp: Kết quả giám định xác định trẻ bị xâm hại.',
    );
    expect(text(caseForm('mau-06', confirmed))).toContain(
      'Lý do chuyển cấp độ bảo vệ sang Phòng ngừa: Trẻ đã an toàn, gia đình hợp tác tốt.',
    );
    // Nothing of the kind where the step found nothing of it.
    for (const form of ['mau-02', 'mau-03'] as const) {
      expect(text(caseForm(form, sources))).not.toMatch(/xâm hại trẻ em: |Lý do chuyển cấp độ/);
    }
  });

  it('refuses a form whose step has not been taken, naming the step', () => {
    for (const [form, step] of [
      ['mau-03', 'assessment'],
      ['mau-06', 'reviews'],
    ] as const) {
      expect(() => caseForm(form, { ...sources, assessment: undefined })).toThrow(
        new FormNotReady(form, step),
      );
    }
    expect(() => caseForm('mau-05', { ...sources, plan: undefined })).toThrow(FormNotReady);
  });

  it('writes Vietnamese text in NFC, as the API stores it', () => {
    for (const form of ['mau-01', 'mau-02', 'mau-03', 'mau-04', 'mau-05'] as const) {
      const printed = text(caseForm(form, sources));
      expect(printed).toBe(printed.normalize('NFC'));
    }
    expect(CASE_FORMS).toHaveLength(6);
    expect(vietnamDateTime('2026-12-31T17:05:00Z')).toBe('00 giờ 05, ngày 01/01/2027');
  });
});
