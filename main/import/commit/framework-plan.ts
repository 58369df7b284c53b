import { newId } from '../../../db/ids.js';
import type { GradebookReader } from '../../../db/handle.js';
import type { FrameworkPackage } from '../framework-package.js';
import { createCounter, type ImportCounts } from './import-counts.js';

/**
 * The diff of a framework package against the gradebook: exactly the rows a commit will write.
 * Identity is the source's own: the framework by its CASE document identifier, a standard by its item
 * identifier within the framework. Matched standards are updated in place (same row id), so evidence,
 * tracking and goals stay attached; standards the package no longer has are retired, never deleted.
 */
export type StandardRow = {
  id: string;
  sourcedId: string;
  parentId: string | null;
  position: number;
  code: string | null;
  statement: string;
  abbreviated: string | null;
  type: string;
  gradeLevels: string;
};

export type FrameworkRow = {
  id: string;
  sourcedId: string;
  title: string;
  creator: string;
  publisher: string | null;
  version: string | null;
  subject: string | null;
  adoptionStatus: string | null;
  sourceUri: string | null;
  lastChangedAt: string | null;
};

export type AssociationRow = { id: string; sourcedId: string; type: string; origin: string; destination: string };

export type FrameworkPlan = {
  kind: 'framework';
  counts: ImportCounts;
  framework: { row: FrameworkRow; action: 'add' | 'update' | 'keep' };
  insertStandards: StandardRow[];
  updateStandards: StandardRow[];
  retireStandardIds: string[];
  insertPrerequisites: { sourcedId: string; standardId: string; prerequisiteId: string }[];
  deletePrerequisiteIds: string[];
  insertAssociations: AssociationRow[];
  updateAssociations: AssociationRow[];
  deleteAssociationIds: string[];
  /** Rows the commit will touch, for progress. */
  total: number;
};

export const frameworkTables = ['frameworks', 'standards', 'prerequisites', 'standard_associations'] as const;

type ExistingStandard = {
  id: string;
  sourced_id: string | null;
  parent_id: string | null;
  position: number;
  code: string | null;
  statement: string;
  abbreviated: string | null;
  type: string;
  grade_levels: string;
  retired_at: string | null;
};

export function planFramework(reader: GradebookReader, pkg: FrameworkPackage, options: { title?: string | undefined } = {}): FrameworkPlan {
  const { counts, bump } = createCounter(frameworkTables);
  const doc = pkg.document;
  const existing = reader.prepare('SELECT * FROM frameworks WHERE sourced_id = ?').get(doc.identifier) as
    | { id: string; title: string; creator: string; publisher: string | null; version: string | null; subject: string | null; adoption_status: string | null; source_uri: string | null; last_changed_at: string | null }
    | undefined;
  const row: FrameworkRow = {
    id: existing?.id ?? newId(),
    sourcedId: doc.identifier,
    title: options.title?.trim() || doc.title,
    creator: doc.creator,
    publisher: doc.publisher ?? null,
    version: doc.version ?? null,
    subject: doc.subject ?? null,
    adoptionStatus: doc.adoptionStatus ?? null,
    sourceUri: doc.uri ?? null,
    lastChangedAt: doc.lastChangeDateTime ?? null,
  };
  let action: FrameworkPlan['framework']['action'] = 'add';
  if (existing) {
    const same =
      existing.title === row.title &&
      existing.creator === row.creator &&
      existing.publisher === row.publisher &&
      existing.version === row.version &&
      existing.subject === row.subject &&
      existing.adoption_status === row.adoptionStatus &&
      existing.source_uri === row.sourceUri &&
      existing.last_changed_at === row.lastChangedAt;
    action = same ? 'keep' : 'update';
  }
  bump('frameworks', action === 'add' ? 'added' : action === 'update' ? 'updated' : 'unchanged');

  const current = existing
    ? (reader.prepare('SELECT id, sourced_id, parent_id, position, code, statement, abbreviated, type, grade_levels, retired_at FROM standards WHERE framework_id = ?').all(existing.id) as ExistingStandard[])
    : [];
  const bySourced = new Map(current.filter((s) => s.sourced_id !== null).map((s) => [s.sourced_id as string, s]));
  const idOf = new Map<string, string>();
  for (const standard of pkg.standards) idOf.set(standard.identifier, bySourced.get(standard.identifier)?.id ?? newId());

  const insertStandards: StandardRow[] = [];
  const updateStandards: StandardRow[] = [];
  for (const standard of pkg.standards) {
    const next: StandardRow = {
      id: idOf.get(standard.identifier) as string,
      sourcedId: standard.identifier,
      parentId: standard.parentIdentifier === null ? null : (idOf.get(standard.parentIdentifier) ?? null),
      position: standard.position,
      code: standard.code,
      statement: standard.statement,
      abbreviated: standard.abbreviated,
      type: standard.type,
      gradeLevels: JSON.stringify(standard.gradeLevels),
    };
    const old = bySourced.get(standard.identifier);
    if (!old) {
      insertStandards.push(next);
      bump('standards', 'added');
    } else if (
      old.parent_id === next.parentId &&
      old.position === next.position &&
      old.code === next.code &&
      old.statement === next.statement &&
      old.abbreviated === next.abbreviated &&
      old.type === next.type &&
      old.grade_levels === next.gradeLevels &&
      old.retired_at === null
    ) {
      bump('standards', 'unchanged');
    } else {
      updateStandards.push(next);
      bump('standards', 'updated');
    }
  }
  const inPackage = new Set(pkg.standards.map((s) => s.identifier));
  const retireStandardIds = current.filter((s) => s.retired_at === null && (s.sourced_id === null || !inPackage.has(s.sourced_id))).map((s) => s.id);
  bump('standards', 'retired', retireStandardIds.length);

  // prerequisites: the package's precedes edges replace the framework-drawn ones; educator-drawn stay
  const edges = existing
    ? (reader
        .prepare(
          `SELECT p.id, p.standard_id, p.prerequisite_id, p.origin FROM prerequisites p JOIN standards s ON s.id = p.standard_id WHERE s.framework_id = ?`,
        )
        .all(existing.id) as { id: string; standard_id: string; prerequisite_id: string; origin: 'framework' | 'educator' }[])
    : [];
  const edgeKey = (standardId: string, prerequisiteId: string) => `${standardId}\u0000${prerequisiteId}`;
  const existingEdges = new Map(edges.map((edge) => [edgeKey(edge.standard_id, edge.prerequisite_id), edge]));
  const wanted = new Set<string>();
  const insertPrerequisites: FrameworkPlan['insertPrerequisites'] = [];
  for (const edge of pkg.prerequisites) {
    const standardId = idOf.get(edge.standardIdentifier);
    const prerequisiteId = idOf.get(edge.prerequisiteIdentifier);
    if (standardId === undefined || prerequisiteId === undefined) continue;
    const key = edgeKey(standardId, prerequisiteId);
    if (wanted.has(key)) continue;
    wanted.add(key);
    if (existingEdges.has(key)) bump('prerequisites', 'unchanged');
    else {
      insertPrerequisites.push({ sourcedId: edge.identifier, standardId, prerequisiteId });
      bump('prerequisites', 'added');
    }
  }
  const deletePrerequisiteIds = edges.filter((edge) => edge.origin === 'framework' && !wanted.has(edgeKey(edge.standard_id, edge.prerequisite_id))).map((edge) => edge.id);
  bump('prerequisites', 'removed', deletePrerequisiteIds.length);

  const associations = existing
    ? (reader
        .prepare('SELECT id, sourced_id, association_type, origin_sourced_id, destination_sourced_id FROM standard_associations WHERE framework_id = ?')
        .all(existing.id) as { id: string; sourced_id: string | null; association_type: string; origin_sourced_id: string; destination_sourced_id: string }[])
    : [];
  const associationBySourced = new Map(associations.filter((a) => a.sourced_id !== null).map((a) => [a.sourced_id as string, a]));
  const insertAssociations: AssociationRow[] = [];
  const updateAssociations: AssociationRow[] = [];
  const seenAssociations = new Set<string>();
  for (const association of pkg.otherAssociations) {
    if (seenAssociations.has(association.identifier)) continue;
    seenAssociations.add(association.identifier);
    const old = associationBySourced.get(association.identifier);
    const next: AssociationRow = {
      id: old?.id ?? newId(),
      sourcedId: association.identifier,
      type: association.type,
      origin: association.originIdentifier,
      destination: association.destinationIdentifier,
    };
    if (!old) {
      insertAssociations.push(next);
      bump('standard_associations', 'added');
    } else if (old.association_type === next.type && old.origin_sourced_id === next.origin && old.destination_sourced_id === next.destination) {
      bump('standard_associations', 'unchanged');
    } else {
      updateAssociations.push(next);
      bump('standard_associations', 'updated');
    }
  }
  const deleteAssociationIds = associations.filter((a) => a.sourced_id === null || !seenAssociations.has(a.sourced_id)).map((a) => a.id);
  bump('standard_associations', 'removed', deleteAssociationIds.length);

  const total =
    1 +
    insertStandards.length +
    updateStandards.length +
    retireStandardIds.length +
    insertPrerequisites.length +
    deletePrerequisiteIds.length +
    insertAssociations.length +
    updateAssociations.length +
    deleteAssociationIds.length;
  return {
    kind: 'framework',
    counts,
    framework: { row, action },
    insertStandards,
    updateStandards,
    retireStandardIds,
    insertPrerequisites,
    deletePrerequisiteIds,
    insertAssociations,
    updateAssociations,
    deleteAssociationIds,
    total,
  };
}
