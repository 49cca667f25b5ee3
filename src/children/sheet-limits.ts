import type { ProblemCode } from '../common/i18n.js';

/** Characters a cell may hold: a registry cell (a name, an address, a note) needs a few hundred. */
export const MAX_CELL_CHARS = 4096;
/** Bytes a line of a .csv may hold: a full row of the template takes about 1 KB. */
export const MAX_LINE_BYTES = 64 * 1024;

/**
 * Why a file cannot be read: the problem to report and where, never the file's content (a row
 * holds a child's personal data; the message goes to the database and the log).
 */
export class UnreadableSheet extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

/** Uploads above this are refused with 413: about 300,000 rows of .csv. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
