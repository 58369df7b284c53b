/**
 * A small, valid OneRoster 1.2 set written for these tests (not from any real system): one school, a
 * school year with a semester, one course, two classes, two teachers, three learners and a parent.
 */
export const smallOneRoster12: Record<string, string> = {
  'manifest.csv': [
    'propertyName,value',
    'manifest.version,1.0',
    'oneroster.version,1.2',
    'file.orgs,bulk',
    'file.academicSessions,bulk',
    'file.courses,bulk',
    'file.classes,bulk',
    'file.users,bulk',
    'file.roles,bulk',
    'file.enrollments,bulk',
    'file.demographics,absent',
    'file.userProfiles,absent',
    'source.systemName,Hand written',
  ].join('\r\n'),
  'orgs.csv': ['sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId', 'd1,,,River District,district,,', 's1,,,River Primary,school,RP,d1'].join('\r\n'),
  'academicSessions.csv': [
    'sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear',
    'y25,,,2024–25,schoolYear,2024-08-26,2025-06-20,,2025',
    'sem1,,,Semester 1,semester,2024-08-26,2025-01-24,y25,2025',
  ].join('\r\n'),
  'courses.csv': [
    'sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes',
    'c5m,,,y25,Grade 5 Mathematics,M5,05,s1,Mathematics,',
  ].join('\r\n'),
  'classes.csv': [
    'sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods',
    'k1,,,5M-A,05,c5m,5MA,scheduled,Room 4,s1,sem1,Mathematics,,"1,2"',
    'k2,,,5M-B,05,c5m,5MB,scheduled,Room 5,s1,sem1,Mathematics,,3',
  ].join('\r\n'),
  'users.csv': [
    'sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns',
    't1,,,true,aokafor,,Ada,Okafor,,T-1,ada@river.example,,,,,,,,,,,s1,she/her',
    't2,,,true,bnguyen,,Binh,Nguyen,,T-2,binh@river.example,,,,,,,,,,,s1,',
    'l1,,,true,cmoreau,{SIS:1001},Chloé,Moreau,,1001,,,,p1,05,,,,Clo,,,s1,',
    'l2,,,true,dsingh,{SIS:1002},Dev,Singh,,1002,,,,,05,,,,,,,s1,',
    'l3,,,true,ewong,{SIS:1003},Emi,Wong,,1003,,,,,05,,,,,,,s1,',
    'p1,,,true,fmoreau,,Fanny,Moreau,,,fanny@home.example,,,l1,,,,,,,,s1,',
  ].join('\r\n'),
  'roles.csv': [
    'sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId',
    'r1,,,t1,primary,teacher,,,s1,',
    'r2,,,t2,primary,teacher,,,s1,',
    'r3,,,l1,primary,student,,,s1,',
    'r4,,,l2,primary,student,,,s1,',
    'r5,,,l3,primary,student,,,s1,',
    'r6,,,p1,primary,parent,,,s1,',
  ].join('\r\n'),
  'enrollments.csv': [
    'sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate',
    'e1,,,k1,s1,t1,teacher,true,2024-08-26,',
    'e2,,,k1,s1,l1,student,false,2024-08-26,',
    'e3,,,k1,s1,l2,student,false,,',
    'e4,,,k2,s1,t2,teacher,true,,',
    'e5,,,k2,s1,l3,student,false,,',
  ].join('\r\n'),
};

export function smallOneRosterFiles(overrides: Record<string, string | Uint8Array | null> = {}): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [name, text] of Object.entries(smallOneRoster12)) files.set(name, new TextEncoder().encode(text));
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) files.delete(name);
    else files.set(name, typeof value === 'string' ? new TextEncoder().encode(value) : value);
  }
  return files;
}
