import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { isISO8601, ValidateBy, ValidateIf } from 'class-validator';

/**
 * A field of a PATCH body that may be left out but not set to null: class-validator's IsOptional
 * skips every check for null too, so `{"name": null}` reached a NOT NULL column (a 500). With
 * this, null is checked like any value and refused by the field's own checks. Fields that may be
 * cleared say so with `ValidateIf((_o, value) => value != null)`.
 */
export const Omittable = (): PropertyDecorator =>
  ValidateIf((_object, value: unknown) => value !== undefined);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `YYYY-MM-DD` naming a day that exists: not 2015-02-30, not year 0015. */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** An instant as api.md writes times: ISO 8601 with a real date, a time and an offset (or Z). */
export function isInstant(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    INSTANT.test(value) &&
    isCalendarDate(value.slice(0, 10)) &&
    isISO8601(value, { strict: true })
  );
}

/** The forms, with examples, that the API documents and its error messages name. */
const FORMS = {
  date: { text: 'A date YYYY-MM-DD', example: '2026-12-20' },
  instant: {
    text: 'An ISO 8601 time with an offset (or Z)',
    example: '2026-12-20T14:30:00+07:00',
  },
} as const;

function documented(
  form: keyof typeof FORMS,
  format: 'date' | 'date-time',
  description?: string,
): PropertyDecorator {
  const { text, example } = FORMS[form];
  return ApiProperty({
    type: String,
    format,
    example,
    description: description
      ? `${description}. ${text}, e.g. ${example}`
      : `${text}, e.g. ${example}`,
  });
}

/**
 * A calendar date, `YYYY-MM-DD`, that exists. Documented in the OpenAPI with its form and an
 * example; the field's `description` goes here, since a later ApiProperty's would replace it.
 * `refusal` names the constraint and its message where the field says more than the form.
 */
export function IsCalendarDate(
  description?: string,
  refusal = {
    constraint: 'isCalendarDate',
    message: `$property must be a real date YYYY-MM-DD, e.g. ${FORMS.date.example}`,
  },
): PropertyDecorator {
  return applyDecorators(
    documented('date', 'date', description),
    ValidateBy({
      name: refusal.constraint,
      validator: { validate: isCalendarDate, defaultMessage: () => refusal.message },
    }),
  );
}

const DATE_FORM = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * A date in the form `YYYY-MM-DD`, where the record's own rules check that the day exists and
 * answer with their own message (a child's date of birth and flags: child-rules.ts, 422).
 */
export function IsDateForm(
  description?: string,
  refusal = {
    constraint: 'isDateForm',
    message: `$property must be a date YYYY-MM-DD, e.g. ${FORMS.date.example}`,
  },
): PropertyDecorator {
  return applyDecorators(
    documented('date', 'date', description),
    ValidateBy({
      name: refusal.constraint,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && DATE_FORM.test(value),
        defaultMessage: () => refusal.message,
      },
    }),
  );
}

/** A moment: an ISO 8601 time with an offset (`2026-11-24T21:40:00+07:00`, `…Z`). */
export function IsInstant(description?: string): PropertyDecorator {
  return applyDecorators(
    documented('instant', 'date-time', description),
    ValidateBy({
      name: 'isInstant',
      validator: {
        validate: isInstant,
        defaultMessage: () =>
          `$property must be an ISO 8601 time with an offset, e.g. ${FORMS.instant.example}`,
      },
    }),
  );
}

/** Vietnam has kept UTC+07:00 without daylight saving since 1975. */
const DAY_IN_VIETNAM = { start: 'T00:00:00.000+07:00', end: 'T23:59:59.999+07:00' } as const;

/**
 * An instant, or a plain date meaning the start or the end of that day in Vietnam, as a person
 * writes a deadline or a period (`2026-12-20` → `2026-12-20T23:59:59.999+07:00` for the end). The
 * service receives an instant: the text, or a Date where the field is one.
 */
export function IsDayOrInstant({
  description,
  day,
  as = 'string',
}: {
  description?: string;
  day: keyof typeof DAY_IN_VIETNAM;
  as?: 'string' | 'date';
}): PropertyDecorator {
  const meaning = day === 'end' ? 'the end of that day' : 'the start of that day';
  const { example } = FORMS.date;
  return applyDecorators(
    ApiProperty({
      type: String,
      example,
      description:
        `${description ? `${description}. ` : ''}A date YYYY-MM-DD (${meaning}, Vietnam time) ` +
        `or an ISO 8601 time with an offset, e.g. ${example} or ${FORMS.instant.example}`,
    }),
    Transform(({ value }: { value: unknown }) => {
      const instant = isCalendarDate(value) ? `${value}${DAY_IN_VIETNAM[day]}` : value;
      return as === 'date' && isInstant(instant) ? new Date(instant) : instant;
    }),
    ValidateBy({
      name: 'isDayOrInstant',
      validator: {
        validate: (value: unknown) => (as === 'date' ? value instanceof Date : isInstant(value)),
        defaultMessage: () =>
          `$property must be a date YYYY-MM-DD or an ISO 8601 time with an offset, e.g. ` +
          `${example} or ${FORMS.instant.example}`,
      },
    }),
  );
}

/** A due time: a date means the end of that day in Vietnam. */
export const IsDueTime = (description?: string): PropertyDecorator =>
  IsDayOrInstant({ description, day: 'end' });
