import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';

const REQUEST_ID = /^[\w.-]{1,100}$/;

/**
 * Gives every request its id (the caller's X-Request-Id when well-formed) before anything else
 * runs, body parsing included, so even a request refused by the parser has one.
 */
export function requestId(req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void): void {
  const given = req.headers['x-request-id'];
  req.id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  next();
}

/**
 * JSON logs with the request id on every line. Personal data is kept out: no bodies, no query
 * strings (they carry names and ids), credentials redacted wherever they appear.
 */
export function loggerParams(level: string): Params {
  return {
    pinoHttp: {
      level,
      genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? randomUUID(),
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
      },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          '*.password',
          '*.refreshToken',
          '*.accessToken',
          '*.otp',
          '*.personalId',
          '*.fullName',
          '*.phone',
        ],
        censor: '[redacted]',
      },
    },
  };
}
