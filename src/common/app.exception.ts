import { HttpException } from '@nestjs/common';
import { PROBLEMS, type ProblemCode } from './i18n.js';

export interface FieldError {
  field: string;
  /** class-validator constraint name, or a domain code. */
  constraint: string;
  /** English text; translated when the response is written. */
  message: string;
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
    status: number = PROBLEMS[code].status,
    /** Response headers the problem needs, such as Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(code, status);
  }
}
