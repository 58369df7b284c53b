import { newPdfDocument } from '../pdf/pdf-document.js';
import { familyWords, type FamilyLanguage, type LevelBand } from './domain/family-words.js';

/**
 * The family report laid out with pdfkit: US Letter, one learner from a new page, large type, the
 * level of each standard as a sentence with a small filled gauge (never a number), and every label in
 * the family's language. DejaVu Sans is embedded so every name prints as written.
 */
export type FamilyPage = {
  language: FamilyLanguage;
  learnerName: string;
  className: string;
  asOf: string;
  heading: string;
  summary: string;
  standings: { text: string; level: string; band: LevelBand }[];
  goals: { text: string; reflections: string[] }[];
  next: string[];
  comment: string | null;
};

const ink = '#1f2933';
const quiet = '#52606d';
const accent = '#2f6f5e';
const page = { width: 612, height: 792, margin: 48 };
const width = page.width - 2 * page.margin;
const bottom = page.height - page.margin - 24;
const gaugeSteps: Record<LevelBand, number> = { none: 0, beginning: 1, developing: 2, proficient: 3, extending: 4 };

type Doc = PDFKit.PDFDocument;

export function familyReportPdf(pages: readonly FamilyPage[]): Uint8Array {
  const doc = newPdfDocument({ size: 'LETTER', margin: page.margin, bufferPages: true, autoFirstPage: false, info: { Title: 'Progress report', Creator: 'Proficio' } });
  const languageOfPage: FamilyLanguage[] = [];
  for (const learner of pages) learnerPages(doc, learner, languageOfPage);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits in the bottom margin
    const words = familyWords[languageOfPage[i] ?? 'en'];
    doc.font('regular').fontSize(8).fillColor(quiet);
    doc.text(words.footer, page.margin, page.height - page.margin - 6, { width: width - 90, lineBreak: false, ellipsis: true });
    doc.text(words.page(i + 1, range.count), page.width - page.margin - 90, page.height - page.margin - 6, { width: 90, align: 'right', lineBreak: false });
  }
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk: unknown = doc.read(); chunk !== null; chunk = doc.read()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function learnerPages(doc: Doc, learner: FamilyPage, languageOfPage: FamilyLanguage[]): void {
  const words = familyWords[learner.language];
  const start = (): number => {
    doc.addPage();
    languageOfPage.push(learner.language);
    doc.font('bold').fontSize(18).fillColor(ink).text(`${words.title}: ${learner.learnerName}`, page.margin, page.margin, { width, lineBreak: false, ellipsis: true });
    doc.font('regular').fontSize(10).fillColor(quiet).text(`${words.classLine(learner.className)} · ${words.asOf(learner.asOf)}`, page.margin, page.margin + 24, { width, lineBreak: false });
    return page.margin + 48;
  };
  let y = start();
  const ensure = (height: number) => {
    if (y + height > bottom) y = start();
  };
  const heading = (text: string) => {
    ensure(40);
    doc.font('bold').fontSize(13).fillColor(accent).text(text, page.margin, y, { width });
    y = doc.y + 6;
  };
  const paragraph = (text: string, size = 10.5, indent = 0) => {
    const height = doc.font('regular').fontSize(size).heightOfString(text, { width: width - indent });
    ensure(height);
    doc.fillColor(ink).text(text, page.margin + indent, y, { width: width - indent });
    y += height + 4;
  };

  paragraph(learner.summary, 11.5);
  y += 6;
  heading(learner.heading);
  for (const standing of learner.standings) {
    const textWidth = width - 230;
    const height = Math.max(doc.font('regular').fontSize(9.5).heightOfString(standing.text, { width: textWidth }), doc.fontSize(9).heightOfString(standing.level, { width: 180 }));
    ensure(height + 6);
    doc.font('regular').fontSize(9.5).fillColor(ink).text(standing.text, page.margin, y, { width: textWidth });
    gauge(doc, page.margin + textWidth + 8, y + 2, gaugeSteps[standing.band]);
    doc.font('regular').fontSize(9).fillColor(ink).text(standing.level, page.margin + textWidth + 48, y, { width: 180 });
    y += height + 6;
  }
  y += 6;
  heading(words.goals);
  if (learner.goals.length === 0) paragraph(words.noGoals);
  for (const goal of learner.goals) {
    paragraph(`• ${goal.text}`);
    for (const reflection of goal.reflections) paragraph(reflection, 9.5, 16);
  }
  y += 6;
  heading(words.next);
  if (learner.next.length === 0) paragraph(words.nextNone);
  else {
    paragraph(words.nextReady);
    for (const step of learner.next) paragraph(`• ${step}`, 10, 8);
  }
  if (learner.comment) {
    y += 6;
    heading(words.comment);
    paragraph(learner.comment, 11);
  }
}

/** Four small squares filled up to the band: a picture of the level, for a reader who skips the words. */
function gauge(doc: Doc, x: number, y: number, filled: number): void {
  for (let i = 0; i < 4; i++) {
    if (i < filled) doc.rect(x + i * 9, y, 7, 7).fill(accent);
    else doc.rect(x + i * 9, y, 7, 7).lineWidth(0.6).strokeColor('#9aa5b1').stroke();
  }
}
