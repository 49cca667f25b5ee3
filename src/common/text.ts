import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length } from 'class-validator';

/** Vietnamese text is stored in NFC (conventions.md rule 9); use with class-transformer's @Transform. */
export const toNfc = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.normalize('NFC').trim() : value;

/** `true`/`false` query parameters. */
export const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

const TEXT = 10_000;

/** A free text field: NFC, trimmed, 1..max characters. */
export function Text(max = TEXT): PropertyDecorator {
  const decorators = [Transform(toNfc), IsString(), Length(1, max)];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** A list of short texts (measures, goals, needs). */
export function TextList(min = 0, max = 50): PropertyDecorator {
  const decorators = [
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value)
        ? (value as unknown[]).map((item) =>
            typeof item === 'string' ? item.normalize('NFC').trim() : item,
          )
        : value,
    ),
    IsArray(),
    ArrayMinSize(min),
    ArrayMaxSize(max),
    IsString({ each: true }),
    Length(1, 2000, { each: true }),
  ];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}
