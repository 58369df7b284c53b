/**
 * Writes run one after another, in the order the teacher made them, whichever section makes them: an
 * undo must never overtake the entry it takes back, a fast typist must not race two answers for one
 * cell, and a scale saved from its editor waits for the grid writes still on their way.
 */
let queue: Promise<unknown> = Promise.resolve();

export function enqueue<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}
