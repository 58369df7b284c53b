import type { GradebookReader } from '../../../db/handle.js';
import type { ImportIssue } from '../import-issue.js';
import type { RosterPackage } from '../roster-package.js';
import type { ImportCounts } from './import-counts.js';
import { planClasses } from './roster/plan-classes.js';
import { planContacts } from './roster/plan-contacts.js';
import { planCourses } from './roster/plan-courses.js';
import { planDemographics } from './roster/plan-demographics.js';
import { planEnrollments } from './roster/plan-enrollments.js';
import { planPeople } from './roster/plan-people.js';
import { planSchools } from './roster/plan-schools.js';
import { planTerms } from './roster/plan-terms.js';
import { startRosterPlanning } from './roster/roster-planning.js';
import type { OpsTarget } from './table-ops.js';

export { rosterTables } from './roster/roster-planning.js';

/**
 * The diff of a roster package against the gradebook. Identity is the OneRoster sourcedId. Bulk files
 * are the complete set *for the classes imported*: a learner or educator missing from a bulk
 * enrollments file has their enrollment in those classes made inactive (never deleted, so evidence
 * keeps its class); delta files apply each row's status. Rows that cannot be placed (an enrollment
 * whose class is unknown, a parent linked to no learner) are skipped with a warning each.
 */
export type RosterPlan = {
  kind: 'roster';
  counts: ImportCounts;
  /** Classes whose enrollments change: their stored levels are recomputed in the same commit. */
  touchedClassIds: string[];
  issues: ImportIssue[];
  /** Rows written (or, for a preview, that would be): the progress total of the commit. */
  total: number;
};

/**
 * The tables are planned in the order they must be written (parents before children), and each
 * planned row goes to `target` at once: a preview counts, a commit writes inside its transaction.
 * Every table's stored rows are read before the first write to it, so writing as it goes plans
 * exactly what a preview of the same gradebook planned.
 */
export function planRoster(reader: GradebookReader, pkg: RosterPackage, fileLabel: string, target: OpsTarget = { kind: 'count' }): RosterPlan {
  const planning = startRosterPlanning(reader, pkg, fileLabel, target);
  const schools = planSchools(planning);
  const terms = planTerms(planning, schools);
  const courses = planCourses(planning, schools);
  const classes = planClasses(planning, schools, terms, courses);
  const people = planPeople(planning, schools);
  const contacts = planContacts(planning, people);
  const enrollments = planEnrollments(planning, classes, people);
  const demographics = planDemographics(planning, people);
  planning.finish();
  const ops = [schools.ops, terms.ops, courses.ops, classes.ops, people.learners, people.educators, contacts, enrollments.ops, demographics];
  return {
    kind: 'roster',
    counts: planning.counts,
    touchedClassIds: [...enrollments.touchedClassIds],
    issues: planning.issues,
    total: ops.reduce((sum, o) => sum + o.count(), 0),
  };
}
