import { createServer } from 'node:net';
import { type ChildProcess, spawn } from 'node:child_process';

/**
 * The built service (`npm test` builds first) as separate processes: `node dist/<script>.js` with
 * the test runner's variables left out unless given.
 */
export const output = new Map<ChildProcess, string>();

function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', ...extra };
  for (const key of [
    'DATABASE_URL',
    'REDIS_URL',
    'TEST_PG_SERVER_URL',
    'NODE_OPTIONS',
    'JEST_WORKER_ID',
  ]) {
    if (!(key in extra)) delete env[key];
  }
  return env;
}

/** Starts a script of the built service; its output collects in `output`. */
export function start(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [script], {
    env: environment(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  output.set(child, '');
  const append = (chunk: Buffer) => output.set(child, (output.get(child) ?? '') + chunk.toString());
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return child;
}

/** Runs a script of the built service to its end. */
export function runToEnd(script: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [script], { env: environment(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Kills a process without letting it clean up (SIGKILL) and waits until it is gone. */
export async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Waits until the URL answers 2xx (a process started and listening). */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A TCP port free on loopback now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
