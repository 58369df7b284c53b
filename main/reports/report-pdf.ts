import { newPdfDocument } from '../pdf/pdf-document.js';
import type { ClassReport, SchoolSummary } from '../../preload/contract/reports.js';

/**
 * A class report as a PDF for a coach's meeting (US Letter, landscape): per class a header with the
 * class and dates, the growth line, each standard's level distribution as a coloured bar, the
 * heatmap, learners with their marks, coverage and feedback turnaround; then the school summary.
 * Every page carries "Page n of m". Written synchronously (pdfkit's stream is read back at the end).
 */

const ink = '#1f2933';
const quiet = '#52606d';
const accent = '#2f6f5e';
const empty = '#e4e7eb';
const page = { width: 792, height: 612, margin: 36 };
const contentWidth = page.width - 2 * page.margin;
const bottom = page.height - page.margin - 20;

type Doc = PDFKit.PDFDocument;
const percent = (share: number) => `${Math.round(share * 100)}%`;
const learnerName = (l: { givenName: string; familyName: string; preferredName?: string | null }) => `${l.preferredName ?? l.givenName} ${l.familyName}`;

export function reportPdf(reports: readonly ClassReport[], school: SchoolSummary | null): Uint8Array {
  const doc = newPdfDocument({ size: 'LETTER', layout: 'landscape', margin: page.margin, bufferPages: true, autoFirstPage: false, info: { Title: 'Class report', Creator: 'Proficio' } });
  for (const report of reports) classPages(doc, report);
  if (school) schoolPages(doc, school);
  if (reports.length === 0 && !school) newPage(doc, 'Class report', 'No class to report on.');
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // the footer sits in the bottom margin: without this, pdfkit would start a new page for it
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor(quiet).text(`Page ${i + 1} of ${range.count}`, page.margin, page.height - page.margin - 8, { width: contentWidth, align: 'right', lineBreak: false });
  }
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk: unknown = doc.read(); chunk !== null; chunk = doc.read()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A new page with the class (or school) and its dates at the top; returns where the content starts. */
function newPage(doc: Doc, title: string, subtitle: string): number {
  doc.addPage();
  doc.font('bold').fontSize(15).fillColor(ink).text(title, page.margin, page.margin, { width: contentWidth, lineBreak: false, ellipsis: true });
  doc.font('regular').fontSize(9).fillColor(quiet).text(subtitle, page.margin, page.margin + 20, { width: contentWidth, lineBreak: false, ellipsis: true });
  doc.moveTo(page.margin, page.margin + 34).lineTo(page.width - page.margin, page.margin + 34).lineWidth(0.5).strokeColor(empty).stroke();
  return page.margin + 44;
}

function classPages(doc: Doc, report: ClassReport): void {
  const title = `${report.title}${report.code ? ` (${report.code})` : ''}`;
  const dates = [
    report.asOf ? `levels as of ${report.asOf}` : 'levels as of today',
    report.from && report.to ? `evidence from ${report.from} to ${report.to}` : null,
    report.cluster ? `cluster ${report.cluster.code ?? report.cluster.statement}` : null,
    report.evidenceKinds ? `only assessment ${report.evidenceKinds.join(', ')} learning` : null,
    report.method,
  ].filter((part): part is string => part !== null);
  const subtitle = dates.join(' · ');
  let y = newPage(doc, title, subtitle);
  const cells = report.learners.length * report.standards.length;
  const mastered = report.standards.reduce((sum, s) => sum + s.masteredCount, 0);
  const median = report.feedback.medianDays;
  doc.font('regular').fontSize(10).fillColor(ink).text(
    `${report.learners.length} learners, ${report.standards.length} standards. ${percent(cells === 0 ? 0 : mastered / cells)} of learner-standards mastered. ` +
      `Feedback came ${median === null ? '— (none given yet)' : `${median} days after the evidence (median)`}; ${report.feedback.awaitingFeedback} pieces await feedback.`,
    page.margin,
    y,
    { width: contentWidth },
  );
  y = doc.y + 10;
  y = growthChart(doc, report, y);
  y = heading(doc, 'Standards: learners by level', y);
  y = legend(doc, report, y);
  for (const standard of report.standards) {
    if (y + 14 > bottom) y = newPage(doc, title, subtitle);
    y = standardBar(doc, report, standard, y);
  }
  y = newPage(doc, title, subtitle);
  y = heatmap(doc, report, y, () => newPage(doc, title, subtitle));
  y = heading(doc, 'Learners', y + 6);
  for (const learner of report.learners) {
    const marks = learner.marks.map((m) => `${m.title}: ${m.mark} (${m.explanation})`).join('; ');
    const text = `${learnerName(learner)} — ${learner.masteredCount} of ${learner.trackedCount} mastered, ${learner.evidenceCount} pieces of evidence${marks ? ` · ${marks}` : ''}`;
    const height = doc.font('regular').fontSize(8.5).heightOfString(text, { width: contentWidth });
    if (y + height > bottom) y = newPage(doc, title, subtitle);
    doc.fillColor(ink).text(text, page.margin, y, { width: contentWidth });
    y += height + 2;
  }
  const thin = report.coverage.thinStandards.map((s) => `${s.code ?? 'a standard'} (${s.evidenceCount})`).join(', ');
  const quietOnes = report.coverage.quietLearners.map((l) => learnerName(l)).join(', ');
  const coverage = [
    `Standards with little evidence: ${thin || 'none'}.`,
    `Learners with no evidence in the last ${report.coverage.quietDays} days: ${quietOnes || 'none'}.`,
  ];
  if (y + 60 > bottom) y = newPage(doc, title, subtitle);
  y = heading(doc, 'Coverage', y + 6);
  doc.font('regular').fontSize(9).fillColor(ink).text(coverage.join('\n'), page.margin, y, { width: contentWidth });
}

function heading(doc: Doc, text: string, y: number): number {
  doc.font('bold').fontSize(11).fillColor(accent).text(text, page.margin, y, { width: contentWidth, lineBreak: false });
  return y + 17;
}

function colourOf(report: ClassReport, level: number | null): string {
  if (level === null) return empty;
  return report.levels.find((l) => l.value === level)?.colour ?? quiet;
}

function legend(doc: Doc, report: ClassReport, y: number): number {
  let x = page.margin;
  for (const level of [...report.levels, null]) {
    doc.rect(x, y + 1, 9, 9).fill(colourOf(report, level?.value ?? null));
    const label = level ? `${level.value} ${level.label}` : 'No level yet';
    doc.font('regular').fontSize(8).fillColor(ink).text(label, x + 12, y + 1, { lineBreak: false });
    x += 16 + doc.widthOfString(label) + 10;
  }
  return y + 16;
}

function standardBar(doc: Doc, report: ClassReport, standard: ClassReport['standards'][number], y: number): number {
  const labelWidth = 90;
  const barWidth = contentWidth - labelWidth - 120;
  doc.font('regular').fontSize(8).fillColor(ink).text(standard.code ?? standard.statement, page.margin, y + 1, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
  const total = report.learners.length || 1;
  let x = page.margin + labelWidth;
  for (const [key, count] of Object.entries(standard.levelCounts).sort(([a], [b]) => (a === 'none' ? 1 : b === 'none' ? -1 : Number(a) - Number(b)))) {
    if (count === 0) continue;
    const width = (barWidth * count) / total;
    doc.rect(x, y, width, 10).fill(colourOf(report, key === 'none' ? null : Number(key)));
    x += width;
  }
  doc.font('regular').fontSize(8).fillColor(ink).text(`${standard.masteredCount} of ${report.learners.length} mastered (${percent(standard.masteredShare)})`, page.margin + labelWidth + barWidth + 8, y + 1, { width: 112, lineBreak: false });
  return y + 14;
}

function growthChart(doc: Doc, report: ClassReport, y: number): number {
  y = heading(doc, 'Growth: share of learner-standards mastered, by week', y);
  const height = 90;
  const left = page.margin + 30;
  const width = contentWidth - 40;
  doc.lineWidth(0.5).strokeColor(empty);
  for (const tick of [0, 0.5, 1]) {
    const ty = y + height - tick * height;
    doc.moveTo(left, ty).lineTo(left + width, ty).stroke();
    doc.font('regular').fontSize(7).fillColor(quiet).text(percent(tick), page.margin, ty - 4, { width: 26, align: 'right', lineBreak: false });
  }
  const points = report.growth;
  if (points.length > 0) {
    const step = points.length === 1 ? 0 : width / (points.length - 1);
    doc.lineWidth(1.5).strokeColor(accent);
    points.forEach((p, i) => {
      const px = left + i * step;
      const py = y + height - p.masteredShare * height;
      if (i === 0) doc.moveTo(px, py);
      else doc.lineTo(px, py);
    });
    doc.stroke();
    const first = points[0];
    const last = points.at(-1);
    doc.font('regular').fontSize(7).fillColor(quiet);
    if (first) doc.text(`week ending ${first.weekEnding}`, left, y + height + 3, { lineBreak: false });
    if (last) doc.text(`${last.weekEnding}: ${percent(last.masteredShare)}`, left + width - 120, y + height + 3, { width: 120, align: 'right', lineBreak: false });
  }
  return y + height + 18;
}

/** Learners down, standards across, each square the level reached in its scale colour. */
function heatmap(doc: Doc, report: ClassReport, y: number, nextPage: () => number): number {
  y = heading(doc, 'Levels: learners × standards', y);
  const nameWidth = 120;
  const cell = Math.max(4, Math.min(14, (contentWidth - nameWidth) / Math.max(1, report.standards.length)));
  // the codes, turned up, over the columns
  for (const [s, standard] of report.standards.entries()) {
    doc.save();
    doc.translate(page.margin + nameWidth + s * cell + cell - 2, y + 40).rotate(-90);
    doc.font('regular').fontSize(Math.min(7, cell - 1)).fillColor(quiet).text(standard.code ?? '', 0, 0, { width: 40, lineBreak: false, ellipsis: true });
    doc.restore();
  }
  y += 44;
  for (const [l, learner] of report.learners.entries()) {
    if (y + cell > bottom) y = nextPage() + 4;
    doc.font('regular').fontSize(Math.min(8, cell - 1)).fillColor(ink).text(learnerName(learner), page.margin, y + 1, { width: nameWidth - 6, lineBreak: false, ellipsis: true });
    for (const [s] of report.standards.entries()) doc.rect(page.margin + nameWidth + s * cell, y, cell - 1, cell - 1).fill(colourOf(report, report.heatmap[l]?.[s] ?? null));
    y += cell;
  }
  return y;
}

function schoolPages(doc: Doc, school: SchoolSummary): void {
  const title = 'School summary';
  const subtitle = `Across ${school.gradebooks.length} gradebooks: ${school.gradebooks.join(', ')}`;
  let y = newPage(doc, title, subtitle);
  y = heading(doc, 'By class', y);
  for (const c of school.classes) {
    if (y + 12 > bottom) y = newPage(doc, title, subtitle);
    doc.font('regular').fontSize(8.5).fillColor(ink).text(`${c.title}${c.code ? ` (${c.code})` : ''} — ${c.learners} learners, ${c.standards} standards, ${percent(c.masteredShare)} mastered`, page.margin, y, { width: contentWidth, lineBreak: false, ellipsis: true });
    y += 12;
  }
  y = heading(doc, 'By standard', y + 6);
  for (const s of school.standards) {
    if (y + 12 > bottom) y = newPage(doc, title, subtitle);
    doc.font('regular').fontSize(8.5).fillColor(ink).text(`${s.code ?? s.statement} — ${s.masteredCount} of ${s.learners} learners mastered (${percent(s.masteredShare)}), ${s.classes} classes`, page.margin, y, { width: contentWidth, lineBreak: false, ellipsis: true });
    y += 12;
  }
  const u = school.unmatched;
  const notes = [
    u.learners.length + u.standards.length + u.classes.length === 0 ? 'Every learner, standard and class had a stable id to match across files.' : `Not matched across files (no stable id): ${u.learners.length} learners, ${u.standards.length} standards, ${u.classes.length} classes.`,
    ...u.conflicts.slice(0, 20).map((c) => `The ${c.kind} id ${c.sourcedId} names different ${c.kind === 'learner' ? 'people' : 'standards'} in different files: ${c.names.join(' / ')}.`),
    u.conflicts.length > 20 ? `… and ${u.conflicts.length - 20} more such ids.` : '',
  ].filter((n) => n !== '');
  if (y + 40 > bottom) y = newPage(doc, title, subtitle);
  y = heading(doc, 'Matching', y + 6);
  doc.font('regular').fontSize(8.5).fillColor(ink).text(notes.join('\n'), page.margin, y, { width: contentWidth });
}
