import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { Logger } from '@nestjs/common';
import { type AppConfig, ConfigError } from '../config/app-config.js';
import { CircuitBreaker } from './circuit-breaker.js';
import {
  type PersonQuery,
  type PersonReply,
  type PopulationGateway,
  PopulationQuotaSpent,
  PopulationRefused,
  PopulationUnavailable,
  type ResidentChange,
} from './population-gateway.js';
import {
  CHANGES_PATH,
  changesFromWire,
  fromWire,
  LOOKUP_PATH,
  quotaSpent,
  toChangesWire,
  toWire,
} from './population-wire.js';

const ATTEMPTS = 3;
const BREAKER_THRESHOLD = 5;
/** Largest answer read: a batch's replies are a few kilobytes. */
const MAX_ANSWER_BYTES = 5 * 1024 * 1024;

interface Answer {
  status: number;
  body: unknown;
  retryAfterMs: number | null;
}

/** A failure worth another attempt: the network, a timeout, the service's own error, "slow down". */
class Transient extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

/**
 * The population database's data-sharing service over HTTPS (population-wire.ts for the
 * format): each request within POPULATION_TIMEOUT_MS, three attempts with doubling waits for a
 * transient failure, and a circuit breaker that stops asking for POPULATION_PAUSE_MS after five
 * requests in a row failed, so a service that is down is not hammered by every worker.
 */
export class OnlineGateway implements PopulationGateway {
  private readonly logger = new Logger('PopulationGateway');
  private readonly base: string;
  private readonly agent: http.Agent;
  private readonly breaker: CircuitBreaker;
  private readonly authorization: string | null;

  constructor(
    private readonly config: AppConfig,
    private readonly sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.base = withSlash(config.POPULATION_URL!);
    const tls = {
      cert: pem('POPULATION_CERT_FILE', config.POPULATION_CERT_FILE),
      key: pem('POPULATION_KEY_FILE', config.POPULATION_KEY_FILE),
      ca: pem('POPULATION_CA_FILE', config.POPULATION_CA_FILE),
    };
    this.agent =
      new URL(this.base).protocol === 'https:'
        ? new https.Agent({ keepAlive: true, ...tls })
        : new http.Agent({ keepAlive: true });
    this.breaker = new CircuitBreaker(BREAKER_THRESHOLD, config.POPULATION_PAUSE_MS);
    this.authorization = config.POPULATION_CLIENT_ID
      ? 'Basic ' +
        Buffer.from(
          `${config.POPULATION_CLIENT_ID}:${config.POPULATION_CLIENT_SECRET ?? ''}`,
        ).toString('base64')
      : null;
  }

  lookup(queries: PersonQuery[]): Promise<PersonReply[]> {
    return this.exchange(LOOKUP_PATH, toWire(randomUUID(), queries), fromWire);
  }

  changes(communeCode: string, from: string, to: string): Promise<ResidentChange[]> {
    return this.exchange(
      CHANGES_PATH,
      toChangesWire(randomUUID(), communeCode, from, to),
      changesFromWire,
    );
  }

  /** One request with its attempts, the breaker and the answer read by `parse`. */
  private async exchange<T>(
    path: string,
    request: object,
    parse: (body: unknown) => T,
  ): Promise<T> {
    const url = new URL(path.slice(1), this.base);
    const body = JSON.stringify(request);
    let failure: Transient | null = null;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const blocked = this.breaker.blockedUntil();
      if (blocked !== null) {
        throw new PopulationUnavailable(
          failure?.message ??
            'the population database failed repeatedly; waiting before asking again',
          new Date(blocked),
        );
      }
      if (failure) {
        const backoff = this.config.POPULATION_RETRY_BASE_MS * 2 ** (attempt - 2);
        await this.sleep(Math.max(backoff, failure.retryAfterMs ?? 0));
      }
      try {
        const result = this.read(await this.post(url, body), parse);
        this.breaker.success();
        return result;
      } catch (error) {
        if (!(error instanceof Transient)) throw error;
        this.breaker.failure();
        failure = error;
        this.logger.warn({ attempt, error: error.message }, 'Population database request failed');
      }
    }
    throw new PopulationUnavailable(
      failure!.message,
      new Date(Date.now() + this.config.POPULATION_PAUSE_MS),
    );
  }

  /** What an answer holds, or the failure it says. */
  private read<T>(answer: Answer, parse: (body: unknown) => T): T {
    const { status, body } = answer;
    if (status === 200) {
      try {
        return parse(body);
      } catch (error) {
        throw new PopulationRefused(
          `the population database answered in a form this system cannot read: ${(error as Error).message}`,
        );
      }
    }
    if (status === 429 && quotaSpent(body)) {
      throw new PopulationQuotaSpent("the population database's daily quota is spent");
    }
    if (status === 429 || status >= 500) {
      throw new Transient(`the population database answered HTTP ${status}`, answer.retryAfterMs);
    }
    if (status === 401 || status === 403) {
      throw new PopulationRefused(
        `the population database refused this system's credentials or certificate (HTTP ${status})`,
      );
    }
    throw new PopulationRefused(`the population database refused the request (HTTP ${status})`);
  }

  private post(url: URL, body: string): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      const request = (url.protocol === 'https:' ? https : http).request(
        url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'content-length': Buffer.byteLength(body),
            accept: 'application/json',
            'user-agent': 'bvte-population/1',
            ...(this.authorization ? { authorization: this.authorization } : {}),
          },
          signal: AbortSignal.timeout(this.config.POPULATION_TIMEOUT_MS),
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_ANSWER_BYTES) {
              response.destroy(new Transient('the population database sent an answer too large'));
            } else chunks.push(chunk);
          });
          response.on('error', (error) => reject(asTransient(error)));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = null;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              parsed = null;
            }
            resolve({
              status: response.statusCode ?? 0,
              body: parsed,
              retryAfterMs: retryAfter(response.headers['retry-after']),
            });
          });
        },
      );
      request.on('error', (error) => reject(asTransient(error)));
      request.end(body);
    });
  }
}

function asTransient(error: Error): Transient {
  if (error instanceof Transient) return error;
  return error.name === 'AbortError' || error.name === 'TimeoutError'
    ? new Transient('the population database did not answer in time')
    : new Transient(`the population database could not be reached (${error.message})`);
}

/** Retry-After in seconds, capped at a minute (a longer wait is the breaker's and the run's). */
function retryAfter(header: string | undefined): number | null {
  const seconds = Number(header);
  return header && Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 60) * 1000 : null;
}

/** A PEM file the configuration names, read at start: a path that cannot be read stops the start. */
function pem(variable: string, path: string | undefined): Buffer | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration: ${variable}: cannot read ${path} (${(error as NodeJS.ErrnoException).code})`,
    );
  }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
