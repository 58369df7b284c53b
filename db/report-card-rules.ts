import { sql } from 'kysely';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';

/** Report-card rules: stored as data (migration 0090), read by the class report, edited in the app. */

export type ReportCardRuleRow = {
  id: string;
  title: string;
  /** The cluster/domain standard or the framework the rule marks. */
  scopeId: string;
  scopeKind: 'standard' | 'framework';
  scopeTitle: string;
  /** JSON text: marks best first, each with its conditions. */
  marks: string;
  otherwise: string;
};

export function readReportCardRules(reader: GradebookReader): ReportCardRuleRow[] {
  return reader.all(
    qb
      .selectFrom('report_card_rules as r')
      .leftJoin('standards as s', 's.id', 'r.scope_standard_id')
      .leftJoin('frameworks as f', 'f.id', 'r.scope_framework_id')
      .select([
        'r.id',
        'r.title',
        sql<string>`coalesce(r.scope_standard_id, r.scope_framework_id)`.as('scopeId'),
        sql<'standard' | 'framework'>`CASE WHEN r.scope_standard_id IS NULL THEN 'framework' ELSE 'standard' END`.as('scopeKind'),
        sql<string>`coalesce(CASE WHEN s.code IS NULL THEN s.statement ELSE s.code || ' ' || s.statement END, f.title, '')`.as('scopeTitle'),
        'r.marks',
        'r.otherwise',
      ])
      .orderBy('r.title')
      .orderBy('r.id'),
  );
}

/** Whether an id names a standard or a framework of this gradebook (a rule's scope), or neither. */
export function scopeKindOf(reader: GradebookReader, scopeId: string): 'standard' | 'framework' | null {
  if (reader.first(qb.selectFrom('standards').select('id').where('id', '=', scopeId))) return 'standard';
  if (reader.first(qb.selectFrom('frameworks').select('id').where('id', '=', scopeId))) return 'framework';
  return null;
}

export type ReportCardRuleWrite = { id: string; title: string; scopeId: string; scopeKind: 'standard' | 'framework'; marks: string; otherwise: string; at: string };

/** Inserts the rule, or replaces the one with its id (its created_at kept). Returns whether it existed. */
export function upsertReportCardRule(writer: GradebookWriter, rule: ReportCardRuleWrite): boolean {
  const scope = rule.scopeKind === 'standard' ? { scope_standard_id: rule.scopeId, scope_framework_id: null } : { scope_standard_id: null, scope_framework_id: rule.scopeId };
  const updated = writer.run(
    qb
      .updateTable('report_card_rules')
      .set({ title: rule.title, ...scope, marks: rule.marks, otherwise: rule.otherwise, updated_at: rule.at })
      .where('id', '=', rule.id),
  ).changes;
  if (updated > 0) return true;
  writer.run(
    qb.insertInto('report_card_rules').values({ id: rule.id, title: rule.title, ...scope, marks: rule.marks, otherwise: rule.otherwise, created_at: rule.at, updated_at: rule.at }),
  );
  return false;
}

export function deleteReportCardRuleRow(writer: GradebookWriter, ruleId: string): number {
  return writer.run(qb.deleteFrom('report_card_rules').where('id', '=', ruleId)).changes;
}
