import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { chmodSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { totpCode } from '../src/auth/totp.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/demo/demo-data.service.js';
import { freePort, output, runToEnd, start, waitForHttp } from './processes.js';

/**
 * The built service as a user runs it (`npm test` builds first): `node dist/start.js` on the
 * embedded PostgreSQL, and `node dist/main.js` with a bad DATABASE_URL.
 */
describe('the service as a process', () => {
  const dataRoot = mkdtempSync(join(tmpdir(), 'bvte-start-'));
  // The embedded server runs as the postgres user when we are root: it must reach its folder.
  chmodSync(dataRoot, 0o755);
  const pgDir = join(dataRoot, 'postgres');

  afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

  it('fails a bad DATABASE_URL with one clear line, not a stack trace', async () => {
    const { code, stderr, stdout } = await runToEnd('dist/main.js', {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      ...SECRETS,
    });
    expect(code).toBe(1);
    const lines = (stdout + stderr).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).msg).toMatch(
      /^Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/none: /,
    );
  });

  it('fails an invalid variable before doing anything', async () => {
    const { code, stderr } = await runToEnd('dist/main.js', {
      DATABASE_URL: 'mysql://x',
      PORT: 'abc',
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^Invalid configuration: .*PORT.*DATABASE_URL|^Invalid configuration: .*DATABASE_URL.*PORT/,
    );
  });

  it('starts on the embedded database, answers health, stops cleanly on SIGINT and keeps its data', async () => {
    let generatedSecrets = '';
    for (const round of [1, 2]) {
      const port = await freePort();
      // The demo accounts' password and TOTP secret are public: loopback only, unless HOST says.
      const host: Record<string, string> = round === 2 ? { HOST: '0.0.0.0' } : {};
      const child = start('dist/start.js', { PORT: String(port), EMBEDDED_PG_DIR: pgDir, ...host });
      const started = Date.now();
      await waitForHttp(`http://127.0.0.1:${port}/health`, 60_000);
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(output.get(child)).toContain(
        `Listening on http://${round === 1 ? '127.0.0.1' : '0.0.0.0'}:${port}`,
      );
      if (NETWORK_ADDRESS) {
        const outside = fetch(`http://${NETWORK_ADDRESS}:${port}/health`);
        if (round === 1) await expect(outside).rejects.toThrow();
        else expect((await outside).status).toBe(200);
      }
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(ready.status).toBe(200);
      // The first start loaded the demo dataset and generated the secrets; the second keeps both.
      const api = `http://127.0.0.1:${port}/api/v1`;
      const officer = await post(`${api}/auth/login`, {
        username: 'demo.canbo',
        password: DEMO_PASSWORD,
      });
      expect(officer.status).toBe(200);
      const accessToken = officer.body.accessToken;
      const secrets = readFileSync(join(dataRoot, 'secrets.json'), 'utf8');
      if (round === 1) {
        generatedSecrets = secrets;
        const admin = await post(`${api}/auth/login`, {
          username: 'demo.admin',
          password: DEMO_PASSWORD,
          otp: totpCode(DEMO_TOTP_SECRET),
        });
        expect(admin.status).toBe(200);
      } else {
        expect(secrets).toBe(generatedSecrets);
      }
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/areas/provinces`, {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      const provinces = (await response.json()) as { items: unknown[] };
      expect(provinces.items).toHaveLength(34);
      // The demo officer of Ba Đình sees the demo children of Ba Đình, not those of Ngọc Hà.
      const children = await fetch(`${api}/children`, {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      const registry = (await children.json()) as { items: { communeCode: string }[] };
      expect(registry.items.map((c) => c.communeCode)).toEqual(Array(5).fill('00004'));
      // Its social worker has the two demo cases, one assessed and one in emergency protection.
      const worker = await post(`${api}/auth/login`, {
        username: 'demo.ctxh',
        password: DEMO_PASSWORD,
      });
      const cases = await fetch(`${api}/cases`, {
        headers: { Authorization: `Bearer ${worker.body.accessToken}` },
      });
      const caseList = (await cases.json()) as { items: { status: string; code: string }[] };
      expect(caseList.items.map((c) => c.status)).toEqual(['emergency', 'assessed']);
      expect(caseList.items[1].code).toMatch(/^BVTE-00004-\d{4}-0001$/);

      child.kill('SIGINT');
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(code).toBe(0);
      expect(existsSync(join(pgDir, 'postmaster.pid'))).toBe(false);
      // The second start finds the cluster and its migrations: nothing is created or applied again.
      const log = output.get(child) ?? '';
      if (round === 1) expect(log).toMatch(/Applied migration[\s\S]*Loaded the \[DEMO\] dataset/);
      else expect(log).not.toMatch(/Creating the embedded|Applied migration/);
    }
  });
});

async function post(
  url: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, string> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

/** An address of this machine other than loopback, when it has one. */
const NETWORK_ADDRESS = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

const SECRETS = {
  JWT_SECRET: 'process-test-signing-secret-0123456789',
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
};
