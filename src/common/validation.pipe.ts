import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppException, type FieldError } from './app.exception.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      constraint,
      message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** DTOs are validated at the edge (conventions.md rule 6): unknown fields are refused, not dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // One message per field: a missing field is "required", not also "must be a string".
    stopAtFirstError: true,
    exceptionFactory: (errors) => new AppException('validation-failed', {}, flatten(errors)),
  });
}
