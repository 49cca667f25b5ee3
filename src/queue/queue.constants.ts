/**
 * Every queue and every job of the service, in one place (conventions.md rule 11). A job name maps
 * to exactly one queue and exactly one handler (`@OnJob`); the worker refuses to start otherwise.
 */
export enum QueueName {
  Maintenance = 'maintenance',
  Imports = 'imports',
  Deadlines = 'deadlines',
  Notifications = 'notifications',
  Reports = 'reports',
}

export enum JobName {
  /** Deletes outbox messages dispatched longer ago than the retention period. */
  PurgeOutbox = 'maintenance.purge-outbox',
  /** Reads an uploaded spreadsheet of children into the registry (children/child-imports.job.ts). */
  ImportChildren = 'children.import',
  /** Checks a commune's children against the national population database (src/population/). */
  VerifyChildren = 'children.verify',
  /** Re-checks a deadline (cases/deadlines.ts) when it fires: a reminder, or an escalation once past it. */
  Deadline = 'deadlines.check',
  /** Delivers one published event: in-app notifications, then email and webhook jobs for it. */
  DeliverNotification = 'notifications.deliver',
  /** Emails one in-app notification to its user. */
  SendEmail = 'notifications.email',
  /** One attempt at posting an event to an organisation's webhook. */
  DeliverWebhook = 'notifications.webhook',
  /** Rebuilds a year's precomputed statistics (this year when `year` is null). */
  RefreshReports = 'reports.refresh',
  /** Makes one periodic report's spreadsheet and PDF. */
  GeneratePeriodicReport = 'reports.periodic',
  /**
   * The reporting calendar's day: queues the reports (of the year, or of its first six months) of
   * the provinces whose communes' due date is near, and reminds the communes that have not
   * submitted (reports/report.jobs.ts). Its name is the one it was scheduled under.
   */
  ScheduleAnnualReports = 'reports.annual',
  /** Anonymises the records past a retention policy (src/privacy/). */
  ApplyRetention = 'privacy.retention',
  /** Seals the disability and notes stored in clear before they were (children/child-sealing.ts). */
  SealStoredValues = 'children.seal-stored',
}

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.PurgeOutbox]: QueueName.Maintenance,
  [JobName.ImportChildren]: QueueName.Imports,
  [JobName.VerifyChildren]: QueueName.Imports,
  [JobName.Deadline]: QueueName.Deadlines,
  [JobName.DeliverNotification]: QueueName.Notifications,
  [JobName.SendEmail]: QueueName.Notifications,
  [JobName.DeliverWebhook]: QueueName.Notifications,
  [JobName.RefreshReports]: QueueName.Reports,
  [JobName.GeneratePeriodicReport]: QueueName.Reports,
  [JobName.ScheduleAnnualReports]: QueueName.Reports,
  [JobName.ApplyRetention]: QueueName.Maintenance,
  [JobName.SealStoredValues]: QueueName.Maintenance,
};

/**
 * Jobs of earlier versions that no longer exist: one still queued when the version changed runs as
 * a no-op (the migration that retired it scheduled its work anew: 1796200000000-OneDeadlineStore).
 */
export const RETIRED_JOBS: readonly string[] = ['cases.deadline', 'referrals.deadline'];

/** Payload type of each job: plain JSON, as the outbox stores it. */
export interface JobPayloads {
  [JobName.PurgeOutbox]: { retentionDays: number };
  [JobName.ImportChildren]: { importId: string };
  [JobName.VerifyChildren]: { runId: string };
  [JobName.Deadline]: {
    caseId: string;
    /** A DeadlineKind of cases/deadlines.ts. */
    kind: string;
    /** The plan action's or referral's id; '' for the case's own steps. */
    item: string;
    /** The due time the job was set for: a deadline moved since makes the job a no-op. */
    dueAt: string;
    stage: 'reminder' | 'escalation';
  };
  [JobName.DeliverNotification]: {
    /** The event's id, unique: webhook receivers de-duplicate by it. */
    eventId: string;
    /** The cause, unique: an in-app notification is stored once per user and key. */
    key: string;
    kind: string;
    entityType: string;
    entityId: string;
    occurredAt: string;
    /** The message in each language: no confidential content. */
    text: { vi: string; en: string };
    /** Facts a client or a receiving system can act on: no personal data. */
    data: Record<string, unknown>;
    /** Users told by name. */
    userIds: string[];
    /** Organisations told: their agency staff, and their webhooks. */
    organizationIds: string[];
  };
  [JobName.SendEmail]: { notificationId: string };
  /** `attempt` counts from 1; a job for an attempt already made is a no-op. */
  [JobName.DeliverWebhook]: { deliveryId: string; attempt: number };
  [JobName.RefreshReports]: { year: number | null };
  [JobName.GeneratePeriodicReport]: { reportId: string; refresh: boolean };
  [JobName.ScheduleAnnualReports]: Record<string, never>;
  /** A RetentionKind of privacy/entities/retention-policy.entity.ts, or (null) every policy. */
  [JobName.ApplyRetention]: { kind: string | null };
  [JobName.SealStoredValues]: Record<string, never>;
}

/** Recurring jobs: the scheduler upserts these on every worker start (idempotent). */
export const SCHEDULED_JOBS: ReadonlyArray<
  {
    [J in JobName]: { job: J; pattern: string; payload: JobPayloads[J] };
  }[JobName]
> = [
  { job: JobName.PurgeOutbox, pattern: '17 3 * * *', payload: { retentionDays: 7 } },
  // This year's statistics, every quarter of an hour (the dashboard says how fresh they are).
  { job: JobName.RefreshReports, pattern: '*/15 * * * *', payload: { year: null } },
  // The reporting calendar, each morning: reports made before each province's due date (the
  // plans': 25/11), reminders to the communes that have not submitted.
  { job: JobName.ScheduleAnnualReports, pattern: '0 6 * * *', payload: {} },
  // Records past their retention policy, anonymised at night (a disabled policy does nothing).
  { job: JobName.ApplyRetention, pattern: '41 2 * * *', payload: { kind: null } },
  // Values stored in clear before their columns were sealed (none left, it finds nothing to do).
  { job: JobName.SealStoredValues, pattern: '53 2 * * *', payload: {} },
];
