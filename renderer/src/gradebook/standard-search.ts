import type { GridColumn } from '../../../preload/contract/index.js';

/**
 * The items whose text holds every word of the query, in any order and case: how the gradebook's
 * pickers (the new-assessment dialog, the method popover) find a tracked standard by code or words.
 */
export function findByWords<T>(items: readonly T[], query: string, text: (item: T) => string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = text(item).toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** A tracked standard's searchable text: its code, its statement and the codes of its clusters and domains. */
export function columnText(column: GridColumn): string {
  return [column.code ?? '', column.statement, ...column.ancestors.map((ancestor) => ancestor.code ?? '')].join(' ');
}
