import { newPdfDocument } from '../pdf/pdf-document.js';
import type { ProfileSnapshot, SnapshotLine } from './domain/snapshot-sections.js';

/**
 * Lays a profile snapshot out on one US Letter page with pdfkit. DejaVu Sans is embedded (subset) so
 * every learner's name prints as written — Bảo Đặng, Łukasz, Nguyễn — which PDF's built-in fonts cannot.
 * Written synchronously: pdfkit pushes each part into its stream as it goes, and the whole file is
 * read back from the stream's buffer once the document ends.
 */

const ink = '#1f2933';
const quiet = '#52606d';
const accent = '#2f6f5e';
const page = { width: 612, height: 792, margin: 40 };
const columnGap = 24;
const columnWidth = (page.width - 2 * page.margin - columnGap) / 2;

export function profileSnapshotPdf(snapshot: ProfileSnapshot): Buffer {
  const doc = newPdfDocument({ size: 'LETTER', margin: page.margin, autoFirstPage: true, info: { Title: `Learner profile — ${snapshot.title}`, Creator: 'Proficio' } }, ['regular', 'bold', 'italic']);

  doc.font('bold').fontSize(20).fillColor(ink).text(snapshot.title, page.margin, page.margin, { width: page.width - 2 * page.margin });
  doc.font('regular').fontSize(10).fillColor(quiet).text(snapshot.subtitle, { width: page.width - 2 * page.margin });
  const top = doc.y + 14;
  const bottom = page.height - page.margin - 24;
  // sections fill the left column, then the right; a section that does not fit where it is starts the next column
  let column = 0;
  let y = top;
  for (const section of snapshot.sections) {
    if (column === 0 && y > top && y + sectionRoom(doc, section.lines) > bottom) {
      column = 1;
      y = top;
    }
    y = drawSection(doc, section.heading, section.lines, page.margin + column * (columnWidth + columnGap), y, bottom);
  }
  doc.font('regular').fontSize(8).fillColor(quiet).text(snapshot.footer, page.margin, page.height - page.margin - 10, { width: page.width - 2 * page.margin, lineBreak: false, ellipsis: true });
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk: unknown = doc.read(); chunk !== null; chunk = doc.read()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The height a section needs for its heading and first two lines: less room than that starts the next column. */
function sectionRoom(doc: PDFKit.PDFDocument, lines: readonly SnapshotLine[]): number {
  return 18 + lines.slice(0, 2).reduce((sum, line) => sum + doc.font('regular').fontSize(9.5).heightOfString(line.text, { width: columnWidth - 34 }) + (line.note ? 12 : 0) + 4, 0);
}

function drawSection(doc: PDFKit.PDFDocument, heading: string, lines: readonly SnapshotLine[], x: number, y: number, bottom: number): number {
  doc.font('bold').fontSize(11.5).fillColor(accent).text(heading, x, y, { width: columnWidth, lineBreak: false });
  y += 18;
  for (const line of lines) {
    const indent = line.share === undefined ? 0 : 34;
    const font = line.learnerVoice ? 'italic' : 'regular';
    const height = doc.font(font).fontSize(9.5).heightOfString(line.text, { width: columnWidth - indent });
    const noteHeight = line.note ? doc.font('regular').fontSize(8).heightOfString(line.note, { width: columnWidth - indent }) : 0;
    if (y + height + noteHeight > bottom) break; // one page: what does not fit is left out, never pushed to a second page
    if (line.share !== undefined) drawShare(doc, x, y + 2, line.share);
    if (line.learnerVoice) doc.rect(x + indent - 5, y, 2, height + noteHeight).fill(accent);
    doc.font(font).fontSize(9.5).fillColor(ink).text(line.text, x + indent, y, { width: columnWidth - indent });
    y += height;
    if (line.note) {
      doc.font('regular').fontSize(8).fillColor(quiet).text(line.note, x + indent, y, { width: columnWidth - indent });
      y += noteHeight;
    }
    y += 4;
  }
  return y + 10;
}

function drawShare(doc: PDFKit.PDFDocument, x: number, y: number, share: number): void {
  const width = 26;
  doc.roundedRect(x, y, width, 6, 3).fill('#e4e7eb');
  if (share > 0) doc.roundedRect(x, y, Math.max(6, width * Math.min(1, share)), 6, 3).fill(accent);
}
