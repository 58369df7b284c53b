import type { RecordStatus, RosterEnrollment, RosterUser } from '../roster-package.js';
import { stableId } from '../stable-id.js';

/** The namespace of every id the class list derives. */
export const classListNamespace = 'proficio-roster-csv';

/** An enrollment's id: the same class and learner give the same id in every import. */
export function classListEnrollmentId(classId: string, learnerId: string): string {
  return stableId(classListNamespace, 'enrollment', classId, learnerId);
}

/*
 * A class list can hold a million rows, and each becomes a learner and an enrollment. Most fields of
 * those records are the same for every row of a class list (no status, no middle name, the one role
 * "student"), so each record stores only what its row says and reads the rest from its prototype:
 * a learner is 7 fields instead of 24, an enrollment 2 instead of 11 (its id is derived from them). To every reader they are plain
 * RosterUser / RosterEnrollment records; nothing copies them field by field (a spread would see only
 * the stored fields).
 */

const noStrings: string[] = [];
const noUserIds: RosterUser['userIds'] = [];
const learnerRoles: RosterUser['roles'] = [{ role: 'student', roleType: 'primary', orgSourcedId: null, beginDate: null, endDate: null, sourcedId: null, userProfileSourcedId: null }];

export class ClassListLearner implements RosterUser {
  declare status: RecordStatus;
  declare dateLastModified: string | null;
  declare enabled: boolean;
  declare username: string;
  declare userIds: RosterUser['userIds'];
  declare middleName: string | null;
  declare preferredMiddleName: string | null;
  declare preferredFamilyName: string | null;
  declare pronouns: string | null;
  declare sms: string | null;
  declare phone: string | null;
  declare roles: RosterUser['roles'];
  declare orgSourcedIds: string[];
  declare primaryOrgSourcedId: string | null;
  declare agentSourcedIds: string[];
  declare userMasterIdentifier: string | null;
  grades: string[];

  constructor(
    public sourcedId: string,
    public givenName: string,
    public familyName: string,
    public preferredGivenName: string | null,
    public identifier: string | null,
    public email: string | null,
    grades: string[],
  ) {
    this.grades = grades.length === 0 ? noStrings : grades;
  }
}

const learnerDefaults = {
  status: null,
  dateLastModified: null,
  enabled: true,
  username: '',
  userIds: noUserIds,
  middleName: null,
  preferredMiddleName: null,
  preferredFamilyName: null,
  pronouns: null,
  sms: null,
  phone: null,
  roles: learnerRoles,
  orgSourcedIds: noStrings,
  primaryOrgSourcedId: null,
  agentSourcedIds: noStrings,
  userMasterIdentifier: null,
} satisfies Omit<RosterUser, 'sourcedId' | 'givenName' | 'familyName' | 'preferredGivenName' | 'identifier' | 'email' | 'grades'>;
Object.assign(ClassListLearner.prototype, learnerDefaults);

export class ClassListEnrollment implements RosterEnrollment {
  declare status: RecordStatus;
  declare dateLastModified: string | null;
  declare schoolSourcedId: string | null;
  declare role: RosterEnrollment['role'];
  declare primary: boolean | null;
  declare beginDate: string | null;
  declare endDate: string | null;

  constructor(
    public classSourcedId: string,
    public userSourcedId: string,
  ) {}

  /** Derived from class and learner when asked (a million stored ids would be ~60 MB). */
  get sourcedId(): string {
    return classListEnrollmentId(this.classSourcedId, this.userSourcedId);
  }
}

const enrollmentDefaults = {
  status: null,
  dateLastModified: null,
  schoolSourcedId: null,
  role: 'student',
  primary: null,
  beginDate: null,
  endDate: null,
} satisfies Omit<RosterEnrollment, 'sourcedId' | 'classSourcedId' | 'userSourcedId'>;
Object.assign(ClassListEnrollment.prototype, enrollmentDefaults);
