import type { ImportTableCounts } from '../../../preload/contract/index.js';

/** What an import does to one table; defined by the contract, which reports it. */
export type TableCounts = ImportTableCounts;

export type ImportCounts = Record<string, TableCounts>;

export function emptyCounts(): TableCounts {
  return { added: 0, updated: 0, unchanged: 0, retired: 0, deactivated: 0, removed: 0, skipped: 0 };
}

/** A counter per table, created on first use, in the order tables were first counted. */
export function createCounter(tables: readonly string[]): { counts: ImportCounts; bump(table: string, key: keyof TableCounts, by?: number): void } {
  const counts: ImportCounts = {};
  for (const table of tables) counts[table] = emptyCounts();
  return {
    counts,
    bump(table, key, by = 1) {
      const entry = (counts[table] ??= emptyCounts());
      entry[key] += by;
    },
  };
}

/** True when the import would write nothing at all. */
export function changesNothing(counts: ImportCounts): boolean {
  return Object.values(counts).every((c) => c.added + c.updated + c.retired + c.deactivated + c.removed === 0);
}
