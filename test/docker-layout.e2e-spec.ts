import { existsSync, readFileSync } from 'node:fs';
import { TEST_SECRETS } from './app.js';
import { createTestDatabase, dropTestDatabase } from './database.js';
import { runToEnd } from './processes.js';

/**
 * The production layout in docker/, read as far as can be without a Docker engine (none in CI):
 * the compose file parses and is shaped to scale, the image is on a supported Node, and the
 * worker's health check checks the queue as well as the database.
 */
type Service = {
  image?: string;
  ports?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  depends_on?: Record<string, unknown>;
};

/** YAML merge keys (`<<: *anchor`) applied as Compose applies them; js-yaml 5 leaves them as keys. */
function merged(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(merged);
  if (!value || typeof value !== 'object') return value;
  const { '<<': base, ...own } = value as Record<string, unknown>;
  const bases = (Array.isArray(base) ? base : base ? [base] : []).map(merged) as object[];
  const result: Record<string, unknown> = Object.assign({}, ...bases);
  for (const [key, inner] of Object.entries(own)) result[key] = merged(inner);
  return result;
}

describe('docker/', () => {
  let services: Record<string, Service>;

  beforeAll(async () => {
    // js-yaml comes with @nestjs/swagger, which writes the OpenAPI document as YAML.
    const { load } = (await import('js-yaml')) as { load: (text: string) => unknown };
    const compose = load(readFileSync('docker/compose.yml', 'utf8')) as {
      services: Record<string, Service>;
    };
    services = merged(compose.services) as Record<string, Service>;
  });

  it('publishes one port, the load balancer’s, in front of the API replicas', () => {
    const published = Object.entries(services).filter(([, s]) => s.ports?.length);
    expect(published.map(([name]) => name)).toEqual(['lb']);
    // `resolve` in an upstream group is open-source nginx's from 1.27.3.
    const [, major, minor] = /^nginx:(\d+)\.(\d+)/.exec(services.lb.image ?? '') ?? [];
    expect(Number(major) * 100 + Number(minor)).toBeGreaterThanOrEqual(127);
    expect(services.lb.volumes).toContain('./nginx.conf:/etc/nginx/nginx.conf:ro');
    const nginx = readFileSync('docker/nginx.conf', 'utf8');
    expect(nginx).toMatch(/resolver 127\.0\.0\.11/);
    // Every replica, re-resolved, on connections kept open between requests.
    expect(nginx).toMatch(
      /upstream api \{\s+zone api \d+k;\s+server api:3000 resolve;\s+keepalive \d+;[^}]*keepalive_timeout [1-4]s;\s+\}/,
    );
    expect(nginx).toMatch(/proxy_pass http:\/\/api;\s+(#.*\s+)*proxy_http_version 1\.1;/);
    expect(nginx).toMatch(/proxy_set_header Connection "";/);
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(services.api.environment?.TRUST_PROXY).toBe('1');
  });

  it('gives database passwords apart from the URL, so no character needs escaping', () => {
    for (const name of ['api', 'worker', 'migrate']) {
      const env = services[name].environment!;
      expect(new URL(env.DATABASE_URL).password).toBe('');
      expect(env.DATABASE_PASSWORD).toMatch(/^\$\{(APP_DB|POSTGRES)_PASSWORD:\?/);
    }
  });

  it('builds on a Node LTS that package.json engines allows, from a context without secrets', () => {
    const dockerfile = readFileSync('docker/Dockerfile', 'utf8');
    const majors = [...dockerfile.matchAll(/^FROM node:(\d+)-/gm)].map((m) => Number(m[1]));
    expect(majors.length).toBeGreaterThan(0);
    // Even majors are the LTS lines; 20 ended in April 2026.
    for (const major of majors) expect(major % 2 === 0 && major >= 22).toBe(true);
    const engines = (
      JSON.parse(readFileSync('package.json', 'utf8')) as {
        engines: { node: string };
      }
    ).engines.node;
    for (const major of majors)
      expect(engines).toMatch(new RegExp(`(\\^|>=)${major}\\.|>=2[0-4]\\.`));
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const path of ['node_modules', '.data', '.git', 'docker/.env'])
      expect(ignored).toContain(path);
  });

  describe('the worker’s health check', () => {
    let database: { name: string; url: string };
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(() => dropTestDatabase(database.name));

    it('is the probe script, which checks the database and, when set, Redis', async () => {
      expect(services.worker.healthcheck?.test).toEqual([
        'CMD',
        'node',
        'dist/health/worker-probe.js',
      ]);
      expect(existsSync('dist/health/worker-probe.js')).toBe(true);
      const env = { ...TEST_SECRETS, DATABASE_URL: database.url };
      const healthy = await runToEnd('dist/health/worker-probe.js', {
        ...env,
        ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      });
      expect(healthy).toMatchObject({ code: 0, stderr: '' });
      const noRedis = await runToEnd('dist/health/worker-probe.js', {
        ...env,
        REDIS_URL: 'redis://127.0.0.1:1',
      });
      expect(noRedis.code).toBe(1);
      expect(noRedis.stderr).toMatch(/^Unhealthy: queue \(Redis\): /);
      const noDatabase = await runToEnd('dist/health/worker-probe.js', {
        ...env,
        DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      });
      expect(noDatabase.code).toBe(1);
      expect(noDatabase.stderr).toMatch(/^Unhealthy: database: /);
    });
  });
});
