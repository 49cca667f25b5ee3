import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import {
  accessLog,
  createRootLogger,
  PinoLoggerService,
  requestContext,
} from './common/logging.js';
import type { AppConfig } from './config/app-config.js';
import { openApiDocument } from './common/openapi.js';

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
  app.use(helmet());
  app.enableCors({ origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false });
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/ready'] });
  setupOpenApi(app);
}

function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
