import type { ArgumentsHost } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueryFailedError } from 'typeorm';
import { accessLog, createRootLogger, PinoLoggerService } from '../src/common/logging.js';
import { ProblemFilter } from '../src/common/problem.filter.js';
import { JobName, QueueName } from '../src/queue/queue.constants.js';
import { createTestApp, type TestApp } from './app.js';

/** A child's personal data, as a failed statement would carry it. */
const CHILD = {
  fullName: 'Lò Thị Mỷ Hạnh',
  dateOfBirth: '2016-03-09',
  personalId: '001316099876',
  address: 'Số 7 ngõ Trạm Ẩn',
  motherName: 'Quàng Thị Sương',
  motherPhone: '0912345678',
  notes: 'khuyết tật vận động',
};
const VALUES = Object.values(CHILD);

/**
 * Errors of failed queries carry the statement's parameters, PostgreSQL's detail (`Key (…)=(…)`,
 * `Failing row contains (…)`) and messages quoting a value: none of it may reach a log line or a
 * job's stored failure.
 */
describe('errors in the log and in failed jobs carry no personal data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.query(
      `CREATE TABLE log_probe (
         personal_id text CONSTRAINT log_probe_personal_id UNIQUE,
         full_name text, date_of_birth date, address text, mother_name text, mother_phone text,
         notes text CONSTRAINT log_probe_notes CHECK (notes IS NULL))`,
    );
  });
  afterAll(() => t.close());

  /** Runs a statement that must fail, with the child's data as parameters, and returns its error. */
  async function failing(sql: string, parameters: string[]): Promise<QueryFailedError> {
    const error = await t.dataSource.query(sql, parameters).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(QueryFailedError);
    return error as QueryFailedError;
  }

  const C = CHILD;
  const DUPLICATE = `INSERT INTO log_probe VALUES ($1, $2, $3::date, $4, $5, $6, NULL)`;

  async function errors() {
    await t.dataSource.query(
      `INSERT INTO log_probe (personal_id, full_name) VALUES ('001316099876', 'Lò Thị Mỷ Hạnh')
       ON CONFLICT DO NOTHING`,
    );
    const duplicate = await failing(DUPLICATE, [
      C.personalId,
      C.fullName,
      C.dateOfBirth,
      C.address,
      C.motherName,
      C.motherPhone,
    ]);
    const check = await failing(
      `INSERT INTO log_probe VALUES (NULL, $1, $2::date, $3, $4, $5, $6)`,
      [C.fullName, C.dateOfBirth, C.address, C.motherName, C.motherPhone, C.notes],
    );
    const cast = await failing(
      `SELECT $1::int FROM log_probe WHERE full_name = 'Lò Thị Mỷ Hạnh' AND notes IS DISTINCT FROM $2`,
      [C.fullName, C.notes],
    );
    // What the errors hold before they are logged: the test would prove nothing otherwise.
    expect(JSON.stringify({ ...duplicate })).toContain(C.personalId);
    expect((duplicate.driverError as unknown as { detail: string }).detail).toContain(C.personalId);
    expect((check.driverError as unknown as { detail: string }).detail).toContain(C.notes);
    expect(cast.message).toContain(C.fullName);
    return { duplicate, check, cast };
  }

  function capture() {
    const lines: string[] = [];
    const log = createRootLogger('info', {}, { write: (line: string) => lines.push(line) });
    return { log, lines };
  }

  function expectNoPersonalData(text: string) {
    for (const value of VALUES) expect(text).not.toContain(value);
  }

  it('keeps the kind, SQLSTATE, constraint and statement of a failed query, not its values', async () => {
    const { duplicate, check, cast } = await errors();
    const { log, lines } = capture();
    const nest = new PinoLoggerService(log);
    for (const error of [duplicate, check, cast]) {
      log.error({ err: error }, 'failed');
      log.warn(error);
      nest.error({ err: error, requestId: 'r' }, 'Unhandled error');
      nest.error(error);
      log.child({ job: 'x' }).error({ err: new Error('wrapped', { cause: error }) }, 'failed');
    }
    const text = lines.join('');
    expectNoPersonalData(text);
    const first = JSON.parse(lines[0]) as { err: Record<string, unknown> };
    expect(first.err).toMatchObject({
      type: 'QueryFailedError',
      code: '23505',
      constraint: 'log_probe_personal_id',
      table: 'log_probe',
      message: 'duplicate key value violates unique constraint "log_probe_personal_id"',
      query: DUPLICATE,
    });
    expect(first.err).not.toHaveProperty('parameters');
    expect(first.err).not.toHaveProperty('detail');
    expect(first.err.stack).toMatch(/^QueryFailedError: duplicate key[^\n]*\n\s+at /);
    expect(text).toContain('"code":"23514","constraint":"log_probe_notes"');
    expect(text).toContain('invalid input syntax for type integer: \\"?\\"');
    // The SQL's own literals are dropped too.
    expect(text).toContain('WHERE full_name = ?');
  });

  it('writes the problem filter’s line for an unexpected database error without its values', async () => {
    const { cast } = await errors();
    const { log, lines } = capture();
    Logger.overrideLogger(new PinoLoggerService(log));
    const response = {
      status: () => response,
      type: () => response,
      setHeader: () => response,
      json: () => response,
    };
    const host = {
      switchToHttp: () => ({
        getRequest: () => ({ headers: {}, id: 'req-1' }),
        getResponse: () => response,
      }),
    } as unknown as ArgumentsHost;
    try {
      new ProblemFilter().catch(cast, host);
    } finally {
      Logger.overrideLogger(false);
    }
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      msg: 'Unhandled error',
      requestId: 'req-1',
      err: { type: 'QueryFailedError', code: '22P02' },
    });
    expectNoPersonalData(lines[0]);
  });

  it('writes the access log’s error without its values', async () => {
    const { check } = await errors();
    const { log, lines } = capture();
    const middleware = accessLog(log);
    const { EventEmitter } = await import('node:events');
    const req = Object.assign(new EventEmitter(), {
      id: 'req-2',
      method: 'POST',
      url: '/api/v1/children',
      headers: {},
      socket: {},
    });
    const res = Object.assign(new EventEmitter(), {
      statusCode: 500,
      getHeaders: () => ({}),
      err: check,
    });
    middleware(req as never, res as never, () => undefined);
    res.emit('finish');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ err: { code: '23514' } });
    expectNoPersonalData(lines[0]);
  });

  it('stores a failed job’s reason and stack without the values its query quoted', async () => {
    const queue = t.app.get<Queue>(getQueueToken(QueueName.Deadlines));
    const caseId = `${CHILD.fullName} ${CHILD.personalId}`;
    const added = await queue.add(
      JobName.Deadline,
      { caseId, kind: 'plan', item: '', dueAt: new Date().toISOString(), stage: 'reminder' },
      { attempts: 1 },
    );
    const until = Date.now() + 20_000;
    let job = await queue.getJob(added.id!);
    while (!(await job?.isFailed())) {
      if (Date.now() > until) throw new Error('the job did not fail');
      await new Promise((r) => setTimeout(r, 100));
      job = await queue.getJob(added.id!);
    }
    // The job read before it failed (the loop's last read) has no reason yet: read it again.
    job = await queue.getJob(added.id!);
    expect(job!.failedReason).toBe('invalid input syntax for type uuid: "?"');
    const stored = JSON.stringify([job!.failedReason, job!.stacktrace]);
    expect(stored).toContain('QueryFailedError');
    expect(stored).not.toContain(CHILD.fullName);
    expect(stored).not.toContain(CHILD.personalId);
  });
});
