import { Readable } from 'node:stream';
import { setImmediate as turn } from 'node:timers/promises';
import { createInflateRaw } from 'node:zlib';
import { UnreadableSheet } from './sheet-limits.js';

/**
 * Bytes an .xlsx may unpack to, all its parts together: ten times the upload limit, far above
 * what a registry's 50 MB workbook holds, far below a "zip bomb" (a few KB that unpack to GBs).
 */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
/**
 * Characters of XML without a tag: a cell's text (at most MAX_CELL_CHARS characters, each up to
 * six when escaped as `&quot;`) or the spaces between two tags. A 1.5 GB cell or GBs of
 * whitespace stop here, long before they are held in memory.
 */
const MAX_XML_RUN = 32 * 1024;

/** A part of the zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function broken(): UnreadableSheet {
  return new UnreadableSheet('import-unreadable');
}

/**
 * The entries of a zip from its central directory, read without unpacking anything; refuses a
 * zip whose parts declare more than MAX_UNZIPPED_BYTES together.
 */
export function zipEntries(file: Buffer): Map<string, ZipEntry> {
  // The end record is the last 22 bytes, unless a comment (up to 65,535 bytes) follows it.
  let end = -1;
  for (let i = file.length - 22; i >= Math.max(0, file.length - 22 - 65_535); i--) {
    if (file.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw broken();
  const count = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  let declared = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== CENTRAL) throw broken();
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: file.toString('utf8', at + 46, at + 46 + nameLength),
      flags: file.readUInt16LE(at + 8),
      method: file.readUInt16LE(at + 10),
      compressedSize: file.readUInt32LE(at + 20),
      size: file.readUInt32LE(at + 24),
      offset: file.readUInt32LE(at + 42),
    };
    zip64(entry, file.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    declared += entry.size;
    if (declared > MAX_UNZIPPED_BYTES) {
      throw new UnreadableSheet('import-xlsx-too-large', { limit: MAX_UNZIPPED_BYTES >> 20 });
    }
    entries.set(entry.name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset a ZIP64 extra field gives in place of 0xFFFFFFFF. */
function zip64(entry: ZipEntry, extra: Buffer): void {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let at = i + 4;
      for (const key of ['size', 'compressedSize', 'offset'] as const) {
        if (entry[key] !== 0xffffffff) continue;
        if (at + 8 > i + 4 + length) throw broken();
        entry[key] = Number(extra.readBigUInt64LE(at));
        at += 8;
      }
    }
    i += 4 + length;
  }
}

/** Unpacked bytes still allowed for the parts of one file read so far. */
export interface UnzipBudget {
  left: number;
}

/**
 * The text of one part, unpacked as a stream (zlib works off the main thread) and decoded across
 * chunks. The bytes are counted as they come, since a directory can lie about sizes, and a run of
 * MAX_XML_RUN characters without a tag ends the read.
 */
export async function* entryText(
  file: Buffer,
  entry: ZipEntry,
  budget: UnzipBudget,
): AsyncGenerator<string> {
  if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8)) throw broken();
  const at = entry.offset;
  if (at + 30 > file.length || file.readUInt32LE(at) !== LOCAL) throw broken();
  const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  if (start + entry.compressedSize > file.length) throw broken();
  const packed = file.subarray(start, start + entry.compressedSize);
  const bytes: AsyncIterable<Buffer> =
    entry.method === 8 ? Readable.from([packed]).pipe(createInflateRaw()) : chunks(packed);
  const decoder = new TextDecoder('utf-8');
  let run = 0;
  const guard = (text: string) => {
    let from = 0;
    for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', from)) {
      if (run + i - from > MAX_XML_RUN) break;
      run = 0;
      from = i + 1;
    }
    run += text.length - from;
    if (run > MAX_XML_RUN)
      throw new UnreadableSheet('import-xlsx-long-text', { limit: MAX_XML_RUN });
  };
  try {
    for await (const chunk of bytes) {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        throw new UnreadableSheet('import-xlsx-too-large', { limit: MAX_UNZIPPED_BYTES >> 20 });
      }
      const text = decoder.decode(chunk, { stream: true });
      guard(text);
      yield text;
    }
  } catch (error) {
    if (error instanceof UnreadableSheet) throw error;
    throw broken(); // a damaged deflate stream
  } finally {
    if (bytes instanceof Readable) bytes.destroy();
  }
  const rest = decoder.decode();
  guard(rest);
  if (rest) yield rest;
}

async function* chunks(stored: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < stored.length; i += 65_536) {
    yield stored.subarray(i, i + 65_536);
    await turn();
  }
}
