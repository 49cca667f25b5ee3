import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { AppException } from './app.exception.js';
import { fill, pickLanguage, type ProblemCode, problemText, validationMessage } from './i18n.js';

const BY_STATUS: Record<number, ProblemCode> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
};

/**
 * The one place errors become responses (conventions.md rule 7): RFC 9457 problem+json, in
 * Vietnamese unless the client asks for English. Anything unexpected is a generic 500 carrying
 * the request id; its details go to the log only.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const language = pickLanguage(request.headers['accept-language']);
    const requestId = String(request.id ?? '');

    let code: ProblemCode;
    let status: number;
    let params: Record<string, string | number> = {};
    let errors: { field: string; message: string }[] | undefined;
    const database = databaseProblem(exception);

    if (exception instanceof AppException) {
      code = exception.code;
      status = exception.getStatus();
      params = exception.params;
      for (const [name, value] of Object.entries(exception.headers))
        response.setHeader(name, value);
      if (exception.fieldErrors.length > 0) {
        errors = exception.fieldErrors.map((e) => ({
          field: e.field,
          message: validationMessage(e, language),
        }));
      }
    } else if (isUniqueViolation(exception)) {
      // Two requests raced past a service's own check for the same unique value.
      code = 'conflict';
      status = 409;
    } else if (database) {
      code = database;
      // A wait turned into an error by a time limit, or the database out of reach: the client
      // may try again, and the log says what happened without the query's parameters.
      status = 503;
      params = { retryAfter: RETRY_AFTER_SECONDS };
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      this.logger.warn({ err: exception, requestId }, problemText(code).title.en);
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      status = exception.getStatus();
      code = isJsonSyntaxError(exception) ? 'malformed-json' : (BY_STATUS[status] ?? 'bad-request');
    } else {
      code = 'internal-error';
      status = 500;
      params = { requestId };
      this.logger.error({ err: exception, requestId }, 'Unhandled error');
    }

    const problem = problemText(code);
    response
      .status(status)
      .type('application/problem+json')
      .setHeader('Content-Language', language)
      .json({
        type: `/problems/${code}`,
        title: problem.title[language],
        status,
        detail: fill(problem.detail[language], params),
        ...(errors ? { errors } : {}),
        ...(requestId ? { requestId } : {}),
      });
  }
}

function isJsonSyntaxError(exception: HttpException): boolean {
  const cause = (exception as { cause?: unknown }).cause;
  return (
    exception.getStatus() === 400 &&
    (cause instanceof SyntaxError || /JSON/.test(exception.message))
  );
}

function isUniqueViolation(exception: unknown): boolean {
  return (
    exception instanceof QueryFailedError &&
    (exception.driverError as { code?: string } | undefined)?.code === '23505'
  );
}

/** What a client told to wait should wait before trying again. */
const RETRY_AFTER_SECONDS = 5;

/** SQLSTATEs of a wait cut short: statement_timeout, lock_timeout, idle_in_transaction_session_timeout. */
const TIMED_OUT = new Set(['57014', '55P03', '25P03']);
/** The server going away or refusing connections: admin/crash shutdown, cannot connect now, too many connections. */
const UNREACHABLE = new Set(['57P01', '57P02', '57P03', '53300']);
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** The driver's error inside TypeORM's QueryFailedError, or the error itself. */
function databaseError(exception: unknown): { code?: string; message?: string } {
  const error = (exception as { driverError?: unknown } | null)?.driverError ?? exception;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return {
    code: typeof code === 'string' ? code : undefined,
    message: typeof message === 'string' ? message : undefined,
  };
}

/** A database failure the client can retry: busy (a time limit ended a wait) or unreachable. */
function databaseProblem(exception: unknown): 'database-busy' | 'database-unavailable' | undefined {
  if (exception instanceof HttpException) return undefined;
  const { code, message = '' } = databaseError(exception);
  if (code && TIMED_OUT.has(code)) return 'database-busy';
  // pg-pool's wait for a free connection (connectionTimeoutMillis).
  if (message === 'timeout exceeded when trying to connect') return 'database-busy';
  if (code && (UNREACHABLE.has(code) || NETWORK.has(code) || /^08...$/.test(code))) {
    return 'database-unavailable';
  }
  // pg's own: a new connection not opened in time, or one the server dropped.
  if (/^Connection terminated|^Client has encountered a connection error/.test(message)) {
    return 'database-unavailable';
  }
  return undefined;
}
