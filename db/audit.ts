import { newId, nowIso } from './ids.js';
import { sql } from 'kysely';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';
import type { AuditAction } from './schema.js';

/** The audit log: who changed what, when, from what to what. */

/** A row's state as the audit log keeps it: plain JSON, so an old version reads back after any code change. */
export type AuditState = Readonly<Record<string, unknown>>;

export type AuditEntry = {
  id?: string;
  /** ISO 8601 instant; defaults to now. */
  at?: string;
  /** Who made the change: an educator id, or a name such as 'import' or 'Proficio demo generator'. */
  actor: string;
  action: AuditAction;
  /** The table or aggregate changed, e.g. 'evidence'. */
  entity: string;
  entityId: string;
  before?: AuditState | null;
  after?: AuditState | null;
};

/**
 * Appends one entry to the audit log. Call it inside the same transaction as the change it describes,
 * so a change and its record stand or fall together.
 */
export function recordAudit(writer: GradebookWriter, entry: AuditEntry): string {
  const id = entry.id ?? newId();
  writer.run(
    qb.insertInto('audit_log').values({
      id,
      at: entry.at ?? nowIso(),
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before == null ? null : JSON.stringify(entry.before),
      after: entry.after == null ? null : JSON.stringify(entry.after),
    }),
  );
  return id;
}

export type AuditRecord = {
  at: string;
  actor: string;
  action: AuditAction;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** The audit trail of some rows of one entity, newest first. */
export function readAuditTrail(reader: GradebookReader, entity: string, entityIds: readonly string[]): AuditRecord[] {
  if (entityIds.length === 0) return [];
  return reader
    .all(
      qb
        .selectFrom('audit_log')
        .select(['at', 'actor', 'action', 'entity', 'entity_id as entityId', 'before', 'after'])
        .where('entity', '=', entity)
        .where('entity_id', 'in', [...entityIds])
        .orderBy('at', 'desc')
        .orderBy(sql`rowid`, 'desc'),
    )
    .map((row) => ({
      ...row,
      before: row.before === null ? null : (JSON.parse(row.before) as Record<string, unknown>),
      after: row.after === null ? null : (JSON.parse(row.after) as Record<string, unknown>),
    }));
}
