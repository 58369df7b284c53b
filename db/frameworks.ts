import { GradebookError } from './errors.js';
import { newId, nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { FrameworkSummary } from '../preload/contract/standards.js';

/** Frameworks: their rows and the listing of the Standards view (their standards live in standards.ts). */

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


export function listFrameworks(reader: GradebookReader): FrameworkSummary[] {
  return (
    reader
      .prepare(
        `SELECT f.id, f.title, f.creator, f.version, f.subject, f.last_changed_at AS lastChangedAt,
           (SELECT count(*) FROM standards s WHERE s.framework_id = f.id AND s.retired_at IS NULL) AS standardCount,
           (SELECT count(*) FROM standards s WHERE s.framework_id = f.id AND s.retired_at IS NOT NULL) AS retiredCount,
           (SELECT count(*) FROM prerequisites p JOIN standards s ON s.id = p.standard_id WHERE s.framework_id = f.id) AS prerequisiteCount
         FROM frameworks f ORDER BY f.title COLLATE NOCASE, f.id`,
      )
      .all() as FrameworkSummary[]
  );
}

export function requireFramework(reader: GradebookReader, frameworkId: string): void {
  if (reader.prepare('SELECT 1 FROM frameworks WHERE id = ?').get(frameworkId) === undefined) {
    throw new GradebookError('not_found', 'That framework is not in this gradebook.', { frameworkId });
  }
}
