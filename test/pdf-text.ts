import { inflateSync } from 'node:zlib';

/**
 * The text a PDF that common/pdf.ts rendered shows, as a reader copying it would get it: each
 * text object (a line as laid out) on a line of its own, page after page. Reads what pdfkit
 * writes: Flate streams, fonts embedded as Identity-H with a ToUnicode map, text shown with hex
 * strings in TJ arrays (the words of a justified line placed apart). Whitespace where a paragraph wrapped is a line break: compare with
 * `flat(text)`.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2];
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const start = match.index! + match[0].indexOf(body) + at + 'stream'.length;
    const from = raw[start] === '\r' ? start + 2 : start + 1;
    const end = raw.indexOf('endstream', from);
    let data = pdf.subarray(from, end);
    if (dict.includes('/FlateDecode')) data = inflateSync(data);
    objects.set(Number(match[1]), { dict, stream: data.toString('latin1') });
  }
  const cmapOf = new Map<number, Map<number, string>>();
  for (const [id, { dict }] of objects) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(dict);
    if (toUnicode) cmapOf.set(id, parseCmap(objects.get(Number(toUnicode[1]))!.stream!));
  }
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const resources of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, id] of resources[1].matchAll(/\/(\w+) (\d+) 0 R/g)) {
        const cmap = cmapOf.get(Number(id));
        if (cmap) fonts.set(name, cmap);
      }
    }
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream?.includes('BT')) continue;
    for (const block of stream.matchAll(/BT([\s\S]*?)ET/g)) {
      let cmap: Map<number, string> | undefined;
      let line = '';
      for (const op of block[1].matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\] TJ|<([0-9a-f]*)> Tj/gi)) {
        if (op[1]) cmap = fonts.get(op[1]);
        // A justified line moves its words apart instead of showing spaces: a wide move left
        // (in thousandths of the font size) is a space.
        const parts = op[2] ? op[2].matchAll(/<([0-9a-f]*)>|(-?[\d.]+)/gi) : [[op[3], op[3]]];
        for (const [, hex, move] of parts) {
          if (move !== undefined) line += Number(move) < -100 ? ' ' : '';
          for (let i = 0; hex && i + 4 <= hex.length; i += 4) {
            line += cmap?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
          }
        }
      }
      lines.push(line);
    }
  }
  return lines.join('\n');
}

/** The text with every run of whitespace (a wrapped line included) as one space. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** A ToUnicode CMap: character code → text (bfchar pairs, bfrange ranges and arrays). */
function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of section[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
      map.set(parseInt(code, 16), utf16(text));
    }
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = section[1].matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(?:\[([^\]]*)\]|<([0-9a-f]+)>)/gi,
    );
    for (const [, low, high, list, start] of ranges) {
      const from = parseInt(low, 16);
      const to = parseInt(high, 16);
      const texts = list ? [...list.matchAll(/<([0-9a-f]+)>/gi)].map((m) => utf16(m[1])) : [];
      for (let code = from; code <= to; code++) {
        if (list) map.set(code, texts[code - from]);
        else {
          const first = utf16(start);
          map.set(
            code,
            first.slice(0, -1) +
              String.fromCharCode(first.charCodeAt(first.length - 1) + code - from),
          );
        }
      }
    }
  }
  return map;
}
