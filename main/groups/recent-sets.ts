import { readGroups, readGroupSets, type GroupRow, type GroupSetRow } from '../../db/group-sets.js';
import type { GradebookReader } from '../../db/handle.js';
import { shortCode } from '../../preload/contract/standards.js';
import type { HistorySet } from './domain/history.js';

/** A saved set with its groups, as history and the repeat penalty read it. */
export type SavedSetWithGroups = GroupSetRow & { groups: GroupRow[]; targetCode: string | null };

/** The class's most recent saved sets with their groups, newest first. */
export function recentSets(reader: GradebookReader, classId: string, limit: number): SavedSetWithGroups[] {
  if (limit <= 0) return [];
  return withGroups(reader, readGroupSets(reader, classId, limit));
}

export function withGroups(reader: GradebookReader, sets: readonly GroupSetRow[]): SavedSetWithGroups[] {
  const groups = readGroups(reader, sets.map((s) => s.groupSetId));
  const codes = targetCodes(reader, sets.flatMap((s) => (s.targetStandardId ? [s.targetStandardId] : [])));
  return sets.map((s) => ({
    ...s,
    groups: groups.filter((g) => g.groupSetId === s.groupSetId),
    targetCode: s.targetStandardId ? (codes.get(s.targetStandardId) ?? null) : null,
  }));
}

function targetCodes(reader: GradebookReader, standardIds: readonly string[]): Map<string, string> {
  const codes = new Map<string, string>();
  const statement = reader.prepare('SELECT code, statement FROM standards WHERE id = ?');
  for (const id of new Set(standardIds)) {
    const row = statement.get(id) as { code: string | null; statement: string } | undefined;
    if (row) codes.set(id, shortCode(row.code) ?? row.statement);
  }
  return codes;
}

export function asHistorySet(set: SavedSetWithGroups): HistorySet {
  return {
    date: set.formedOn,
    strategy: set.strategy,
    targetCode: set.targetCode,
    groups: set.groups.map((g) => ({ members: g.members.map((m) => ({ learnerId: m.learnerId, readiness: m.savedReadiness, level: m.savedLevel, band: m.savedBand })) })),
  };
}
