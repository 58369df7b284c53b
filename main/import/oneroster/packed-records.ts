import { IntColumn } from '../int-column.js';
import { lazyRecords } from '../lazy-records.js';
import type { RosterUser, RosterUserRole } from '../roster-package.js';
import { assertNever } from '../../../preload/contract/shared.js';

/**
 * The records of one OneRoster file, each kept as one flat string of its fields while the import runs.
 * A district's users, enrollments and demographics are a million records; as objects (each with a
 * hidden class, a slot per field and strings that are slices of the parsed text, which keep whole
 * pieces of it alive) they cost ~500 bytes each, here ~100. The package hands them over through
 * `lazyRecords`: every read builds a new record, equal field by field to the one that was stored.
 *
 * A record whose text holds one of the four control characters used as separators (never in practice)
 * is kept as the object it is, so every value survives exactly.
 */
export class PackedRecords<T extends object> {
  private readonly packed: (string | T)[] = [];
  private readonly rows = new IntColumn();
  private readonly names: readonly string[];
  private readonly kinds: readonly FieldKind[];
  /** Every field, null: each record read is a copy of it, so all of them share one shape from the start. */
  private readonly blank: Record<string, unknown>;

  constructor(layout: Layout<T>) {
    this.names = Object.keys(layout);
    this.kinds = Object.values<FieldKind>(layout);
    this.blank = Object.fromEntries(this.names.map((name) => [name, null]));
  }

  /**
   * The records by their first field (the sourcedId): an open-addressing table of their places, the
   * key read back from the record itself, where a Map would keep a second copy of every id.
   */
  private keys: Int32Array = new Int32Array(1024);

  get length(): number {
    return this.packed.length;
  }

  /** Keeps the record (which is not used again by the caller) and the spreadsheet row it came from. */
  push(record: T, row: number): number {
    const index = this.packed.length;
    this.packed.push(this.pack(record));
    this.rows.push(row);
    // a record with the key of an earlier one takes its place in the table: the last is found
    const key = String(Reflect.get(record, this.names[0] ?? ''));
    const slot = this.slotOf(key);
    if (this.keys[slot] !== 0) this.keys[slot] = index + 1;
    else if ((index + 1) * 2 > this.keys.length) this.growKeys();
    else this.keys[slot] = index + 1;
    return index;
  }

  /** The place of the last record kept with this first field (sourcedId), if any. */
  indexOf(key: string): number | undefined {
    const entry = this.keys[this.slotOf(key)] ?? 0;
    return entry === 0 ? undefined : entry - 1;
  }

  /** Drops the table of keys once nothing looks records up by their sourcedId any more. */
  forgetKeys(): void {
    this.keys = new Int32Array(0);
  }

  at(index: number): T {
    const packed = this.packed[index];
    if (packed === undefined) throw new RangeError(`no record ${index}`);
    return typeof packed === 'string' ? this.unpack(packed) : packed;
  }

  rowAt(index: number): number {
    return this.rows.get(index);
  }

  /** Changes one field of a stored record (a 1.2 user gaining a role from roles.csv), leaving the others as they are. */
  updateField<K extends keyof T & string>(index: number, name: K, change: (value: T[K]) => void): void {
    const packed = this.packed[index];
    const position = this.names.indexOf(name);
    const kind = this.kinds[position];
    if (packed === undefined || kind === undefined) throw new RangeError(`no field ${name} of record ${index}`);
    if (typeof packed !== 'string') {
      change(packed[name]);
      return;
    }
    const parts = packed.split(fieldSeparator);
    // the layout gives this field the kind of T[K] (`Layout<T>`)
    const value = unpackValue(kind, parts[position] ?? nullMark) as T[K];
    change(value);
    const text = packValue(kind, value);
    if (text === null) {
      const record = this.unpack(packed);
      record[name] = value;
      this.packed[index] = record;
    } else {
      parts[position] = text;
      this.packed[index] = parts.join(fieldSeparator);
    }
  }

  /** Every record, built when read. */
  records(): T[] {
    return lazyRecords(this.packed.length, (index) => this.at(index));
  }

  /** The records at these indexes (in order), built when read. */
  recordsAt(indexes: Int32Array): T[] {
    return lazyRecords(indexes.length, (position) => this.at(indexes[position] ?? -1));
  }

  /** The slot of the key's entry in the table, or the empty slot where it would go. */
  private slotOf(key: string): number {
    const mask = this.keys.length - 1;
    if (mask < 0) throw new Error('the keys of these records were let go');
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.keys[slot] ?? 0;
      if (entry === 0 || this.keyAt(entry - 1) === key) return slot;
    }
  }

  private keyAt(index: number): string {
    const packed = this.packed[index];
    if (typeof packed !== 'string') return String(Reflect.get(packed ?? {}, this.names[0] ?? ''));
    const end = packed.indexOf(fieldSeparator);
    return end === -1 ? packed : packed.slice(0, end);
  }

  private growKeys(): void {
    const count = this.packed.length;
    this.keys = new Int32Array(this.keys.length * 2);
    // each record once, in order: a later record with the same key takes the earlier one's slot
    for (let index = 0; index < count; index++) this.keys[this.slotOf(this.keyAt(index))] = index + 1;
  }

  private pack(record: T): string | T {
    const parts: string[] = [];
    for (let position = 0; position < this.kinds.length; position++) {
      const text = packValue(this.kinds[position] ?? 'text', Reflect.get(record, this.names[position] ?? ''));
      if (text === null) return record;
      parts.push(text);
    }
    // join builds one flat string: the parsed text's slices that the record held are not kept
    return parts.join(fieldSeparator);
  }

  private unpack(packed: string): T {
    const parts = packed.split(fieldSeparator);
    const record = { ...this.blank };
    const { names, kinds } = this;
    for (let position = 0; position < names.length; position++) {
      const kind = kinds[position] ?? 'text';
      const part = parts[position] ?? nullMark;
      // most fields are text: read without the general path
      record[names[position] ?? ''] = kind === 'text' ? (part === nullMark ? null : part) : unpackValue(kind, part);
    }
    // the layout names every field of T with the kind of its value (`Layout<T>`), and pack wrote each
    return record as T;
  }
}

/** How a field's value is written into the flat string. */
export type FieldKind = 'text' | 'flag' | 'number' | 'texts' | 'userIds' | 'roles';

type KindOf<V> = [V] extends [string | null]
  ? 'text'
  : [V] extends [boolean | null]
    ? 'flag'
    : [V] extends [number | null]
      ? 'number'
      : [V] extends [string[]]
        ? 'texts'
        : [V] extends [RosterUser['userIds']]
          ? 'userIds'
          : [V] extends [RosterUserRole[]]
            ? 'roles'
            : never;

/** Every field of a record in the order records are written, with the kind of its value. */
export type Layout<T> = { [K in keyof T]-?: KindOf<T[K]> };

const fieldSeparator = '\u0000';
const nullMark = '\u0001';
const itemSeparator = '\u0002';
const partSeparator = '\u0003';
// the separators are control characters on purpose: no text a school writes holds them
// eslint-disable-next-line no-control-regex
const separators = /[\u0000-\u0003]/;
const roleFields = ['role', 'roleType', 'orgSourcedId', 'beginDate', 'endDate', 'sourcedId', 'userProfileSourcedId'] as const;

/** The value as text, or null when it cannot be written without clashing with a separator. */
function packValue(kind: FieldKind, value: unknown): string | null {
  switch (kind) {
    case 'text':
      return value === null ? nullMark : packText(value);
    case 'flag':
      return value === null ? nullMark : value === true ? '1' : '0';
    case 'number':
      return value === null ? nullMark : String(value);
    case 'texts': {
      const items = value as string[];
      // [''] would read back as []: kept as an object instead
      if (items.length === 1 && items[0] === '') return null;
      return packItems(items.map(packText));
    }
    case 'userIds':
      return packItems((value as RosterUser['userIds']).map(({ type, identifier }) => join([packText(type), packText(identifier)], partSeparator)));
    case 'roles':
      return packItems((value as RosterUserRole[]).map((role) => join(roleFields.map((field) => (role[field] === null ? nullMark : packText(role[field]))), partSeparator)));
    default:
      return assertNever(kind);
  }
}

function unpackValue(kind: FieldKind, text: string): unknown {
  if (text === nullMark && kind !== 'texts' && kind !== 'userIds' && kind !== 'roles') return null;
  switch (kind) {
    case 'text':
      return text;
    case 'flag':
      return text === '1';
    case 'number':
      return Number(text);
    case 'texts':
      return text === '' ? [] : text.split(itemSeparator);
    case 'userIds':
      return items(text).map((item) => {
        const [type = '', identifier = ''] = item.split(partSeparator);
        return { type, identifier };
      });
    case 'roles':
      return items(text).map((item): Record<(typeof roleFields)[number], string | null> => {
        const [role, roleType, orgSourcedId, beginDate, endDate, sourcedId, userProfileSourcedId] = item.split(partSeparator).map((part) => (part === nullMark ? null : part));
        return { role: role ?? null, roleType: roleType ?? null, orgSourcedId: orgSourcedId ?? null, beginDate: beginDate ?? null, endDate: endDate ?? null, sourcedId: sourcedId ?? null, userProfileSourcedId: userProfileSourcedId ?? null };
      });
    default:
      return assertNever(kind);
  }
}

function packText(value: unknown): string | null {
  const text = String(value);
  return separators.test(text) ? null : text;
}

function packItems(items: (string | null)[]): string | null {
  return join(items, itemSeparator);
}

function join(parts: (string | null)[], separator: string): string | null {
  return parts.some((part) => part === null) ? null : parts.join(separator);
}

function items(text: string): string[] {
  return text === '' ? [] : text.split(itemSeparator);
}

/** FNV-1a over the characters. */
function hash(key: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) value = Math.imul(value ^ key.charCodeAt(index), 0x01000193);
  return value >>> 0;
}
