import { readMasteryEvidence, type MasteryEvidenceRow } from '../../db/evidence.js';
import { readActiveOverrides } from '../../db/mastery-overrides.js';
import type { GradebookReader } from '../../db/handle.js';
import type { EvidencePoint } from '../../preload/contract/learners.js';
import type { GridCell } from '../../preload/contract/gradebook.js';
import { computeCell, scaleOf, type ClassMastery } from '../gradebook/class-mastery.js';

/**
 * One learner's cells in a class, as of a date: the same computation as the grid's (method per
 * standard, overrides that still hold), with the scored evidence as sparkline points, oldest first.
 */
export function learnerCellsOf(
  reader: GradebookReader,
  mastery: ClassMastery,
  learnerId: string,
  asOf: string | null,
): (standardId: string) => { cell: GridCell; points: EvidencePoint[] } {
  const byStandard = new Map<string, MasteryEvidenceRow[]>();
  for (const row of readMasteryEvidence(reader, mastery.classId, { learnerId, asOf })) {
    const list = byStandard.get(row.standardId);
    if (list) list.push(row);
    else byStandard.set(row.standardId, [row]);
  }
  const overrides = new Map(readActiveOverrides(reader, mastery.classId, { learnerId, asOf }).map((o) => [o.standardId, o]));
  return (standardId) => {
    const evidence = byStandard.get(standardId) ?? [];
    const method = mastery.standardMethods.get(standardId) ?? mastery.method;
    const { cell } = computeCell(evidence, method, scaleOf(mastery, standardId).range, overrides.get(standardId));
    const points = evidence.filter((e): e is MasteryEvidenceRow & { level: number } => e.level !== null).map((e) => ({ observedOn: e.observedOn, level: e.level }));
    return { cell, points };
  };
}
