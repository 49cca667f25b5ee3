import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  type ValidationError,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toList = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : String(value as string | number)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

const DUE = /^\d{1,4}(h|d|wd)\/\d{1,4}(h|d|wd)\/\d{1,4}(h|d|wd)$/;

/**
 * Every environment variable the service reads, validated once at boot.
 * README.md documents each one; keep the two in step.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Where the API listens. Unset: loopback with the embedded database or the demo dataset, else every interface (`listenHost`). */
  @IsOptional()
  @IsString()
  HOST?: string;

  /** External PostgreSQL. Without it, `npm start` runs an embedded server under EMBEDDED_PG_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  /**
   * The password of DATABASE_URL's user, given apart so that it needs no escaping: it replaces
   * the URL's password, percent-encoded (a password with `@`, `:`, `/` or `%` broke the URL).
   */
  @IsOptional()
  @IsString()
  DATABASE_PASSWORD?: string;

  /** Redis for BullMQ. Without it, BullMQ runs on its PostgreSQL backend in the same database. */
  @IsOptional()
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'REDIS_URL must look like redis://host:6379' })
  REDIS_URL?: string;

  /** `auto` applies pending migrations at start; `off` leaves it to `npm run migration:run`. */
  @IsOptional()
  @IsIn(['auto', 'off'])
  MIGRATIONS_RUN?: 'auto' | 'off';

  @IsString()
  EMBEDDED_PG_DIR = '.data/postgres';

  /** 0 picks a free port. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  EMBEDDED_PG_PORT = 0;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Comma-separated origins allowed by CORS; empty allows none. */
  @Transform(toList)
  @IsString({ each: true })
  CORS_ORIGINS: string[] = [];

  /** Express `trust proxy`: the number of proxies in front of the API (0: none), so rate limits see the client address. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  TRUST_PROXY = 0;

  /** Largest JSON body accepted. */
  @Matches(/^\d+(kb|mb)$/)
  BODY_LIMIT = '1mb';

  /** Requests per client address per minute, across the API. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 300;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 4;

  /** Milliseconds allowed for in-flight requests and jobs to finish on shutdown. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 15000;

  /**
   * Connections of a process's database pool (requests and jobs). A deployment's total is what
   * PostgreSQL's `max_connections` must hold: see the README's production section.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DB_POOL_SIZE = 10;

  /**
   * Connections of each queue's own pool on BullMQ's PostgreSQL backend (no `REDIS_URL`), besides
   * the one each worker keeps for its notifications.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  QUEUE_DB_POOL_SIZE = 3;

  /**
   * How long a request or job may wait for a database connection (a free one of the pool, or a
   * new one to open) before it fails: 503 with Retry-After for a request, a retry for a job.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  DB_POOL_WAIT_MS = 10000;

  /** Longest statement of the API process; 0 for none. A statement over it fails (503). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DB_STATEMENT_TIMEOUT_MS = 30000;

  /**
   * Longest statement of the worker and of the all-in-one process (`npm start`), whose jobs
   * (a year's report refresh, an import at a million children) run long statements; 0 for none.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DB_WORKER_STATEMENT_TIMEOUT_MS = 600000;

  /** Longest wait for a row or advisory lock, in every process; 0 for none. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DB_LOCK_TIMEOUT_MS = 10000;

  /**
   * PostgreSQL ends a session whose transaction stays open this long with nothing running; 0 for
   * never. Above WEBHOOK_TIMEOUT_MS: a worker posts a webhook inside its transaction.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS = 120000;

  /**
   * How often a worker's outbox relay looks for messages to enqueue besides when the database
   * notifies it of one: it brings deadlines due within ten minutes to the queues, and catches what
   * was committed while its listening connection was down.
   */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  OUTBOX_POLL_MS = 1000;

  /**
   * How long an API process keeps a signed-in session's check in memory. A change to the session,
   * the account or its organisation (sign-out, deactivation, a new password or role) is notified by
   * the database when it commits and drops the check in every process at once; this bounds it
   * besides. 0 reads the session from the database on every request.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SESSION_CACHE_MS = 60000;

  /** How often a worker's sealer links newly committed audit entries into the hash chain. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  AUDIT_SEAL_INTERVAL_MS = 1000;

  /** How often the sealer publishes the chain's head (to `audit_heads` and the log). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  AUDIT_HEAD_INTERVAL_MS = 600000;

  /**
   * An audit entry still outside the chain this long after it was written is reported by
   * `audit:verify` (the sealer stopped, or a row was slipped in).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUDIT_UNCHAINED_BOUND_S = 60;

  /**
   * Aggregate cells counting fewer children than this (but some) are hidden from users who may
   * see aggregates only, so that no figure points to a person.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REPORT_SUPPRESSION_THRESHOLD = 5;

  /** Prefix of BullMQ keys (Redis) — lets several deployments or test runs share one Redis. */
  @IsString()
  @Matches(/^[a-z0-9_-]+$/i)
  QUEUE_PREFIX = 'bvte';

  /**
   * Signs access tokens (HS256); at least 32 characters. Required with DATABASE_URL; the embedded
   * default generates one and keeps it beside its data.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /**
   * Keys that encrypt sensitive fields at rest, `keyId:base64 of 32 random bytes`, comma-separated.
   * The first encrypts; all decrypt, so a new key goes first and old ones stay until re-encrypted.
   * Required with DATABASE_URL; the embedded default generates one.
   */
  @IsOptional()
  @Transform(toList)
  @Matches(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=$/, {
    each: true,
    message: 'ENCRYPTION_KEYS must be keyId:base64-of-32-bytes, comma-separated',
  })
  ENCRYPTION_KEYS?: string[];

  /** Lifetime of an access token. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  /** A refresh token expires this many days after it was issued; each use issues a new one. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  REFRESH_TOKEN_TTL_DAYS = 14;

  /** Roles that must sign in with a second factor (TOTP). */
  @Transform(toList)
  @IsString({ each: true })
  MFA_REQUIRED_ROLES: string[] = ['system_admin', 'case_approver'];

  /** Failed sign-ins in a row, for one username, before it is locked. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LOCK_THRESHOLD = 5;

  /** First lock duration; it doubles with each further failure, up to an hour. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  LOGIN_LOCK_SECONDS = 60;

  /** Hours after receipt by which a report's initial assessment (Mẫu 02) is due. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(72)
  CASE_INITIAL_ASSESSMENT_HOURS = 12;

  /**
   * When a referral of each urgency must be acknowledged, accepted and completed:
   * `acknowledge/accept/complete`, each `<n>h` (hours), `<n>d` (days) or `<n>wd` (working days,
   * to the end of the nth working day). Acknowledge and accept count from sending, complete from
   * acceptance.
   */
  @Matches(DUE, { message: 'REFERRAL_DUE_EMERGENCY must look like 1h/2h/12h' })
  REFERRAL_DUE_EMERGENCY = '1h/2h/12h';

  @Matches(DUE, { message: 'REFERRAL_DUE_URGENT must look like 24h/48h/7d' })
  REFERRAL_DUE_URGENT = '24h/48h/7d';

  @Matches(DUE, { message: 'REFERRAL_DUE_ROUTINE must look like 3wd/5wd/30d' })
  REFERRAL_DUE_ROUTINE = '3wd/5wd/30d';

  /**
   * Where notifications are emailed from: `smtp://user:password@host:587` or `smtps://…` (SMTP),
   * `file:<folder>` (each message written there as a .eml file), `console` (logged). Unset: no email.
   */
  @IsOptional()
  @Matches(/^(smtps?:\/\/\S+|file:\S+|console)$/, {
    message: 'MAIL_URL must be smtp://user:password@host:port, smtps://…, file:<folder> or console',
  })
  MAIL_URL?: string;

  @IsString()
  MAIL_FROM = 'Bảo vệ trẻ em <no-reply@localhost>';

  /** Attempts at posting an event to a webhook before it is dead-lettered. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  WEBHOOK_MAX_ATTEMPTS = 8;

  /** Wait before the second attempt; it doubles with each further one. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS = 30000;

  /** How long a webhook receiver has to answer. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60000)
  WEBHOOK_TIMEOUT_MS = 10000;

  /**
   * The national population database's data-sharing service (CSDL quốc gia về dân cư), for
   * checking records online (src/population/population-wire.ts). Unset: no online check.
   */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'POPULATION_URL must be an http(s):// URL' })
  POPULATION_URL?: string;

  /** The account the service issued to this system, sent as HTTP Basic credentials. */
  @IsOptional()
  @IsString()
  POPULATION_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  POPULATION_CLIENT_SECRET?: string;

  /** PEM files of the client certificate and its key (mutual TLS), and of the service's CA. */
  @IsOptional()
  @IsString()
  POPULATION_CERT_FILE?: string;

  @IsOptional()
  @IsString()
  POPULATION_KEY_FILE?: string;

  @IsOptional()
  @IsString()
  POPULATION_CA_FILE?: string;

  /** How long one request to the service may take. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120000)
  POPULATION_TIMEOUT_MS = 10000;

  /** Records asked about in one request. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  POPULATION_BATCH_SIZE = 50;

  /** Records the agreement with the service's operator allows to be asked about a day, in all. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  POPULATION_DAILY_QUOTA = 10000;

  /** Wait before the second attempt at a failed request; it doubles with each further one (3 in all). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  POPULATION_RETRY_BASE_MS = 1000;

  /**
   * After five requests in a row failed, none is sent for this long (the circuit breaker), and a
   * check run waits as long before it goes on.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  POPULATION_PAUSE_MS = 300000;

  /**
   * How long a worker holds a job before another may take it over: a worker that died mid-job has
   * its job run again by another within about twice this.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  QUEUE_LOCK_MS = 30000;

  /** Sign-in, refresh and second-factor requests per client address per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE = 20;

  /** The first start creates a system_admin with these when no user exists. */
  @IsOptional()
  @Matches(/^[a-z0-9._-]{3,64}$/, {
    message: 'ADMIN_USERNAME must be 3-64 lower-case letters, digits, dots, dashes or underscores',
  })
  ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  ADMIN_PASSWORD?: string;

  /** Province of the organisation the first administrator is placed in. */
  @Matches(/^\d{2}$/)
  ADMIN_PROVINCE_CODE = '01';

  /**
   * `on` loads the demo dataset (marked [DEMO]) on the first start. Default: on for the embedded
   * database outside production, off otherwise; `on` is refused when NODE_ENV=production.
   */
  @IsOptional()
  @IsIn(['on', 'off'])
  DEMO_DATA?: 'on' | 'off';
}

export class ConfigError extends Error {}

/**
 * The address the API listens on: HOST, or loopback when the database is the embedded one or
 * the demo dataset is loaded (accounts with a published password and TOTP secret), so that a
 * trial start is not open to the network; every interface otherwise (production, containers).
 */
export function listenHost(config: AppConfig, trial: { embedded: boolean; demo: boolean }): string {
  return config.HOST ?? (trial.embedded || trial.demo ? '127.0.0.1' : '0.0.0.0');
}

function describe(errors: ValidationError[]): string {
  return errors
    .map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`)
    .join(', ');
}

/** Parses and validates the environment; throws ConfigError with one readable line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  // Optional fields are own properties too (class fields are defined even when undefined).
  for (const key of Object.keys(new AppConfig())) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) throw new ConfigError(`Invalid configuration: ${describe(errors)}`);
  if (config.NODE_ENV === 'production' && config.DEMO_DATA === 'on') {
    throw new ConfigError('Invalid configuration: DEMO_DATA=on is refused in production');
  }
  if (config.DATABASE_URL) {
    let url: URL;
    try {
      url = new URL(config.DATABASE_URL);
    } catch {
      throw new ConfigError('Invalid configuration: DATABASE_URL is not a valid URL');
    }
    if (config.DATABASE_PASSWORD !== undefined) {
      url.password = encodeURIComponent(config.DATABASE_PASSWORD);
      config.DATABASE_URL = url.toString();
    }
  } else if (config.DATABASE_PASSWORD !== undefined) {
    throw new ConfigError('Invalid configuration: DATABASE_PASSWORD is set without DATABASE_URL');
  }
  return config;
}
