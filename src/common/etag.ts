import type { Response } from 'express';
import { AppException } from './app.exception.js';

/** Versioned records (child, case) answer with `ETag: "<version>"` (api.md, Conventions). */
export function withETag<T extends { version: number }>(res: Response, record: T): T {
  res.setHeader('ETag', `"${record.version}"`);
  return record;
}

/**
 * `If-Match: "3"` → 3; also W/"3" and a bare 3, as clients write it. Absent: 428 where the header
 * is required, otherwise undefined (the change then applies to the current version). Anything
 * else is a 400 saying what the header must look like.
 */
export function versionOf(ifMatch: string | undefined, required: true): number;
export function versionOf(ifMatch: string | undefined, required: false): number | undefined;
export function versionOf(ifMatch: string | undefined, required: boolean): number | undefined {
  if (!ifMatch) {
    if (required) throw new AppException('precondition-required');
    return undefined;
  }
  const match = /^(?:(?:W\/)?"(\d{1,9})"|(\d{1,9}))$/.exec(ifMatch.trim());
  if (!match) throw new AppException('malformed-if-match', { value: ifMatch.slice(0, 40) });
  return Number(match[1] ?? match[2]);
}
