import { newWebhookSecret, verifyWebhook, webhookHeaders } from './webhook-signature.js';

describe('webhook signatures', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const body = '{"type":"referral_received"}';

  it('matches the Standard Webhooks reference vector', () => {
    // From the scheme's documentation: id msg_p5jXN8AQM9LWM0D4loKWxJek, timestamp 1614265330.
    const headers = webhookHeaders(
      secret,
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(headers['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verifies a fresh, untouched request and refuses a changed, stale or foreign one', () => {
    const now = 1_764_000_000;
    const headers = webhookHeaders(secret, 'evt-1', now, body);
    expect(verifyWebhook(secret, headers, body, now + 10)).toBe(true);
    expect(verifyWebhook(secret, headers, body.replace('received', 'declined'), now)).toBe(false);
    expect(verifyWebhook(secret, headers, body, now + 301)).toBe(false);
    expect(verifyWebhook(newWebhookSecret(), headers, body, now)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, 'webhook-id': 'evt-2' }, body, now)).toBe(false);
  });
});
