import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A large, valid OneRoster 1.2 bulk set for throughput and cancel tests: one school, one term, one
 * course, `learners / 25` classes with 25 learners and one teacher each, and every learner with a
 * demographics row. Deterministic: the same numbers give the same files.
 */
export type GeneratedRoster = { files: Record<string, string>; users: number; learners: number; teachers: number; classes: number; enrollments: number };

export function generateOneRoster(totalUsers: number): GeneratedRoster {
  const perClass = 25;
  const classes = Math.max(1, Math.round(totalUsers / (perClass + 1)));
  const teachers = classes;
  const learners = totalUsers - teachers;
  const users = ['sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns'];
  const roles = ['sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId'];
  const classRows = ['sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods'];
  const enrollments = ['sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate'];
  const demographics = [
    'sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus',
  ];
  for (let c = 0; c < classes; c++) {
    classRows.push(`k${c},,,Class ${c},05,c1,K${c},scheduled,Room ${c},s1,t1,Mathematics,,1`);
    users.push(`tu${c},,,true,teacher${c},,Teacher,Number${c},,T${c},t${c}@school.example,,,,,,,,,,,s1,`);
    roles.push(`rt${c},,,tu${c},primary,teacher,,,s1,`);
    enrollments.push(`et${c},,,k${c},s1,tu${c},teacher,true,,`);
  }
  for (let l = 0; l < learners; l++) {
    const klass = l % classes;
    users.push(`lu${l},,,true,learner${l},{SIS:${l}},Learner,Number${l},,${100000 + l},,,,,05,,,,,,,s1,`);
    roles.push(`rl${l},,,lu${l},primary,student,,,s1,`);
    enrollments.push(`el${l},,,k${klass},s1,lu${l},student,false,2025-08-25,`);
    demographics.push(`lu${l},,,2015-0${(l % 9) + 1}-1${l % 10},${l % 2 === 0 ? 'female' : 'male'},false,false,false,false,true,false,false,US,NY,Albany,`);
  }
  const files: Record<string, string> = {
    'manifest.csv': [
      'propertyName,value',
      'manifest.version,1.0',
      'oneroster.version,1.2',
      ...['orgs', 'academicSessions', 'courses', 'classes', 'users', 'roles', 'enrollments', 'demographics'].map((name) => `file.${name},bulk`),
      'file.userProfiles,absent',
      'source.systemName,Generated',
    ].join('\r\n'),
    'orgs.csv': ['sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId', 's1,,,Generated School,school,GS,'].join('\r\n'),
    'academicSessions.csv': [
      'sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear',
      't1,,,2025–26,schoolYear,2025-08-25,2026-06-19,,2026',
    ].join('\r\n'),
    'courses.csv': [
      'sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes',
      'c1,,,t1,Grade 5 Mathematics,M5,05,s1,Mathematics,',
    ].join('\r\n'),
    'classes.csv': classRows.join('\r\n'),
    'users.csv': users.join('\r\n'),
    'roles.csv': roles.join('\r\n'),
    'enrollments.csv': enrollments.join('\r\n'),
    'demographics.csv': demographics.join('\r\n'),
  };
  return { files, users: totalUsers, learners, teachers, classes, enrollments: totalUsers };
}

/** Writes the set as a folder and returns its path. */
export function writeRosterFolder(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
