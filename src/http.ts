import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import {
  accessLog,
  createRootLogger,
  PinoLoggerService,
  requestContext,
} from './common/logging.js';
import { AppException } from './common/app.exception.js';
import { fill, problemText } from './common/i18n.js';
import { RateLimiter } from './common/rate-limit.js';
import { refuseDeepJson } from './common/validation.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { openApiDocument } from './common/openapi.js';
import { serveWebApp } from './web-app.js';

export const API_PREFIX = 'api/v1';

/** The longest request target (path and query) answered; a longer one gets 414. */
export const MAX_URL_BYTES = 8 * 1024;
/**
 * What Node reads of a request's line and headers before giving up (its default is 16 KB): above
 * MAX_URL_BYTES with room for the headers, so a long URL reaches the 414 check below.
 */
export const MAX_HEADER_BYTES = 32 * 1024;

/**
 * Everything about the HTTP surface that is not a module: shared by the entry points and e2e tests.
 * The application must be created with `bodyParser: false`: the parser is registered here, after
 * the request id.
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  const logger = createRootLogger(config.LOG_LEVEL);
  app.useLogger(new PinoLoggerService(logger));
  limitRequestHead(app.getHttpServer());
  app.use(requestContext);
  app.use(accessLog(logger));
  // Without helmet's upgrade-insecure-requests: the app's requests all go to its own origin, so
  // it upgrades nothing over HTTPS, while over plain HTTP (the demo, a LAN) the browser sends the
  // API's same-origin redirects (a merged record's 307) to https:// and fails them.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.enableCors({ origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false });
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(refuseLongUrl);
  app.use(`/${API_PREFIX}`, noStore);
  // Every API request counts, unknown routes included: before routing, after the headers every
  // answer carries (a 429 is no-store and CORS-readable too). The web app's files and the health
  // checks are not counted. (Called through a function: scripts/openapi.mjs builds the app in
  // preview mode, where no provider has an instance.)
  const limiter = app.get(RateLimiter);
  app.use(`/${API_PREFIX}`, (request: Request, response: Response, next: NextFunction) =>
    limiter.middleware(request, response, next),
  );
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.use(refuseDeepJson);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/ready'] });
  setupOpenApi(app);
  if (!serveWebApp(app))
    logger.info('The web app is not built (npm run build): serving the API only');
}

/** 414 for a request target longer than MAX_URL_BYTES (query strings carry names: not logged). */
function refuseLongUrl(req: { originalUrl: string }, _res: unknown, next: () => void): void {
  if (Buffer.byteLength(req.originalUrl) > MAX_URL_BYTES) {
    throw new AppException('uri-too-long', { max: MAX_URL_BYTES });
  }
  next();
}

/**
 * Nothing the API answers may be kept by a browser or a proxy: its answers hold children's
 * personal data, downloads included.
 */
function noStore(
  _req: unknown,
  res: { setHeader: (name: string, value: string) => void },
  next: () => void,
): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * Requests whose line and headers exceed MAX_HEADER_BYTES never reach Express: Node answers them
 * itself with an empty 431 and closes the socket while the client is still sending, which the
 * client sees as a reset connection. Here they get a problem+json 431 (in Vietnamese: no header
 * was read) and the rest of what the client sends is read and dropped until it has the answer.
 * Other parse errors keep Node's own answers.
 */
function limitRequestHead(server: Server): void {
  // The `maxHeaderSize` option of http.createServer, which Nest's adapter does not pass: the
  // server keeps it as this property and reads it for each new connection.
  (server as Server & { maxHeaderSize: number }).maxHeaderSize = MAX_HEADER_BYTES;
  const answered = new WeakSet<Socket>();
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // After a parse error the parser reports every further chunk as the same error.
    if (answered.has(socket)) return;
    answered.add(socket);
    // As Node does: no answer on a socket gone, or in the middle of an answer already started.
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    if (error.code !== 'HPE_HEADER_OVERFLOW') {
      // Node's own answers to the other errors (its socketOnError).
      const [status, text] = NODE_ANSWERS[error.code ?? ''] ?? [400, 'Bad Request'];
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\n\r\n`);
      return;
    }
    const problem = problemText('headers-too-large');
    const body = JSON.stringify({
      type: '/problems/headers-too-large',
      title: problem.title.vi,
      status: 431,
      detail: fill(problem.detail.vi, { max: MAX_HEADER_BYTES }),
    });
    socket.on('data', () => undefined);
    socket.setTimeout(10_000, () => socket.destroy());
    socket.end(
      'HTTP/1.1 431 Request Header Fields Too Large\r\n' +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\nContent-Language: vi\r\nConnection: close\r\n\r\n' +
        body,
    );
  });
}

const NODE_ANSWERS: Record<string, [number, string]> = {
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Payload Too Large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout'],
};

function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
