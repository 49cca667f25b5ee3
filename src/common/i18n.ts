export type Language = 'vi' | 'en';

/** Vietnamese unless the client asks for English first (`Accept-Language: en`, `en-US,vi;q=0.5`). */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

export type Text = Record<Language, string>;

export interface ProblemText {
  status: number;
  title: Text;
  detail: Text;
}

/**
 * Every problem code the API answers with. Each module declares its own in its message catalog
 * (`<module>.messages.ts`), which adds them here by declaration merging and registers their texts
 * with `problemCatalog` when it is loaded (its Nest module imports it).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the catalogs
export interface ProblemCatalog {}

export type ProblemCode = keyof ProblemCatalog;

const problems = new Map<string, ProblemText>();

/** Registers a module's problems; returns them as given, for their codes' type. */
export function problemCatalog<const C extends Record<string, ProblemText>>(catalog: C): C {
  for (const [code, text] of Object.entries(catalog)) {
    if (problems.has(code)) throw new Error(`Problem ${code} is declared twice`);
    problems.set(code, text);
  }
  return catalog;
}

/** A problem's status and texts; its module's catalog must have been loaded. */
export function problemText(code: ProblemCode): ProblemText {
  const text = problems.get(code);
  if (!text) throw new Error(`No message catalog has the problem ${code}`);
  return text;
}

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/**
 * The Vietnamese of a field error's constraint, from what the constraint was checked with: its
 * arguments (class-validator's, as `@MaxLength(200)` gives `[200]`, or those the code names the
 * error with) and the value refused.
 */
type FieldMessage = (args: readonly unknown[], value: unknown) => string;

const fieldTexts = new Map<string, FieldMessage>();

/** Registers a module's Vietnamese for the constraints of its field errors. */
export function fieldMessages(catalog: Record<string, FieldMessage>): void {
  for (const [constraint, text] of Object.entries(catalog)) {
    if (fieldTexts.has(constraint)) throw new Error(`Constraint ${constraint} is declared twice`);
    fieldTexts.set(constraint, text);
  }
}

/** A field error in the client's language: the English is the error's own message. */
export function validationMessage(
  error: { constraint: string; message: string; args?: readonly unknown[]; value?: unknown },
  language: Language,
): string {
  if (language === 'en') return error.message;
  return (
    fieldTexts.get(error.constraint)?.(error.args ?? [], error.value) ?? 'Giá trị không hợp lệ.'
  );
}
