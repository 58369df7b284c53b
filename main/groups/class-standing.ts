import { readLearnerInterests } from '../../db/group-sets.js';
import { GradebookError } from '../../db/errors.js';
import type { GradebookReader } from '../../db/handle.js';
import type { MasteryGrid } from '../../preload/contract/gradebook.js';
import type { GroupTarget } from '../../preload/contract/groups.js';
import type { ClassReadiness } from '../../preload/contract/paths.js';
import { shortCode } from '../../preload/contract/standards.js';
import { masteryGrid } from '../gradebook/mastery-grid.js';
import { classReadiness } from '../paths/class-readiness.js';
import { bandOf } from './domain/bands.js';
import type { GroupingLearner } from './domain/learner.js';

/** A class's evidence as grouping reads it, loaded once: levels, readiness and interests. */
export type ClassView = { classId: string; grid: MasteryGrid; readiness: ClassReadiness; interests: Map<string, string[]> };

export function loadClassView(reader: GradebookReader, classId: string, asOf?: string | undefined): ClassView {
  const grid = masteryGrid(reader, classId, { asOf: asOf ?? null });
  const readiness = classReadiness(reader, { classId, ...(asOf ? { asOf } : {}) }, grid);
  return { classId, grid, readiness, interests: readLearnerInterests(reader, grid.rows.map((r) => r.learnerId)) };
}

/** Where learners stand: on a target standard, on a cluster (its roll-up), or overall (the mean of their levels). */
export type StandingOn = { standardId?: string | null | undefined; clusterId?: string | null | undefined };

export type ClassStanding = { target: GroupTarget | null; cluster: GroupTarget | null; learners: GroupingLearner[] };

const targetOf = (s: { standardId?: string; id?: string; code: string | null; statement: string }, id: string): GroupTarget => ({ standardId: id, code: shortCode(s.code), statement: s.statement });

export function standingOn(view: ClassView, on: StandingOn): ClassStanding {
  const { grid, readiness } = view;
  const column = on.standardId ? grid.columns.findIndex((c) => c.standardId === on.standardId) : -1;
  if (on.standardId && column < 0) throw new GradebookError('not_found', 'This class does not track that standard, so no one can be grouped on it.', { standardId: on.standardId });
  const rollup = on.clusterId ? grid.groups.indexOf(on.clusterId) : -1;
  if (on.clusterId && rollup < 0) throw new GradebookError('not_found', 'This class tracks no standard in that cluster.', { clusterId: on.clusterId });
  const cluster = on.clusterId ? grid.columns.flatMap((c) => c.ancestors).find((a) => a.id === on.clusterId) : undefined;
  const targetColumn = grid.columns[column];
  const scaleId = targetColumn?.scaleId ?? grid.scale.id;
  const levels = (grid.scales.find((s) => s.id === scaleId) ?? grid.scale).levels;
  const states = new Map(readiness.learners.map((l) => [l.learnerId, l]));
  const learners = grid.rows.map((row): GroupingLearner => {
    const known = row.cells.level.filter((l): l is number => l !== null);
    const level = column >= 0 ? (row.cells.level[column] ?? null) : rollup >= 0 ? (row.rollups[rollup] ?? null) : known.length ? known.reduce((s, l) => s + l, 0) / known.length : null;
    const band = bandOf(level, levels);
    const standing = states.get(row.learnerId);
    const state = column >= 0 ? (standing?.states[column] ?? null) : null;
    const blocker = column >= 0 ? standing?.blocking[column]?.[0] : undefined;
    const prerequisite = blocker === undefined ? undefined : readiness.standards[blocker];
    return {
      learnerId: row.learnerId,
      name: `${row.preferredName ?? row.givenName} ${row.familyName}`.trim(),
      level,
      band: band?.label ?? null,
      bandRank: band?.rank ?? null,
      readiness: state,
      blockedBy: prerequisite ? targetOf(prerequisite, prerequisite.standardId) : null,
      interests: view.interests.get(row.learnerId) ?? [],
    };
  });
  return {
    target: targetColumn ? targetOf(targetColumn, targetColumn.standardId) : null,
    cluster: cluster ? targetOf(cluster, cluster.id) : null,
    learners,
  };
}
