import type { ClassReport } from '../../../preload/contract/reports.js';
import { plainCsv } from './csv.js';
import type { Cell } from './sections.js';

/**
 * Current levels as a OneRoster 1.2 CSV set for the school's systems: the roster they sit on (orgs,
 * academic sessions, courses, classes, users, roles, enrollments — each with the sourcedId it was
 * imported with, else Proficio's id) and the gradebook files: one line item per class × standard,
 * tied to the standard's CASE identifier as its learning objective, and one result per learner with
 * a level. The roster files read back through Proficio's own importer with the same ids.
 */
export function oneRosterResultFiles(reports: readonly ClassReport[], scoredOn: string): Map<string, string> {
  const orgs = new Map<string, Cell[]>();
  const sessions = new Map<string, Cell[]>();
  const courses = new Map<string, Cell[]>();
  const classes: Cell[][] = [];
  const users = new Map<string, Cell[]>();
  const roles = new Map<string, Cell[]>();
  const enrollments: Cell[][] = [];
  const lineItems: Cell[][] = [];
  const lineItemObjectives: Cell[][] = [];
  const results: Cell[][] = [];
  const resultObjectives: Cell[][] = [];

  for (const report of reports) {
    const school = report.roster.school.sourcedId || `${report.classId}-school`;
    orgs.set(school, [school, 'active', null, report.roster.school.name || 'School', 'school', null, null]);
    const term = report.roster.term ?? { sourcedId: `${report.classId}-term`, title: 'Term', type: 'term', startsOn: report.from ?? scoredOn, endsOn: report.to ?? scoredOn, schoolYear: null };
    const schoolYear = term.schoolYear ?? Number((term.endsOn || scoredOn).slice(0, 4));
    sessions.set(term.sourcedId, [term.sourcedId, 'active', null, term.title || 'Term', term.type, term.startsOn, term.endsOn, null, schoolYear]);
    const course = report.roster.course ?? { sourcedId: `${report.classId}-course`, title: report.title, code: report.code };
    courses.set(course.sourcedId, [course.sourcedId, 'active', null, null, course.title || report.title, course.code, null, school, null, null]);
    const classId = report.sourcedId ?? report.classId;
    classes.push([classId, 'active', null, report.title, null, course.sourcedId, report.code, 'scheduled', null, school, term.sourcedId, null, null, null]);

    const learnerIds = report.learners.map((learner) => {
      const id = learner.sourcedId ?? learner.learnerId;
      users.set(id, [id, 'active', null, 'true', id, null, learner.givenName, learner.familyName, null, null, null, null, null, null, null, null, null, null, learner.preferredName, null, null, school, null]);
      roles.set(id, [`${id}-role`, 'active', null, id, 'primary', 'student', null, null, school, null]);
      enrollments.push([`${classId}-${id}`, 'active', null, classId, school, id, 'student', 'false', null, null]);
      return id;
    });
    const [min, max] = [Math.min(...report.levels.map((l) => l.value)), Math.max(...report.levels.map((l) => l.value))];
    for (const [s, standard] of report.standards.entries()) {
      const objective = standard.caseId ?? standard.standardId;
      const lineItem = `${classId}-${objective}`;
      lineItems.push([lineItem, 'active', null, `${standard.code ?? standard.statement}: current level`, standard.statement, null, null, classId, null, null, term.sourcedId, school, null, Number.isFinite(min) ? min : null, Number.isFinite(max) ? max : null]);
      lineItemObjectives.push([lineItem, 'case', objective]);
      for (const [l, learnerId] of learnerIds.entries()) {
        const level = report.heatmap[l]?.[s] ?? null;
        if (level === null) continue;
        const result = `${lineItem}-${learnerId}`;
        const label = report.levels.find((lv) => lv.value === level)?.label ?? null;
        results.push([result, 'active', null, lineItem, learnerId, classId, null, 'fully graded', level, label, report.asOf ?? scoredOn, null, 'false', 'false', 'false', 'false']);
        resultObjectives.push([result, 'case', objective, level, label]);
      }
    }
  }

  const file = (header: string, rows: Iterable<Cell[]>) => plainCsv([header.split(','), ...rows]);
  return new Map([
    ['manifest.csv', plainCsv([['propertyName', 'value'], ...manifest])],
    ['orgs.csv', file('sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId', orgs.values())],
    ['academicSessions.csv', file('sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear', sessions.values())],
    ['courses.csv', file('sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes', courses.values())],
    ['classes.csv', file('sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods', classes)],
    [
      'users.csv',
      file(
        'sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns',
        users.values(),
      ),
    ],
    ['roles.csv', file('sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId', roles.values())],
    ['enrollments.csv', file('sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate', enrollments)],
    [
      'lineItems.csv',
      file('sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,gradingPeriodSourcedId,academicSessionSourcedId,schoolSourcedId,scoreScaleSourcedId,resultValueMin,resultValueMax', lineItems),
    ],
    ['lineItemLearningObjectiveIds.csv', file('lineItemSourcedId,source,learningObjectiveId', lineItemObjectives)],
    ['results.csv', file('sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,classSourcedId,scoreScaleSourcedId,scoreStatus,score,textScore,scoreDate,comment,inProgress,incomplete,late,missing', results)],
    ['resultLearningObjectiveIds.csv', file('resultSourcedId,source,learningObjectiveId,score,textScore', resultObjectives)],
  ]);
}

const manifest: Cell[][] = [
  ['manifest.version', '1.0'],
  ['oneroster.version', '1.2'],
  ...['orgs', 'academicSessions', 'courses', 'classes', 'users', 'roles', 'enrollments', 'lineItems', 'lineItemLearningObjectiveIds', 'results', 'resultLearningObjectiveIds'].map((name): Cell[] => [`file.${name}`, 'bulk']),
  ...['demographics', 'userProfiles', 'categories', 'scoreScales', 'lineItemScoreScales', 'resultScoreScales', 'classResources', 'courseResources', 'resources'].map((name): Cell[] => [`file.${name}`, 'absent']),
  ['source.systemName', 'Proficio'],
  ['source.systemCode', 'proficio'],
];
