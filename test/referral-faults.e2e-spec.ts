import { OutboxRelay } from '../src/queue/outbox-relay.service.js';
import { createTestApp, type TestApp } from './app.js';
import {
  type ReferralWorld,
  receivedReferral,
  referral,
  referralWorld,
  reportedCase,
} from './referral-world.js';
import { Receiver, registerWebhook } from './webhook-receiver.js';
import { eventually, signIn } from './world.js';

const WORKER_ENV = {
  QUEUE_LOCK_MS: '2000',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_MAX_ATTEMPTS: '3',
};

/**
 * Faults (issue 6): the queue down while referrals are made, a webhook receiver failing (a worker
 * killed mid-job: referral-worker-killed). The API process writes; workers run in a separate app
 * on the same database, as in production.
 */
describe('referral notifications survive faults: none lost, none twice', () => {
  let api: TestApp;
  let worker: TestApp | undefined;
  let w: ReferralWorld;
  let admin: ReturnType<TestApp['as']>;
  const police = new Receiver();
  const flaky = new Receiver([500, 503]);
  const broken = new Receiver([500, 500, 500]);

  beforeAll(async () => {
    api = await createTestApp({ role: 'api' });
    w = await referralWorld(api);
    admin = api.as((await signIn(api, 'admin')).accessToken);
    await registerWebhook(admin, police, w.ids.policeOrg);
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
    for (const receiver of [police, flaky, broken]) await receiver.stop();
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

  it('saves referrals while no queue runs, and delivers each notification once it is back', async () => {
    const kase = await reportedCase(w, new Date().toISOString());
    const sent: Record<string, string> = {};
    for (const [org, urgency] of [
      ['policeOrg', 'emergency'],
      ['healthOrg', 'urgent'],
      ['schoolOrg', 'routine'],
    ] as const) {
      sent[org] = (
        await w.worker
          .post(`/api/v1/cases/${kase.id}/referrals`)
          .send(referral(w.ids[org], urgency))
          .expect(201)
      ).body.id;
    }
    // Saved, waiting in the outbox; nobody has been told yet.
    const [{ count: pending }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_messages
        WHERE dispatched_at IS NULL AND job_name = 'notifications.deliver'`,
    );
    expect(pending).toBeGreaterThanOrEqual(3);
    expect(await receivedReferral(w.police, sent.policeOrg)).toEqual([]);

    // The queue is back: a worker process starts.
    worker = await createTestApp({ role: 'worker', sharing: api, env: WORKER_ENV });
    for (const client of [w.police, w.police2]) {
      await eventually(async () =>
        expect(await receivedReferral(client, sent.policeOrg)).toHaveLength(1),
      );
    }
    await eventually(async () =>
      expect(await receivedReferral(w.health, sent.healthOrg)).toHaveLength(1),
    );
    await eventually(async () =>
      expect(await receivedReferral(w.school, sent.schoolOrg)).toHaveLength(1),
    );
    await eventually(async () => expect(police.events.size).toBe(1));

    // A second relay pass and some time: still once each.
    await worker.app.get(OutboxRelay).dispatchPending();
    await settle();
    expect(await receivedReferral(w.police, sent.policeOrg)).toHaveLength(1);
    expect(await receivedReferral(w.police2, sent.policeOrg)).toHaveLength(1);
    expect(police.requests.map((r) => r.id)).toEqual([...police.events.keys()]);
  });

  it('retries a failing webhook receiver until it answers, and dead-letters one that never does', async () => {
    worker ??= await createTestApp({ role: 'worker', sharing: api, env: WORKER_ENV });
    await registerWebhook(admin, flaky, w.ids.healthOrg);
    await registerWebhook(admin, broken, w.ids.schoolOrg);
    const kase = await reportedCase(w, new Date().toISOString());
    const toHealth = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(w.ids.healthOrg, 'urgent'))
        .expect(201)
    ).body;
    const toSchool = (
      await w.worker
        .post(`/api/v1/cases/${kase.id}/referrals`)
        .send(referral(w.ids.schoolOrg, 'routine'))
        .expect(201)
    ).body;

    // Failed twice, then answered: delivered; the receiver's log has the event once.
    const [webhook] = (
      await admin.get(`/api/v1/organizations/${w.ids.healthOrg}/webhooks`).expect(200)
    ).body;
    const delivery = await eventually(async () => {
      const [found] = (
        await admin.get(`/api/v1/webhooks/${webhook.id}/deliveries?state=delivered`).expect(200)
      ).body.items;
      expect(found).toBeDefined();
      return found;
    }, 30_000);
    expect(delivery).toMatchObject({ attempts: 3, state: 'delivered', kind: 'referral_received' });
    expect(delivery.payload.data).toMatchObject({ referralId: toHealth.id, urgency: 'urgent' });
    expect(JSON.stringify(delivery.payload)).not.toContain('Bé Na');
    const log = (await admin.get(`/api/v1/webhook-deliveries/${delivery.id}`).expect(200)).body.log;
    expect(log.map((a: { status: number }) => a.status)).toEqual([500, 503, 200]);
    expect(flaky.requests.map((r) => r.id)).toEqual([
      delivery.eventId,
      delivery.eventId,
      delivery.eventId,
    ]);
    expect(flaky.requests.every((r) => r.valid)).toBe(true);
    expect([...flaky.events.keys()]).toEqual([delivery.eventId]);

    // Never answered: dead after the last attempt; replayed once the receiver is mended.
    const [schoolHook] = (
      await admin.get(`/api/v1/organizations/${w.ids.schoolOrg}/webhooks`).expect(200)
    ).body;
    const dead = await eventually(async () => {
      const items = (
        await admin.get(`/api/v1/webhooks/${schoolHook.id}/deliveries?state=dead`).expect(200)
      ).body.items.filter(
        (d: { payload: { data: { referralId: string } } }) =>
          d.payload.data.referralId === toSchool.id,
      );
      expect(items).toHaveLength(1);
      return items[0];
    }, 30_000);
    expect(dead.attempts).toBe(3);
    // A replay waiting for a worker (none runs for a moment) is pending: a second one is refused.
    await worker.close();
    await admin.post(`/api/v1/webhook-deliveries/${dead.id}/replay`).expect(200);
    await admin.post(`/api/v1/webhook-deliveries/${dead.id}/replay`).expect(409);
    // The replayed attempt in flight (the receiver holds it): another replay is refused at once.
    broken.hold = 1;
    const posted = broken.requests.length;
    worker = await createTestApp({ role: 'worker', sharing: api, env: WORKER_ENV });
    await eventually(async () => expect(broken.requests[posted]?.id).toBe(dead.eventId));
    const refused = Date.now();
    await admin.post(`/api/v1/webhook-deliveries/${dead.id}/replay`).expect(409);
    expect(Date.now() - refused).toBeLessThan(2_000);
    broken.release();
    await eventually(async () => {
      const replayed = (await admin.get(`/api/v1/webhook-deliveries/${dead.id}`).expect(200)).body;
      expect(replayed).toMatchObject({ state: 'delivered', attempts: 4 });
    });
    expect(broken.events.has(dead.eventId)).toBe(true);
  });
});
