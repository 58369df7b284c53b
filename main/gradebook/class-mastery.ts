import { readClassMasterySettings } from '../../db/classes.js';
import { readEnrolledLearners, type EnrolledLearner } from '../../db/enrollments.js';
import { iterateMasteryEvidenceTuples, type MasteryEvidenceRow } from '../../db/evidence.js';
import { readActiveOverrides, type OverrideRow } from '../../db/mastery-overrides.js';
import { readAncestorNodes, readTrackedColumns, type AncestorNode } from '../../db/standards.js';
import { listScales, readClassScale, type ScaleWithLevels } from '../../db/scales.js';
import type { GradebookReader } from '../../db/handle.js';
import type { RollupMethod } from '../../preload/contract/vocabulary.js';
import { masteryMethodSchema, type GridCell, type GridColumn, type MasteryMethodInput } from '../../preload/contract/index.js';
import { cellKey, overrideHolds } from '../../preload/contract/shared.js';
import { computeMastery, describeMethod, type MasteryEvidence, type MasteryResult, type MasteryScale } from './domain/mastery.js';
import { unwatchedWork, type MasteryWork } from './mastery-progress.js';

/** The method a gradebook uses for a class that never chose one: Canvas's current default. */
export const defaultClassMethod: MasteryMethodInput = { kind: 'decaying_average', weight: 0.65 };

/** A scale with the range and threshold the mastery engine needs from it. */
export type ColumnScale = { scale: ScaleWithLevels; range: MasteryScale };

/** Everything that decides a class's mastery, loaded once per request. */
export type ClassMastery = {
  classId: string;
  method: MasteryMethodInput;
  rollupMethod: RollupMethod;
  /** The class's own scale: for columns whose framework has none. */
  scale: ScaleWithLevels;
  masteryScale: MasteryScale;
  columns: GridColumn[];
  /** Every scale a column is scored on, the class's first when a column uses it. */
  scales: ScaleWithLevels[];
  /** Each tracked standard's scale: its framework's, else the class's. */
  columnScales: Map<string, ColumnScale>;
  /** Per-standard methods that differ from the class's. */
  standardMethods: Map<string, MasteryMethodInput>;
  learners: EnrolledLearner[];
  /** Changes whenever anything above changes, so stored levels know when they are stale. */
  settingsKey: string;
};

export function parseStoredMethod(json: string | null): MasteryMethodInput | null {
  if (json === null) return null;
  try {
    const parsed = masteryMethodSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function loadClassMastery(reader: GradebookReader, classId: string): ClassMastery {
  const settings = readClassMasterySettings(reader, classId);
  const method = parseStoredMethod(settings.masteryMethod) ?? defaultClassMethod;
  const scale = readClassScale(reader, settings.scaleId);
  const classScale = { scale, range: rangeOf(scale) };
  const allScales = new Map(listScales(reader).map((s) => [s.id, s]));
  const tracked = readTrackedColumns(reader, classId);
  const columnScales = new Map<string, ColumnScale>();
  const byScale = new Map<string, ColumnScale>([[scale.id, classScale]]);
  for (const column of tracked) {
    const own = column.scaleId === null ? undefined : allScales.get(column.scaleId);
    let used = own ? byScale.get(own.id) : classScale;
    if (own && !used) byScale.set(own.id, (used = { scale: own, range: rangeOf(own) }));
    columnScales.set(column.standardId, used ?? classScale);
  }
  const used = new Set(columnScales.values());
  const scales = [...byScale.values()].filter((c) => used.has(c)).map((c) => c.scale);
  const standardMethods = new Map<string, MasteryMethodInput>();
  for (const column of tracked) {
    const own = parseStoredMethod(column.masteryMethod);
    if (own) standardMethods.set(column.standardId, own);
  }
  const ancestors = loadAncestors(reader, tracked.map((c) => c.parentId).filter((id): id is string => id !== null));
  const columns: GridColumn[] = tracked.map((column) => {
    const own = standardMethods.get(column.standardId);
    return {
      standardId: column.standardId,
      code: column.code,
      statement: column.statement,
      ancestors: ancestorChain(column.parentId, ancestors),
      methodLabel: own ? describeMethod(own) : null,
      scaleId: (columnScales.get(column.standardId) ?? classScale).scale.id,
    };
  });
  // which framework uses which scale, and each scale's range and threshold: a change to either
  // (a framework given its own scale, a threshold edited) makes the stored levels stale
  const frameworkScales = [...new Map(tracked.map((c) => [c.frameworkId, (columnScales.get(c.standardId) ?? classScale).scale.id]))].sort(([a], [b]) =>
    a.localeCompare(b),
  );
  const settingsKey = JSON.stringify({
    method,
    standards: [...standardMethods.entries()].sort(([a], [b]) => a.localeCompare(b)),
    scale: [scale.id, classScale.range],
    frameworkScales,
    scales: [...byScale.values()].map((c) => [c.scale.id, c.range]).sort(([a], [b]) => String(a).localeCompare(String(b))),
    engine: 1,
  });
  return {
    classId,
    method,
    rollupMethod: settings.rollupMethod,
    scale,
    masteryScale: classScale.range,
    columns,
    scales,
    columnScales,
    standardMethods,
    learners: readEnrolledLearners(reader, classId),
    settingsKey,
  };
}

function rangeOf(scale: ScaleWithLevels): MasteryScale {
  const values = scale.levels.map((level) => level.value);
  return { min: Math.min(...values), max: Math.max(...values), masteryThreshold: scale.masteryThreshold };
}

/** The scale a tracked standard is scored on; the class's for a standard the class does not track. */
export function scaleOf(mastery: ClassMastery, standardId: string): ColumnScale {
  return mastery.columnScales.get(standardId) ?? { scale: mastery.scale, range: mastery.masteryScale };
}

function loadAncestors(reader: GradebookReader, parentIds: string[]): Map<string, AncestorNode> {
  const nodes = new Map<string, AncestorNode>();
  let frontier = [...new Set(parentIds)];
  // frameworks are a few levels deep; each round fetches one level for every column at once
  while (frontier.length > 0) {
    const found = readAncestorNodes(reader, frontier.filter((id) => !nodes.has(id)));
    for (const node of found) nodes.set(node.id, node);
    frontier = [...new Set(found.map((n) => n.parentId).filter((id): id is string => id !== null && !nodes.has(id)))];
  }
  return nodes;
}

function ancestorChain(parentId: string | null, nodes: Map<string, AncestorNode>): GridColumn['ancestors'] {
  const chain: GridColumn['ancestors'] = [];
  const seen = new Set<string>();
  for (let id = parentId; id !== null && !seen.has(id); ) {
    seen.add(id);
    const node = nodes.get(id);
    if (!node) break;
    chain.push({ id: node.id, code: node.code, statement: node.statement, type: node.type });
    id = node.parentId;
  }
  return chain;
}

/** What computing a cell needs of each piece of its evidence. */
export type CellEvidence = Pick<MasteryEvidenceRow, 'level' | 'observedOn' | 'recordedAt' | 'kind' | 'feedbackStatus'>;

export type CellComputation<E extends CellEvidence = MasteryEvidenceRow> = { cell: GridCell; result: MasteryResult; evidence: E[] };

/** Stored evidence rows as the pure engine takes them. */
export function engineEvidence(evidence: readonly CellEvidence[]): MasteryEvidence[] {
  return evidence.map((e) => ({ level: e.level, observedAt: e.observedOn, recordedAt: e.recordedAt, kind: e.kind }));
}

/**
 * One learner × standard: the method's level from the evidence, unless a teacher's override decides
 * it — an override holds until evidence observed after it arrives (MASTERY.md).
 */
export function computeCell<E extends CellEvidence>(
  evidence: E[],
  method: MasteryMethodInput,
  scale: MasteryScale,
  override: OverrideRow | undefined,
): CellComputation<E> {
  const result = computeMastery(engineEvidence(evidence), method, scale);
  const lastObservedOn = evidence.reduce<string | null>((last, e) => (last === null || e.observedOn > last ? e.observedOn : last), null);
  const decides = overrideHolds(override, lastObservedOn);
  const level = decides && override ? override.level : result.level;
  return {
    result,
    evidence,
    cell: {
      level,
      mastered: level !== null && level >= scale.masteryThreshold,
      evidenceCount: evidence.length,
      lastObservedOn,
      awaitingFeedback: evidence.filter((e) => e.feedbackStatus === 'awaiting').length,
      override: decides && override ? { level: override.level, reason: override.reason, overriddenOn: override.overriddenOn } : null,
    },
  };
}

const noEvidenceCell: GridCell = { level: null, mastered: false, evidenceCount: 0, lastObservedOn: null, awaitingFeedback: 0, override: null };

/** What a computation of the whole class reports its progress as (reading evidence is most of it). */
export type ClassComputation = { asOf?: string | null; method?: MasteryMethodInput; work?: MasteryWork; progressAs?: 'computing' | 'previewing' };

/**
 * Streams a class's evidence (optionally as of a date) and hands each tracked cell that has some to
 * `visit`, with the cell's evidence oldest first. Rows arrive ordered by standard, then learner, so a
 * cell's evidence is contiguous: no map of 200,000 keys, no array of 200,000 row objects held at once.
 * Progress is counted in columns, checked (and cancellable) at each one.
 */
export function forEachEvidenceCell(
  reader: GradebookReader,
  mastery: ClassMastery,
  options: ClassComputation,
  visit: (learnerId: string, standardId: string, evidence: CellEvidence[]) => void,
): void {
  const work = options.work ?? unwatchedWork;
  const progressAs = options.progressAs ?? 'computing';
  const total = mastery.columns.length;
  let columnsDone = 0;
  work.step(progressAs, 0, total);
  let learnerId: string | null = null;
  let standardId: string | null = null;
  let evidence: CellEvidence[] = [];
  for (const [learner, standard, level, observedOn, recordedAt, kind, feedbackStatus] of iterateMasteryEvidenceTuples(reader, mastery.classId, options.asOf ?? null)) {
    if (learner !== learnerId || standard !== standardId) {
      if (learnerId !== null && standardId !== null) visit(learnerId, standardId, evidence);
      if (standard !== standardId && standardId !== null) work.step(progressAs, ++columnsDone, total);
      learnerId = learner;
      standardId = standard;
      evidence = [];
    }
    evidence.push({ level, observedOn, recordedAt, kind, feedbackStatus });
  }
  if (learnerId !== null && standardId !== null) visit(learnerId, standardId, evidence);
  work.step(progressAs, total, total);
}

/** Every cell of the class from its evidence (optionally as of a date, or under another method). */
export function computeClassCells(reader: GradebookReader, mastery: ClassMastery, options: ClassComputation = {}): Map<string, GridCell> {
  const overrides = new Map(readActiveOverrides(reader, mastery.classId, options.asOf ? { asOf: options.asOf } : {}).map((o) => [cellKey(o.learnerId, o.standardId), o]));
  const learners = new Set(mastery.learners.map((learner) => learner.learnerId));
  const cells = new Map<string, GridCell>();
  const methodOf = (standardId: string) => options.method ?? mastery.standardMethods.get(standardId) ?? mastery.method;
  forEachEvidenceCell(reader, mastery, options, (learnerId, standardId, evidence) => {
    // evidence of a learner who left, or on a standard no longer tracked, is kept but not shown
    if (!learners.has(learnerId) || !mastery.columnScales.has(standardId)) return;
    const key = cellKey(learnerId, standardId);
    cells.set(key, computeCell(evidence, methodOf(standardId), scaleOf(mastery, standardId).range, overrides.get(key)).cell);
  });
  for (const column of mastery.columns) {
    const { range } = scaleOf(mastery, column.standardId);
    for (const learner of mastery.learners) {
      const key = cellKey(learner.learnerId, column.standardId);
      if (cells.has(key)) continue;
      const override = overrides.get(key);
      // most cells of a large school are empty: no evidence, no override, no level — skip the engine
      cells.set(key, override ? computeCell([], methodOf(column.standardId), range, override).cell : noEvidenceCell);
    }
  }
  return cells;
}
