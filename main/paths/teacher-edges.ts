import { recordAudit } from '../../db/audit.js';
import { GradebookError } from '../../db/errors.js';
import type { GradebookWriter } from '../../db/handle.js';
import { deletePrerequisite, insertPrerequisite, readAllPrerequisites } from '../../db/prerequisites.js';
import { readAncestorNodes, readChildStandards, trackedStandards } from '../../db/standards.js';
import { shortCode } from '../../preload/contract/standards.js';
import { findCycle } from './domain/find-cycle.js';
import type { Edge } from './domain/progression-edge.js';

/**
 * Edges a teacher draws or removes on the progression graph. Each is audited; one that would close a
 * circle is refused with the circle named ("5.NF.A.2 → 4.NF.A.1 → 5.NF.A.1 → 5.NF.A.2"), because
 * "ready" could never become true on it.
 */
export function addTeacherPrerequisite(writer: GradebookWriter, edge: Edge): { added: boolean } {
  return writer.transaction(() => {
    const codes = requireStandards(writer, edge);
    if (edge.standardId === edge.prerequisiteId) throw new GradebookError('invalid_data', 'A standard cannot be its own prerequisite.', { ...edge });
    const existing = readAllPrerequisites(writer);
    if (existing.some((e) => e.standardId === edge.standardId && e.prerequisiteId === edge.prerequisiteId)) return { added: false };
    const cycle = findCycle([...existing, edge]);
    if (cycle) {
      const named = cycle.map((id) => codes.get(id) ?? codeOf(writer, id)).join(' → ');
      throw new GradebookError('invalid_data', `That would make a circle of prerequisites: ${named}. Remove one of these first.`, { ...edge, cycle });
    }
    insertPrerequisite(writer, { ...edge, origin: 'educator' });
    recordAudit(writer, { actor: 'educator', action: 'create', entity: 'prerequisite', entityId: `${edge.prerequisiteId}>${edge.standardId}`, after: { ...edge, origin: 'educator' } });
    return { added: true };
  });
}

export function removeTeacherPrerequisite(writer: GradebookWriter, edge: Edge): { removed: boolean } {
  return writer.transaction(() => {
    requireStandards(writer, edge);
    const removed = deletePrerequisite(writer, edge);
    if (removed) recordAudit(writer, { actor: 'educator', action: 'delete', entity: 'prerequisite', entityId: `${edge.prerequisiteId}>${edge.standardId}`, before: { ...edge, origin: removed.origin } });
    return { removed: removed !== null };
  });
}

/**
 * A cluster taught in its own order: each of its standards becomes the prerequisite of the next. Edges
 * already there are kept; if any new one would close a circle, none is added and the circle is named.
 * Asked from a class, only the standards that class tracks are chained: a standard the class skips must
 * not sit between two it teaches, or the later one would wait on something nobody assesses.
 */
export function orderCluster(writer: GradebookWriter, clusterId: string, classId?: string): { added: number } {
  return writer.transaction(() => {
    const [cluster] = readAncestorNodes(writer, [clusterId]);
    if (!cluster) throw new GradebookError('not_found', 'That group of standards is not in this gradebook.', { clusterId });
    const tracked = classId === undefined ? null : new Set(trackedStandards(writer, classId).map((standard) => standard.id));
    const standards = readChildStandards(writer, clusterId).filter((standard) => tracked === null || tracked.has(standard.standardId));
    if (standards.length < 2) {
      const fewer = tracked === null ? 'That group holds fewer than two standards' : 'This class tracks fewer than two standards of that group';
      throw new GradebookError('invalid_data', `${fewer}, so there is no order to follow.`, { clusterId });
    }
    let added = 0;
    for (let i = 1; i < standards.length; i++) {
      if (addTeacherPrerequisite(writer, { prerequisiteId: standards[i - 1]!.standardId, standardId: standards[i]!.standardId }).added) added++;
    }
    return { added };
  });
}

function requireStandards(writer: GradebookWriter, edge: Edge): Map<string, string> {
  const nodes = readAncestorNodes(writer, [edge.standardId, edge.prerequisiteId]);
  if (nodes.length < new Set([edge.standardId, edge.prerequisiteId]).size) throw new GradebookError('not_found', 'A standard of that prerequisite is not in this gradebook.', { ...edge });
  return new Map(nodes.map((n) => [n.id, shortCode(n.code) ?? n.statement]));
}

function codeOf(writer: GradebookWriter, standardId: string): string {
  const [node] = readAncestorNodes(writer, [standardId]);
  return node ? (shortCode(node.code) ?? node.statement) : standardId;
}
