// Writes the application's OpenAPI document (the one served at /api/docs-json) to the file given,
// or to stdout, from the built app (dist/) without a database: Nest's preview mode registers the
// modules and routes without creating providers, so nothing connects.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../dist/app.module.js';
import { openApiDocument } from '../dist/common/openapi.js';
import { loadConfig } from '../dist/config/app-config.js';
import { configureHttp } from '../dist/http.js';

const config = loadConfig({
  LOG_LEVEL: 'silent',
  // Never used: no provider is created in preview mode.
  JWT_SECRET: 'openapi-document-only-0123456789abcdef',
  ENCRYPTION_KEYS: `openapi:${Buffer.alloc(32).toString('base64')}`,
});
const app = await NestFactory.create(
  AppModule.forRoot({ config, databaseUrl: 'postgres://openapi@127.0.0.1:1/none', role: 'api' }),
  { preview: true, bodyParser: false, logger: false },
);
configureHttp(app, config);
const json = `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
const [file] = process.argv.slice(2);
if (file) writeFileSync(file, json);
else process.stdout.write(json);
