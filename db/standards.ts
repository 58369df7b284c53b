import { recordAudit } from './audit.js';
import { requireClass } from './classes.js';
import { GradebookError } from './errors.js';
import { requireFramework } from './frameworks.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import { shortCode, type StandardNode } from '../preload/contract/standards.js';

/** Standards: their rows, a framework's tree, search, ancestry, and which standards a class tracks (prerequisites.ts holds the edges between them). */

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

function toListing(row: StandardSqlRow): StandardNode {
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

/**
 * A framework as a flat list in tree order (depth-first, siblings by position), retired standards
 * included and marked, so the view can indent by parent and grey out what a newer version dropped.
 */
export function standardsTree(reader: GradebookReader, frameworkId: string): StandardNode[] {
  requireFramework(reader, frameworkId);
  const rows = (reader.prepare(`SELECT ${standardColumns} FROM standards s WHERE s.framework_id = ? ORDER BY s.position, s.rowid`).all(frameworkId) as StandardSqlRow[]).map(
    toListing,
  );
  const children = new Map<string | null, StandardNode[]>();
  const ids = new Set(rows.map((row) => row.id));
  for (const row of rows) {
    const parent = row.parentId !== null && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const out: StandardNode[] = [];
  const walk = (parent: string | null) => {
    for (const child of children.get(parent) ?? []) {
      out.push(child);
      walk(child.id);
    }
  };
  walk(null);
  return out;
}

/** The stored grade levels a grade filter matches: `5` → 5 and 05, `K` → K and KG. */
function gradeVariants(grade: string): string[] {
  const upper = grade.trim().toUpperCase();
  if (/^\d+$/.test(upper)) {
    const number = String(Number(upper));
    return [...new Set([number, number.padStart(2, '0')])];
  }
  return upper === 'K' || upper === 'KG' ? ['K', 'KG'] : [upper];
}

/**
 * Standards whose code holds the query anywhere, case-insensitively (`5.NF` and `nf.a.1` find
 * CCSS.Math.Content.5.NF.A.1), or whose statement holds every word of it. Code matches come first: a
 * short code equal to the query, then short codes starting with it, then the rest. At most `limit`,
 * retired standards left out; with `grade`, only standards of that grade.
 */
export function searchStandards(reader: GradebookReader, query: string, frameworkId?: string, limit = 100, grade?: string): StandardNode[] {
  if (frameworkId !== undefined) requireFramework(reader, frameworkId);
  const trimmed = query.trim();
  const words = trimmed.split(/\s+/).filter((word) => word !== '').slice(0, 8);
  if (words.length === 0) return [];
  const escape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
  const grades = grade === undefined || grade.trim() === '' ? [] : gradeVariants(grade);
  const filters = [
    frameworkId === undefined ? '' : 'AND s.framework_id = ?',
    grades.length === 0 ? '' : `AND EXISTS (SELECT 1 FROM json_each(s.grade_levels) g WHERE upper(g.value) IN (${grades.map(() => '?').join(', ')}))`,
  ].join(' ');
  const filterParams = [...(frameworkId === undefined ? [] : [frameworkId]), ...grades];
  const lower = trimmed.toLowerCase();
  const rank = (code: string | null) => {
    const short = (shortCode(code) ?? '').toLowerCase();
    return short === lower || (code ?? '').toLowerCase() === lower ? 0 : short.startsWith(lower) ? 1 : 2;
  };
  const byCode = (
    reader
      .prepare(`SELECT ${standardColumns} FROM standards s WHERE s.retired_at IS NULL ${filters} AND s.code LIKE ? ESCAPE '\\' ORDER BY s.code LIMIT 5000`)
      .all(...filterParams, `%${escape(trimmed)}%`) as StandardSqlRow[]
  )
    .map((row, index) => ({ row, index, rank: rank(row.code) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ row }) => row);
  const byWords = reader
    .prepare(
      `SELECT ${standardColumns} FROM standards s WHERE s.retired_at IS NULL ${filters} ${words
        .map(() => `AND s.statement LIKE ? ESCAPE '\\'`)
        .join(' ')} ORDER BY s.code, s.rowid LIMIT ?`,
    )
    .all(...filterParams, ...words.map((word) => `%${escape(word)}%`), limit) as StandardSqlRow[];
  const seen = new Set<string>();
  const out: StandardNode[] = [];
  for (const row of [...byCode, ...byWords]) {
    if (seen.has(row.id) || out.length >= limit) continue;
    seen.add(row.id);
    out.push(toListing(row));
  }
  return out;
}

/** A standard above a tracked one (its cluster, its domain…), as the grid's column headers name it. */
export type AncestorNode = { id: string; code: string | null; statement: string; type: string; parentId: string | null };

/** Standards by id (used to walk up from tracked standards to their clusters and domains). */
export function readAncestorNodes(reader: GradebookReader, ids: readonly string[]): AncestorNode[] {
  if (ids.length === 0) return [];
  return reader.all(
    qb
      .selectFrom('standards')
      .select(['id', 'code', 'statement', 'type', 'parent_id as parentId'])
      .where('id', 'in', [...ids]),
  );
}

/** The standards a class tracks, in the class's order. */
export function trackedStandards(reader: GradebookReader, classId: string): StandardNode[] {
  requireClass(reader, classId);
  return (
    reader
      .prepare(`SELECT ${standardColumns} FROM class_standards cs JOIN standards s ON s.id = cs.standard_id WHERE cs.class_id = ? ORDER BY cs.position`)
      .all(classId) as StandardSqlRow[]
  ).map(toListing);
}

export function isStandardTracked(reader: GradebookReader, classId: string, standardId: string): boolean {
  return (
    reader.first(qb.selectFrom('class_standards').select('standard_id').where('class_id', '=', classId).where('standard_id', '=', standardId)) !==
    undefined
  );
}

export type GridColumnRow = {
  standardId: string;
  code: string | null;
  statement: string;
  parentId: string | null;
  masteryMethod: string | null;
  frameworkId: string;
  /** The framework's own scale, when it has one. */
  scaleId: string | null;
};

/** The standards a class tracks, in the class's order, with their own method and their framework's scale if set. */
export function readTrackedColumns(reader: GradebookReader, classId: string): GridColumnRow[] {
  return reader.all(
    qb
      .selectFrom('class_standards as cs')
      .innerJoin('standards as s', 's.id', 'cs.standard_id')
      .innerJoin('frameworks as f', 'f.id', 's.framework_id')
      .where('cs.class_id', '=', classId)
      .select([
        's.id as standardId',
        's.code',
        's.statement',
        's.parent_id as parentId',
        'cs.mastery_method as masteryMethod',
        's.framework_id as frameworkId',
        'f.scale_id as scaleId',
      ])
      .orderBy('cs.position'),
  );
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

/**
 * Makes the class track exactly `standardIds`, in that order, in one transaction with one audit entry.
 * A standard tracked before keeps its own mastery-method override; evidence is never touched.
 */
export function setTrackedStandards(writer: GradebookWriter, classId: string, standardIds: readonly string[], actor = 'educator'): StandardNode[] {
  return writer.transaction(() => {
    requireClass(writer, classId);
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

/** A learning-related skill: a standard of a framework scored on a learning-skills scale. */
export type SkillRow = { standardId: string; frameworkId: string; code: string | null; statement: string; retired: boolean; classCount: number };

/** Every learning-related skill (retired ones too), in framework order, with how many classes track it. */
export function readSkills(reader: GradebookReader): SkillRow[] {
  return reader
    .all(
      qb
        .selectFrom('standards as s')
        .innerJoin('frameworks as f', 'f.id', 's.framework_id')
        .innerJoin('scales as sc', 'sc.id', 'f.scale_id')
        .where('sc.purpose', '=', 'learning_skills')
        .where('s.type', '=', 'standard')
        .select((eb) => [
          's.id as standardId',
          's.framework_id as frameworkId',
          's.code',
          's.statement',
          's.retired_at as retiredAt',
          eb.selectFrom('class_standards as cs').whereRef('cs.standard_id', '=', 's.id').select(eb.fn.countAll<number>().as('n')).as('classCount'),
        ])
        .orderBy('f.title')
        .orderBy('s.position'),
    )
    .map(({ retiredAt, classCount, ...row }) => ({ ...row, retired: retiredAt !== null, classCount: Number(classCount ?? 0) }));
}

export function updateStandardText(writer: GradebookWriter, standardId: string, changes: { statement: string; code: string | null }): void {
  writer.run(qb.updateTable('standards').set({ statement: changes.statement, code: changes.code, updated_at: nowIso() }).where('id', '=', standardId));
}

export function setStandardRetired(writer: GradebookWriter, standardId: string, retired: boolean): void {
  writer.run(qb.updateTable('standards').set({ retired_at: retired ? nowIso() : null, updated_at: nowIso() }).where('id', '=', standardId));
}

/** Stops every class tracking a standard (evidence stays); returns the classes that tracked it. */
export function untrackEverywhere(writer: GradebookWriter, standardId: string): string[] {
  const classIds = writer.prepare('SELECT class_id FROM class_standards WHERE standard_id = ?').pluck().all(standardId) as string[];
  writer.run(qb.deleteFrom('class_standards').where('standard_id', '=', standardId));
  return classIds;
}

/** Every standard of a framework with its code, retired ones too, for matching codes from another file. */
export function readFrameworkCodes(reader: GradebookReader, frameworkId: string): { standardId: string; code: string | null }[] {
  return reader.all(qb.selectFrom('standards').select(['id as standardId', 'code']).where('framework_id', '=', frameworkId));
}

/** A group's direct children of type `standard`, in their order (a cluster's standards). */
export function readChildStandards(reader: GradebookReader, parentId: string): { standardId: string; code: string | null }[] {
  return reader.all(
    qb.selectFrom('standards').select(['id as standardId', 'code']).where('parent_id', '=', parentId).where('type', '=', 'standard').where('retired_at', 'is', null).orderBy('position').orderBy('id'),
  );
}
