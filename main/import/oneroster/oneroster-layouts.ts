import type {
  RosterClass,
  RosterCourse,
  RosterDemographics,
  RosterEnrollment,
  RosterOrg,
  RosterTerm,
  RosterUser,
  RosterUserProfile,
} from '../roster-package.js';
import type { Layout } from './packed-records.js';

/*
 * The fields of each kind of OneRoster record as `PackedRecords` writes them, in the order the readers
 * of `oneroster-records.ts` write them out. `Layout<T>` makes the compiler hold each list to its type:
 * a field added to a record type and left out here does not compile.
 */

const recordFields = { sourcedId: 'text', status: 'text', dateLastModified: 'text' } as const;

export const orgLayout: Layout<RosterOrg> = { ...recordFields, name: 'text', type: 'text', identifier: 'text', parentSourcedId: 'text' };

export const termLayout: Layout<RosterTerm> = {
  ...recordFields,
  title: 'text',
  type: 'text',
  startDate: 'text',
  endDate: 'text',
  parentSourcedId: 'text',
  schoolYear: 'number',
};

export const courseLayout: Layout<RosterCourse> = {
  ...recordFields,
  title: 'text',
  courseCode: 'text',
  grades: 'texts',
  orgSourcedId: 'text',
  schoolYearSourcedId: 'text',
  subjects: 'texts',
  subjectCodes: 'texts',
};

export const classLayout: Layout<RosterClass> = {
  ...recordFields,
  title: 'text',
  classCode: 'text',
  classType: 'text',
  location: 'text',
  courseSourcedId: 'text',
  schoolSourcedId: 'text',
  termSourcedIds: 'texts',
  grades: 'texts',
  subjects: 'texts',
  subjectCodes: 'texts',
  periods: 'texts',
};

export const userLayout: Layout<RosterUser> = {
  ...recordFields,
  enabled: 'flag',
  username: 'text',
  userIds: 'userIds',
  givenName: 'text',
  familyName: 'text',
  middleName: 'text',
  preferredGivenName: 'text',
  preferredMiddleName: 'text',
  preferredFamilyName: 'text',
  pronouns: 'text',
  identifier: 'text',
  email: 'text',
  sms: 'text',
  phone: 'text',
  grades: 'texts',
  roles: 'roles',
  orgSourcedIds: 'texts',
  primaryOrgSourcedId: 'text',
  agentSourcedIds: 'texts',
  userMasterIdentifier: 'text',
};

export const enrollmentLayout: Layout<RosterEnrollment> = {
  ...recordFields,
  classSourcedId: 'text',
  schoolSourcedId: 'text',
  userSourcedId: 'text',
  role: 'text',
  primary: 'flag',
  beginDate: 'text',
  endDate: 'text',
};

export const demographicsLayout: Layout<RosterDemographics> = {
  ...recordFields,
  birthDate: 'text',
  sex: 'text',
  americanIndianOrAlaskaNative: 'flag',
  asian: 'flag',
  blackOrAfricanAmerican: 'flag',
  nativeHawaiianOrOtherPacificIslander: 'flag',
  white: 'flag',
  demographicRaceTwoOrMoreRaces: 'flag',
  hispanicOrLatinoEthnicity: 'flag',
  countryOfBirthCode: 'text',
  stateOfBirthAbbreviation: 'text',
  cityOfBirth: 'text',
  publicSchoolResidenceStatus: 'text',
};

export const userProfileLayout: Layout<RosterUserProfile> = {
  ...recordFields,
  userSourcedId: 'text',
  profileType: 'text',
  vendorId: 'text',
  applicationId: 'text',
  description: 'text',
  credentialType: 'text',
  username: 'text',
};
