import type { Request, Response } from 'express';

/**
 * The browser's refresh token: an `HttpOnly`, `SameSite=Strict` cookie sent only to the refresh
 * route, so no script of the web app (or injected into it) can read it; `Secure` in production.
 * System clients keep the JSON flow (the token in the body).
 */
export const REFRESH_COOKIE = 'bvte_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth/refresh';

export function setRefreshCookie(
  response: Response,
  token: string,
  maxAgeSeconds: number,
  secure: boolean,
): void {
  response.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: REFRESH_COOKIE_PATH,
    maxAge: maxAgeSeconds * 1000,
  });
}

export function clearRefreshCookie(response: Response, secure: boolean): void {
  response.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: REFRESH_COOKIE_PATH,
  });
}

/** The cookie's value, if the request carries it (parsed here: one cookie needs no parser). */
export function readRefreshCookie(request: Request): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== REFRESH_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}
