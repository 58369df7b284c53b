/**
 * A read-only array whose elements are built when they are read. A reader that keeps a million records
 * as columns (a few bytes each) hands them to the planners through this: they iterate, index, `map`,
 * `filter` and `length` it like any array, and each record they touch is a short-lived object instead
 * of one held for the whole import (a held record with its strings is ~200 bytes).
 *
 * Every read of an index builds a new record, so callers compare records by their fields, never by
 * identity, and must not write to them (nothing in the import does).
 */
export function lazyRecords<T>(length: number, at: (index: number) => T): T[] {
  const indexOf = (property: string | symbol): number | null => {
    if (typeof property !== 'string') return null;
    const index = Number(property);
    return Number.isInteger(index) && index >= 0 && index < length && String(index) === property ? index : null;
  };
  // the target is a real (empty) array, so Array.isArray holds and the array methods apply; they read
  // `length` and each index through the traps below
  return new Proxy([] as T[], {
    get(target, property, receiver) {
      if (property === 'length') return length;
      const index = indexOf(property);
      return index === null ? Reflect.get(target, property, receiver) : at(index);
    },
    has(target, property) {
      return indexOf(property) !== null || Reflect.has(target, property);
    },
    ownKeys() {
      return [...Array.from({ length }, (_, index) => String(index)), 'length'];
    },
    getOwnPropertyDescriptor(target, property) {
      if (property === 'length') return { value: length, writable: true, enumerable: false, configurable: false };
      const index = indexOf(property);
      return index === null ? Reflect.getOwnPropertyDescriptor(target, property) : { value: at(index), writable: false, enumerable: true, configurable: true };
    },
    set() {
      throw new TypeError('these records are read-only');
    },
    deleteProperty() {
      throw new TypeError('these records are read-only');
    },
    defineProperty() {
      throw new TypeError('these records are read-only');
    },
  });
}
