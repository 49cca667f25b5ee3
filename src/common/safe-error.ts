/**
 * What of an error may be written down (log lines, a job's stored failure): its kind, codes and
 * the names of what it is about, never the values it carries. A failed query's error holds the
 * statement's parameters (a child's name, date of birth, personal ID…), PostgreSQL's `detail`
 * (`Key (personal_id)=(…) already exists`, `Failing row contains (…)`) and `where`, and messages
 * that quote a value (`invalid input syntax for type date: "…"`). Only an allow-list is kept.
 */
export interface SafeError {
  type: string;
  message: string;
  /** SQLSTATE for PostgreSQL errors, Node's code (ECONNREFUSED…) for system errors. */
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  schema?: string;
  dataType?: string;
  /** The statement's text, string literals replaced by `?` (parameters are never kept). */
  query?: string;
  syscall?: string;
  address?: string;
  port?: number;
  stack?: string;
  cause?: SafeError;
  errors?: SafeError[];
}

const IDENTIFIERS = ['constraint', 'table', 'column', 'schema', 'dataType'] as const;
const MAX_QUERY = 1000;
const MAX_DEPTH = 3;

type Fields = Record<string, unknown>;

/**
 * The loggers' `err` serializer, and what a job's failure is stored as. Takes an Error or pino's
 * serialized form of one (pino-http wraps its error serializer around pino's).
 */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!error || typeof error !== 'object') return { type: typeof error, message: '' };
  const e = error as Fields;
  const driver = (
    e.driverError && typeof e.driverError === 'object' ? e.driverError : {}
  ) as Fields;
  const pick = (key: string) => e[key] ?? driver[key];
  // pino's serialized form names the class in `type`; an Error's own `type` may be anything.
  const type =
    (error instanceof Error ? error.constructor.name : text(e.type)) ?? text(e.name) ?? 'Error';
  const safe: SafeError = { type, message: safeMessage(error) };
  const code = pick('code');
  if (typeof code === 'string' || typeof code === 'number') safe.code = String(code);
  for (const key of IDENTIFIERS) {
    const value = text(pick(key));
    if (value) safe[key] = value;
  }
  const query = text(e.query);
  if (query) safe.query = sqlWithoutLiterals(query);
  const syscall = text(e.syscall);
  if (syscall) safe.syscall = syscall;
  const address = text(e.address);
  if (address) safe.address = address;
  if (typeof e.port === 'number') safe.port = e.port;
  const stack = text(e.stack);
  if (stack) safe.stack = safeStack(type, safe.message, stack);
  if (depth < MAX_DEPTH) {
    if (e.cause && typeof e.cause === 'object') safe.cause = safeError(e.cause, depth + 1);
    if (Array.isArray(e.errors))
      safe.errors = e.errors.slice(0, 5).map((inner) => safeError(inner, depth + 1));
  }
  return safe;
}

/**
 * The error's message with the values it quotes replaced by `?`: double-quoted words stay only
 * when they name the constraint, table, column, schema or type the error gives separately.
 */
export function safeMessage(error: unknown): string {
  if (!error || typeof error !== 'object') return '';
  const e = error as Fields;
  const driver = (
    e.driverError && typeof e.driverError === 'object' ? e.driverError : {}
  ) as Fields;
  const names = new Set(
    IDENTIFIERS.flatMap((key) => [text(e[key]), text(driver[key])]).filter((name): name is string =>
      Boolean(name),
    ),
  );
  return (text(e.message) ?? '')
    .replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, inner: string) => (names.has(inner) ? quoted : '"?"'))
    .replace(/\b0x[0-9a-f]{2}\b/gi, '0x??')
    .slice(0, 1000);
}

/**
 * Makes a thrown error fit to be stored where it outlives the log (BullMQ keeps a failed job's
 * message and stack): its message and stack lose their values, in place, so its class (and
 * BullMQ's own error kinds) stay as they were.
 */
export function scrubError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const safe = safeError(error);
  error.message = safe.message;
  if (safe.stack) error.stack = safe.stack;
  return error;
}

/** SQL text with its string literals (`'…'`, `E'…'`, `$$…$$`) replaced by `?`, cut to a length. */
export function sqlWithoutLiterals(sql: string): string {
  const stripped = sql
    .replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '?')
    .replace(/\b[Ee]?'(?:[^']|'')*'/g, '?')
    .replace(/'(?:[^']|'')*'/g, '?');
  return stripped.length > MAX_QUERY ? `${stripped.slice(0, MAX_QUERY)}…` : stripped;
}

/** The stack's frames under a first line of the safe message (V8 starts a stack with the message). */
function safeStack(type: string, message: string, stack: string): string {
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return [`${type}: ${message}`, ...frames].join('\n');
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
