import { recordAudit } from '../../db/audit.js';
import { GradebookError } from '../../db/errors.js';
import type { GradebookReader, GradebookWriter } from '../../db/handle.js';
import { newId, nowIso } from '../../db/ids.js';
import { deleteReportCardRuleRow, readReportCardRules, scopeKindOf, upsertReportCardRule, type ReportCardRuleRow } from '../../db/report-card-rules.js';
import { reportCardRuleSchema, type ReportCardRule, type ReportCardRuleInput } from '../../preload/contract/reports.js';

/** The gradebook's report-card rules, by title. A stored rule that no longer parses is skipped, never guessed at. */
export function listReportCardRules(reader: GradebookReader): ReportCardRule[] {
  return readReportCardRules(reader).flatMap((row) => {
    const rule = ruleFromRow(row);
    return rule === null ? [] : [rule];
  });
}

export function ruleFromRow(row: ReportCardRuleRow): ReportCardRule | null {
  let marks: unknown;
  try {
    marks = JSON.parse(row.marks);
  } catch {
    return null;
  }
  const parsed = reportCardRuleSchema.safeParse({ ruleId: row.id, title: row.title, scopeId: row.scopeId, marks, otherwise: row.otherwise });
  return parsed.success ? { ...parsed.data, ruleId: row.id, scopeTitle: row.scopeTitle } : null;
}

/** Saves a rule (new without `ruleId`), audited; its scope must be a standard or framework of this gradebook. */
export function saveReportCardRule(writer: GradebookWriter, input: ReportCardRuleInput, actor = 'educator'): ReportCardRule {
  const scopeKind = scopeKindOf(writer, input.scopeId);
  if (scopeKind === null) throw new GradebookError('not_found', 'The cluster or framework this rule marks is not in this gradebook.', { scopeId: input.scopeId });
  const id = input.ruleId ?? newId();
  const at = nowIso();
  return writer.transaction(() => {
    const before = readReportCardRules(writer).find((r) => r.id === id);
    if (input.ruleId !== undefined && !before) throw new GradebookError('not_found', 'That report-card rule is no longer in this gradebook.', { ruleId: id });
    upsertReportCardRule(writer, { id, title: input.title, scopeId: input.scopeId, scopeKind, marks: JSON.stringify(input.marks), otherwise: input.otherwise, at });
    const after = readReportCardRules(writer).find((r) => r.id === id);
    recordAudit(writer, { at, actor, action: before ? 'update' : 'create', entity: 'report_card_rule', entityId: id, before: before ?? null, after: after ?? null });
    const saved = after ? ruleFromRow(after) : null;
    if (!saved) throw new GradebookError('invalid_data', 'The report-card rule could not be read back after saving.', { ruleId: id });
    return saved;
  });
}

export function deleteReportCardRule(writer: GradebookWriter, ruleId: string, actor = 'educator'): { ruleId: string } {
  return writer.transaction(() => {
    const before = readReportCardRules(writer).find((r) => r.id === ruleId);
    if (!before) throw new GradebookError('not_found', 'That report-card rule is no longer in this gradebook.', { ruleId });
    deleteReportCardRuleRow(writer, ruleId);
    recordAudit(writer, { actor, action: 'delete', entity: 'report_card_rule', entityId: ruleId, before });
    return { ruleId };
  });
}
