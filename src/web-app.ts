import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Where `npm run build` puts the web app (web/dist), beside this server's dist/. */
export const WEB_APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');

/** Paths the web app never answers: the API, its documents and the health checks. */
const SERVER_PATHS = /^\/(api|health)(\/|$)/;

/**
 * Serves the officers' web app at `/`: its built files (the hashed ones cached for a year), and
 * `index.html` for every other GET that asks for a page, so client routes survive a reload.
 * Returns false when the app was not built (the API runs without it).
 */
export function serveWebApp(app: NestExpressApplication, dir = WEB_APP_DIR): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const files = express.static(dir, {
    index: false,
    setHeaders: (response, path) => {
      response.setHeader(
        'Cache-Control',
        path.includes(`${join(dir, 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  // Not for the API's paths: no file of the app answers in its place, and none is looked for on
  // the disk on every API request.
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (SERVER_PATHS.test(request.path)) next();
    else files(request, response, next);
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      SERVER_PATHS.test(request.path) ||
      !request.accepts('html')
    ) {
      return next();
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
