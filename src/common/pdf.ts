import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/**
 * Noto Serif (SIL Open Font License) from its npm package: every Vietnamese letter, embedded
 * (subset) in each document so it prints the same everywhere, nothing fetched at run time.
 */
const FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf'),
  italic:
    require.resolve('@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf'),
};

export type PrintBlock =
  | { kind: 'heading'; text: string }
  /** A label whose content follows as a paragraph or a list. */
  | { kind: 'label'; text: string }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  /** A horizontal bar chart: each bar to scale against `max`, a target drawn as a line. */
  | { kind: 'bars'; max: number; bars: Bar[] };

export interface Bar {
  label: string;
  value: number;
  /** The value as printed beside the bar: "12", "0,25%". */
  text: string;
  /** Where the goal lies, on the bar's scale, and how to name it. */
  target?: { value: number; text: string };
}

/** An administrative document as Vietnamese offices print them (Decree 30/2020 layout, simplified). */
export interface PrintDocument {
  /** Top left: the issuing body, in capitals. */
  issuer: string[];
  /** Under the issuer: the document's number ("Số: 15/QĐ-UBND"). */
  number?: string;
  /** Top right, above the national motto: "Mẫu số 01". */
  formNumber?: string;
  title: string;
  subtitle?: string;
  /** A draft (a decision not yet signed) carries the word on every page. */
  draft?: boolean;
  /** "Ba Đình, ngày 24 tháng 11 năm 2026". */
  placeAndDate: string;
  blocks: PrintBlock[];
  signatures: { title: string; name?: string }[];
  /** On every page, beside the page number. */
  footer: string;
  /** Document information (title, subject) for the PDF viewer. */
  info: { Title: string; Subject?: string };
}

const MARGIN = 56;

/** Renders the document to an A4 PDF. */
export function renderPdf(document: PrintDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN + 14, right: MARGIN },
    bufferPages: true,
    info: { ...document.info, Creator: 'BVTE' },
  });
  pdf.registerFont('regular', FONTS.regular);
  pdf.registerFont('bold', FONTS.bold);
  pdf.registerFont('italic', FONTS.italic);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const left = pdf.page.margins.left;
  const top = pdf.y;
  const half = width * 0.42;

  // The issuing body (left) and the national motto (right), side by side.
  pdf.font('bold').fontSize(11);
  pdf.text(document.issuer.join('\n'), left, top, { width: half, align: 'center' });
  if (document.number) {
    pdf.font('regular').fontSize(11).text(document.number, { width: half, align: 'center' });
  }
  const leftBottom = pdf.y;
  if (document.formNumber) {
    pdf
      .font('italic')
      .fontSize(10)
      .text(document.formNumber, left + half, top - 16, {
        width: width - half,
        align: 'right',
      });
  }
  pdf
    .font('bold')
    .fontSize(11)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + half, top, {
      width: width - half,
      align: 'center',
    });
  pdf.text('Độc lập - Tự do - Hạnh phúc', { width: width - half, align: 'center' });
  pdf
    .font('italic')
    .fontSize(11)
    .text(document.placeAndDate, { width: width - half, align: 'center' });
  pdf.x = left;
  pdf.y = Math.max(pdf.y, leftBottom) + 18;

  pdf.font('bold').fontSize(14).text(document.title, left, pdf.y, { width, align: 'center' });
  if (document.subtitle) {
    pdf.font('italic').fontSize(11).text(document.subtitle, { width, align: 'center' });
  }
  pdf.moveDown();

  for (const block of document.blocks) writeBlock(pdf, block, left, width);

  // Signatures, side by side, kept on one page.
  if (pdf.y > pdf.page.height - pdf.page.margins.bottom - 110) pdf.addPage();
  pdf.moveDown();
  const signTop = pdf.y;
  const slot = width / Math.max(1, document.signatures.length);
  document.signatures.forEach((signature, i) => {
    const x = left + i * slot;
    pdf
      .font('bold')
      .fontSize(11)
      .text(signature.title, x, signTop, { width: slot, align: 'center' });
    pdf.font('italic').fontSize(10).text('(Ký, ghi rõ họ tên)', { width: slot, align: 'center' });
    if (signature.name) {
      pdf.moveDown(3.5);
      pdf.font('bold').fontSize(11).text(signature.name, { width: slot, align: 'center' });
    }
  });

  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    const bottom = pdf.page.height - pdf.page.margins.bottom + 24;
    // Writing below the bottom margin would start a new page: lift it for the footer.
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('italic')
      .fontSize(8)
      .fillColor('#444444')
      .text(`${document.footer} · Trang ${i + 1}/${range.count}`, left, bottom, {
        width,
        align: 'center',
        lineBreak: false,
      });
    if (document.draft) {
      pdf
        .save()
        .rotate(-35, { origin: [pdf.page.width / 2, pdf.page.height / 2] })
        .font('bold')
        .fontSize(72)
        .fillColor('#bbbbbb')
        .opacity(0.35)
        .text('DỰ THẢO', 0, pdf.page.height / 2 - 40, {
          width: pdf.page.width,
          align: 'center',
          lineBreak: false,
        })
        .restore();
    }
    pdf.page.margins.bottom = margin;
    pdf.fillColor('black').opacity(1);
  }
  pdf.end();
  return done;
}

function writeBlock(pdf: PDFKit.PDFDocument, block: PrintBlock, left: number, width: number) {
  switch (block.kind) {
    case 'heading':
      pdf.moveDown(0.5).font('bold').fontSize(12).text(block.text, left, pdf.y, { width });
      break;
    case 'label':
      pdf.font('bold').fontSize(11).text(`${block.text}:`, left, pdf.y, { width });
      break;
    case 'field':
      pdf
        .font('bold')
        .fontSize(11)
        .text(`${block.label}: `, left, pdf.y, { width, continued: true })
        .font('regular')
        .text(block.value || '…');
      break;
    case 'paragraph':
      pdf.font('regular').fontSize(11).text(block.text, left, pdf.y, { width, align: 'justify' });
      break;
    case 'list':
      pdf
        .font('regular')
        .fontSize(11)
        .list(block.items, left + 8, pdf.y, {
          width: width - 8,
          bulletRadius: 1.5,
        });
      break;
    case 'table':
      writeTable(pdf, block.columns, block.rows, left, width);
      break;
    case 'bars':
      writeBars(pdf, block.bars, block.max, left, width);
      break;
  }
  pdf.moveDown(0.3);
}

/** A simple ruled table: the first column wide, the others equal. */
function writeTable(
  pdf: PDFKit.PDFDocument,
  columns: string[],
  rows: string[][],
  left: number,
  width: number,
) {
  const first = columns.length > 1 ? width * 0.46 : width;
  const rest = columns.length > 1 ? (width - first) / (columns.length - 1) : 0;
  const widths = columns.map((_, i) => (i === 0 ? first : rest));
  const line = (cells: string[], font: string) => {
    pdf.font(font).fontSize(10);
    const height =
      Math.max(...cells.map((cell, i) => pdf.heightOfString(cell, { width: widths[i] - 8 }))) + 6;
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
    const y = pdf.y;
    let x = left;
    cells.forEach((cell, i) => {
      pdf.rect(x, y, widths[i], height).stroke();
      pdf.text(cell, x + 4, y + 3, { width: widths[i] - 8, align: i === 0 ? 'left' : 'center' });
      x += widths[i];
    });
    pdf.x = left;
    pdf.y = y + height;
  };
  line(columns, 'bold');
  for (const row of rows) line(row, 'regular');
}

/** Bars with their labels on the left, values beside them, targets as red lines named below the value. */
function writeBars(pdf: PDFKit.PDFDocument, bars: Bar[], max: number, left: number, width: number) {
  const labelWidth = width * 0.38;
  const track = width - labelWidth - 64;
  const scale = (value: number) => (max > 0 ? (Math.min(value, max) / max) * track : 0);
  for (const bar of bars) {
    pdf.font('regular').fontSize(9);
    const height =
      Math.max(pdf.heightOfString(bar.label, { width: labelWidth - 6 }), bar.target ? 20 : 12) + 6;
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
    const y = pdf.y;
    const x = left + labelWidth;
    pdf.fillColor('black').text(bar.label, left, y + 3, { width: labelWidth - 6 });
    pdf
      .rect(x, y + 3, track, height - 6)
      .fillColor('#eeeeee')
      .fill();
    if (bar.value > 0)
      pdf
        .rect(x, y + 3, scale(bar.value), height - 6)
        .fillColor('#2f6fad')
        .fill();
    pdf
      .fillColor('black')
      .font('bold')
      .text(bar.text, x + track + 6, y + 3, { width: 58, lineBreak: false });
    if (bar.target) {
      const at = x + scale(bar.target.value);
      pdf
        .moveTo(at, y + 1)
        .lineTo(at, y + height - 1)
        .lineWidth(1.5)
        .strokeColor('#b22222')
        .stroke()
        .lineWidth(1)
        .strokeColor('black');
      pdf
        .font('italic')
        .fontSize(7)
        .fillColor('#b22222')
        .text(bar.target.text, x + track + 6, y + 14, { width: 58, lineBreak: false })
        .fillColor('black');
    }
    pdf.x = left;
    pdf.y = y + height;
  }
}
