import { deflateRawSync } from 'node:zlib';
import { UnreadableSheet } from './sheet-limits.js';
import { entryText, zipEntries } from './sheet-zip.js';

/** A zip of one deflated part whose directory declares `declared` bytes. */
function zip(name: string, text: string, declared: number): Buffer {
  const data = deflateRawSync(Buffer.from(text));
  const file = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(file.length, 26);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(8, 10);
  entry.writeUInt32LE(data.length, 20);
  entry.writeUInt32LE(declared, 24);
  entry.writeUInt16LE(file.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + file.length, 12);
  end.writeUInt32LE(30 + file.length + data.length, 16);
  return Buffer.concat([local, file, data, entry, file, end]);
}

async function read(file: Buffer, left: number): Promise<string> {
  const entry = zipEntries(file).get('a.xml')!;
  let text = '';
  for await (const chunk of entryText(file, entry, { left })) text += chunk;
  return text;
}

const problem = async (reading: Promise<unknown>) => {
  const error: unknown = await reading.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableSheet);
  return (error as UnreadableSheet).code;
};

describe('the parts of an .xlsx', () => {
  const xml = `<a>${'<b>Nguyễn Thị Ánh</b>'.repeat(50_000)}</a>`;

  it('unpacks a part within the budget, Vietnamese letters whole across chunks', async () => {
    expect(await read(zip('a.xml', xml, Buffer.byteLength(xml)), 10_000_000)).toBe(xml);
  });

  it('counts the bytes it unpacks: a directory that understates a part does not hide it', async () => {
    const file = zip('a.xml', xml, 100);
    expect(await problem(read(file, 1_000_000))).toBe('import-xlsx-too-large');
  });

  it('refuses a directory declaring more than the limit, before unpacking anything', () => {
    expect(() => zipEntries(zip('a.xml', xml, 0xfffffff0))).toThrow(UnreadableSheet);
  });

  it('stops at a long run of text between two tags', async () => {
    const long = `<a><b>${'x'.repeat(40_000)}</b></a>`;
    const file = zip('a.xml', long, Buffer.byteLength(long));
    expect(await problem(read(file, 10_000_000))).toBe('import-xlsx-long-text');
  });

  it('calls a file that is no zip unreadable', () => {
    expect(() => zipEntries(Buffer.from('PK\x03\x04 not really a zip at all'))).toThrow(
      UnreadableSheet,
    );
  });
});
