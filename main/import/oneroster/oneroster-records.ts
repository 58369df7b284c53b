import {
  classTypes,
  enrollmentRoles,
  orgTypes,
  termTypes,
  userRoles,
  type RosterClass,
  type RosterCourse,
  type RosterDemographics,
  type RosterEnrollment,
  type RosterOrg,
  type RosterTerm,
  type RosterUser,
  type RosterUserProfile,
  type RosterUserRole,
} from '../roster-package.js';
import type { RowFields } from './oneroster-fields.js';

/** One mapper per OneRoster file: the row's fields → the normalized record. */

/*
 * Each record is one object literal with every field written out, never `{ ...f.record(), … }`: records
 * built by spreading got a hidden class each (for a district's users, enrollments and demographics,
 * ~60% of the heap went to those shapes); written out, all records of a kind share one.
 */
export function readOrg(f: RowFields): RosterOrg {
  const record = f.record();
  return {
    sourcedId: record.sourcedId,
    status: record.status,
    dateLastModified: record.dateLastModified,
    name: f.required('name', 'the organisation’s name'),
    type: f.choice('type', orgTypes, true),
    identifier: f.text('identifier'),
    parentSourcedId: f.text('parentSourcedId'),
  };
}

export function readTerm(f: RowFields): RosterTerm {
  const record = f.record();
  return {
    sourcedId: record.sourcedId,
    status: record.status,
    dateLastModified: record.dateLastModified,
    title: f.required('title', 'the session’s title'),
    type: f.choice('type', termTypes, true),
    startDate: f.date('startDate', true) ?? '',
    endDate: f.date('endDate', true) ?? '',
    parentSourcedId: f.text('parentSourcedId'),
    schoolYear: f.integer('schoolYear', true),
  };
}

export function readCourse(f: RowFields): RosterCourse {
  const record = f.record();
  return {
    sourcedId: record.sourcedId,
    status: record.status,
    dateLastModified: record.dateLastModified,
    title: f.required('title', 'the course’s title'),
    courseCode: f.text('courseCode'),
    grades: f.grades('grades'),
    orgSourcedId: f.required('orgSourcedId', 'the sourcedId of the course’s school'),
    schoolYearSourcedId: f.text('schoolYearSourcedId'),
    subjects: f.list('subjects'),
    subjectCodes: f.list('subjectCodes'),
  };
}

export function readClass(f: RowFields): RosterClass {
  const termSourcedIds = f.list('termSourcedIds');
  if (termSourcedIds.length === 0) f.required('termSourcedIds', 'the sourcedId of at least one term');
  const record = f.record();
  return {
    sourcedId: record.sourcedId,
    status: record.status,
    dateLastModified: record.dateLastModified,
    title: f.required('title', 'the class’s title'),
    classCode: f.text('classCode'),
    classType: f.choice('classType', classTypes, true),
    location: f.text('location'),
    courseSourcedId: f.required('courseSourcedId', 'the sourcedId of the class’s course'),
    schoolSourcedId: f.required('schoolSourcedId', 'the sourcedId of the class’s school'),
    termSourcedIds,
    grades: f.grades('grades'),
    subjects: f.list('subjects'),
    subjectCodes: f.list('subjectCodes'),
    periods: f.list('periods'),
  };
}

/** `{LDAP:12},{LTI:15}` → [{type: 'LDAP', identifier: '12'}, …]; a bare value has an empty type. */
function readUserIds(f: RowFields): RosterUser['userIds'] {
  return f.list('userIds').map((entry) => {
    const match = /^\{?\s*([^:{}]*?)\s*:\s*([^{}]*?)\s*\}?$/.exec(entry);
    return match ? { type: match[1] ?? '', identifier: match[2] ?? '' } : { type: '', identifier: entry };
  });
}

/** users.csv; in 1.1 the single role column becomes the one primary role, in 1.2 roles come from roles.csv. */
export function readUser(f: RowFields, version: '1.1' | '1.2'): RosterUser {
  const orgSourcedIds = f.list('orgSourcedIds');
  const roles: RosterUserRole[] = [];
  if (version === '1.1') {
    roles.push({
      role: f.choice('role', userRoles, true),
      roleType: 'primary',
      orgSourcedId: orgSourcedIds[0] ?? null,
      beginDate: null,
      endDate: null,
      sourcedId: null,
      userProfileSourcedId: null,
    });
  }
  const primaryOrgSourcedId = f.text('primaryOrgSourcedId');
  const record = f.record();
  return {
    sourcedId: record.sourcedId,
    status: record.status,
    dateLastModified: record.dateLastModified,
    enabled: f.boolean('enabledUser', true) ?? true,
    username: f.required('username', 'the user’s login name'),
    userIds: readUserIds(f),
    givenName: f.required('givenName', 'the person’s given name'),
    familyName: f.required('familyName', 'the person’s family name'),
    middleName: f.text('middleName'),
    preferredGivenName: f.text('preferredGivenName'),
    preferredMiddleName: f.text('preferredMiddleName'),
    preferredFamilyName: f.text('preferredFamilyName'),
    pronouns: f.text('pronouns'),
    identifier: f.text('identifier'),
    email: f.text('email'),
    sms: f.text('sms'),
    phone: f.text('phone'),
    grades: f.grades('grades'),
    roles,
    orgSourcedIds: orgSourcedIds.length > 0 || primaryOrgSourcedId === null ? orgSourcedIds : [primaryOrgSourcedId],
    primaryOrgSourcedId: primaryOrgSourcedId ?? orgSourcedIds[0] ?? null,
    agentSourcedIds: f.list('agentSourcedIds'),
    userMasterIdentifier: f.text('userMasterIdentifier'),
  };
}

/** roles.csv (1.2): one role of one user, joined onto the user afterwards. */
export function readRole(f: RowFields): { userSourcedId: string; role: RosterUserRole } {
  const { sourcedId } = f.record();
  return {
    userSourcedId: f.required('userSourcedId', 'the sourcedId of a user'),
    role: {
      role: f.choice('role', userRoles, true),
      roleType: f.choice('roleType', ['primary', 'secondary'] as const, true) === 'secondary' ? 'secondary' : 'primary',
      orgSourcedId: f.required('orgSourcedId', 'the sourcedId of the org the role is held in'),
      beginDate: f.date('beginDate'),
      endDate: f.date('endDate'),
      sourcedId,
      userProfileSourcedId: f.text('userProfileSourcedId'),
    },
  };
}

export function readUserProfile(f: RowFields): RosterUserProfile {
  const record = f.record();
  return {
    sourcedId: record.sourcedId,
    status: record.status,
    dateLastModified: record.dateLastModified,
    userSourcedId: f.required('userSourcedId', 'the sourcedId of a user'),
    profileType: f.required('profileType', 'the kind of profile'),
    vendorId: f.required('vendorId', 'the vendor’s id'),
    applicationId: f.text('applicationId'),
    description: f.text('description'),
    credentialType: f.required('credentialType', 'the kind of credential'),
    username: f.required('username', 'the login name for this profile'),
  };
}

export function readEnrollment(f: RowFields): RosterEnrollment {
  const record = f.record();
  return {
    sourcedId: record.sourcedId,
    status: record.status,
    dateLastModified: record.dateLastModified,
    classSourcedId: f.required('classSourcedId', 'the sourcedId of a class'),
    schoolSourcedId: f.required('schoolSourcedId', 'the sourcedId of the class’s school'),
    userSourcedId: f.required('userSourcedId', 'the sourcedId of a user'),
    role: f.choice('role', enrollmentRoles, true),
    primary: f.boolean('primary'),
    beginDate: f.date('beginDate'),
    endDate: f.date('endDate'),
  };
}

const sexes = ['male', 'female', 'unspecified', 'other'] as const;

export function readDemographics(f: RowFields): RosterDemographics {
  const sex = f.choice('sex', sexes, false);
  const record = f.record();
  return {
    sourcedId: record.sourcedId,
    status: record.status,
    dateLastModified: record.dateLastModified,
    birthDate: f.date('birthDate'),
    // an ext: value cannot be stored as one of the four; read as "other"
    sex: sex === null ? null : sexes.find((known) => known === sex) ?? 'other',
    americanIndianOrAlaskaNative: f.boolean('americanIndianOrAlaskaNative'),
    asian: f.boolean('asian'),
    blackOrAfricanAmerican: f.boolean('blackOrAfricanAmerican'),
    nativeHawaiianOrOtherPacificIslander: f.boolean('nativeHawaiianOrOtherPacificIslander'),
    white: f.boolean('white'),
    demographicRaceTwoOrMoreRaces: f.boolean('demographicRaceTwoOrMoreRaces'),
    hispanicOrLatinoEthnicity: f.boolean('hispanicOrLatinoEthnicity'),
    countryOfBirthCode: f.text('countryOfBirthCode'),
    stateOfBirthAbbreviation: f.text('stateOfBirthAbbreviation'),
    cityOfBirth: f.text('cityOfBirth'),
    publicSchoolResidenceStatus: f.text('publicSchoolResidenceStatus'),
  };
}
