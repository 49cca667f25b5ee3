import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { apiPost, apiToken, expectAccessible, screenshot, signInWithCode } from './support';

// The police's own system receives the referrals sent to them as webhooks; one it must read
// again (its log lost, say), the administrator sends again from the delivery log.
let receiver: Server;
let url: string;
/** Each request received, in order: its `webhook-id` and its body. */
const received: { id: string; body: string }[] = [];

test.beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ id: String(req.headers['webhook-id']), body });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/police-events`;
});

test.afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

test('the administrator sends a delivered webhook again from its delivery log', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const police = await apiToken(request, 'demo.congan');
  const me = await request.get('/api/v1/auth/me', {
    headers: { Authorization: `Bearer ${police}` },
  });
  const { organizationId } = (await me.json()) as { organizationId: string };

  // The administrator registers the police's receiver.
  await page.goto(`/admin/organizations/${organizationId}/webhooks`);
  await signInWithCode(page, 'demo.admin');
  await page.getByLabel('Địa chỉ nhận (URL)').fill(url);
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đăng ký webhook' })).toBeVisible();

  // A social worker refers a case to the police: the police's system receives it once.
  const officer = await apiToken(request, 'demo.canbo');
  const worker = await apiToken(request, 'demo.ctxh');
  const post = (token: string, path: string, data: object) => apiPost(request, token, path, data);
  const child = await post(officer, '/api/v1/children', {
    fullName: `Lò Văn Tín${Math.random().toString(36).slice(2, 6)}`,
    dateOfBirth: '2019-02-11',
    sex: 'male',
    provinceCode: '01',
    communeCode: '00004',
  });
  const kase = await post(worker, '/api/v1/cases', {
    childIds: [child.id],
    source: 'public',
    channel: 'phone',
    receivedAt: new Date(Date.now() - 600_000).toISOString(),
    summary: 'Trẻ bị người lạ dụ dỗ đi khỏi trường.',
    concerns: ['violence'],
  });
  const referral = await post(worker, `/api/v1/cases/${kase.id}/referrals`, {
    toOrganizationId: organizationId,
    serviceType: 'investigation',
    urgency: 'urgent',
    reason: 'Đề nghị xác minh người lạ.',
    sharedFields: ['dateOfBirth'],
  });
  // (Referrals of other tests may still be on their way to the police: this one is told by its id.)
  const ours = () => received.filter(({ body }) => body.includes(referral.id)).map(({ id }) => id);
  await expect.poll(() => ours().length, { timeout: 30_000 }).toBe(1);
  const [eventId] = ours();

  // Its delivery in the log: delivered at the first attempt.
  const hooks = page.getByRole('table', { name: /^Webhook của / });
  await hooks.getByRole('button', { name: `Lần gửi ${url}` }).click();
  const log = page.getByRole('table', { name: `Các lần gửi tới ${url}` });
  const delivery = log.getByRole('row').filter({ hasText: eventId });
  await expect(delivery.getByRole('cell').nth(2)).toHaveText('Đã gửi');
  await expect(delivery.getByRole('cell').nth(3)).toHaveText('1');

  // Sent again: the receiver gets the same event (the same id, so it can tell it has it).
  await delivery.getByRole('button', { name: `Gửi lại ${eventId}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi lại.' })).toBeVisible();
  await expect.poll(ours, { timeout: 30_000 }).toEqual([eventId, eventId]);
  await expectAccessible(page);
  await screenshot(page, 'admin-webhook-replayed');

  // The receiver goes away with the test: its webhook is turned off.
  await hooks.getByRole('button', { name: `Vô hiệu hóa ${url}` }).click();
  await page.getByRole('button', { name: 'Vô hiệu hóa', exact: true }).click();
  await expect(hooks.getByRole('row').filter({ hasText: url })).toContainText('Đã vô hiệu hóa');
});
