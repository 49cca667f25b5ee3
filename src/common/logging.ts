import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { type DestinationStream, pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { safeError, safeMessage } from './safe-error.js';

const REQUEST_ID = /^[\w.-]{1,100}$/;

/** What the current request is, for log lines and audit entries. */
export interface RequestInfo {
  requestId: string;
  /** The client address (Express's `req.ip`, which honours TRUST_PROXY). */
  ip?: string;
  userAgent?: string;
}

const context = new AsyncLocalStorage<RequestInfo>();

/** The request being served, when there is one (not in a queue job). */
export function currentRequest(): RequestInfo | undefined {
  return context.getStore();
}

/** Keys whose values never reach a log line: credentials and personal data. */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.refreshToken',
  '*.accessToken',
  '*.otp',
  '*.newPassword',
  '*.currentPassword',
  'req.headers["x-api-key"]',
  '*.personalId',
  '*.fullName',
  '*.phone',
];

/**
 * The one root logger of a process. Errors, under `err`, are written through `safeError`: their
 * kind, codes and constraint, never a failed query's parameters or the values PostgreSQL quotes.
 */
export function createRootLogger(
  level: string,
  base: Record<string, unknown> = {},
  destination?: DestinationStream,
): Logger {
  const options = {
    level,
    base,
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: { err: safeError },
    hooks: {
      // Without a message of its own, pino writes the error's message as the line's: its safe one.
      logMethod(this: Logger, args: unknown[], method: (...args: unknown[]) => void) {
        const [first] = args;
        const error =
          first instanceof Error ? first : (first as { err?: unknown } | undefined)?.err;
        if (args[1] === undefined && error instanceof Error) {
          return method.apply(this, [first, safeMessage(error)]);
        }
        return method.apply(this, args);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Nest's logger on pino: JSON lines, each carrying the id of the request it belongs to (from an
 * AsyncLocalStorage opened by `requestContext`).
 */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly logger: Logger) {}

  private write(
    level: 'info' | 'warn' | 'error' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    params: unknown[],
  ) {
    const store = context.getStore();
    const last = params.at(-1);
    const ctx = typeof last === 'string' ? last : undefined;
    const fields = {
      ...(store ? { requestId: store.requestId } : {}),
      ...(ctx ? { context: ctx } : {}),
    };
    if (message && typeof message === 'object' && !(message instanceof Error)) {
      const msg = typeof params[0] === 'string' && params.length > 1 ? params[0] : undefined;
      this.logger[level]({ ...fields, ...message }, msg);
    } else if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message });
    } else {
      this.logger[level](fields, String(message));
    }
  }

  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }
}

/**
 * Gives every request its id (the caller's X-Request-Id when well-formed) before anything else
 * runs, body parsing included, and opens the logging context for everything the request causes.
 */
export function requestContext(
  req: IncomingMessage & { id?: string; ip?: string },
  res: ServerResponse,
  next: () => void,
): void {
  const given = req.headers['x-request-id'];
  req.id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  const userAgent = req.headers['user-agent']?.slice(0, 300);
  context.run({ requestId: req.id, ip: req.ip, userAgent }, next);
}

/** One access-log line per request: method, path without the query string (it carries names), status, time. */
export function accessLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage) =>
      (req as IncomingMessage & { id?: string }).id ?? randomUUID(),
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: safeError,
    },
  });
}
