import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { AppException, type FieldError } from './app.exception.js';

/**
 * The arguments a property's constraint was declared with (`@MaxLength(200)`: `[200]`), read from
 * class-validator's rules of the object's class, for messages in other languages than its own.
 */
function constraintArgs(target: object | undefined, property: string, constraint: string) {
  if (!target) return [];
  const rule = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name ?? m.type) === constraint);
  return (rule?.constraints ?? []) as unknown[];
}

/** class-validator's nested errors as one list of field errors (`caregivers.0.phone`). */
export function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // A field left out is reported as required, and one sent as null (where null is not allowed)
    // as such, whichever of its checks happened to run first.
    const constraints = !error.constraints
      ? {}
      : error.value === undefined
        ? { isDefined: `${field} is required` }
        : error.value === null
          ? { isNotNull: `${field} cannot be null` }
          : error.constraints;
    const own = Object.entries(constraints).map(([constraint, message]) => ({
      field,
      constraint,
      message,
      args: constraintArgs(error.target, error.property, constraint),
      value: error.value as unknown,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** How deep a JSON body may nest: the deepest body (a case's new child's caregiver) has 5 levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * Middleware right after the JSON body parser: refuses a body nested deeper than MAX_JSON_DEPTH.
 * JSON.parse takes any depth, but everything after it (this pipe's walk, class-transformer,
 * class-validator) recurses once per level, and a 3 KB body of 1,500 brackets overflowed their
 * stack (a 500). Measured with a loop, not recursion, for the same reason.
 */
export function refuseDeepJson(req: { body?: unknown }, _res: unknown, next: () => void): void {
  const pending: [unknown, number][] = [[req.body, 1]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) throw new AppException('json-too-deep', { max: MAX_JSON_DEPTH });
    for (const inner of Object.values(value)) pending.push([inner, depth + 1]);
  }
  next();
}

/** A UTF-16 surrogate without its partner (`\ud800`): with the `u` flag a pair is one character. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The first text of a request that PostgreSQL cannot keep as sent, and why: a NUL character
 * (text cannot store it) or a lone surrogate (UTF-8 cannot encode it: a text column would keep
 * U+FFFD instead, a jsonb one refuses the whole value). Refused here rather than failing in the
 * database or being stored altered.
 */
function illFormedTextAt(value: unknown, path: string): FieldError | null {
  if (typeof value === 'string') {
    const field = path || 'value';
    if (value.includes('\u0000')) {
      return {
        field,
        constraint: 'noNulCharacter',
        message: `${field} must not contain NUL characters`,
      };
    }
    if (LONE_SURROGATE.test(value)) {
      return {
        field,
        constraint: 'wellFormedText',
        message: `${field} must be well-formed Unicode (it holds a lone UTF-16 surrogate)`,
      };
    }
    return null;
  }
  // Bytes (an uploaded file's buffer) are not text: walking them key by key would take minutes.
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [key, inner] of Object.entries(value)) {
      const found = illFormedTextAt(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const problem = illFormedTextAt(value, '');
    if (problem) throw new AppException('validation-failed', {}, [problem]);
    return super.transform(value, metadata);
  }
}

/** DTOs are validated at the edge (conventions.md rule 6): unknown fields are refused, not dropped. */
export function createValidationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // One message per field: a missing field is "required", not also "must be a string".
    stopAtFirstError: true,
    // Each error keeps the object it was found in, whose class's rules give the constraint's
    // arguments to the messages (flatten); the errors themselves are never sent.
    validationError: { target: true },
    exceptionFactory: (errors) => new AppException('validation-failed', {}, flatten(errors)),
  });
}
