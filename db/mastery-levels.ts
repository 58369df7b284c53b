import { nowIso } from './ids.js';
import { qb, type GradebookReader, type GradebookWriter } from './handle.js';

/**
 * Stored mastery levels: each cell's computed level (`mastery_levels`) and the settings a class's levels
 * were computed with (`mastery_state`), so the grid reads levels rather than recomputing them.
 */

export type StoredMasteryLevel = {
  learnerId: string;
  standardId: string;
  level: number | null;
  mastered: boolean;
  evidenceCount: number;
  lastObservedOn: string | null;
  awaitingFeedback: number;
};

export function readMasteryState(reader: GradebookReader, classId: string): string | null {
  return reader.first(qb.selectFrom('mastery_state').select('settings_key').where('class_id', '=', classId))?.settings_key ?? null;
}

export function readStoredMasteryLevels(reader: GradebookReader, classId: string): StoredMasteryLevel[] {
  return reader
    .all(
      qb
        .selectFrom('mastery_levels')
        .select([
          'learner_id as learnerId',
          'standard_id as standardId',
          'level',
          'mastered',
          'evidence_count as evidenceCount',
          'last_observed_on as lastObservedOn',
          'awaiting_feedback as awaitingFeedback',
        ])
        .where('class_id', '=', classId),
    )
    .map((row) => ({ ...row, mastered: row.mastered === 1 }));
}

/** learner id, standard id, level, evidence count, last observed on, awaiting feedback. */
export type StoredLevelTuple = [string, string, number | null, number, string | null, number];

// its own statement text: `raw` switches the cached statement's mode, which no other caller may see
const storedTuplesSql = `SELECT learner_id, standard_id, level, evidence_count, last_observed_on, awaiting_feedback
FROM mastery_levels WHERE class_id = ?`;

/**
 * A class's stored levels as tuples rather than objects: the live grid reads all of them (200,000 for
 * 1,000 learners × 200 standards) and an object with named keys per row costs a third of the time.
 */
export function readStoredLevelTuples(reader: GradebookReader, classId: string): StoredLevelTuple[] {
  return reader.prepare(storedTuplesSql).raw(true).all(classId) as StoredLevelTuple[]; // the columns are the tuple's, in order
}

/**
 * The same tuples one at a time, in key order (by learner, then standard): the grid fills its rows as
 * they come and says how far it has got, instead of holding 200,000 tuples and going quiet meanwhile.
 */
export function iterateStoredLevelTuples(reader: GradebookReader, classId: string): IterableIterator<StoredLevelTuple> {
  // its own statement text (note the ORDER BY, which the clustered key makes free): iterate keeps a
  // statement busy until the loop ends, so it must not be the one readStoredLevelTuples uses
  return reader.prepare(`${storedTuplesSql} ORDER BY learner_id, standard_id`).raw(true).iterate(classId) as IterableIterator<StoredLevelTuple>;
}

/**
 * The stored tuples of some of a class's learners only (the first screen of a big class): one probe of
 * the clustered key per learner, so 60 learners of 1,000 cost a sixtieth-odd of the whole read. The ids
 * go in as one JSON array, so the statement text (and its cache entry) is the same for any number.
 */
export function iterateStoredLevelTuplesOf(reader: GradebookReader, classId: string, learnerIds: readonly string[]): IterableIterator<StoredLevelTuple> {
  return reader
    .prepare(`${storedTuplesSql} AND learner_id IN (SELECT value FROM json_each(?))`)
    .raw(true)
    .iterate(classId, JSON.stringify(learnerIds)) as IterableIterator<StoredLevelTuple>; // the columns are the tuple's, in order
}

/**
 * Just the stored level of each cell (learner id, standard id, level), one at a time: what a method's
 * preview compares against, without the dates and counts the grid shows.
 */
export function iterateStoredLevels(reader: GradebookReader, classId: string): IterableIterator<[string, string, number | null]> {
  return reader.prepare('SELECT learner_id, standard_id, level FROM mastery_levels WHERE class_id = ?').raw(true).iterate(classId) as IterableIterator<
    [string, string, number | null]
  >; // the columns are the tuple's, in order
}

/** One learner's stored levels in a class, by standard: what the learner's roll-ups are computed from. */
export function readStoredRowLevels(reader: GradebookReader, classId: string, learnerId: string): { standardId: string; level: number | null }[] {
  return reader.all(
    qb
      .selectFrom('mastery_levels')
      .select(['standard_id as standardId', 'level'])
      .where('class_id', '=', classId)
      .where('learner_id', '=', learnerId),
  );
}

const upsertLevelSql = `INSERT INTO mastery_levels
  (class_id, learner_id, standard_id, level, mastered, evidence_count, last_observed_on, awaiting_feedback)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (class_id, learner_id, standard_id) DO UPDATE SET
  level = excluded.level, mastered = excluded.mastered, evidence_count = excluded.evidence_count,
  last_observed_on = excluded.last_observed_on, awaiting_feedback = excluded.awaiting_feedback`;

/** Stores recomputed cells (one, or a whole class after `clearStoredMastery`). */
export function storeMasteryLevels(writer: GradebookWriter, classId: string, levels: Iterable<StoredMasteryLevel>): void {
  const statement = writer.prepare(upsertLevelSql);
  writer.transaction(() => {
    for (const l of levels) {
      statement.run(classId, l.learnerId, l.standardId, l.level, l.mastered ? 1 : 0, l.evidenceCount, l.lastObservedOn, l.awaitingFeedback);
    }
  });
}

/** Replaces a class's stored levels wholesale and records the settings they were computed with. */
export function replaceStoredMastery(
  writer: GradebookWriter,
  classId: string,
  settingsKey: string,
  levels: Iterable<StoredMasteryLevel>,
  at: string = nowIso(),
): void {
  writer.transaction(() => {
    writer.run(qb.deleteFrom('mastery_levels').where('class_id', '=', classId));
    storeMasteryLevels(writer, classId, levels);
    writer.run(
      qb
        .insertInto('mastery_state')
        .values({ class_id: classId, settings_key: settingsKey, computed_at: at })
        .onConflict((oc) => oc.column('class_id').doUpdateSet({ settings_key: settingsKey, computed_at: at })),
    );
  });
}

/** Marks a class's stored levels stale (after a bulk write such as an import); the next read recomputes. */
export function invalidateStoredMastery(writer: GradebookWriter, classId?: string): void {
  const query = qb.deleteFrom('mastery_state');
  writer.run(classId === undefined ? query : query.where('class_id', '=', classId));
}
