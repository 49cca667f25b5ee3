/** What a spreadsheet program may run as a formula when a text starts with it (OWASP, CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as people write one (`-5`, `+84912345678`): a spreadsheet reads it as a number, never a formula. */
const NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/**
 * A cell's value as every export writes it: a text that a spreadsheet would take for a formula
 * (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`) gets a leading single quote, as OWASP's CSV-injection
 * guidance says. In an .xlsx such text is a text cell already, but saved again as CSV it becomes
 * a formula on the next opening. Dates, numbers and other texts are left as they are.
 */
export function neutralizeFormula<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) && !NUMBER.test(value)
    ? `'${value}`
    : value;
}
