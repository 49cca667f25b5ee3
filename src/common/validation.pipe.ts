import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppException, type FieldError } from './app.exception.js';

/** class-validator's nested errors as one list of field errors (`caregivers.0.phone`). */
export function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // A field left out is reported as required, whichever of its checks happened to run first.
    const constraints =
      error.constraints && error.value === undefined
        ? { isDefined: `${field} is required` }
        : (error.constraints ?? {});
    const own = Object.entries(constraints).map(([constraint, message]) => ({
      field,
      constraint,
      message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Where a value holds a NUL character, which PostgreSQL text cannot store: such input is refused
 * here rather than failing in the database.
 */
function nulCharacterAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'value' : null;
  // Bytes (an uploaded file's buffer) are not text: walking them key by key would take minutes.
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulCharacterAt(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const field = nulCharacterAt(value, '');
    if (field) {
      throw new AppException('validation-failed', {}, [
        {
          field,
          constraint: 'noNulCharacter',
          message: `${field} must not contain NUL characters`,
        },
      ]);
    }
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
    exceptionFactory: (errors) => new AppException('validation-failed', {}, flatten(errors)),
  });
}
