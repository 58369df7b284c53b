import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookWriter } from './handle.js';
import type { PrerequisitesTable } from './schema.js';

/** Writes for frameworks, their standards, prerequisite edges, and which standards a class tracks. */

export type NewFramework = {
  id?: string;
  sourcedId?: string | null;
  title: string;
  creator?: string;
  publisher?: string | null;
  version?: string | null;
  subject?: string | null;
  adoptionStatus?: string | null;
  sourceUri?: string | null;
  lastChangedAt?: string | null;
  /** The scale the framework's standards are scored on (learning-related skills have their own); else the class's. */
  scaleId?: string | null;
  createdAt?: string;
};

export function insertFramework(writer: GradebookWriter, input: NewFramework): string {
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.run(
    qb.insertInto('frameworks').values({
      id,
      sourced_id: input.sourcedId ?? null,
      title: input.title,
      creator: input.creator ?? '',
      publisher: input.publisher ?? null,
      version: input.version ?? null,
      subject: input.subject ?? null,
      adoption_status: input.adoptionStatus ?? null,
      source_uri: input.sourceUri ?? null,
      last_changed_at: input.lastChangedAt ?? null,
      scale_id: input.scaleId ?? null,
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}

export type NewStandard = {
  id?: string;
  sourcedId?: string | null;
  frameworkId: string;
  parentId?: string | null;
  /** Order among its siblings. */
  position: number;
  /** CASE humanCodingScheme, e.g. '5.NF.A.1'. */
  code?: string | null;
  statement: string;
  abbreviated?: string | null;
  /** 'domain', 'cluster', 'standard', 'learning target'… */
  type?: string;
  gradeLevels?: readonly string[];
  retiredAt?: string | null;
  createdAt?: string;
};

export function insertStandard(writer: GradebookWriter, input: NewStandard): string {
  const id = input.id ?? newId();
  const at = input.createdAt ?? nowIso();
  writer.run(
    qb.insertInto('standards').values({
      id,
      sourced_id: input.sourcedId ?? null,
      framework_id: input.frameworkId,
      parent_id: input.parentId ?? null,
      position: input.position,
      code: input.code ?? null,
      statement: input.statement,
      abbreviated: input.abbreviated ?? null,
      type: input.type ?? 'standard',
      grade_levels: JSON.stringify(input.gradeLevels ?? []),
      retired_at: input.retiredAt ?? null,
      created_at: at,
      updated_at: at,
    }),
  );
  return id;
}

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

const trackSql = `INSERT INTO class_standards (class_id, standard_id, position, mastery_method)
VALUES (?, ?, ?, NULL) ON CONFLICT (class_id, standard_id) DO NOTHING`;

/**
 * Makes a class track standards, appended after the ones it tracks already, in the order given.
 * A standard the class already tracks keeps its place. Returns how many were added.
 */
export function trackStandards(writer: GradebookWriter, classId: string, standardIds: readonly string[]): number {
  return writer.transaction(() => {
    const last = writer.first(
      qb
        .selectFrom('class_standards')
        .select((eb) => eb.fn.max('position').as('position'))
        .where('class_id', '=', classId),
    );
    let position = (last?.position ?? -1) + 1;
    let added = 0;
    const insert = writer.prepare(trackSql);
    for (const standardId of standardIds) {
      if (insert.run(classId, standardId, position).changes === 1) {
        position++;
        added++;
      }
    }
    return added;
  });
}
