import { entryHash, GENESIS_HASH } from '../src/audit/audit-chain.js';
import { AuditRepository } from '../src/audit/audit.repository.js';
import { verifyAuditLog } from '../src/audit/audit.service.js';
import { createDataSource } from '../src/database/data-source.js';
import { migrate } from '../src/database/migrate.js';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { pendingSchemaChanges } from '../src/database/schema-diff.js';
import { createTestDatabase, dropTestDatabase } from './database.js';

describe('migrations', () => {
  let database: { name: string; url: string };

  beforeAll(async () => {
    database = await createTestDatabase(null);
  });
  afterAll(() => dropTestDatabase(database.name));

  it('apply to an empty database and leave nothing for migration:generate to find', async () => {
    await migrate(database.url, { queueOnPostgres: true });
    expect(await pendingSchemaChanges(database.url)).toEqual({ up: [], down: [] });
  });

  it('are idempotent: a second run applies nothing', async () => {
    const applied: string[] = [];
    await migrate(database.url, { queueOnPostgres: true, log: (line) => applied.push(line) });
    expect(applied).toEqual([]);
  });

  it('file each existing case under the organisation that recorded it and its commune as its holder, and change nothing else', async () => {
    // Back to before CaseReceivingPoints, with a case recorded by a person and one by an API key.
    const dataSource = await createDataSource(database.url, 1).initialize();
    const applied = async () =>
      (await dataSource.query('SELECT name FROM migrations')).map((m: { name: string }) => m.name);
    try {
      while ((await applied()).includes('CaseReceivingPoints1796340000000')) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      const [commune, hotline] = await dataSource.query(
        `INSERT INTO organizations (name, type, province_code, commune_code, version)
         VALUES ('UBND phường Ba Đình', 'commune_committee', '01', '00004', 1),
                ('Tổng đài 111', 'hotline', '01', NULL, 1) RETURNING id`,
      );
      const [user] = await dataSource.query(
        `INSERT INTO users (username, full_name, organization_id, roles, password_hash,
                            credentials_changed_at, version)
         VALUES ('ctxh', 'Lê Thị Hoa', $1, '{social_worker}', 'x', now(), 1) RETURNING id`,
        [commune.id],
      );
      const [key] = await dataSource.query(
        `INSERT INTO api_keys (name, organization_id, permissions, prefix, secret_hash, created_by)
         VALUES ('111', $1, '{cases:intake}', 'abc', repeat('0', 64), $2) RETURNING id`,
        [hotline.id, user.id],
      );
      for (const [code, creator, level, status] of [
        ['BVTE-00004-2026-0001', user.id, 'prevention', 'planning'],
        ['BVTE-00004-2026-0002', key.id, 'intervention', 'in_progress'],
      ]) {
        await dataSource.query(
          `INSERT INTO cases (code, province_code, commune_code, status, level, source, received_at,
                              concerns, intake, created_by, version)
           VALUES ($1, '01', '00004', $4, $3, 'commune', now(), '{}', 'x', $2, 3)`,
          [code, creator, level, status],
        );
      }
    } finally {
      await dataSource.destroy();
    }
    await migrate(database.url, { queueOnPostgres: true });
    const check = await createDataSource(database.url, 1).initialize();
    try {
      expect(
        await check.query(
          `SELECT code, status, level, version, receiving_organization_id AS "receivedBy"
             FROM cases ORDER BY code`,
        ),
      ).toEqual([
        {
          code: 'BVTE-00004-2026-0001',
          status: 'planning',
          level: 'prevention',
          version: 3,
          receivedBy: expect.any(String),
        },
        {
          code: 'BVTE-00004-2026-0002',
          status: 'in_progress',
          level: 'intervention',
          version: 3,
          receivedBy: expect.any(String),
        },
      ]);
      const types = await check.query(
        `SELECT o.type FROM cases k JOIN organizations o ON o.id = k.receiving_organization_id
          ORDER BY k.code`,
      );
      expect(types).toEqual([{ type: 'commune_committee' }, { type: 'hotline' }]);
      // Each case has held by its commune since its receipt, the one holding of its history.
      expect(
        await check.query(
          `SELECT k.code, h.province_code AS "provinceCode", h.commune_code AS "communeCode",
                  h.held_from = k.received_at AS "sinceReceipt", h.held_until AS "heldUntil",
                  h.transfer_id AS "transferId"
             FROM case_holdings h JOIN cases k ON k.id = h.case_id ORDER BY k.code`,
        ),
      ).toEqual(
        ['BVTE-00004-2026-0001', 'BVTE-00004-2026-0002'].map((code) => ({
          code,
          provinceCode: '01',
          communeCode: '00004',
          sinceReceipt: true,
          heldUntil: null,
          transferId: null,
        })),
      );
      await check.query('DELETE FROM case_holdings');
      await check.query('DELETE FROM cases');
      await check.query('DELETE FROM api_keys');
      await check.query('DELETE FROM users');
      await check.query('DELETE FROM organizations');
    } finally {
      await check.destroy();
    }
  });

  it('move case and referral deadlines into the one store, and schedule the open ones again', async () => {
    const dataSource = await createDataSource(database.url, 1).initialize();
    const applied = async () =>
      (await dataSource.query('SELECT name FROM migrations')).map((m: { name: string }) => m.name);
    const hour = 3_600_000;
    const receivedAt = new Date(Date.now() - hour);
    const dueSoon = new Date(Date.now() + 11 * hour);
    const dueLater = new Date(Date.now() + 10 * 24 * hour);
    let kase: { id: string };
    let referral: { id: string };
    try {
      while ((await applied()).includes('OneDeadlineStore1796350000000')) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      const [commune, police] = await dataSource.query(
        `INSERT INTO organizations (name, type, province_code, commune_code, version)
         VALUES ('UBND phường Ba Đình', 'commune_committee', '01', '00004', 1),
                ('Công an phường Ba Đình', 'police', '01', '00004', 1) RETURNING id`,
      );
      const [user] = await dataSource.query(
        `INSERT INTO users (username, full_name, organization_id, roles, password_hash,
                            credentials_changed_at, version)
         VALUES ('ctxh', 'Lê Thị Hoa', $1, '{social_worker}', 'x', now(), 1) RETURNING id`,
        [commune.id],
      );
      [kase] = await dataSource.query(
        `INSERT INTO cases (code, province_code, commune_code, status, source, received_at,
                            concerns, intake, created_by, version)
         VALUES ('BVTE-00004-2026-0009', '01', '00004', 'assessed', 'commune', $1, '{}', 'x', $2, 2)
         RETURNING id`,
        [receivedAt, user.id],
      );
      await dataSource.query(
        `INSERT INTO case_deadlines (case_id, kind, due_at, state, done_at, reminded_at)
         VALUES ($1, 'initial_assessment', $2, 'done', now(), NULL),
                ($1, 'emergency_action', $2, 'open', NULL, now()),
                ($1, 'plan', $3, 'open', NULL, NULL)`,
        [kase.id, dueSoon, dueLater],
      );
      [referral] = await dataSource.query(
        `INSERT INTO referrals (case_id, case_code, province_code, commune_code, from_organization_id,
                               to_organization_id, sent_by, service_type, urgency, priority, reason,
                               sent_at)
         VALUES ($1, 'BVTE-00004-2026-0009', '01', '00004', $2, $3, $4, 'legal_aid', 'routine', 2,
                 'x', $5) RETURNING id`,
        [kase.id, commune.id, police.id, user.id, receivedAt],
      );
      await dataSource.query(
        `INSERT INTO referral_deadlines (referral_id, step, due_at, state)
         VALUES ($1, 'acknowledge', $2, 'open')`,
        [referral.id, dueLater],
      );
      await dataSource.query(
        `INSERT INTO outbox_messages (job_name, job_key, payload, run_at)
         VALUES ('cases.deadline', 'cases.deadline.old', '{}', $1)`,
        [dueLater],
      );
    } finally {
      await dataSource.destroy();
    }
    await migrate(database.url, { queueOnPostgres: true });
    const check = await createDataSource(database.url, 1).initialize();
    try {
      const rows = await check.query(
        `SELECT kind, item, state, due_at AS "dueAt", opened_at AS "openedAt",
                reminded_at IS NOT NULL AS reminded
           FROM deadlines ORDER BY kind`,
      );
      expect(rows).toEqual([
        {
          kind: 'emergency_action',
          item: '',
          state: 'open',
          dueAt: dueSoon,
          openedAt: receivedAt,
          reminded: true,
        },
        {
          kind: 'initial_assessment',
          item: '',
          state: 'done',
          dueAt: dueSoon,
          openedAt: receivedAt,
          reminded: false,
        },
        {
          kind: 'plan',
          item: '',
          state: 'open',
          dueAt: dueLater,
          openedAt: receivedAt,
          reminded: false,
        },
        {
          kind: 'referral_acknowledge',
          item: referral.id,
          state: 'open',
          dueAt: dueLater,
          openedAt: receivedAt,
          reminded: false,
        },
      ]);
      // The open ones scheduled under the one job (a reminder only where none went out yet);
      // the retired job's message that had not left the outbox is gone.
      const jobs = await check.query(
        `SELECT job_key AS key, payload, run_at AS "runAt" FROM outbox_messages ORDER BY job_key`,
      );
      const key = (kind: string, item: string, dueAt: Date, stage: string) =>
        `deadlines.check.${kase.id}.${kind}.${item}.${dueAt.getTime()}.${stage}`;
      expect(jobs.map((j: { key: string }) => j.key)).toEqual(
        [
          key('emergency_action', '', dueSoon, 'escalation'),
          key('plan', '', dueLater, 'escalation'),
          key('plan', '', dueLater, 'reminder'),
          key('referral_acknowledge', referral.id, dueLater, 'escalation'),
          key('referral_acknowledge', referral.id, dueLater, 'reminder'),
        ].sort(),
      );
      expect(
        jobs.find((j: { key: string }) =>
          j.key.endsWith('plan..' + dueLater.getTime() + '.reminder'),
        ),
      ).toEqual({
        key: key('plan', '', dueLater, 'reminder'),
        payload: {
          caseId: kase.id,
          kind: 'plan',
          item: '',
          dueAt: dueLater.toISOString(),
          stage: 'reminder',
        },
        runAt: new Date(dueLater.getTime() - 24 * hour),
      });
      await check.query('DELETE FROM outbox_messages');
      await check.query('DELETE FROM deadlines');
      await check.query('DELETE FROM referrals');
      await check.query('DELETE FROM case_holdings');
      await check.query('DELETE FROM cases');
      await check.query('DELETE FROM users');
      await check.query('DELETE FROM organizations');
    } finally {
      await check.destroy();
    }
  });

  it('keep the audit chain written before the sealer: it verifies, and the sealer continues it', async () => {
    const dataSource = await createDataSource(database.url, 1).initialize();
    const applied = async () =>
      (await dataSource.query('SELECT name FROM migrations')).map((m: { name: string }) => m.name);
    try {
      while ((await applied()).includes('AuditSealer1796545304124')) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      // Three entries chained in place, as AuditRepository.append wrote them then.
      let prevHash = GENESIS_HASH;
      for (let seq = 1; seq <= 3; seq++) {
        const entry = {
          at: new Date(Date.UTC(2026, 10, 1, 0, 0, seq)),
          actorType: 'user' as const,
          actorId: null,
          actorName: `user${seq}`,
          action: 'auth.login',
          entityType: null,
          entityId: null,
          provinceCode: '01',
          communeCode: null,
          ip: '127.0.0.1',
          userAgent: null,
          requestId: null,
          details: { n: seq },
        };
        const hash = entryHash({ ...entry, seq: String(seq), prevHash });
        await dataSource.query(
          `INSERT INTO audit_events (seq, at, actor_type, actor_name, action, province_code, ip,
                                     details, prev_hash, hash)
           VALUES ($1, $2, 'user', $3, 'auth.login', '01', '127.0.0.1', $4, $5, $6)`,
          [seq, entry.at, entry.actorName, entry.details, prevHash, hash],
        );
        prevHash = hash;
      }
    } finally {
      await dataSource.destroy();
    }
    await migrate(database.url, { queueOnPostgres: true });
    const check = await createDataSource(database.url, 1).initialize();
    try {
      const audit = new AuditRepository(check);
      const now = new Date();
      const bound = { AUDIT_UNCHAINED_BOUND_S: 60 };
      const migrated = await verifyAuditLog(audit, now, bound);
      expect(migrated.problems).toEqual([]);
      expect(migrated.count).toBe(3);
      // A new entry takes the next number and, sealed, the next link.
      await check.transaction((tx) =>
        audit.append(tx, [
          {
            at: now,
            actorType: 'system',
            actorId: null,
            actorName: null,
            action: 'auth.login',
            entityType: null,
            entityId: null,
            provinceCode: null,
            communeCode: null,
            ip: null,
            userAgent: null,
            requestId: null,
            details: {},
          },
        ]),
      );
      expect(await audit.seal(100)).toBe(1);
      const continued = await verifyAuditLog(audit, now, bound);
      expect(continued.problems).toEqual([]);
      expect(continued.head.seq).toBe('4');
      expect(
        await check.query(
          'SELECT id, event_id FROM audit_events, audit_chain WHERE id = event_id AND seq = 4',
        ),
      ).toEqual([{ id: '4', event_id: '4' }]);
    } finally {
      await check.destroy();
    }
  });

  it('move an injury recorded as a risk factor to the injuries register, the history saying so', async () => {
    const dataSource = await createDataSource(database.url, 1).initialize();
    const applied = async () =>
      (await dataSource.query('SELECT name FROM migrations')).map((m: { name: string }) => m.name);
    let child: string;
    try {
      while ((await applied()).includes('ChildInjuries1796625788963')) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      const risks = [
        { code: 'poor_household', since: '2024-01-01' },
        { code: 'injured_in_accident', since: '2026-03-04' },
      ];
      [{ id: child }] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO children (full_name, name_search, date_of_birth, sex, province_code,
                               commune_code, fingerprint, risk_factors, version)
         VALUES ('Lò Văn Tâm', ' lo van tam ', '2015-01-01', 'male', '01', '00004', 'fp-tam', $1, 3)
         RETURNING id`,
        [JSON.stringify(risks)],
      );
    } finally {
      await dataSource.destroy();
    }
    await migrate(database.url, { queueOnPostgres: true });
    const check = await createDataSource(database.url, 1).initialize();
    try {
      expect(
        await check.query(
          `SELECT kind, occurred_on::text, outcome FROM child_injuries WHERE child_id = $1`,
          [child],
        ),
      ).toEqual([{ kind: 'other', occurred_on: '2026-03-04', outcome: 'unknown' }]);
      expect(
        await check.query('SELECT risk_factors, version FROM children WHERE id = $1', [child]),
      ).toEqual([{ risk_factors: [{ code: 'poor_household', since: '2024-01-01' }], version: 4 }]);
      const [history] = await check.query(
        'SELECT actor_name, action, changes FROM child_history WHERE child_id = $1',
        [child],
      );
      expect(history).toEqual({
        actor_name: 'Hệ thống',
        action: 'injury_registered',
        changes: {
          riskFactors: {
            from: [
              { code: 'poor_household', since: '2024-01-01' },
              { code: 'injured_in_accident', since: '2026-03-04' },
            ],
            to: [{ code: 'poor_household', since: '2024-01-01' }],
          },
        },
      });
      expect(
        await check.query(
          `SELECT active FROM reference_items WHERE list = 'risk-factors' AND code = 'injured_in_accident'`,
        ),
      ).toEqual([{ active: false }]);
    } finally {
      await check.destroy();
    }
  });

  it('keep the reports and figures made before as the year’s, and never revert over a six-month report submitted', async () => {
    const dataSource = await createDataSource(database.url, 1).initialize();
    const applied = async () =>
      (await dataSource.query('SELECT name FROM migrations')).map((m: { name: string }) => m.name);
    try {
      while ((await applied()).includes('ReportTerms1796669017838')) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      await dataSource.query(
        `INSERT INTO periodic_reports (year, area_code, province_code, commune_code, state, requested_at)
         VALUES (2026, '00004', '01', '00004', 'ready', now())`,
      );
      await dataSource.query(
        `INSERT INTO report_refreshes (year, as_of, refreshed_at, duration_ms)
         VALUES (2026, '2026-11-20', now(), 5)`,
      );
      await dataSource.query(
        `INSERT INTO report_injury_cells
           (year, province_code, commune_code, sex, age_group, injury, died, children)
         VALUES (2026, '01', '00004', 'male', '6-10', '*', false, 2)`,
      );
    } finally {
      await dataSource.destroy();
    }
    await migrate(database.url, { queueOnPostgres: true });
    const check = await createDataSource(database.url, 1).initialize();
    try {
      for (const table of ['periodic_reports', 'report_refreshes', 'report_injury_cells']) {
        expect(await check.query(`SELECT DISTINCT term FROM ${table}`)).toEqual([
          { term: 'annual' },
        ]);
      }
      // A commune's six-month report, submitted: going back would lose it, so it is refused.
      const [report] = await check.query(
        `INSERT INTO periodic_reports (year, term, area_code, province_code, commune_code, state,
                                       requested_at, generated_at, as_of)
         VALUES (2026, 'six_months', '00004', '01', '00004', 'ready', now(), now(), '2026-06-14')
         RETURNING id`,
      );
      await check.query(
        `INSERT INTO periodic_report_submissions
           (report_id, version, year, term, province_code, commune_code, submitted_at, submitted_by,
            submitted_by_name, due_on, late, generated_at, as_of, xlsx, pdf)
         VALUES ($1, 1, 2026, 'six_months', '01', '00004', now(), gen_random_uuid(), 'Lê Quang Hưng',
                 '2026-06-20', false, now(), '2026-06-14', '\\x00', '\\x00')`,
        [report.id],
      );
      const last = async () =>
        (await check.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1'))[0].name;
      while ((await last()) !== 'ReportTerms1796669017838') {
        await check.undoLastMigration({ transaction: 'each' });
      }
      await expect(check.undoLastMigration({ transaction: 'each' })).rejects.toThrow(
        /1 submissions of six-month reports would be lost/,
      );
      expect(await check.query(`SELECT count(*)::int AS n FROM periodic_reports`)).toEqual([
        { n: 2 },
      ]);
      await check.query(`DELETE FROM periodic_report_submissions`);
      await check.undoLastMigration({ transaction: 'each' });
      expect(await check.query(`SELECT year, area_code FROM periodic_reports`)).toEqual([
        { year: 2026, area_code: '00004' },
      ]);
      await check.query(`DELETE FROM periodic_reports`);
    } finally {
      await check.destroy();
    }
    await migrate(database.url, { queueOnPostgres: true });
  });

  it('date the violations recorded before by their decision, and never revert over one not decided', async () => {
    const dataSource = await createDataSource(database.url, 1).initialize();
    const applied = async () =>
      (await dataSource.query('SELECT name FROM migrations')).map((m: { name: string }) => m.name);
    try {
      while ((await applied()).includes('SanctionDetections1796689481645')) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      // A case with a decision recorded on it.
      await dataSource.query(
        `WITH k AS (
           INSERT INTO cases (code, province_code, commune_code, status, source, received_at,
                              concerns, intake, version)
           VALUES ('BVTE-00004-2026-0011', '01', '00004', 'assessed', 'commune', now(), '{}', 'x', 1)
           RETURNING id)
         INSERT INTO case_sanctions
           (case_id, decision_number, decided_on, authority, violator_kind, form, fine)
         SELECT id, '12/QĐ', '2026-05-04', 'Chủ tịch UBND phường', 'individual', 'violence', 5000000
           FROM k`,
      );
    } finally {
      await dataSource.destroy();
    }
    await migrate(database.url, { queueOnPostgres: true });
    const check = await createDataSource(database.url, 1).initialize();
    try {
      expect(
        await check.query(`SELECT detected_on::text, decided_on::text FROM case_sanctions`),
      ).toEqual([{ detected_on: '2026-05-04', decided_on: '2026-05-04' }]);
      // A violation not decided yet: going back would lose it, so it is refused.
      await check.query(
        `INSERT INTO case_sanctions (case_id, detected_on, authority, violator_kind, form)
         SELECT case_id, '2026-06-01', 'Công an phường', 'individual', 'neglect' FROM case_sanctions`,
      );
      const last = async () =>
        (await check.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1'))[0].name;
      while ((await last()) !== 'SanctionDetections1796689481645') {
        await check.undoLastMigration({ transaction: 'each' });
      }
      await expect(check.undoLastMigration({ transaction: 'each' })).rejects.toThrow(
        /1 violations not decided yet would be lost/,
      );
      expect(await check.query(`SELECT count(*)::int AS n FROM case_sanctions`)).toEqual([
        { n: 2 },
      ]);
      await check.query(`DELETE FROM case_sanctions WHERE decided_on IS NULL`);
      await check.undoLastMigration({ transaction: 'each' });
      expect(await check.query(`SELECT decision_number, fine FROM case_sanctions`)).toEqual([
        { decision_number: '12/QĐ', fine: 5000000 },
      ]);
      await check.query(`DELETE FROM case_sanctions`);
      await check.query(`DELETE FROM cases`);
    } finally {
      await check.destroy();
    }
    await migrate(database.url, { queueOnPostgres: true });
  });

  it('revert one by one down to an empty schema, and apply again', async () => {
    const dataSource = await createDataSource(database.url, 1).initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++)
        await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
    await migrate(database.url, { queueOnPostgres: true });
    expect(await pendingSchemaChanges(database.url)).toEqual({ up: [], down: [] });
  });
});
