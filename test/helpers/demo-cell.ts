import type { Gradebook } from '../../db/open.js';

export type DemoCell = { classId: string; learnerId: string; standardId: string };

/** A tracked standard and an enrolled learner of the first class, with at least `minEvidence` levelled pieces of evidence. */
export function findCell(gradebook: Gradebook, minEvidence = 2): DemoCell {
  const row = gradebook.reader
    .prepare(
      `SELECT e.class_id AS classId, e.learner_id AS learnerId, e.standard_id AS standardId
       FROM evidence e JOIN class_standards cs ON cs.class_id = e.class_id AND cs.standard_id = e.standard_id
       WHERE e.deleted_at IS NULL AND e.level IS NOT NULL
       GROUP BY e.class_id, e.learner_id, e.standard_id HAVING count(*) >= ?
       ORDER BY e.class_id, e.learner_id, e.standard_id LIMIT 1`,
    )
    .get(minEvidence) as DemoCell | undefined;
  if (!row) throw new Error(`the demo has no cell with ${minEvidence} pieces of evidence`);
  return row;
}

/** The cell's levelled, live evidence oldest first, as the mastery rules order it — read with plain SQL. */
export function cellLevels(gradebook: Gradebook, cell: DemoCell, asOf?: string): number[] {
  return gradebook.reader
    .prepare(
      `SELECT level FROM evidence WHERE class_id = ? AND learner_id = ? AND standard_id = ? AND deleted_at IS NULL
       AND level IS NOT NULL AND observed_on <= ? ORDER BY observed_on, recorded_at, rowid`,
    )
    .pluck()
    .all(cell.classId, cell.learnerId, cell.standardId, asOf ?? '9999-12-31') as number[];
}

/** Canvas's running decaying average, written out independently of the engine; rounded half away from zero. */
export function decayingAverage(levels: readonly number[], weight: number): number | null {
  if (levels.length === 0) return null;
  let d = levels[0]!;
  for (const level of levels.slice(1)) d = (1 - weight) * d + weight * level;
  return Math.round(Number((d * 100).toPrecision(12))) / 100;
}
