import { HttpException } from '@nestjs/common';
import './common.messages.js';
import { type ProblemCode, problemText } from './i18n.js';

export interface FieldError {
  field: string;
  /** class-validator constraint name, or a domain code. */
  constraint: string;
  /** English text; translated when the response is written. */
  message: string;
  /** What the constraint was checked with (`@MaxLength(200)`: `[200]`), for the other languages. */
  args?: readonly unknown[];
  /** The value refused, where its message depends on it (too short, or too long). */
  value?: unknown;
}

/** A field error: `message` is the English; the catalogs have the other languages. */
export function fieldError(
  field: string,
  constraint: string,
  message: string,
  args?: readonly unknown[],
): FieldError {
  return { field, constraint, message, ...(args ? { args } : {}) };
}

/**
 * A problem the client can act on. The global filter writes it as problem+json in the client's
 * language; `params` fill the detail's placeholders.
 */
export class AppException extends HttpException {
  constructor(
    readonly code: ProblemCode,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
    status: number = problemText(code).status,
    /** Response headers the problem needs, such as Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(code, status);
  }
}
