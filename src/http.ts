import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import {
  accessLog,
  createRootLogger,
  PinoLoggerService,
  requestContext,
} from './common/logging.js';
import { RateLimiter } from './common/rate-limit.js';
import type { AppConfig } from './config/app-config.js';

export const API_PREFIX = 'api/v1';

/**
 * Everything about the HTTP surface that is not a module: shared by the entry points and e2e tests.
 * The application must be created with `bodyParser: false`: the parser is registered here, after
 * the request id.
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  const logger = createRootLogger(config.LOG_LEVEL);
  app.useLogger(new PinoLoggerService(logger));
  app.use(requestContext);
  app.use(accessLog(logger));
  // Before routing, so that every request counts, unknown routes included.
  app.use(app.get(RateLimiter).middleware);
  app.use(helmet());
  app.enableCors({ origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false });
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/ready'] });
  setupOpenApi(app);
}

function setupOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('BVTE — child registry and child protection')
      .setDescription(
        'Quản lý thông tin trẻ em và bảo vệ trẻ em. Errors are application/problem+json (RFC 9457), ' +
          'in Vietnamese by default and in English with Accept-Language: en.',
      )
      .setVersion('1')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'api-key')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
