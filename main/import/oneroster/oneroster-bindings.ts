import type { CsvColumn } from '../csv-table.js';
import type { OneRosterVersion, RosterFileName } from '../roster-package.js';

/**
 * The CSV headers of the OneRoster binding, per version, of the files Proficio reads (INTEROP.md).
 * A `*` marks a required column; sourcedId is always required. Aliases are 1.0-era names whose meaning
 * is certain.
 */
function columns(spec: string, aliases: Record<string, readonly string[]> = {}): CsvColumn[] {
  return spec.split(',').map((raw) => {
    const required = raw.endsWith('*');
    const name = required ? raw.slice(0, -1) : raw;
    const column: CsvColumn = { name, required: required || name === 'sourcedId' };
    const alias = aliases[name];
    if (alias) column.aliases = alias;
    return column;
  });
}

const orgs = columns('sourcedId,status,dateLastModified,name*,type*,identifier,parentSourcedId', { identifier: ['metadata.identifier'] });
const academicSessions = columns('sourcedId,status,dateLastModified,title*,type*,startDate*,endDate*,parentSourcedId,schoolYear*');
const courses = columns('sourcedId,status,dateLastModified,schoolYearSourcedId,title*,courseCode,grades,orgSourcedId*,subjects,subjectCodes', {
  schoolYearSourcedId: ['schoolYearId'],
});
const classes = columns(
  'sourcedId,status,dateLastModified,title*,grades,courseSourcedId*,classCode,classType*,location,schoolSourcedId*,termSourcedIds*,subjects,subjectCodes,periods',
  { termSourcedIds: ['termSourcedId'] },
);
const enrollments = columns('sourcedId,status,dateLastModified,classSourcedId*,schoolSourcedId*,userSourcedId*,role*,primary,beginDate,endDate');
const demographics = columns(
  'sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus',
);

export const oneRosterBindings: Record<OneRosterVersion, Partial<Record<RosterFileName, CsvColumn[]>>> = {
  '1.1': {
    orgs,
    academicSessions,
    courses,
    classes,
    enrollments,
    demographics,
    users: columns(
      'sourcedId,status,dateLastModified,enabledUser*,orgSourcedIds*,role*,username*,userIds,givenName*,familyName*,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password',
      { orgSourcedIds: ['orgSourcedId'], agentSourcedIds: ['agents'] },
    ),
  },
  '1.2': {
    orgs,
    academicSessions,
    courses,
    classes,
    enrollments,
    demographics,
    users: columns(
      'sourcedId,status,dateLastModified,enabledUser*,username*,userIds,givenName*,familyName*,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns',
    ),
    roles: columns('sourcedId,status,dateLastModified,userSourcedId*,roleType*,role*,beginDate,endDate,orgSourcedId*,userProfileSourcedId'),
    userProfiles: columns(
      'sourcedId,status,dateLastModified,userSourcedId*,profileType*,vendorId*,applicationId,description,credentialType*,username*,password',
    ),
  },
};
