import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** A problem+json answer (RFC 9457), as every error of the API is. */
export type Problem = Schemas['Problem'];

/** An API answer that was not a success: its problem, status and headers. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    readonly headers: Headers,
  ) {
    super(problem.detail ?? problem.title);
  }

  /** The problem's kind: the last part of its `type` (`/problems/mfa-required` → `mfa-required`). */
  get kind(): string {
    return this.problem.type.split('/').pop() ?? '';
  }

  /** Seconds from `Retry-After`, when the answer has one. */
  get retryAfter(): number | undefined {
    const value = Number(this.headers.get('Retry-After'));
    return Number.isFinite(value) && value > 0 ? value : undefined;
  }
}

/** The network failed before any answer (offline, server down). */
export class NetworkError extends Error {}

/**
 * The signed-in session as the client sees it: the access token lives in this module's memory only
 * (never in storage or a URL); the refresh token is an HttpOnly cookie the browser alone holds.
 */
interface Session {
  accessToken: string | null;
  language: string;
  onSessionEnded: () => void;
}
const session: Session = { accessToken: null, language: 'vi', onSessionEnded: () => undefined };

/** Holds a new access token and renews it a minute before it expires; null forgets it. */
export function setAccessToken(token: string | null, expiresIn = 0): void {
  session.accessToken = token;
  clearTimeout(renewal);
  if (token) {
    renewal = setTimeout(() => void refreshSession(), Math.max(expiresIn - 60, 10) * 1000);
  }
}
let renewal: ReturnType<typeof setTimeout> | undefined;
export function setLanguageHeader(language: string): void {
  session.language = language;
}
export function onSessionEnded(listener: () => void): void {
  session.onSessionEnded = listener;
}

/** Asks for a new access token with the refresh cookie; null when the session is over. */
let refreshing: Promise<RefreshResult | null> | null = null;
export interface RefreshResult {
  accessToken: string;
  expiresIn: number;
}
export function refreshSession(): Promise<RefreshResult | null> {
  // One refresh at a time across the browser's tabs (they share the cookie): two at once would
  // spend the same token twice, which the server takes for a stolen token and ends the session.
  refreshing ??= navigator.locks ? refreshInLock() : refreshNow();
  return refreshing;
}

async function refreshInLock(): Promise<RefreshResult | null> {
  return await navigator.locks.request('bvte-refresh', refreshNow);
}

async function refreshNow(): Promise<RefreshResult | null> {
  try {
    const response = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': session.language },
      body: '{}',
      credentials: 'same-origin',
    });
    if (!response.ok) return null;
    const body = (await response.json()) as RefreshResult;
    setAccessToken(body.accessToken, body.expiresIn);
    return body;
  } catch {
    return null;
  } finally {
    refreshing = null;
  }
}

const NO_REFRESH = /\/auth\/(login|refresh|mfa\/)/;

const auth: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', session.language);
    if (session.accessToken && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    }
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status !== 401 || NO_REFRESH.test(new URL(request.url).pathname)) return;
    // The access token expired (or the session was ended elsewhere): one silent refresh, then
    // the same request again; when that fails the session is over.
    const renewed = await refreshSession();
    if (!renewed) {
      session.accessToken = null;
      session.onSessionEnded();
      return;
    }
    const retry = request.clone();
    retry.headers.set('Authorization', `Bearer ${renewed.accessToken}`);
    return fetch(retry);
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(auth);

/**
 * The data of an openapi-fetch answer, or an ApiError / NetworkError to throw: every screen reads
 * the API through this, so errors reach it in one shape.
 */
export async function call<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  const { data, error, response } = result;
  if (response.ok) return data as T;
  const problem =
    error && typeof error === 'object' && 'title' in error
      ? (error as Problem)
      : {
          type: 'about:blank',
          title: response.statusText,
          detail: response.statusText,
          status: response.status,
        };
  throw new ApiError(response.status, problem, response.headers);
}
