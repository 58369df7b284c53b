import { recordAudit } from './audit.js';
import { GradebookError } from './errors.js';
import type { GradebookReader, GradebookWriter } from './handle.js';

/** Reads for the Standards view (frameworks, their trees, search) and the class's tracked standards. */

export type FrameworkListing = {
  id: string;
  title: string;
  creator: string;
  version: string | null;
  subject: string | null;
  standardCount: number;
  retiredCount: number;
  prerequisiteCount: number;
  lastChangedAt: string | null;
};

export type StandardListing = {
  id: string;
  frameworkId: string;
  parentId: string | null;
  position: number;
  code: string | null;
  statement: string;
  type: string;
  gradeLevels: string[];
  retired: boolean;
};

type StandardSqlRow = {
  id: string;
  framework_id: string;
  parent_id: string | null;
  position: number;
  code: string | null;
  statement: string;
  type: string;
  grade_levels: string;
  retired_at: string | null;
};

const standardColumns = 's.id, s.framework_id, s.parent_id, s.position, s.code, s.statement, s.type, s.grade_levels, s.retired_at';

function toListing(row: StandardSqlRow): StandardListing {
  return {
    id: row.id,
    frameworkId: row.framework_id,
    parentId: row.parent_id,
    position: row.position,
    code: row.code,
    statement: row.statement,
    type: row.type,
    gradeLevels: JSON.parse(row.grade_levels) as string[],
    retired: row.retired_at !== null,
  };
}

export function listFrameworks(reader: GradebookReader): FrameworkListing[] {
  return (
    reader
      .prepare(
        `SELECT f.id, f.title, f.creator, f.version, f.subject, f.last_changed_at AS lastChangedAt,
           (SELECT count(*) FROM standards s WHERE s.framework_id = f.id AND s.retired_at IS NULL) AS standardCount,
           (SELECT count(*) FROM standards s WHERE s.framework_id = f.id AND s.retired_at IS NOT NULL) AS retiredCount,
           (SELECT count(*) FROM prerequisites p JOIN standards s ON s.id = p.standard_id WHERE s.framework_id = f.id) AS prerequisiteCount
         FROM frameworks f ORDER BY f.title COLLATE NOCASE, f.id`,
      )
      .all() as FrameworkListing[]
  );
}

function requireFramework(reader: GradebookReader, frameworkId: string): void {
  if (reader.prepare('SELECT 1 FROM frameworks WHERE id = ?').get(frameworkId) === undefined) {
    throw new GradebookError('not_found', 'That framework is not in this gradebook.', { frameworkId });
  }
}

function requireClassRow(reader: GradebookReader, classId: string): void {
  if (reader.prepare('SELECT 1 FROM classes WHERE id = ?').get(classId) === undefined) {
    throw new GradebookError('not_found', 'That class is not in this gradebook.', { classId });
  }
}

/**
 * A framework as a flat list in tree order (depth-first, siblings by position), retired standards
 * included and marked, so the view can indent by parent and grey out what a newer version dropped.
 */
export function standardsTree(reader: GradebookReader, frameworkId: string): StandardListing[] {
  requireFramework(reader, frameworkId);
  const rows = (reader.prepare(`SELECT ${standardColumns} FROM standards s WHERE s.framework_id = ? ORDER BY s.position, s.rowid`).all(frameworkId) as StandardSqlRow[]).map(
    toListing,
  );
  const children = new Map<string | null, StandardListing[]>();
  const ids = new Set(rows.map((row) => row.id));
  for (const row of rows) {
    const parent = row.parentId !== null && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const out: StandardListing[] = [];
  const walk = (parent: string | null) => {
    for (const child of children.get(parent) ?? []) {
      out.push(child);
      walk(child.id);
    }
  };
  walk(null);
  return out;
}

/**
 * Standards whose code starts with the query (`5.NF` finds 5.NF.A.1) or whose statement holds every
 * word of it; code matches first. At most `limit`, retired standards left out.
 */
export function searchStandards(reader: GradebookReader, query: string, frameworkId?: string, limit = 100): StandardListing[] {
  if (frameworkId !== undefined) requireFramework(reader, frameworkId);
  const words = query.trim().split(/\s+/).filter((word) => word !== '').slice(0, 8);
  if (words.length === 0) return [];
  const escape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
  const frameworkFilter = frameworkId === undefined ? '' : 'AND s.framework_id = ?';
  const frameworkParams = frameworkId === undefined ? [] : [frameworkId];
  const byCode = reader
    .prepare(
      `SELECT ${standardColumns} FROM standards s WHERE s.retired_at IS NULL ${frameworkFilter} AND s.code LIKE ? ESCAPE '\\' ORDER BY s.code LIMIT ?`,
    )
    .all(...frameworkParams, `${escape(query.trim())}%`, limit) as StandardSqlRow[];
  const byWords = reader
    .prepare(
      `SELECT ${standardColumns} FROM standards s WHERE s.retired_at IS NULL ${frameworkFilter} ${words
        .map(() => `AND s.statement LIKE ? ESCAPE '\\'`)
        .join(' ')} ORDER BY s.code, s.rowid LIMIT ?`,
    )
    .all(...frameworkParams, ...words.map((word) => `%${escape(word)}%`), limit) as StandardSqlRow[];
  const seen = new Set<string>();
  const out: StandardListing[] = [];
  for (const row of [...byCode, ...byWords]) {
    if (seen.has(row.id) || out.length >= limit) continue;
    seen.add(row.id);
    out.push(toListing(row));
  }
  return out;
}

/** The standards a class tracks, in the class's order. */
export function trackedStandards(reader: GradebookReader, classId: string): StandardListing[] {
  requireClassRow(reader, classId);
  return (
    reader
      .prepare(`SELECT ${standardColumns} FROM class_standards cs JOIN standards s ON s.id = cs.standard_id WHERE cs.class_id = ? ORDER BY cs.position`)
      .all(classId) as StandardSqlRow[]
  ).map(toListing);
}

/**
 * Makes the class track exactly `standardIds`, in that order, in one transaction with one audit entry.
 * A standard tracked before keeps its own mastery-method override; evidence is never touched.
 */
export function setTrackedStandards(writer: GradebookWriter, classId: string, standardIds: readonly string[], actor = 'educator'): StandardListing[] {
  return writer.transaction(() => {
    requireClassRow(writer, classId);
    const unique = [...new Set(standardIds)];
    const known = writer.prepare('SELECT 1 FROM standards WHERE id = ?');
    const missing = unique.filter((standardId) => known.get(standardId) === undefined);
    if (missing.length > 0) {
      throw new GradebookError('not_found', `${missing.length === 1 ? 'A standard' : `${missing.length} standards`} in the list are not in this gradebook.`, {
        classId,
        missing: missing.slice(0, 20),
      });
    }
    const before = (writer.prepare('SELECT standard_id FROM class_standards WHERE class_id = ? ORDER BY position').pluck().all(classId) as string[]);
    const keep = new Set(unique);
    const drop = writer.prepare('DELETE FROM class_standards WHERE class_id = ? AND standard_id = ?');
    for (const standardId of before) if (!keep.has(standardId)) drop.run(classId, standardId);
    const upsert = writer.prepare(
      `INSERT INTO class_standards (class_id, standard_id, position, mastery_method) VALUES (?, ?, ?, NULL)
       ON CONFLICT (class_id, standard_id) DO UPDATE SET position = excluded.position`,
    );
    unique.forEach((standardId, position) => upsert.run(classId, standardId, position));
    const changed = before.length !== unique.length || before.some((standardId, index) => unique[index] !== standardId);
    if (changed) {
      recordAudit(writer, { actor, action: 'update', entity: 'class_standards', entityId: classId, before: { standardIds: before }, after: { standardIds: unique } });
    }
    return trackedStandards(writer, classId);
  });
}
