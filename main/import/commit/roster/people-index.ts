import { newIdSequence } from '../../../../db/ids.js';
import { CompactStringMap } from '../../compact-string-map.js';
import type { Person } from './roster-planning.js';

type PersonKind = { kind: 'learner' } | { kind: 'educator'; role: 'teacher' | 'aide' };

/**
 * Every learner and educator of the set and of the gradebook, by sourcedId: what enrollments, contacts
 * and demographics link to. A district holds a million of them, so each is one small number in a compact
 * map (which person, of which kind) rather than an object with its row id: a person the gradebook has
 * keeps its stored id in a list; a new person's id is the plan's n-th id (`newIdSequence`), made again
 * whenever it is asked for. `Person.key` names a person within the plan, for sets of people.
 */
export class PeopleIndex {
  private readonly codes = new CompactStringMap();
  private readonly storedIds: string[] = [];
  private readonly keyOfStoredId = new Map<string, number>();
  private readonly newIdAt = newIdSequence();
  private newCount = 0;

  get(sourcedId: string): Person | undefined {
    const code = this.codes.get(sourcedId);
    return code === undefined ? undefined : this.person(code);
  }

  /** A person the gradebook has, with the id it stores. */
  setStored(sourcedId: string, kind: PersonKind, id: string): Person {
    let slot = this.keyOfStoredId.get(id);
    if (slot === undefined) {
      slot = this.storedIds.length;
      this.storedIds.push(id);
      this.keyOfStoredId.set(id, slot);
    }
    return this.set(sourcedId, -(slot * 4 + kindCode(kind)) - 1);
  }

  /** A person the gradebook does not have yet: a new row id. */
  addNew(sourcedId: string, kind: PersonKind): Person {
    return this.set(sourcedId, this.newCount++ * 4 + kindCode(kind));
  }

  /** The plan's key of a person the gradebook stores under this row id; null when the set names no such person. */
  keyOfId(id: string): number | null {
    const slot = this.keyOfStoredId.get(id);
    if (slot === undefined) return null;
    // the same stored person under any kind: keys compare people, and a row id is one person
    return -(slot * 4) - 1;
  }

  private set(sourcedId: string, code: number): Person {
    this.codes.set(sourcedId, code);
    return this.person(code);
  }

  private person(code: number): Person {
    const stored = code < 0;
    const value = stored ? -code - 1 : code;
    const slot = value >> 2;
    const id = stored ? (this.storedIds[slot] ?? '') : this.newIdAt(slot);
    // a stored person's key leaves out the kind, so `keyOfId` finds it from the row id alone
    const key = stored ? -(slot * 4) - 1 : code;
    switch (value & 3) {
      case 0:
        return { kind: 'learner', id, key };
      case 1:
        return { kind: 'educator', id, role: 'teacher', key };
      default:
        return { kind: 'educator', id, role: 'aide', key };
    }
  }
}

function kindCode(kind: PersonKind): number {
  return kind.kind === 'learner' ? 0 : kind.role === 'teacher' ? 1 : 2;
}
