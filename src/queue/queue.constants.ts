/**
 * Every queue and every job of the service, in one place (conventions.md rule 11). A job name maps
 * to exactly one queue and exactly one handler (`@OnJob`); the worker refuses to start otherwise.
 */
export enum QueueName {
  Maintenance = 'maintenance',
  Imports = 'imports',
  Deadlines = 'deadlines',
}

export enum JobName {
  /** Deletes outbox messages dispatched longer ago than the retention period. */
  PurgeOutbox = 'maintenance.purge-outbox',
  /** Reads an uploaded spreadsheet of children into the registry (children/child-imports.service.ts). */
  ImportChildren = 'children.import',
  /** Re-checks a case deadline when it fires: a reminder before it, an escalation once past it. */
  CaseDeadline = 'cases.deadline',
}

export const JOB_QUEUE: Readonly<Record<JobName, QueueName>> = {
  [JobName.PurgeOutbox]: QueueName.Maintenance,
  [JobName.ImportChildren]: QueueName.Imports,
  [JobName.CaseDeadline]: QueueName.Deadlines,
};

/** Payload type of each job. */
export interface JobPayloads {
  [JobName.PurgeOutbox]: { retentionDays: number };
  [JobName.ImportChildren]: { importId: string };
  [JobName.CaseDeadline]: {
    caseId: string;
    /** A DeadlineKind of cases/entities/case-deadline.entity.ts. */
    kind: string;
    /** The due time the job was set for: a deadline moved since makes the job a no-op. */
    dueAt: string;
    stage: 'reminder' | 'escalation';
  };
}

/** Recurring jobs: the scheduler upserts these on every worker start (idempotent). */
export const SCHEDULED_JOBS: ReadonlyArray<
  {
    [J in JobName]: { job: J; pattern: string; payload: JobPayloads[J] };
  }[JobName]
> = [{ job: JobName.PurgeOutbox, pattern: '17 3 * * *', payload: { retentionDays: 7 } }];
