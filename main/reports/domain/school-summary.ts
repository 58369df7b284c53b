import type { ClassReport, SchoolClass, SchoolStandard, SchoolSummary, SchoolUnmatched } from '../../../preload/contract/reports.js';

/** One gradebook's class reports, named as the coach knows the file. */
export type GradebookReports = { gradebook: string; reports: readonly ClassReport[] };

type StandardTally = { caseId: string | null; code: string | null; statement: string; classes: Set<string>; learners: Set<string>; mastered: Set<string> };
type ClassTally = { sourcedId: string | null; code: string | null; title: string; gradebooks: Set<string>; learners: Set<string>; standards: Set<string>; cells: Set<string>; mastered: Set<string> };

/**
 * The school across teachers' files: learners matched by OneRoster sourcedId, standards by CASE
 * identifier, classes by sourcedId. Whatever has no such id stands alone and is listed, and an id that
 * names different people (or standards) in different files is listed as a conflict rather than hidden.
 */
export function schoolSummary(files: readonly GradebookReports[]): SchoolSummary {
  const unmatched: SchoolUnmatched = { learners: [], standards: [], classes: [], conflicts: [] };
  const namesBySourcedId = { learner: new Map<string, Set<string>>(), standard: new Map<string, Set<string>>() };
  const standards = new Map<string, StandardTally>();
  const classes = new Map<string, ClassTally>();
  const seenUnmatched = new Set<string>();

  for (const { gradebook, reports } of files) {
    for (const report of reports) {
      const classKey = report.sourcedId === null ? `${gradebook}\u0000${report.classId}` : `id\u0000${report.sourcedId}`;
      if (report.sourcedId === null) unmatched.classes.push({ gradebook, classId: report.classId, title: report.title });
      let schoolClass = classes.get(classKey);
      if (!schoolClass) {
        schoolClass = { sourcedId: report.sourcedId, code: report.code, title: report.title, gradebooks: new Set(), learners: new Set(), standards: new Set(), cells: new Set(), mastered: new Set() };
        classes.set(classKey, schoolClass);
      }
      schoolClass.gradebooks.add(gradebook);

      const learnerKeys = report.learners.map((learner) => {
        const name = `${learner.givenName} ${learner.familyName}`;
        if (learner.sourcedId === null) {
          if (!seenUnmatched.has(`l${gradebook}\u0000${learner.learnerId}`)) unmatched.learners.push({ gradebook, learnerId: learner.learnerId, name });
          seenUnmatched.add(`l${gradebook}\u0000${learner.learnerId}`);
          return `${gradebook}\u0000${learner.learnerId}`;
        }
        addName(namesBySourcedId.learner, learner.sourcedId, name);
        return `id\u0000${learner.sourcedId}`;
      });
      const standardKeys = report.standards.map((standard) => {
        if (standard.caseId === null) {
          if (!seenUnmatched.has(`s${gradebook}\u0000${standard.standardId}`)) unmatched.standards.push({ gradebook, standardId: standard.standardId, code: standard.code });
          seenUnmatched.add(`s${gradebook}\u0000${standard.standardId}`);
          return `${gradebook}\u0000${standard.standardId}`;
        }
        addName(namesBySourcedId.standard, standard.caseId, standard.code ?? standard.statement);
        return `id\u0000${standard.caseId}`;
      });

      for (const [s, standard] of report.standards.entries()) {
        const key = standardKeys[s] ?? '';
        let tally = standards.get(key);
        if (!tally) standards.set(key, (tally = { caseId: standard.caseId, code: standard.code, statement: standard.statement, classes: new Set(), learners: new Set(), mastered: new Set() }));
        tally.classes.add(classKey);
        schoolClass.standards.add(key);
        for (const [l, learnerKey] of learnerKeys.entries()) {
          tally.learners.add(learnerKey);
          schoolClass.learners.add(learnerKey);
          const cell = `${learnerKey}\u0001${key}`;
          schoolClass.cells.add(cell);
          const level = report.heatmap[l]?.[s] ?? null;
          if (level !== null && level >= standard.threshold) {
            tally.mastered.add(learnerKey);
            schoolClass.mastered.add(cell);
          }
        }
      }
    }
  }

  for (const kind of ['learner', 'standard'] as const) {
    for (const [sourcedId, names] of namesBySourcedId[kind]) if (names.size > 1) unmatched.conflicts.push({ kind, sourcedId, names: [...names].sort() });
  }
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return {
    gradebooks: files.map((f) => f.gradebook),
    standards: [...standards.values()]
      .map((t): SchoolStandard => ({
        caseId: t.caseId,
        code: t.code,
        statement: t.statement,
        classes: t.classes.size,
        learners: t.learners.size,
        masteredCount: t.mastered.size,
        masteredShare: share(t.mastered.size, t.learners.size),
      }))
      .sort((a, b) => (a.code ?? a.statement).localeCompare(b.code ?? b.statement, 'en', { numeric: true })),
    classes: [...classes.values()].map((t): SchoolClass => ({
      sourcedId: t.sourcedId,
      code: t.code,
      title: t.title,
      gradebooks: [...t.gradebooks],
      learners: t.learners.size,
      standards: t.standards.size,
      masteredCells: t.mastered.size,
      cells: t.cells.size,
      masteredShare: share(t.mastered.size, t.cells.size),
    })),
    unmatched,
  };
}

function addName(names: Map<string, Set<string>>, sourcedId: string, name: string): void {
  const known = names.get(sourcedId);
  if (known) known.add(name);
  else names.set(sourcedId, new Set([name]));
}
