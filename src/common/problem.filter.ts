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
import { fill, pickLanguage, PROBLEMS, type ProblemCode, validationMessage } from './i18n.js';

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

    if (exception instanceof AppException) {
      code = exception.code;
      status = exception.getStatus();
      params = exception.params;
      for (const [name, value] of Object.entries(exception.headers))
        response.setHeader(name, value);
      if (exception.fieldErrors.length > 0) {
        errors = exception.fieldErrors.map((e) => ({
          field: e.field,
          message: validationMessage(e.constraint, e.message, language),
        }));
      }
    } else if (isUniqueViolation(exception)) {
      // Two requests raced past a service's own check for the same unique value.
      code = 'conflict';
      status = 409;
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      status = exception.getStatus();
      code = isJsonSyntaxError(exception) ? 'malformed-json' : (BY_STATUS[status] ?? 'bad-request');
    } else {
      code = 'internal-error';
      status = 500;
      params = { requestId };
      this.logger.error({ err: exception, requestId }, 'Unhandled error');
    }

    const problem = PROBLEMS[code];
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
