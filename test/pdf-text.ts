/**
 * The text a PDF printed by common/pdf.ts shows, line by line, read back from the file itself: its
 * content streams decoded through each font's ToUnicode map, as a viewer's copy and search do. What
 * one line holds is joined in reading order: a run that continues the one before (a field's label
 * and its value) is joined as it reads, apart runs (a table's cells) with " | ".
 *
 * Enough for pdfkit's output (Type0 fonts, Identity-H, 2-byte codes, Flate streams), not a
 * general PDF reader.
 */
import { inflateSync } from 'node:zlib';

interface Font {
  unicode: Map<number, string>;
  /** Advance widths by code, in thousandths of the font size. */
  widths: Map<number, number>;
}

interface Run {
  page: number;
  x: number;
  y: number;
  end: number;
  size: number;
  text: string;
}

/** Noto Serif's line height, in font sizes: (ascent + descent) / units per em. */
const LINE_HEIGHT = (1069 + 293) / 1000;

function objects(pdf: Buffer): Map<number, { dict: string; stream: Buffer | null }> {
  const raw = pdf.toString('latin1');
  const found = new Map<number, { dict: string; stream: Buffer | null }>();
  const start = /(\d+) 0 obj\b/g;
  for (let m = start.exec(raw); m; m = start.exec(raw)) {
    const bodyStart = m.index + m[0].length;
    const end = raw.indexOf('endobj', bodyStart);
    const body = raw.slice(bodyStart, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      found.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = bodyStart + streamAt + body.slice(streamAt).indexOf('\n') + 1;
    const dataEnd = raw.lastIndexOf('endstream', end);
    let data = pdf.subarray(dataStart, dataEnd);
    if (dict.includes('/FlateDecode')) data = inflateSync(data);
    found.set(Number(m[1]), { dict, stream: data });
  }
  return found;
}

function hexCodes(hex: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) codes.push(parseInt(hex.slice(i, i + 4), 16));
  return codes;
}

function hexText(hex: string): string {
  return String.fromCodePoint(...hexCodes(hex));
}

function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of block[1].matchAll(/<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)/g)) {
      const from = parseInt(entry[1], 16);
      const to = parseInt(entry[2], 16);
      if (entry[3].startsWith('[')) {
        [...entry[3].matchAll(/<(\w+)>/g)].forEach((u, i) => map.set(from + i, hexText(u[1])));
      } else {
        const first = parseInt(entry[3].slice(1, -1), 16);
        for (let code = from; code <= to; code++) {
          map.set(code, String.fromCodePoint(first + code - from));
        }
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of block[1].matchAll(/<(\w+)>\s*<(\w+)>/g)) {
      map.set(parseInt(entry[1], 16), hexText(entry[2]));
    }
  }
  return map;
}

function widths(dict: string): Map<number, number> {
  const map = new Map<number, number>();
  const w = /\/W\s*\[([\s\S]*)\]/.exec(dict);
  if (!w) return map;
  for (const group of w[1].matchAll(/(\d+)\s*\[([^\]]*)\]/g)) {
    group[2]
      .trim()
      .split(/\s+/)
      .forEach((width, i) => map.set(Number(group[1]) + i, Number(width)));
  }
  return map;
}

function fonts(objs: ReturnType<typeof objects>): Map<string, Font> {
  const ref = (dict: string, key: string) => {
    const m = new RegExp(`/${key}\\s*\\[?\\s*(\\d+) 0 R`).exec(dict);
    return m ? objs.get(Number(m[1])) : undefined;
  };
  const byName = new Map<string, Font>();
  for (const { dict } of objs.values()) {
    const resources = /\/Font\s*<<([\s\S]*?)>>/.exec(dict);
    if (!resources) continue;
    for (const [, name, id] of resources[1].matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const font = objs.get(Number(id));
      if (!font || byName.has(name)) continue;
      const cmap = ref(font.dict, 'ToUnicode')?.stream?.toString('latin1') ?? '';
      const cid = ref(font.dict, 'DescendantFonts');
      byName.set(name, { unicode: toUnicode(cmap), widths: widths(cid?.dict ?? '') });
    }
  }
  return byName;
}

/** The runs of text of each page's content, with where they start and end. */
function runs(pdf: Buffer): Run[] {
  const objs = objects(pdf);
  const fontsByName = fonts(objs);
  const pages = [...objs.values()]
    .filter(({ dict }) => /\/Type\s*\/Page\b/.test(dict))
    .map(({ dict }) => Number(/\/Contents\s+(\d+) 0 R/.exec(dict)![1]));
  const found: Run[] = [];
  pages.forEach((contentId, page) => {
    const content = objs.get(contentId)!.stream!.toString('latin1');
    let font: Font | undefined;
    let size = 0;
    let x = 0;
    let y = 0;
    const ops = /(-?[\d.]+) (-?[\d.]+) Tm|\/(\w+) ([\d.]+) Tf|\[([^\]]*)\]\s*TJ|<(\w*)>\s*Tj/g;
    for (const op of content.matchAll(ops)) {
      if (op[1] !== undefined) {
        x = Number(op[1]);
        y = Number(op[2]);
      } else if (op[3] !== undefined) {
        font = fontsByName.get(op[3]);
        size = Number(op[4]);
      } else if (font) {
        let text = '';
        let advance = 0;
        const parts = op[5] !== undefined ? op[5] : `<${op[6]}>`;
        for (const part of parts.matchAll(/<(\w*)>|(-?[\d.]+)/g)) {
          if (part[1] !== undefined) {
            for (const code of hexCodes(part[1])) {
              text += font.unicode.get(code) ?? '';
              advance += (font.widths.get(code) ?? 0) * size;
            }
          } else {
            advance -= Number(part[2]) * size;
            // A justified line spaces its words by moving on, not by a space glyph.
            if (Number(part[2]) < -100) text += ' ';
          }
        }
        found.push({ page, x, y, end: x + advance / 1000, size, text });
      }
    }
  });
  return found;
}

/**
 * The PDF's text, one line per printed row (footers and watermarks included). A text wrapped over
 * several lines (a long field, a table's cell, a centred heading and the line under it) reads as
 * one; the cells of a table's row, and any texts side by side, are joined with " | ".
 */
export function pdfText(pdf: Buffer): string {
  const lines: { page: number; x: number; y: number; text: string; last: Run }[] = [];
  for (const run of runs(pdf)) {
    const previous = lines.at(-1)?.last;
    const wrapped =
      previous &&
      previous.page === run.page &&
      // the same left edge (left-aligned, justified; a field's value wraps to its label's edge)
      // or the same centre (centred)
      (Math.abs(previous.x - run.x) < 0.5 ||
        Math.abs(lines.at(-1)!.x - run.x) < 0.5 ||
        Math.abs(previous.x + previous.end - run.x - run.end) < 1) &&
      Math.abs(previous.y - run.y - previous.size * LINE_HEIGHT) < previous.size * 0.1;
    const line = wrapped
      ? lines.at(-1)!
      : lines.findLast(
          (l) =>
            l.page === run.page && (Math.abs(l.y - run.y) < 1 || Math.abs(l.last.y - run.y) < 1),
        );
    if (!line) {
      lines.push({ page: run.page, x: run.x, y: run.y, text: run.text, last: run });
      continue;
    }
    const joined =
      wrapped || (Math.abs(run.x - line.last.end) < 1 && Math.abs(run.y - line.last.y) < 1);
    line.text += (wrapped ? ' ' : joined ? '' : ' | ') + run.text;
    line.last = run;
  }
  return lines.map((line) => line.text.replace(/\s+/g, ' ').trim()).join('\n');
}
