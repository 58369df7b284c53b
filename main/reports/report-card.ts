import type { GradebookReader } from '../../db/handle.js';
import type { ClassReport } from '../../preload/contract/reports.js';
import type { ClassMastery } from '../gradebook/class-mastery.js';
import { markFor } from './domain/report-card.js';
import { listReportCardRules } from './report-card-rules.js';

/**
 * Each learner's report-card marks under the gradebook's rules: a rule marks the report's standards
 * under its cluster or domain (or of its framework); a rule with none of them in the report is left out.
 */
export function evaluateReportCard(reader: GradebookReader, mastery: ClassMastery, report: ClassReport): ClassReport {
  const rules = listReportCardRules(reader);
  if (rules.length === 0) return report;
  const frameworkOf = new Map(
    (reader.prepare('SELECT id, framework_id FROM standards WHERE id IN (SELECT standard_id FROM class_standards WHERE class_id = ?)').raw(true).all(mastery.classId) as [string, string][]),
  );
  const columnAncestors = new Map(mastery.columns.map((c) => [c.standardId, new Set(c.ancestors.map((a) => a.id))]));
  const marksBy = report.learners.map(() => [] as ClassReport['learners'][number]['marks']);
  for (const rule of rules) {
    const indices = report.standards.flatMap((s, index) =>
      columnAncestors.get(s.standardId)?.has(rule.scopeId) || frameworkOf.get(s.standardId) === rule.scopeId ? [index] : [],
    );
    if (indices.length === 0) continue;
    for (const [l] of report.learners.entries()) {
      const levels = indices.map((s) => report.heatmap[l]?.[s] ?? null);
      const outcome = markFor(levels, rule.marks, rule.otherwise);
      marksBy[l]?.push({ ruleId: rule.ruleId, title: rule.title, mark: outcome.mark, explanation: outcome.explanation });
    }
  }
  return { ...report, learners: report.learners.map((learner, l) => ({ ...learner, marks: marksBy[l] ?? [] })) };
}
