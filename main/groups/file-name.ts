import type { GroupSetSummary } from '../../preload/contract/groups.js';

/** "Groups 2026-01-16 Fractions practice.pdf": the day and purpose, without characters a file system refuses. */
export function fileNameFor(set: Pick<GroupSetSummary, 'date' | 'purpose'>, extension: 'csv' | 'pdf'): string {
  const printable = [...set.purpose].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  const purpose = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `Groups ${set.date}${purpose ? ` ${purpose}` : ''}.${extension}`;
}
