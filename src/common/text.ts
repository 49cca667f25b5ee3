/** Vietnamese text is stored in NFC (conventions.md rule 9); use with class-transformer's @Transform. */
export const toNfc = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.normalize('NFC').trim() : value;

/** `true`/`false` query parameters. */
export const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;
