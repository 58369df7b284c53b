import { IntColumn } from '../int-column.js';
import { lazyRecords } from '../lazy-records.js';
import type { RosterClass, RosterEnrollment, RosterUser } from '../roster-package.js';
import { uuidText } from '../stable-id.js';
import { ClassListEnrollment, ClassListLearner } from './class-list-records.js';

/**
 * The learners and enrollments of a class list, kept as columns while the file is read. A class list
 * can hold a million rows; as objects, each learner with its strings and each enrollment cost ~350
 * bytes together. Here a learner is its 16-byte id, one string of its fields and two numbers, and an
 * enrollment two numbers; the package hands them over as records built when read (`lazyRecords`).
 * Finding a learner again, or a learner already in a class, goes through open-addressing tables of
 * numbers, not maps keyed by strings.
 */
export class ClassListStore {
  readonly classes: RosterClass[] = [];
  private readonly ids = new GrowingBytes();
  /** Each learner's text fields as one flat string (a field holding NUL, never in practice, keeps an array). */
  private readonly fields: (string | string[])[] = [];
  private readonly gradeIndex = new IntColumn();
  private readonly learnerRow = new IntColumn();
  private readonly gradeLists: string[][] = [];
  private readonly gradeListAt = new Map<string[], number>();
  private readonly enrolledClass = new IntColumn();
  private readonly enrolledLearner = new IntColumn();
  private readonly enrolledRow = new IntColumn();
  private learnerTable: Int32Array = new Int32Array(1024);
  private pairTable: Int32Array = new Int32Array(1024);

  get learnerCount(): number {
    return this.fields.length;
  }

  /** The learner with this id, or -1. */
  findLearner(id: Uint8Array): number {
    const mask = this.learnerTable.length - 1;
    for (let slot = idHash(id, 0) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.learnerTable[slot] ?? 0;
      if (entry === 0) return -1;
      if (this.ids.equals(entry - 1, id)) return entry - 1;
    }
  }

  addLearner(id: Uint8Array, learner: LearnerFields, row: number): number {
    const index = this.fields.length;
    this.ids.push(id);
    const values = [learner.givenName, learner.familyName, learner.preferredGivenName ?? '', learner.identifier ?? '', learner.email ?? ''];
    // join builds one flat string: the row's own strings (slices of the whole file) are not kept
    this.fields.push(values.some((value) => value.includes(separator)) ? values : values.join(separator));
    this.gradeIndex.push(this.gradeListIndex(learner.grades));
    this.learnerRow.push(row);
    if ((index + 1) * 2 > this.learnerTable.length) this.learnerTable = this.rehash(this.learnerTable, this.fields.length, (at) => idHash(this.ids.bytes, at * 16));
    else this.place(this.learnerTable, idHash(id, 0), index);
    return index;
  }

  /** The row that first put the learner in a file: said when a later row clashes with it. */
  rowOfLearner(index: number): number {
    return this.learnerRow.get(index);
  }

  givenName(index: number): string {
    return this.field(index, 0);
  }

  familyName(index: number): string {
    return this.field(index, 1);
  }

  /** Enrolls the learner in the class; when an earlier row already did, nothing changes and its row is returned. */
  enroll(classIndex: number, learnerIndex: number, row: number): number | null {
    const mask = this.pairTable.length - 1;
    for (let slot = pairHash(classIndex, learnerIndex) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.pairTable[slot] ?? 0;
      if (entry === 0) break;
      if (this.enrolledClass.get(entry - 1) === classIndex && this.enrolledLearner.get(entry - 1) === learnerIndex) return this.enrolledRow.get(entry - 1);
    }
    const index = this.enrolledClass.length;
    this.enrolledClass.push(classIndex);
    this.enrolledLearner.push(learnerIndex);
    this.enrolledRow.push(row);
    if ((index + 1) * 2 > this.pairTable.length) {
      this.pairTable = this.rehash(this.pairTable, index + 1, (at) => pairHash(this.enrolledClass.get(at), this.enrolledLearner.get(at)));
    } else this.place(this.pairTable, pairHash(classIndex, learnerIndex), index);
    return null;
  }

  /** The records, built as they are read; the lookup tables are dropped (the package is only read from now on). */
  finish(): { users: RosterUser[]; enrollments: RosterEnrollment[] } {
    this.learnerTable = new Int32Array(0);
    this.pairTable = new Int32Array(0);
    this.gradeListAt.clear();
    this.enrolledRow.release();
    this.learnerRow.release();
    const users = lazyRecords<RosterUser>(this.fields.length, (index) => this.learner(index));
    const enrollments = lazyRecords<RosterEnrollment>(
      this.enrolledClass.length,
      (index) => new ClassListEnrollment(this.classes[this.enrolledClass.get(index)]?.sourcedId ?? '', this.learnerId(this.enrolledLearner.get(index))),
    );
    return { users, enrollments };
  }

  private learner(index: number): ClassListLearner {
    const empty = (value: string) => (value === '' ? null : value);
    return new ClassListLearner(
      this.learnerId(index),
      this.field(index, 0),
      this.field(index, 1),
      empty(this.field(index, 2)),
      empty(this.field(index, 3)),
      empty(this.field(index, 4)),
      this.gradeLists[this.gradeIndex.get(index)] ?? [],
    );
  }

  private learnerId(index: number): string {
    return uuidText(this.ids.bytes.subarray(index * 16, index * 16 + 16));
  }

  private field(index: number, position: number): string {
    const packed = this.fields[index] ?? '';
    if (typeof packed !== 'string') return packed[position] ?? '';
    let start = 0;
    for (let skip = 0; skip < position; skip++) start = packed.indexOf(separator, start) + 1;
    const end = packed.indexOf(separator, start);
    return packed.slice(start, end === -1 ? packed.length : end);
  }

  /** Grade lists are shared: a class list has a handful of distinct grade columns. */
  private gradeListIndex(grades: string[]): number {
    let index = this.gradeListAt.get(grades);
    if (index === undefined) {
      index = this.gradeLists.length;
      this.gradeLists.push(grades);
      this.gradeListAt.set(grades, index);
    }
    return index;
  }

  private place(table: Int32Array, hash: number, index: number): void {
    const mask = table.length - 1;
    let slot = hash & mask;
    while ((table[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    table[slot] = index + 1;
  }

  private rehash(table: Int32Array, count: number, hashOf: (index: number) => number): Int32Array {
    const grown = new Int32Array(table.length * 2);
    for (let index = 0; index < count; index++) this.place(grown, hashOf(index), index);
    return grown;
  }
}

export type LearnerFields = {
  givenName: string;
  familyName: string;
  preferredGivenName: string | null;
  identifier: string | null;
  email: string | null;
  grades: string[];
};

const separator = '\u0000';

/** The ids are SHA-1 bytes: their first four are already spread evenly. */
function idHash(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;
}

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
}

/** 16-byte ids, one after another, in a buffer that doubles as it fills. */
class GrowingBytes {
  bytes = new Uint8Array(16 * 1024);
  private length = 0;

  push(id: Uint8Array): void {
    if (this.length + 16 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes.set(id.subarray(0, 16), this.length);
    this.length += 16;
  }

  equals(index: number, id: Uint8Array): boolean {
    const at = index * 16;
    for (let offset = 0; offset < 16; offset++) if (this.bytes[at + offset] !== id[offset]) return false;
    return true;
  }
}
