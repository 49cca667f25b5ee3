import { yearsBefore } from '../src/calendar/working-days.js';
import { todayInVietnam } from '../src/children/age.js';
import { RetentionService } from '../src/privacy/retention.service.js';
import { createTestApp, type TestApp } from './app.js';
import { BODIES, criteria, forChildren, postStep } from './case-world.js';
import { referral, type ReferralWorld, referralWorld } from './referral-world.js';
import { AREA, withStepUp } from './world.js';

const A1 = { provinceCode: AREA.provinceA, communeCode: AREA.communeA1 };
/** What the old case recorded about the child, none of which may remain once it is anonymised. */
const SECRETS = {
  summary: 'Hàng xóm nghe tiếng trẻ khóc và tiếng đánh đập nhiều đêm liền.',
  address: 'Ngõ 12 phố Đội Cấn',
  reporter: 'Trần Văn Báo',
  phone: '0987654321',
  note: 'Bố trẻ say rượu thường xuyên.',
  assessment: 'Người cha từng bị xử phạt vì bạo lực gia đình.',
  referral: 'Trẻ có dấu hiệu bị bạo lực thể chất, cần xác minh và ngăn chặn.',
  declined: 'Đã có đơn vị khác xác minh vụ việc.',
  transfer: 'Gia đình trẻ tạm trú tại phường Ngọc Hà.',
  transferNote: 'Mẹ trẻ: 0912345678.',
  back: 'Gia đình trẻ đã về lại phường Ba Đình.',
  sanction: 'Buộc xin lỗi công khai trẻ em trước tổ dân phố.',
};

/**
 * Issue 25, Law 91/2025: a closed case keeps its personal data until its retention policy ends
 * (five years after closing by default, unless one of its children is in a case still open); the
 * dry run shows what applying it would do, and the job anonymises the report, the forms, the
 * notes, the transfers' and referrals' texts and what a former holder reads, keeping what the
 * statistics count.
 */
describe('retention of closed cases: the policy, its dry run and the job', () => {
  let t: TestApp;
  let w: ReferralWorld;
  const ids: Record<string, string> = {};
  let referralId: string;

  /** A case about `childId` taken to closure by its commune, and closed six years ago. */
  const closedLongAgo = async (caseId: string, childId: string) => {
    const steps: [string, object][] = [
      ['initial-assessment', { ...BODIES['initial-assessment'], notes: SECRETS.assessment }],
      ['assessment', BODIES.assessment],
      ['plan', BODIES.plan],
      ['plan/approve', BODIES['plan/approve']],
      ['reviews', { ...BODIES.reviews, criteria: criteria(true), outcome: 'propose_closure' }],
      ['close/approve', {}],
    ];
    for (const [action, body] of steps) {
      await postStep(t, w, action, `/api/v1/cases/${caseId}/${action}`)
        .send(forChildren(action, body, [childId]))
        .expect(200);
    }
    await t.dataSource.query(
      `UPDATE cases SET closed_at = now() - interval '6 years' WHERE id = $1`,
      [caseId],
    );
  };
  const newCase = async (childId: string, extra: object = {}) =>
    (
      await w.worker
        .post('/api/v1/cases')
        .send({
          childIds: [childId],
          source: 'public',
          channel: 'phone',
          receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
          summary: 'Trẻ hay bỏ bữa.',
          concerns: ['neglect'],
          ...extra,
        })
        .expect(201)
    ).body.id as string;

  beforeAll(async () => {
    t = await createTestApp({ role: 'api' });
    w = await referralWorld(t);
    for (const [key, fullName] of [
      ['child', 'Lò Văn Dũng'],
      ['sibling', 'Lò Thị Dung'],
    ]) {
      ids[key] = (
        await w.officer
          .post('/api/v1/children')
          .send({ fullName, dateOfBirth: '2014-03-02', sex: 'male', ...A1 })
          .expect(201)
      ).body.id;
    }

    // The old case: reported, noted, referred (declined), handed to Ngọc Hà and back, closed.
    ids.old = await newCase(ids.child, {
      summary: SECRETS.summary,
      concerns: ['violence'],
      location: { ...A1, address: SECRETS.address },
      reporter: { fullName: SECRETS.reporter, phone: SECRETS.phone, relation: 'hàng xóm' },
    });
    await w.worker
      .post(`/api/v1/cases/${ids.old}/notes`)
      .send({ text: SECRETS.note, visibility: 'case_team' })
      .expect(201);
    referralId = (
      await w.worker
        .post(`/api/v1/cases/${ids.old}/referrals`)
        .send(referral(w.ids.policeOrg, 'urgent', { sharedFields: ['reportSummary'] }))
        .expect(201)
    ).body.id;
    await w.police.post(`/api/v1/referrals/${referralId}/acknowledge`).expect(200);
    await w.police
      .post(`/api/v1/referrals/${referralId}/decline`)
      .send({ reason: SECRETS.declined })
      .expect(200);
    await w.worker
      .post(`/api/v1/cases/${ids.old}/transfer`)
      .send({
        toCommuneCode: AREA.communeA2,
        reason: SECRETS.transfer,
        note: SECRETS.transferNote,
      })
      .expect(201);
    await w.outsider.post(`/api/v1/cases/${ids.old}/transfer/accept`).expect(200);
    await w.outsider
      .post(`/api/v1/cases/${ids.old}/transfer`)
      .send({ toCommuneCode: AREA.communeA1, reason: SECRETS.back })
      .expect(201);
    await w.worker.post(`/api/v1/cases/${ids.old}/transfer/accept`).expect(200);
    await w.worker.post(`/api/v1/cases/${ids.old}/assign`).send({ userId: w.ids.ctxh }).expect(200);
    await closedLongAgo(ids.old, ids.child);
    // The sanction decided once the case was closed: recorded on it all the same.
    await w.worker
      .post(`/api/v1/cases/${ids.old}/sanctions`)
      .send({
        decisionNumber: '07/QĐ-XPVPHC',
        decidedOn: todayInVietnam(),
        authority: 'Chủ tịch UBND phường Ba Đình',
        violatorKind: 'individual',
        form: 'violence',
        fine: 10_000_000,
        measures: SECRETS.sanction,
      })
      .expect(201);

    // As old, but its child is in a case still open: kept.
    ids.kept = await newCase(ids.sibling);
    await closedLongAgo(ids.kept, ids.sibling);
    ids.open = await newCase(ids.sibling);
  });
  afterAll(() => t.close());

  const policy = async () =>
    (
      (await w.admin.get('/api/v1/privacy/retention').expect(200)).body as Record<string, unknown>[]
    ).find((p) => p.kind === 'closed_case')!;

  it('shows what applying the policy would do, and does nothing while it is off', async () => {
    expect(await policy()).toMatchObject({
      enabled: false,
      keepYears: 5,
      lastDueDay: yearsBefore(todayInVietnam(), 5),
      due: 1,
      keptByCase: 1,
      byProvince: [{ provinceCode: AREA.provinceA, due: 1, keptByCase: 1 }],
    });
    const retention = t.app.get(RetentionService);
    expect(await retention.apply({ kind: 'closed_case' })).toEqual({ anonymised: 0 });
    // A longer policy reaches fewer cases.
    expect(
      (
        await w.admin
          .patch('/api/v1/privacy/retention/closed_case')
          .send({ keepYears: 7 })
          .expect(200)
      ).body,
    ).toMatchObject({ keepYears: 7, due: 0, keptByCase: 0 });
  });

  it('anonymises a case past it, and its trail, once, keeping what the statistics count', async () => {
    const before = (await w.worker.get(`/api/v1/cases/${ids.old}`).expect(200)).body;
    await w.admin
      .patch('/api/v1/privacy/retention/closed_case')
      .send({ enabled: true, keepYears: 5 })
      .expect(200);
    const retention = t.app.get(RetentionService);
    // The nightly run applies every policy; the child's record is not past its own.
    expect(await retention.apply({ kind: null })).toEqual({ anonymised: 1 });
    expect(await retention.apply({ kind: 'closed_case' })).toEqual({ anonymised: 0 });

    const kase = (await w.worker.get(`/api/v1/cases/${ids.old}`).expect(200)).body;
    expect(kase).toMatchObject({
      summary: '[Đã ẩn danh]',
      location: null,
      reporter: null,
      status: 'closed',
      level: before.level,
      concerns: ['violence'],
      closedAt: before.closedAt,
      anonymisedAt: expect.any(String),
      allowedActions: [],
    });
    const everything = JSON.stringify([
      kase,
      (await w.worker.get(`/api/v1/cases/${ids.old}/timeline`).expect(200)).body,
      (await w.worker.get(`/api/v1/cases/${ids.old}/notes`).expect(200)).body,
      (await w.worker.get(`/api/v1/cases/${ids.old}/sanctions`).expect(200)).body,
      (await w.worker.get(`/api/v1/referrals/${referralId}`).expect(200)).body,
      // Ngọc Hà, which held it for a while, reads it as it handed it back.
      (await w.outsider.get(`/api/v1/cases/${ids.old}`).expect(200)).body,
    ]);
    for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
    expect(everything).toContain('"text":"[Đã ẩn danh]"');
    expect(everything).toContain('"declineReason":"[Đã ẩn danh]"');
    // The sanction's decision and fine are counted still; its measures are gone.
    expect((await w.worker.get(`/api/v1/cases/${ids.old}/sanctions`).expect(200)).body).toEqual([
      expect.objectContaining({
        decisionNumber: '07/QĐ-XPVPHC',
        fine: 10_000_000,
        measures: '[Đã ẩn danh]',
      }),
    ]);
    // Closed for good: no decision recorded or removed any more.
    const [{ id: sanctionId }] = (
      await w.worker.get(`/api/v1/cases/${ids.old}/sanctions`).expect(200)
    ).body as { id: string }[];
    await w.worker.delete(`/api/v1/cases/${ids.old}/sanctions/${sanctionId}`).expect(410);
    await w.worker
      .post(`/api/v1/cases/${ids.old}/sanctions`)
      .send({
        decisionNumber: '08/QĐ-XPVPHC',
        decidedOn: todayInVietnam(),
        authority: 'Chủ tịch UBND phường Ba Đình',
        violatorKind: 'individual',
        form: 'violence',
      })
      .expect(410);
    const [stored] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE content IS NOT NULL)::int AS sealed,
              count(*) FILTER (WHERE facts <> '{}')::int AS facts
       FROM case_events WHERE case_id = $1`,
      [ids.old],
    );
    expect(stored.sealed).toBe(0);
    expect(stored.facts).toBeGreaterThan(0);
    const audit = await t.dataSource.query(
      `SELECT action, details FROM audit_events WHERE entity_id = $1 AND action = 'case.anonymised'`,
      [ids.old],
    );
    expect(audit).toEqual([
      { action: 'case.anonymised', details: { policy: 'closed_case', keepYears: 5 } },
    ]);

    // Its forms are gone, in words; it is closed for good.
    const form = await w.worker.get(`/api/v1/cases/${ids.old}/forms/mau-01`).expect(410);
    expect(form.body).toMatchObject({ type: '/problems/case-anonymised', status: 410 });
    expect(form.body.detail).toMatch(/^Hồ sơ đã hết thời hạn lưu trữ và được ẩn danh lúc /);
    const reopen = await withStepUp(
      t,
      'chutich',
      w.approver.post(`/api/v1/cases/${ids.old}/reopen`),
    )
      .send({ reason: 'Trẻ lại bị đánh.' })
      .expect(409);
    expect(reopen.body.type).toBe('/problems/action-not-allowed');

    // The case kept for its child's open case is as it was.
    const kept = (await w.worker.get(`/api/v1/cases/${ids.kept}`).expect(200)).body;
    expect(kept).toMatchObject({ summary: 'Trẻ hay bỏ bữa.', anonymisedAt: null });
    expect(await policy()).toMatchObject({ due: 0, keptByCase: 1 });
  });

  it('leaves the case trail append-only for everything else', async () => {
    await expect(
      t.dataSource.query(`UPDATE case_notes SET text = 'x' WHERE case_id = $1`, [ids.old]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`UPDATE case_events SET content = NULL WHERE case_id = $1`, [ids.kept]),
    ).rejects.toThrow(/append-only/);
  });
});
