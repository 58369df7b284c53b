import { newPdfDocument } from '../pdf/pdf-document.js';
import type { GradebookReader } from '../../db/handle.js';
import type { GroupSet } from '../../preload/contract/groups.js';
import { fileNameFor } from './file-name.js';
import { readGroupSetView } from './group-set-view.js';

/**
 * The group-card sheet: one card per group (name, members, target, task, adult and space), six to a
 * US Letter page, to cut apart and put on the tables. DejaVu Sans is embedded so every name prints as
 * written. Synchronous, like the profile snapshot: the file is read back from pdfkit's stream buffer.
 */
const ink = '#1f2933';
const quiet = '#52606d';
const accent = '#2f6f5e';
const page = { width: 612, height: 792, margin: 36 };
const columns = 2;
const rows = 3;
const gap = 18;
const card = { width: (page.width - 2 * page.margin - gap * (columns - 1)) / columns, height: (page.height - 2 * page.margin - gap * (rows - 1)) / rows };
const padding = 14;

export function groupCardsPdf(reader: GradebookReader, groupSetId: string): { fileName: string; pdfBase64: string } {
  const set = readGroupSetView(reader, groupSetId);
  return { fileName: fileNameFor(set, 'pdf'), pdfBase64: renderCards(set).toString('base64') };
}

export function renderCards(set: GroupSet): Buffer {
  const doc = newPdfDocument({ size: 'LETTER', margin: page.margin, autoFirstPage: false, info: { Title: `Group cards — ${set.purpose} (${set.date})`, Creator: 'Proficio' } });
  const names = new Map(set.learners.map((l) => [l.learnerId, l.name]));
  const target = set.target ? `${set.target.code ?? ''} ${set.target.statement}`.trim() : set.theme;
  const cards = set.groups.length ? set.groups : [];
  cards.forEach((group, k) => {
    const slot = k % (columns * rows);
    if (slot === 0) doc.addPage();
    const x = page.margin + (slot % columns) * (card.width + gap);
    const y = page.margin + Math.floor(slot / columns) * (card.height + gap);
    doc.lineWidth(1).strokeColor(quiet).roundedRect(x, y, card.width, card.height, 8).stroke();
    const width = card.width - 2 * padding;
    let at = y + padding;
    doc.font('bold').fontSize(15).fillColor(accent).text(group.name, x + padding, at, { width, lineBreak: false, ellipsis: true });
    at += 20;
    const where = [group.space, group.adult ? `with ${group.adult}` : null].filter(Boolean).join(' · ');
    if (where) {
      doc.font('regular').fontSize(9).fillColor(quiet).text(where, x + padding, at, { width, lineBreak: false, ellipsis: true });
      at += 13;
    }
    if (target) {
      doc.font('regular').fontSize(9).fillColor(ink).text(`Target: ${target}`, x + padding, at, { width, height: 24, ellipsis: true });
      at += Math.min(24, doc.heightOfString(`Target: ${target}`, { width })) + 4;
    }
    if (group.task) {
      doc.font('bold').fontSize(9.5).fillColor(ink).text(`Task: ${group.task}`, x + padding, at, { width, height: 36, ellipsis: true });
      at += Math.min(36, doc.heightOfString(`Task: ${group.task}`, { width })) + 6;
    }
    const members = group.learnerIds.map((id) => names.get(id) ?? 'A learner no longer in this class');
    const bottom = y + card.height - padding;
    const lineHeight = 13;
    // members in two columns when they would not fit in one
    const perColumn = Math.max(1, Math.floor((bottom - at) / lineHeight));
    const split = members.length > perColumn ? 2 : 1;
    members.forEach((name, i) => {
      const column = Math.floor(i / perColumn);
      if (column >= split) return;
      doc.font('regular').fontSize(10.5).fillColor(ink).text(name, x + padding + column * (width / split), at + (i % perColumn) * lineHeight, { width: width / split - 4, lineBreak: false, ellipsis: true });
    });
    if (members.length > perColumn * split) doc.font('regular').fontSize(8).fillColor(quiet).text(`and ${members.length - perColumn * split} more`, x + padding, bottom - 8, { width, lineBreak: false });
    if (members.length === 0) doc.font('regular').fontSize(10).fillColor(quiet).text('No one yet', x + padding, at, { width });
  });
  if (cards.length === 0) {
    doc.addPage();
    doc.font('regular').fontSize(12).fillColor(quiet).text('This group set has no groups.', page.margin, page.margin);
  }
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk: unknown = doc.read(); chunk !== null; chunk = doc.read()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
