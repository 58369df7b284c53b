/**
 * Pure helpers that main, the renderer and the CLI all need, written once. Lint keeps this file free of
 * Node, the DOM and every app layer: it is safe to import from anywhere.
 */

/** For exhaustive switches: the compiler proves this is unreachable; at run time it names the surprise. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

/** The key of one learner × standard cell, wherever cells are kept in a map. */
export function cellKey(learnerId: string, standardId: string): string {
  return `${learnerId}|${standardId}`;
}

/**
 * Today on the machine's own calendar, as YYYY-MM-DD. A teacher's "today" is local: evidence recorded
 * at 8 pm on 3 March belongs to 3 March, whatever UTC says.
 */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * A teacher's override decides a cell until evidence observed after the override's date arrives
 * (MASTERY.md): `lastObservedOn` is the newest evidence on the cell, null when there is none.
 */
export function overrideHolds(override: { overriddenOn: string } | undefined | null, lastObservedOn: string | null): boolean {
  return override != null && (lastObservedOn === null || lastObservedOn <= override.overriddenOn);
}
