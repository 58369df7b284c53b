import type { ReadableGradebook } from '../../db/open.js';
import type { ChannelName, RequestOf } from '../../preload/contract/index.js';
import { noHandlerContext, type HandlerContext } from '../../main/worker/handler-context.js';

/** What a sample request may look up in the demo gradebook it is made for. */
export type DemoLookup = {
  gradebook: ReadableGradebook;
  firstClassId(): string;
  /** A real cell of the demo: an enrolled learner, a tracked standard, and one piece of its evidence. */
  demoCell(): { classId: string; learnerId: string; standardId: string; evidenceId: string };
  /** A learner of the first class with a goal, and one of their profile entries. */
  demoProfile(): { classId: string; learnerId: string; entryId: string; goalId: string };
};

/**
 * Per channel of one capability's contract file: one valid request and the malformed ones it must
 * refuse. Typed as a complete record, so a new channel cannot go untested; each capability keeps its
 * own file here, beside its contract file and handlers.
 */
export type ChannelSamples<Channels> = {
  [C in keyof Channels & ChannelName]: { valid: (demo: DemoLookup) => RequestOf<C>; malformed: unknown[] };
};

export function demoLookup(gradebook: ReadableGradebook): DemoLookup {
  const firstClassId = () => String(gradebook.reader.prepare('SELECT id FROM classes ORDER BY title LIMIT 1').pluck().get());
  return {
    gradebook,
    firstClassId,
    demoCell() {
      const classId = firstClassId();
      const row = gradebook.reader
        .prepare(
          `SELECT e.learner_id AS learnerId, e.standard_id AS standardId, e.id AS evidenceId FROM evidence e
           JOIN class_standards cs ON cs.class_id = e.class_id AND cs.standard_id = e.standard_id
           WHERE e.class_id = ? AND e.deleted_at IS NULL ORDER BY e.rowid LIMIT 1`,
        )
        .get(classId) as { learnerId: string; standardId: string; evidenceId: string };
      return { classId, ...row };
    },
    demoProfile() {
      const classId = firstClassId();
      const row = gradebook.reader
        .prepare(
          `SELECT g.learner_id AS learnerId, g.id AS goalId, (SELECT id FROM profile_entries p WHERE p.learner_id = g.learner_id LIMIT 1) AS entryId
           FROM goals g JOIN enrollments en ON en.learner_id = g.learner_id AND en.class_id = ? ORDER BY g.rowid LIMIT 1`,
        )
        .get(classId) as { learnerId: string; goalId: string; entryId: string };
      return { classId, ...row };
    },
  };
}

/**
 * The id coach mode's samples name a teacher's file by (reports:coach*). A session gives its read-only
 * gradebooks such ids; a test dispatching straight to one gradebook passes `sampleContext`, under which
 * this id names the gradebook under test, read as a teacher's file.
 */
export const sampleSourceId = '01a00b4d-2400-7507-b6ee-0000c0ac4f11';

export function sampleContext(gradebook: ReadableGradebook): HandlerContext {
  return {
    ...noHandlerContext,
    readOnlyGradebook: (gradebookId) => {
      if (gradebookId !== sampleSourceId) throw new Error(`no sample gradebook ${gradebookId}`);
      return gradebook;
    },
  };
}
