import { GradebookError } from '../../../db/errors.js';
import type { GradebookWriter } from '../../../db/handle.js';
import { newId } from '../../../db/ids.js';
import { createTicker, type ImportControl } from './import-control.js';
import type { FrameworkPlan } from './framework-plan.js';

/**
 * Writes a framework plan. Call inside the import's one transaction: it throws on cancel or on a
 * prerequisite loop with an educator-drawn edge, and the caller's transaction rolls everything back.
 */
export function applyFramework(writer: GradebookWriter, plan: FrameworkPlan, at: string, control: ImportControl): void {
  const tick = createTicker(control, 'writing', plan.total);
  const f = plan.framework.row;
  if (plan.framework.action === 'add') {
    writer
      .prepare(
        `INSERT INTO frameworks (id, sourced_id, title, creator, publisher, version, subject, adoption_status, source_uri, last_changed_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.id, f.sourcedId, f.title, f.creator, f.publisher, f.version, f.subject, f.adoptionStatus, f.sourceUri, f.lastChangedAt, at, at);
  } else if (plan.framework.action === 'update') {
    writer
      .prepare(
        `UPDATE frameworks SET title = ?, creator = ?, publisher = ?, version = ?, subject = ?, adoption_status = ?, source_uri = ?, last_changed_at = ?, updated_at = ? WHERE id = ?`,
      )
      .run(f.title, f.creator, f.publisher, f.version, f.subject, f.adoptionStatus, f.sourceUri, f.lastChangedAt, at, f.id);
  }
  tick();

  const insert = writer.prepare(
    `INSERT INTO standards (id, sourced_id, framework_id, parent_id, position, code, statement, abbreviated, type, grade_levels, retired_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  // parents come before children in the package, but an updated row may point at a parent inserted
  // later in this list only if it is new; inserting first keeps every parent_id resolvable
  for (const s of plan.insertStandards) {
    insert.run(s.id, s.sourcedId, f.id, s.parentId, s.position, s.code, s.statement, s.abbreviated, s.type, s.gradeLevels, at, at);
    tick();
  }
  const update = writer.prepare(
    `UPDATE standards SET parent_id = ?, position = ?, code = ?, statement = ?, abbreviated = ?, type = ?, grade_levels = ?, retired_at = NULL, updated_at = ? WHERE id = ?`,
  );
  for (const s of plan.updateStandards) {
    update.run(s.parentId, s.position, s.code, s.statement, s.abbreviated, s.type, s.gradeLevels, at, s.id);
    tick();
  }
  const retire = writer.prepare('UPDATE standards SET retired_at = ?, updated_at = ? WHERE id = ?');
  for (const id of plan.retireStandardIds) {
    retire.run(at, at, id);
    tick();
  }

  const deleteEdge = writer.prepare('DELETE FROM prerequisites WHERE id = ?');
  for (const id of plan.deletePrerequisiteIds) {
    deleteEdge.run(id);
    tick();
  }
  const insertEdge = writer.prepare(
    `INSERT INTO prerequisites (id, sourced_id, standard_id, prerequisite_id, origin, created_at) VALUES (?, ?, ?, ?, 'framework', ?)`,
  );
  for (const edge of plan.insertPrerequisites) {
    insertEdge.run(newId(), edge.sourcedId, edge.standardId, edge.prerequisiteId, at);
    tick();
  }
  // the package's own edges were checked for loops when it was read; one can still close a loop
  // through an edge a teacher drew, which would make "ready to learn" unreachable
  if (plan.insertPrerequisites.length > 0 && hasEducatorEdges(writer, f.id) && hasLoop(writer, f.id)) {
    throw new GradebookError(
      'invalid_data',
      'The framework’s prerequisites would form a loop with a prerequisite drawn in this gradebook. Remove that prerequisite and import again; nothing was written.',
      { frameworkId: f.id },
    );
  }

  const deleteAssociation = writer.prepare('DELETE FROM standard_associations WHERE id = ?');
  for (const id of plan.deleteAssociationIds) {
    deleteAssociation.run(id);
    tick();
  }
  const insertAssociation = writer.prepare(
    `INSERT INTO standard_associations (id, sourced_id, framework_id, association_type, origin_sourced_id, destination_sourced_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const a of plan.insertAssociations) {
    insertAssociation.run(a.id, a.sourcedId, f.id, a.type, a.origin, a.destination, at);
    tick();
  }
  const updateAssociation = writer.prepare(
    `UPDATE standard_associations SET association_type = ?, origin_sourced_id = ?, destination_sourced_id = ? WHERE id = ?`,
  );
  for (const a of plan.updateAssociations) {
    updateAssociation.run(a.type, a.origin, a.destination, a.id);
    tick();
  }
}

function hasEducatorEdges(writer: GradebookWriter, frameworkId: string): boolean {
  return (
    writer
      .prepare(`SELECT 1 FROM prerequisites p JOIN standards s ON s.id = p.standard_id WHERE s.framework_id = ? AND p.origin = 'educator' LIMIT 1`)
      .get(frameworkId) !== undefined
  );
}

/** Depth-first search for a loop among all prerequisite edges touching the framework. */
function hasLoop(writer: GradebookWriter, frameworkId: string): boolean {
  const edges = writer
    .prepare(`SELECT p.standard_id AS s, p.prerequisite_id AS p FROM prerequisites p JOIN standards s ON s.id = p.standard_id WHERE s.framework_id = ?`)
    .all(frameworkId) as { s: string; p: string }[];
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.s, [...(next.get(edge.s) ?? []), edge.p]);
  const state = new Map<string, 1 | 2>();
  const visit = (node: string): boolean => {
    const seen = state.get(node);
    if (seen === 1) return true;
    if (seen === 2) return false;
    state.set(node, 1);
    for (const to of next.get(node) ?? []) if (visit(to)) return true;
    state.set(node, 2);
    return false;
  };
  return [...next.keys()].some(visit);
}
