import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { PrerequisitesTable } from './schema.js';

/** Prerequisite edges between standards ("master this one first"), kept free of cycles. */

export type NewPrerequisite = {
  id?: string;
  sourcedId?: string | null;
  /** The standard that needs the prerequisite. */
  standardId: string;
  /** The standard to master first. */
  prerequisiteId: string;
  origin: PrerequisitesTable['origin'];
  createdAt?: string;
};

// Everything `?` (transitively) requires: if the new prerequisite already requires the standard,
// the new edge would close a cycle and "ready to learn" could never become true on it.
const requiredClosureSql = `
WITH RECURSIVE required(id) AS (
  SELECT prerequisite_id FROM prerequisites WHERE standard_id = ?
  UNION
  SELECT p.prerequisite_id FROM prerequisites p JOIN required r ON p.standard_id = r.id
)
SELECT 1 FROM required WHERE id = ? LIMIT 1`;

/**
 * Adds "master `prerequisiteId` before `standardId`". Refuses an edge that would make the graph cyclic;
 * an edge that is already there is kept and its id returned.
 */
export function insertPrerequisite(writer: GradebookWriter, input: NewPrerequisite): string {
  const { standardId, prerequisiteId } = input;
  if (standardId === prerequisiteId) {
    throw new GradebookError('invalid_data', 'A standard cannot be its own prerequisite.', { standardId });
  }
  const existing = writer.first(
    qb
      .selectFrom('prerequisites')
      .select('id')
      .where('standard_id', '=', standardId)
      .where('prerequisite_id', '=', prerequisiteId),
  );
  if (existing) return existing.id;
  if (writer.prepare(requiredClosureSql).get(prerequisiteId, standardId) !== undefined) {
    throw new GradebookError(
      'invalid_data',
      'That prerequisite would make a circle: the prerequisite already depends on the standard.',
      { standardId, prerequisiteId },
    );
  }
  const id = input.id ?? newId();
  writer.run(
    qb.insertInto('prerequisites').values({
      id,
      sourced_id: input.sourcedId ?? null,
      standard_id: standardId,
      prerequisite_id: prerequisiteId,
      origin: input.origin,
      created_at: input.createdAt ?? nowIso(),
    }),
  );
  return id;
}

export type PrerequisiteEdge = { standardId: string; prerequisiteId: string };

/** The edges among `standardIds` only (both ends in the set): "ready" looks at tracked prerequisites. */
export function readPrerequisitesAmong(reader: GradebookReader, standardIds: readonly string[]): PrerequisiteEdge[] {
  if (standardIds.length === 0) return [];
  const ids = [...standardIds];
  return reader.all(
    qb
      .selectFrom('prerequisites')
      .select(['standard_id as standardId', 'prerequisite_id as prerequisiteId'])
      .where('standard_id', 'in', ids)
      .where('prerequisite_id', 'in', ids),
  );
}

/** Every prerequisite of `standardIds`, tracked or not, with the prerequisite's code (for "assumed"). */
export function readPrerequisitesOf(reader: GradebookReader, standardIds: readonly string[]): (PrerequisiteEdge & { prerequisiteCode: string | null })[] {
  if (standardIds.length === 0) return [];
  return reader.all(
    qb
      .selectFrom('prerequisites as p')
      .innerJoin('standards as s', 's.id', 'p.prerequisite_id')
      .select(['p.standard_id as standardId', 'p.prerequisite_id as prerequisiteId', 's.code as prerequisiteCode'])
      .where('p.standard_id', 'in', [...standardIds]),
  );
}

/** Every prerequisite edge between standards of one framework. */
export function readFrameworkPrerequisites(reader: GradebookReader, frameworkId: string): PrerequisiteEdge[] {
  return reader.all(
    qb
      .selectFrom('prerequisites as p')
      .innerJoin('standards as s', 's.id', 'p.standard_id')
      .select(['p.standard_id as standardId', 'p.prerequisite_id as prerequisiteId'])
      .where('s.framework_id', '=', frameworkId),
  );
}

/** Removes one edge; returns it as it was (null when there was none). */
export function deletePrerequisite(writer: GradebookWriter, edge: PrerequisiteEdge): { id: string; origin: string } | null {
  const row = writer.first(
    qb.selectFrom('prerequisites').select(['id', 'origin']).where('standard_id', '=', edge.standardId).where('prerequisite_id', '=', edge.prerequisiteId),
  );
  if (row) writer.run(qb.deleteFrom('prerequisites').where('id', '=', row.id));
  return row ?? null;
}

/** Every prerequisite edge of the gradebook, for cycle checks over a whole graph. */
export function readAllPrerequisites(reader: GradebookReader): PrerequisiteEdge[] {
  return reader.all(qb.selectFrom('prerequisites').select(['standard_id as standardId', 'prerequisite_id as prerequisiteId']));
}
