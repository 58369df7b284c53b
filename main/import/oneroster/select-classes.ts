import type { RosterPackage, RosterUser } from '../roster-package.js';

export type ClassSelection = { teacherSourcedId: string } | { classSourcedIds: readonly string[] };

/**
 * Narrows a district-wide roster to some classes — one teacher's, or a list — and keeps only what
 * those classes need: their enrollments and people, the learners' family contacts (users linked as
 * agents with a parent/guardian/relative role), their terms and courses with parent terms, and the
 * orgs they point to with parent orgs. "A teacher can import just their own classes."
 * File modes are kept: a narrowed bulk file is still the complete set *for the classes kept*, which is
 * how the commit must read it.
 */
export function selectClasses(roster: RosterPackage, selection: ClassSelection): RosterPackage {
  const classIds = new Set(
    'teacherSourcedId' in selection
      ? roster.enrollments
          .filter((enrollment) => enrollment.userSourcedId === selection.teacherSourcedId && enrollment.role === 'teacher')
          .map((enrollment) => enrollment.classSourcedId)
      : selection.classSourcedIds,
  );
  const classes = roster.classes.filter((schoolClass) => classIds.has(schoolClass.sourcedId));
  const enrollments = roster.enrollments.filter((enrollment) => classIds.has(enrollment.classSourcedId));

  const userIds = new Set(enrollments.map((enrollment) => enrollment.userSourcedId));
  const learnerIds = new Set(enrollments.filter((enrollment) => enrollment.role === 'student').map((enrollment) => enrollment.userSourcedId));
  const isContact = (user: RosterUser) => user.roles.some((role) => role.role === 'parent' || role.role === 'guardian' || role.role === 'relative');
  for (const user of roster.users) {
    if (!isContact(user)) continue;
    const linked =
      user.agentSourcedIds.some((agent) => learnerIds.has(agent)) ||
      roster.users.some((learner) => learnerIds.has(learner.sourcedId) && learner.agentSourcedIds.includes(user.sourcedId));
    if (linked) userIds.add(user.sourcedId);
  }
  const users = roster.users.filter((user) => userIds.has(user.sourcedId));

  const courseIds = new Set(classes.flatMap((schoolClass) => (schoolClass.courseSourcedId === null ? [] : [schoolClass.courseSourcedId])));
  const courses = roster.courses.filter((course) => courseIds.has(course.sourcedId));

  const termParent = new Map(roster.terms.map((term) => [term.sourcedId, term.parentSourcedId]));
  const termIds = withAncestors(
    [...classes.flatMap((schoolClass) => schoolClass.termSourcedIds), ...courses.flatMap((course) => (course.schoolYearSourcedId ? [course.schoolYearSourcedId] : []))],
    termParent,
  );
  const orgParent = new Map(roster.orgs.map((org) => [org.sourcedId, org.parentSourcedId]));
  const orgIds = withAncestors(
    [
      ...classes.flatMap((schoolClass) => (schoolClass.schoolSourcedId === null ? [] : [schoolClass.schoolSourcedId])),
      ...courses.map((course) => course.orgSourcedId),
      ...enrollments.flatMap((enrollment) => (enrollment.schoolSourcedId === null ? [] : [enrollment.schoolSourcedId])),
    ],
    orgParent,
  );

  return {
    ...roster,
    // a selection is no longer every class (or user) of the source: nothing outside it may be archived
    // or made inactive for missing
    fileModes: {
      ...roster.fileModes,
      classes: roster.fileModes.classes === 'bulk' ? 'delta' : roster.fileModes.classes,
      users: roster.fileModes.users === 'bulk' ? 'delta' : roster.fileModes.users,
    },
    orgs: roster.orgs.filter((org) => orgIds.has(org.sourcedId)),
    terms: roster.terms.filter((term) => termIds.has(term.sourcedId)),
    courses,
    classes,
    users,
    enrollments,
    demographics: roster.demographics.filter((record) => userIds.has(record.sourcedId)),
    userProfiles: roster.userProfiles.filter((profile) => userIds.has(profile.userSourcedId)),
  };
}

/** The ids and every ancestor reachable through `parent` (loops in bad data stop at the first repeat). */
function withAncestors(start: readonly string[], parent: Map<string, string | null>): Set<string> {
  const found = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const id = queue.pop();
    if (id === undefined || found.has(id)) continue;
    found.add(id);
    const up = parent.get(id);
    if (up) queue.push(up);
  }
  return found;
}
