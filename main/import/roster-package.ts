/**
 * A roster as read from files, before it meets the gradebook: the input of the import's second half
 * (diff → preview → commit). Every record keeps the source's `sourcedId` so a re-import updates
 * instead of duplicating. Passwords in the source are never read.
 */
export type RosterSource = 'oneroster' | 'roster-csv';
export type OneRosterVersion = '1.1' | '1.2';

/**
 * 'bulk': the file is the complete set (records missing from it may be retired); 'delta': only changes
 * (never retire what is not mentioned); 'absent': no file, nothing to change for that kind of record.
 */
export type FileMode = 'bulk' | 'delta' | 'absent';
export const rosterFileNames = [
  'orgs',
  'academicSessions',
  'courses',
  'classes',
  'users',
  'roles',
  'userProfiles',
  'enrollments',
  'demographics',
] as const;
export type RosterFileName = (typeof rosterFileNames)[number];

/**
 * 'tobedeleted' also stands for the non-standard 'inactive' some systems write (with a warning);
 * null = not given (the normal case in bulk files).
 */
export type RecordStatus = 'active' | 'tobedeleted' | null;

export type RosterRecord = {
  sourcedId: string;
  status: RecordStatus;
  /** ISO 8601 UTC; a bare date is read as midnight UTC. */
  dateLastModified: string | null;
};

export const orgTypes = ['department', 'school', 'district', 'local', 'state', 'national'] as const;
export type OrgType = (typeof orgTypes)[number] | `ext:${string}`;
export type RosterOrg = RosterRecord & { name: string; type: OrgType; identifier: string | null; parentSourcedId: string | null };

export const termTypes = ['gradingPeriod', 'semester', 'schoolYear', 'term'] as const;
export type TermType = (typeof termTypes)[number] | `ext:${string}`;
export type RosterTerm = RosterRecord & {
  title: string;
  type: TermType;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD */
  endDate: string;
  parentSourcedId: string | null;
  /** The year the school year ends (2024 for 2023–24). */
  schoolYear: number | null;
};

export type RosterCourse = RosterRecord & {
  title: string;
  courseCode: string | null;
  grades: string[];
  orgSourcedId: string;
  schoolYearSourcedId: string | null;
  subjects: string[];
  subjectCodes: string[];
};

export const classTypes = ['homeroom', 'scheduled'] as const;
export type ClassType = (typeof classTypes)[number] | `ext:${string}`;
export type RosterClass = RosterRecord & {
  title: string;
  classCode: string | null;
  classType: ClassType;
  location: string | null;
  /** null only from the plain roster CSV, which knows no courses. */
  courseSourcedId: string | null;
  /** null only from the plain roster CSV: the class belongs to the gradebook's own school. */
  schoolSourcedId: string | null;
  termSourcedIds: string[];
  grades: string[];
  subjects: string[];
  subjectCodes: string[];
  periods: string[];
};

/** OneRoster 1.1 roles and 1.2 roles together. */
export const userRoles = [
  'administrator',
  'aide',
  'counselor',
  'districtAdministrator',
  'guardian',
  'parent',
  'principal',
  'proctor',
  'relative',
  'siteAdministrator',
  'student',
  'systemAdministrator',
  'teacher',
] as const;
export type UserRole = (typeof userRoles)[number] | `ext:${string}`;

export type RosterUserRole = {
  role: UserRole;
  roleType: 'primary' | 'secondary';
  /** The org the role holds in; null when the source gives none. */
  orgSourcedId: string | null;
  beginDate: string | null;
  endDate: string | null;
  /** The roles.csv row (1.2); null for the single role of a 1.1 user. */
  sourcedId: string | null;
  userProfileSourcedId: string | null;
};

export type RosterUser = RosterRecord & {
  enabled: boolean;
  username: string;
  /** `{LDAP:12}` entries of userIds, split into type and identifier. */
  userIds: { type: string; identifier: string }[];
  givenName: string;
  familyName: string;
  middleName: string | null;
  preferredGivenName: string | null;
  preferredMiddleName: string | null;
  preferredFamilyName: string | null;
  pronouns: string | null;
  /** The school's own id for the person (student number). */
  identifier: string | null;
  email: string | null;
  sms: string | null;
  phone: string | null;
  grades: string[];
  /** Never empty: the 1.1 role column, or the user's rows of 1.2 roles.csv (primary first). */
  roles: RosterUserRole[];
  orgSourcedIds: string[];
  primaryOrgSourcedId: string | null;
  /** Related people (a learner's parents, a parent's children). */
  agentSourcedIds: string[];
  userMasterIdentifier: string | null;
};

export const enrollmentRoles = ['administrator', 'proctor', 'student', 'teacher'] as const;
export type EnrollmentRole = (typeof enrollmentRoles)[number] | `ext:${string}`;
export type RosterEnrollment = RosterRecord & {
  classSourcedId: string;
  /** null only from the plain roster CSV. */
  schoolSourcedId: string | null;
  userSourcedId: string;
  role: EnrollmentRole;
  primary: boolean | null;
  /** Inclusive, YYYY-MM-DD. */
  beginDate: string | null;
  /** Exclusive, YYYY-MM-DD. */
  endDate: string | null;
};

/** Demographics of one user: `sourcedId` is the user's. Race fields are null when not given. */
export type RosterDemographics = RosterRecord & {
  birthDate: string | null;
  sex: 'male' | 'female' | 'unspecified' | 'other' | null;
  americanIndianOrAlaskaNative: boolean | null;
  asian: boolean | null;
  blackOrAfricanAmerican: boolean | null;
  nativeHawaiianOrOtherPacificIslander: boolean | null;
  white: boolean | null;
  demographicRaceTwoOrMoreRaces: boolean | null;
  hispanicOrLatinoEthnicity: boolean | null;
  countryOfBirthCode: string | null;
  stateOfBirthAbbreviation: string | null;
  cityOfBirth: string | null;
  publicSchoolResidenceStatus: string | null;
};

/** 1.2 userProfiles.csv, without the password column. */
export type RosterUserProfile = RosterRecord & {
  userSourcedId: string;
  profileType: string;
  vendorId: string;
  applicationId: string | null;
  description: string | null;
  credentialType: string;
  username: string;
};

export type RosterPackage = {
  source: RosterSource;
  /** null for the plain roster CSV. */
  version: OneRosterVersion | null;
  sourceSystem: { name: string | null; code: string | null };
  /** Every kind of record, with how to apply it; 'absent' kinds must not be touched. */
  fileModes: Record<RosterFileName, FileMode>;
} & RosterRecords;

/** The records of a roster, by kind. */
export type RosterRecords = {
  orgs: RosterOrg[];
  terms: RosterTerm[];
  courses: RosterCourse[];
  classes: RosterClass[];
  users: RosterUser[];
  enrollments: RosterEnrollment[];
  demographics: RosterDemographics[];
  userProfiles: RosterUserProfile[];
};
