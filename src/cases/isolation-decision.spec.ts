import type { PrintBlock } from '../common/pdf.js';
import { type DecisionSources, isolationDecisionDocument } from './isolation-decision.js';
import { DEFAULT_LEGAL_BASES } from './isolation.js';

const sources: DecisionSources = {
  code: 'BVTE-00004-2026-0007',
  communeName: 'Phường Ba Đình',
  children: [
    {
      id: 'c1',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '2015-03-02',
      dobPrecision: 'exact',
      sex: 'male',
      address: 'Số 5 ngõ 12 phố Đội Cấn',
    },
    {
      id: 'c2',
      fullName: 'Bé Na',
      dateOfBirth: '2019-01-01',
      dobPrecision: 'estimated',
      sex: 'unknown',
      address: null,
    },
  ],
  decision: {
    at: new Date('2026-11-24T14:00:00Z'),
    actorName: 'Trần Văn Chủ',
    content: {
      decisionNumber: '15/QĐ-UBND',
      decidedOn: '2026-11-24',
      startsAt: '2026-11-24T20:00:00+07:00',
      days: 10,
      placement: 'Nhà tạm lánh của Hội Liên hiệp Phụ nữ phường',
      isolatedFrom: 'Người cha, ông Nguyễn Văn B',
      legalBases: [...DEFAULT_LEGAL_BASES],
      reason: 'Người cha đe dọa trẻ nhiều lần.',
    },
  },
  extensions: [],
};

function text(blocks: PrintBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'field':
          return `${b.label}: ${b.value}`;
        case 'list':
          return b.items.join('\n');
        case 'table':
          return [b.columns, ...b.rows].map((r) => r.join(' | ')).join('\n');
        case 'bars':
          return '';
        default:
          return b.text;
      }
    })
    .join('\n');
}

describe('the isolation decision (Decree 56/2017 art. 32)', () => {
  it('reads as the commune chair’s decision: number, date, bases, the children, place, duration', () => {
    const doc = isolationDecisionDocument(sources);
    expect(doc).toMatchObject({
      issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG BA ĐÌNH'],
      number: 'Số: 15/QĐ-UBND',
      title: 'QUYẾT ĐỊNH',
      subtitle: expect.stringMatching(/^Về việc áp dụng biện pháp tạm thời cách ly trẻ em/),
      placeAndDate: 'Ba Đình, ngày 24 tháng 11 năm 2026',
      signatures: [{ title: 'CHỦ TỊCH', name: 'Trần Văn Chủ' }],
    });
    const body = text(doc.blocks);
    expect(body).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH');
    expect(body).toContain('Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016 (điểm b khoản 2 Điều 50');
    expect(body).toContain('Căn cứ Nghị định số 56/2017/NĐ-CP');
    expect(body).toContain('(khoản 3 Điều 26, Điều 32)');
    for (const line of [
      'Họ và tên: Nguyễn Văn An',
      'Ngày sinh: 02/03/2015',
      'Nơi cư trú: Số 5 ngõ 12 phố Đội Cấn',
      'Họ và tên: Bé Na',
      'Ngày sinh: Khoảng năm 2019 (ước lượng tuổi)',
      'Cách ly khỏi: Người cha, ông Nguyễn Văn B',
      'Nơi tạm trú an toàn của trẻ em: Nhà tạm lánh của Hội Liên hiệp Phụ nữ phường',
      'Thời hạn cách ly: 10 ngày, từ 20 giờ 00, ngày 24/11/2026 đến 20 giờ 00, ngày 04/12/2026',
      'Lý do: Người cha đe dọa trẻ nhiều lần.',
    ]) {
      expect(body).toContain(line);
    }
    expect(body).toMatch(/Điều 1\..*Điều 2\..*Điều 3\. Quyết định này có hiệu lực/s);
    expect(body).not.toContain('GIA HẠN');
  });

  it('prints the bases the chair named instead of the defaults', () => {
    const doc = isolationDecisionDocument({
      ...sources,
      decision: {
        ...sources.decision,
        content: { ...sources.decision.content, legalBases: ['Căn cứ Luật Trẻ em 2016;'] },
      },
    });
    const body = text(doc.blocks);
    expect(body).toContain('Căn cứ Luật Trẻ em 2016;');
    expect(body).not.toContain('56/2017/NĐ-CP');
  });

  it('lists each extension: the new end, the days in all, the authority and ground past 15', () => {
    const doc = isolationDecisionDocument({
      ...sources,
      extensions: [
        {
          at: new Date('2026-12-03T02:00:00Z'),
          actorName: 'Trần Văn Chủ',
          content: {
            until: '2026-12-09T20:00:00+07:00',
            reason: 'Chưa bố trí được nơi ở an toàn.',
          },
        },
        {
          at: new Date('2026-12-08T02:00:00Z'),
          actorName: 'Trần Văn Chủ',
          content: {
            until: '2026-12-19T20:00:00+07:00',
            reason: 'Cơ quan điều tra đề nghị.',
            legalGround: 'Công văn số 123/CAP-ĐTTH ngày 07/12/2026',
            requestingAuthority: 'Công an phường Ba Đình',
          },
        },
      ],
    });
    const body = text(doc.blocks);
    expect(body).toContain('GIA HẠN THỜI HẠN CÁCH LY');
    expect(body).toContain('Lần 1, 09 giờ 00, ngày 03/12/2026 (Trần Văn Chủ)');
    expect(body).toContain(
      'Gia hạn đến: 20 giờ 00, ngày 09/12/2026; tổng thời gian cách ly 15 ngày',
    );
    expect(body).toContain(
      'Gia hạn đến: 20 giờ 00, ngày 19/12/2026; tổng thời gian cách ly 25 ngày',
    );
    expect(body).toContain('Cơ quan yêu cầu: Công an phường Ba Đình');
    expect(body).toContain('Căn cứ pháp lý: Công văn số 123/CAP-ĐTTH ngày 07/12/2026');
  });
});
