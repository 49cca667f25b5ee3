import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../src/notifications/webhook-signature.js';
import type { TestApp } from './app.js';

/**
 * An organisation's system receiving our webhooks: answers each request with the next scripted
 * status (then 200) and keeps a log de-duplicated by event id, as receivers are asked to.
 * `hold` requests are not answered until `release` (a delivery the sender died in the middle of,
 * or one a test keeps in flight).
 */
export class Receiver {
  readonly requests: { id: string; valid: boolean }[] = [];
  /** Its de-duplicated log: each event once, however often it was delivered. */
  readonly events = new Map<string, unknown>();
  secret = '';
  private server?: Server;
  private readonly held: { res: ServerResponse; id: string; body: string; valid: boolean }[] = [];

  constructor(
    private readonly statuses: number[] = [],
    public hold = 0,
  ) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => this.receive(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
  }

  /** Stops it if it was started (a test skipped never registers its receiver). */
  stop(): Promise<void> {
    for (const { res } of this.held) res.destroy();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private receive(req: IncomingMessage, res: ServerResponse): void {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const id = req.headers['webhook-id'] as string;
      const valid = verifyWebhook(this.secret, req.headers, body, Date.now() / 1000);
      this.requests.push({ id, valid });
      if (this.hold > 0) {
        this.hold -= 1;
        this.held.push({ res, id, body, valid });
        return;
      }
      this.answer(res, id, body, valid);
    });
  }

  /** Answers the requests held, each with the next scripted status. */
  release(): void {
    for (const { res, id, body, valid } of this.held.splice(0)) this.answer(res, id, body, valid);
  }

  private answer(res: ServerResponse, id: string, body: string, valid: boolean): void {
    const status = this.statuses.shift() ?? 200;
    if (status === 200 && valid && !this.events.has(id)) this.events.set(id, JSON.parse(body));
    res.writeHead(status).end();
  }
}

/** Registers the receiver as the organisation's webhook, through the admin API. */
export async function registerWebhook(
  admin: ReturnType<TestApp['as']>,
  receiver: Receiver,
  organizationId: string,
): Promise<void> {
  const url = await receiver.start();
  const created = await admin
    .post(`/api/v1/organizations/${organizationId}/webhooks`)
    .send({ url })
    .expect(201);
  expect(created.body.secret).toMatch(/^whsec_/);
  receiver.secret = created.body.secret;
}
