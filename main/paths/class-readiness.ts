import { GradebookError } from '../../db/errors.js';
import type { GradebookReader } from '../../db/handle.js';
import { readPrerequisitesOf } from '../../db/prerequisites.js';
import type { ClassReadiness, ProgressionStandard } from '../../preload/contract/paths.js';
import { shortCode } from '../../preload/contract/standards.js';
import type { ReadinessState } from '../../preload/contract/vocabulary.js';
import { masteryGrid } from '../gradebook/mastery-grid.js';
import type { MasteryGrid } from '../../preload/contract/gradebook.js';
import { learnerReadiness } from './domain/readiness.js';
import { explainReadiness } from './domain/readiness-words.js';

/** The class's progression graph: each tracked standard with its tracked prerequisites and the assumed ones. */
function progression(reader: GradebookReader, grid: MasteryGrid): ProgressionStandard[] {
  const index = new Map(grid.columns.map((c, i) => [c.standardId, i]));
  const edges = readPrerequisitesOf(reader, grid.columns.map((c) => c.standardId));
  const standards: ProgressionStandard[] = grid.columns.map((c) => ({ standardId: c.standardId, code: c.code, statement: c.statement, prerequisites: [], assumed: [], cluster: clusterOf(c) }));
  for (const edge of edges) {
    const target = standards[index.get(edge.standardId) ?? -1];
    if (!target) continue;
    const tracked = index.get(edge.prerequisiteId);
    if (tracked !== undefined) target.prerequisites.push(tracked);
    else target.assumed.push(shortCode(edge.prerequisiteCode) ?? 'a standard with no code');
  }
  return standards;
}

/** A standard's nearest group (its cluster), named by its short code or, without one, its statement. */
function clusterOf(column: MasteryGrid['columns'][number]): NonNullable<ProgressionStandard['cluster']> | null {
  const parent = column.ancestors[0];
  return parent ? { clusterId: parent.id, label: shortCode(parent.code) ?? parent.statement } : null;
}

/** Whether each cell of a row is mastered: its level (the method's, or an override's) at its column's threshold. */
function masteredFlags(grid: MasteryGrid): (level: number | null, column: number) => boolean {
  const thresholds = grid.columns.map((c) => grid.scales.find((s) => s.id === c.scaleId)?.masteryThreshold ?? grid.scale.masteryThreshold);
  return (level, column) => level !== null && level >= (thresholds[column] ?? Number.POSITIVE_INFINITY);
}

/**
 * Readiness of every enrolled learner on every tracked standard, now or as of a date, under the class's
 * method. `computed`: the class's grid for that date when the caller already has it (grouping does).
 */
export function classReadiness(reader: GradebookReader, request: { classId: string; asOf?: string | undefined }, computed?: MasteryGrid): ClassReadiness {
  const grid = computed ?? masteryGrid(reader, request.classId, { asOf: request.asOf ?? null });
  const standards = progression(reader, grid);
  const prerequisites = standards.map((s) => s.prerequisites);
  const isMastered = masteredFlags(grid);
  return {
    classId: grid.classId,
    asOf: grid.asOf,
    standards,
    learners: grid.rows.map((row) => {
      const readiness = learnerReadiness(
        row.cells.level.map((level, column) => ({ mastered: isMastered(level, column), hasLevel: level !== null })),
        prerequisites,
      );
      const blocking: Record<number, number[]> = {};
      readiness.forEach((r, i) => {
        if (r.blocking.length) blocking[i] = r.blocking;
      });
      return { learnerId: row.learnerId, givenName: row.givenName, familyName: row.familyName, preferredName: row.preferredName, states: readiness.map((r) => r.state), blocking };
    }),
  };
}

export function explainCell(reader: GradebookReader, request: { classId: string; learnerId: string; standardId: string; asOf?: string | undefined }): { state: ReadinessState; explanation: string } {
  const grid = masteryGrid(reader, request.classId, { asOf: request.asOf ?? null });
  const column = grid.columns.findIndex((c) => c.standardId === request.standardId);
  const row = grid.rows.find((r) => r.learnerId === request.learnerId);
  if (column < 0 || !row) throw new GradebookError('not_found', 'That learner or standard is not in this class’s gradebook.', { ...request });
  const standards = progression(reader, grid);
  const isMastered = masteredFlags(grid);
  const cells = row.cells.level.map((level, i) => ({ mastered: isMastered(level, i), hasLevel: level !== null }));
  const { state } = learnerReadiness(cells, standards.map((s) => s.prerequisites))[column] ?? { state: 'ready' as const };
  const standard = standards[column];
  const named = (standard?.prerequisites ?? []).map((p) => ({
    code: shortCode(standards[p]?.code ?? null) ?? standards[p]?.statement ?? '',
    mastered: cells[p]?.mastered === true,
    lastObservedOn: row.cells.lastObservedOn[p] ?? null,
  }));
  return { state, explanation: explainReadiness(state, shortCode(standard?.code ?? null) ?? standard?.statement ?? '', named, standard?.assumed ?? []) };
}
