// Over 500 lines: one case's records fill all six forms through caseForm, and tests span them all.
import { pdfText } from '../../test/pdf-text.js';
import { renderPdf } from '../common/pdf.js';
import {
  CASE_FORMS,
  type CaseForm,
  FormNotReady,
  type FormChild,
  type FormSources,
} from './case-form-sources.js';
import { vietnamDateTime } from './case-form-text.js';
import { caseForm } from './case-forms.js';
import { planApprovalBases } from './case-forms-plan.js';

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
  child: {
    id: 'c1',
    fullName: 'Bé Na',
    dateOfBirth: '2019-01-01',
    dobPrecision: 'estimated',
    sex: 'unknown',
    address: null,
  },
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
      representativeConsents: [
        {
          childId: 'c1',
          asked: true,
          fullName: 'Nguyễn Thị Lan',
          relationship: 'Mẹ',
          agrees: true,
          views: 'Tôi đồng ý cho con ở với bà ngoại.',
        },
        { childId: 'c2', asked: false, reason: 'Cha là người gây tổn hại cho trẻ.' },
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

const review: NonNullable<FormSources['review']> = {
  at: new Date('2027-01-05T03:00:00Z'),
  actorName: 'Lê Thị Hoa',
  content: {
    ratings: {
      harm: 'low',
      abuserAccess: 'medium',
      careEnvironment: 'low',
      selfProtection: 'high',
    },
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

const approval: NonNullable<FormSources['approval']> = {
  at: new Date('2026-12-01T02:00:00Z'),
  actorName: 'Trần Văn Chủ',
  content: { decisionNumber: '15/QĐ-UBND' },
};

/** The form as printed: the text of its PDF, line by line. */
async function printed(form: CaseForm, s: FormSources = sources): Promise<string> {
  return pdfText(await renderPdf(caseForm(form, s)));
}

/** Mẫu 01 as the report recorded the child and the family (all that the form asks). */
const fullIntake: FormSources['intake'] = {
  ...sources.intake,
  content: {
    ...sources.intake.content,
    childCondition: 'Có vết bầm ở tay, sợ hãi.',
    likelyHarm: 'Trẻ tiếp tục bị đánh.',
    father: { fullName: 'Trần Văn Bình', age: 38, occupation: 'lái xe' },
    mother: { fullName: 'Nguyễn Thị Lan', birthYear: 1990, occupation: 'buôn bán' },
    familySituation: 'Cha nghiện rượu, mẹ đi làm xa.',
    caregiver: 'Bà ngoại',
    actionsTaken: 'Hàng xóm đưa trẻ sang nhà bà ngoại.',
    reporter: {
      fullName: 'Phạm Văn Hải',
      phone: '0912345678',
      address: 'Số 5 ngõ 12 phố Đội Cấn',
      relation: 'hàng xóm',
    },
  },
};

describe('the statutory forms filled from a case, read from the PDF', () => {
  it('prints Mẫu 01 field by field: the child, the family, the reporter and where they live', async () => {
    const text = await printed('mau-01', { ...sources, intake: fullIntake });
    expect(text).toContain(
      [
        'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'PHƯỜNG BA ĐÌNH | Độc lập - Tự do - Hạnh phúc',
        'Số: ……/BC-……',
        'Mẫu số 01',
        'Ba Đình, ngày 24 tháng 11 năm 2026',
        'BÁO CÁO TIẾP NHẬN THÔNG TIN TRẺ EM',
        'bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi',
      ].join('\n'),
    );
    for (const line of [
      'A. Thông tin chung',
      'Nguồn: Tổng đài điện thoại quốc gia bảo vệ trẻ em 111',
      'Thông qua (điện thoại/gặp trực tiếp/người khác báo): Qua điện thoại',
      'Thời gian: 21 giờ 40, ngày 24/11/2026',
      'Họ và tên trẻ em: Bé Na',
      'Ngày tháng năm sinh hoặc ước lượng tuổi: Khoảng năm 2019 (ước lượng tuổi)',
      'Giới tính: Không biết',
      'Địa điểm xảy ra vụ việc: Ngõ 12 phố Đội Cấn',
      'Tình trạng trẻ em: Có vết bầm ở tay, sợ hãi.',
      'Phỏng đoán hậu quả xảy ra cho trẻ em nếu không có hỗ trợ, can thiệp: Trẻ tiếp tục bị đánh.',
      'Họ và tên cha: Trần Văn Bình\nTuổi: 38\nNghề nghiệp: lái xe',
      'Họ và tên mẹ: Nguyễn Thị Lan\nTuổi: sinh năm 1990\nNghề nghiệp: buôn bán',
      'Hoàn cảnh gia đình: Cha nghiện rượu, mẹ đi làm xa.',
      'Hiện ai là người chăm sóc trẻ em (nếu biết): Bà ngoại',
      'Những hành động hỗ trợ, can thiệp đã thực hiện đối với trẻ em trước khi nhận được thông tin: Hàng xóm đưa trẻ sang nhà bà ngoại.',
      '3. Thông tin người cung cấp thông tin (nếu đồng ý cung cấp)',
      'Họ và tên: Phạm Văn Hải',
      'Số điện thoại: 0912345678',
      'Địa chỉ: Số 5 ngõ 12 phố Đội Cấn',
      'Ghi thêm: Quan hệ với trẻ em: hàng xóm',
      'CÁN BỘ TIẾP NHẬN THÔNG TIN (Ký, ghi rõ họ tên)\n111',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('người giám hộ'); // none named: no line for one
  });

  it('leaves a line to fill for what a report taken at night did not know, and hides an anonymous reporter', async () => {
    const text = await printed('mau-01');
    const blank = '……………………………………';
    for (const label of [
      'Tình trạng trẻ em',
      'Phỏng đoán hậu quả xảy ra cho trẻ em nếu không có hỗ trợ, can thiệp',
      'Họ và tên cha',
      'Tuổi',
      'Nghề nghiệp',
      'Họ và tên mẹ',
      'Hoàn cảnh gia đình',
      'Hiện ai là người chăm sóc trẻ em (nếu biết)',
      'Những hành động hỗ trợ, can thiệp đã thực hiện đối với trẻ em trước khi nhận được thông tin',
    ]) {
      expect(text).toContain(`${label}: ${blank}`);
    }
    expect(text).toContain('Người cung cấp thông tin đề nghị giữ bí mật danh tính.');
    expect(text).not.toContain('Không được in');
    expect(text).not.toContain('Số điện thoại');
    // A guardian is printed when the report names one.
    const guardian = await printed('mau-01', {
      ...sources,
      intake: {
        ...sources.intake,
        content: { ...sources.intake.content, guardian: { fullName: 'Lê Văn Tư', age: 60 } },
      },
    });
    expect(guardian).toContain(
      `Họ và tên người giám hộ: Lê Văn Tư\nTuổi: 60\nNghề nghiệp: ${blank}`,
    );
  });

  it('names the receiving point that recorded the report as Mẫu 01’s issuer, not the commune', async () => {
    const police = { ...sources, receivingPoint: 'Công an phường Ngọc Hà' };
    expect(await printed('mau-01', police)).toMatch(
      /^CÔNG AN PHƯỜNG NGỌC HÀ \| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: ……\/BC-……\n/,
    );
    // The commune committee handles the case: the later forms are its own.
    expect(await printed('mau-02', police)).toMatch(
      /^ỦY BAN NHÂN DÂN \| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG BA ĐÌNH \| Độc/,
    );
  });

  it('keeps the harm criteria (high is bad) apart from the child’s capacity (high is good) in Mẫu 02', async () => {
    const text = await printed('mau-02');
    expect(text).toContain('ĐÁNH GIÁ NGUY CƠ BAN ĐẦU, MỨC ĐỘ TỔN HẠI CỦA TRẺ EM');
    expect(text).toContain(
      [
        'Họ và tên trẻ em: Bé Na',
        'Họ và tên cán bộ thực hiện: Lê Thị Hoa',
        'Ngày, tháng, năm thực hiện: 25/11/2026',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        'a) Đánh giá mức độ tổn hại của trẻ em:',
        'Đánh giá mức độ tổn hại của trẻ em | Mức độ (Cao, Trung bình, Thấp)',
        '1. Mức độ tổn hại của trẻ em có nghiêm trọng không | Cao',
        '2. Khả năng tiếp cận trẻ em của đối tượng xâm hại | Cao',
        '3. Những trở ngại trong môi trường chăm sóc trẻ em đối với việc bảo đảm an toàn cho trẻ em | Trung bình',
        // The total counts the harm criteria only: the child's low capacity is not a "low risk".
        'Tổng số | Cao: 2; Trung bình: 1; Thấp: 0',
        'b) Đánh giá khả năng tự bảo vệ, phục hồi của trẻ em:',
        'Đánh giá khả năng tự bảo vệ, phục hồi của trẻ em | Mức độ (Cao, Trung bình, Thấp)',
        '1. Khả năng tự bảo vệ, phục hồi của trẻ em | Thấp',
      ].join('\n'),
    );
    expect(text).toContain('Trẻ em đang trong tình trạng nguy hiểm, cần can thiệp khẩn cấp: Có');
    expect(text).not.toMatch(/điểm|Điểm/); // the forms have no score
  });

  it('titles Mẫu 03 as art. 27 names it, with what the child said and the meeting’s minutes', async () => {
    const text = await printed('mau-03');
    expect(text).toContain(
      'THU THẬP THÔNG TIN, ĐÁNH GIÁ NGUY CƠ CỤ THỂ\nvà nhu cầu cần hỗ trợ, can thiệp của trẻ em',
    );
    expect(text).not.toContain('ĐÁNH GIÁ TOÀN DIỆN');
    expect(text).toContain('1. Tình trạng thể chất, tâm lý, tình cảm của trẻ em\nTrẻ sợ hãi.');
    expect(text).toContain(
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
        'Nguyễn Thị Lan | mẹ của trẻ',
      ].join('\n'),
    );
    // A child not heard, with why; minutes kept before organisations and roles were asked for.
    const older = await printed('mau-03', {
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
    expect(older).toContain('Chưa lấy được ý kiến, lý do: Trẻ đang điều trị tại bệnh viện.');
    expect(older).toContain('Nội dung thảo luận:\nThống nhất lập kế hoạch.');
    const noMeeting = await printed('mau-03', {
      ...sources,
      assessment: {
        ...sources.assessment!,
        content: { ...sources.assessment!.content, conference: undefined, childViews: undefined },
      },
    });
    expect(noMeeting).toContain('4. Ý kiến của trẻ em (Luật Trẻ em, Điều 34)\nKhông ghi nhận.');
    expect(noMeeting).toContain('Chưa tổ chức họp.');
  });

  it('prints with Mẫu 04 each action’s organisation, the person who answers for it and its due date', async () => {
    const text = await printed('mau-04');
    expect(text).toContain('KẾ HOẠCH HỖ TRỢ, CAN THIỆP');
    expect(text).toContain(
      [
        'Hoạt động | Dịch vụ | Cơ quan, tổ chức chịu trách nhiệm | Người chịu trách nhiệm | Thời hạn',
        'Tham vấn hằng tuần | Tham vấn, tư vấn | Trung tâm Công tác xã hội Hà Nội | Chị Phạm Thu | 15/12/2026',
        'Bà ngoại đón trẻ sau giờ học | Gia đình | Bà ngoại | 20/12/2026',
        // A plan from before the organisation and the person were asked: its cells are empty.
        'Thăm nhà | 31/12/2026',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        '4. Ý kiến và sự đồng ý của trẻ em',
        'Bé Na:',
        'Đồng ý với kế hoạch và việc chia sẻ thông tin với cơ quan, tổ chức thực hiện: Không',
        'Con không muốn đi tham vấn một mình.',
        '5. Ý kiến và sự đồng ý của cha mẹ, người giám hộ',
        'Bé Na:',
        'Người được hỏi ý kiến: Nguyễn Thị Lan (Mẹ)',
        'Đồng ý với kế hoạch và việc chia sẻ thông tin với cơ quan, tổ chức thực hiện: Có',
        'Tôi đồng ý cho con ở với bà ngoại.',
      ].join('\n'),
    );
  });

  it('prints Mẫu 05 with its decision number and legal bases, a draft until approved', async () => {
    const draft = await printed('mau-05');
    expect(draft).toContain('Số: ……/QĐ-UBND');
    expect(draft).toContain('DỰ THẢO');
    expect(draft).toContain(
      'QUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em',
    );
    const signed = await printed('mau-05', { ...sources, approval });
    expect(signed).toMatch(/^ỦY BAN NHÂN DÂN \| .*\nPHƯỜNG BA ĐÌNH \| .*\nSố: 15\/QĐ-UBND\n/);
    expect(signed).not.toContain('DỰ THẢO');
    expect(signed).toContain('Ba Đình, ngày 01 tháng 12 năm 2026');
    expect(signed).toContain(
      [
        'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH',
        'Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;',
        'Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;',
        'Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em;',
      ].join('\n'),
    );
    expect(signed).toContain('Điều 1. Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em Bé Na');
    expect(signed).toContain('CHỦ TỊCH (Ký, ghi rõ họ tên)\nTrần Văn Chủ');
    // The bases the approver named instead of the statutory ones.
    const own = await printed('mau-05', {
      ...sources,
      approval: {
        ...approval,
        content: { ...approval.content, legalBases: ['Quyết định số 7/QĐ-UBND'] },
      },
    });
    expect(own).toContain('Căn cứ Quyết định số 7/QĐ-UBND;\nXét đề nghị');
  });

  it('cites the local government law in force on the day of the decision', () => {
    expect(planApprovalBases(new Date('2025-06-30T16:59:00Z'))[0]).toBe(
      'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
    );
    expect(planApprovalBases(new Date('2025-06-30T17:00:00Z'))[0]).toBe(
      'Luật Tổ chức chính quyền địa phương năm 2025',
    );
  });

  it('prints Mẫu 06 under the decree’s title, the harm and the child’s capacity apart, and art. 30’s criteria', async () => {
    const text = await printed('mau-06', { ...sources, review });
    expect(text).toContain(
      'RÀ SOÁT, ĐÁNH GIÁ TÌNH TRẠNG CỦA TRẺ EM SAU KHI THỰC HIỆN KẾ HOẠCH HỖ TRỢ, CAN THIỆP\nHọ và tên trẻ em: Bé Na\nHọ và tên cán bộ thực hiện: Lê Thị Hoa\nNgày, tháng, năm thực hiện: 05/01/2027',
    );
    expect(text).toContain(
      [
        '1. Đánh giá nguy cơ tại giai đoạn kết thúc',
        'a) Đánh giá mức độ tổn hại của trẻ em:',
        'Đánh giá mức độ tổn hại của trẻ em | Mức độ (Cao, Trung bình, Thấp)',
        '1. Mức độ tổn hại của trẻ em có còn nghiêm trọng không | Thấp',
        '2. Khả năng tiếp cận trẻ em của đối tượng xâm hại | Trung bình',
        '3. Những trở ngại trong môi trường chăm sóc trẻ em đối với việc bảo đảm an toàn cho trẻ em | Thấp',
        'Tổng số | Cao: 0; Trung bình: 1; Thấp: 2',
        'b) Đánh giá khả năng tự bảo vệ, phục hồi của trẻ em:',
        'Đánh giá khả năng tự bảo vệ, phục hồi của trẻ em | Mức độ (Cao, Trung bình, Thấp)',
        '1. Khả năng tự bảo vệ, phục hồi của trẻ em | Cao',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        '2. Tiêu chí kết thúc hồ sơ (Nghị định 56/2017, Điều 30)',
        'Tiêu chí | Kết quả',
        'Trẻ em không còn nguy cơ bị xâm hại | Đạt',
        'Thể chất của trẻ em ổn định | Đạt',
        'Tâm lý của trẻ em ổn định | Chưa đạt',
        'Nhận thức của trẻ em ổn định | Đạt',
        'Tình cảm của trẻ em ổn định | Đạt',
        '3. Kết luận',
        'Đề xuất: Xây dựng kế hoạch mới',
      ].join('\n'),
    );
    // Reviews recorded before the criteria were asked for.
    const { criteria: _criteria, ...before } = review.content;
    expect(
      await printed('mau-06', { ...sources, review: { ...review, content: before } }),
    ).toContain('2. Tiêu chí kết thúc hồ sơ (Nghị định 56/2017, Điều 30)\nKhông ghi nhận.');
  });

  it('prints each form for the one child it is for: its name, and only what that child said', async () => {
    const brother: FormChild = {
      id: 'c2',
      fullName: 'Trần Minh Khôi',
      dateOfBirth: '2016-05-04',
      dobPrecision: 'exact',
      sex: 'male',
      address: null,
    };
    const siblings: FormSources = {
      ...sources,
      child: brother,
      review,
      approval,
      assessment: {
        ...sources.assessment!,
        content: {
          ...sources.assessment!.content,
          childViews: [
            ...sources.assessment!.content.childViews!,
            { childId: 'c2', heard: true, views: 'Con muốn đi học lại.' },
          ],
        },
      },
    };
    for (const form of CASE_FORMS) {
      const text = await printed(form, siblings);
      expect(text).toContain('Trần Minh Khôi');
      expect(text).not.toContain('Bé Na');
    }
    expect(await printed('mau-01', siblings)).toContain(
      'Ngày tháng năm sinh hoặc ước lượng tuổi: 04/05/2016\nGiới tính: Nam',
    );
    const mau03 = await printed('mau-03', siblings);
    expect(mau03).toContain(
      'Trần Minh Khôi:\nTrẻ đã được lắng nghe, ý kiến của trẻ:\nCon muốn đi học lại.',
    );
    expect(mau03).not.toContain('Con muốn ở với bà ngoại.');
    // The plan's consent was the sister's: the brother's copy records none.
    const mau04 = await printed('mau-04', siblings);
    expect(mau04).toContain('4. Ý kiến và sự đồng ý của trẻ em\nKhông ghi nhận.');
    expect(mau04).toContain(
      [
        '5. Ý kiến và sự đồng ý của cha mẹ, người giám hộ',
        'Trần Minh Khôi:',
        'Không hỏi được ý kiến, lý do: Cha là người gây tổn hại cho trẻ.',
      ].join('\n'),
    );
    expect(mau04).not.toContain('Nguyễn Thị Lan (Mẹ)');
  });

  it('prints a confirmed abuse and why the level changed, on the forms that assess the level', async () => {
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
        ...review,
        content: {
          ...review.content,
          level: 'prevention',
          levelReason: 'Trẻ đã an toàn, gia đình hợp tác tốt.',
        },
      },
    };
    expect(await printed('mau-02', confirmed)).toContain(
      'Hành vi xâm hại trẻ em: Đã được xác định',
    );
    const mau03 = await printed('mau-03', confirmed);
    expect(mau03).toContain('Hành vi xâm hại trẻ em: Đã được xác định');
    expect(mau03).toContain(
      'Lý do chuyển cấp độ bảo vệ sang Can thiệp: Kết quả giám định xác định trẻ bị xâm hại.',
    );
    expect(await printed('mau-06', confirmed)).toContain(
      'Lý do chuyển cấp độ bảo vệ sang Phòng ngừa: Trẻ đã an toàn, gia đình hợp tác tốt.',
    );
    // Nothing of the kind where the step found nothing of it.
    for (const form of ['mau-02', 'mau-03'] as const) {
      expect(await printed(form)).not.toMatch(/xâm hại trẻ em: |Lý do chuyển cấp độ/);
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

  it('writes Vietnamese text in NFC, as the API stores it', async () => {
    for (const form of CASE_FORMS) {
      const text = await printed(form, { ...sources, intake: fullIntake, review, approval });
      expect(text).toBe(text.normalize('NFC'));
    }
    expect(vietnamDateTime('2026-12-31T17:05:00Z')).toBe('00 giờ 05, ngày 01/01/2027');
  });
});
