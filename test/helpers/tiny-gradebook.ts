import { join } from 'node:path';
import { newId } from '../../db/ids.js';
import { openGradebook, type Gradebook } from '../../db/open.js';

const at = '2026-01-05T08:00:00.000Z';

/**
 * A hand-sized gradebook written with plain SQL, for db tests that must not depend on the demo
 * generator: one school and term, the classes and learners a test names, nothing else.
 */
export type TinyGradebook = {
  gradebook: Gradebook;
  schoolId: string;
  termId: string;
  standardId: string;
  addClass(title: string, options?: { status?: 'active' | 'archived'; termId?: string | null }): string;
  addLearner(givenName: string, familyName: string, preferredName?: string): string;
  enroll(classId: string, learnerId: string, status?: 'active' | 'inactive'): void;
  addEvidence(classId: string, learnerId: string, observedOn: string, options?: { level?: number | null; deleted?: boolean }): string;
};

export async function openTinyGradebook(dir: string): Promise<TinyGradebook> {
  const gradebook = await openGradebook(join(dir, 'tiny.proficio'));
  const run = (sql: string, ...params: unknown[]) => gradebook.writer.prepare(sql).run(...params);
  const schoolId = newId();
  const termId = newId();
  const frameworkId = newId();
  const standardId = newId();
  run(`INSERT INTO schools (id, name, created_at, updated_at) VALUES (?, 'Tiny School', ?, ?)`, schoolId, at, at);
  run(
    `INSERT INTO terms (id, school_id, title, type, starts_on, ends_on, created_at, updated_at)
     VALUES (?, ?, 'Fall 2025', 'semester', '2025-08-20', '2026-01-23', ?, ?)`,
    termId, schoolId, at, at,
  );
  run(`INSERT INTO frameworks (id, title, created_at, updated_at) VALUES (?, 'Tiny framework', ?, ?)`, frameworkId, at, at);
  run(
    `INSERT INTO standards (id, framework_id, position, code, statement, created_at, updated_at)
     VALUES (?, ?, 1, 'T.1', 'Counts to ten', ?, ?)`,
    standardId, frameworkId, at, at,
  );
  return {
    gradebook,
    schoolId,
    termId,
    standardId,
    addClass(title, { status = 'active', termId: term = termId } = {}) {
      const id = newId();
      run(
        `INSERT INTO classes (id, school_id, term_id, title, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        id, schoolId, term, title, status, at, at,
      );
      return id;
    },
    addLearner(givenName, familyName, preferredName) {
      const id = newId();
      run(
        `INSERT INTO learners (id, given_name, family_name, preferred_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
        id, givenName, familyName, preferredName ?? null, at, at,
      );
      return id;
    },
    enroll(classId, learnerId, status = 'active') {
      run(
        `INSERT INTO enrollments (id, class_id, learner_id, role, status, created_at, updated_at) VALUES (?, ?, ?, 'learner', ?, ?, ?)`,
        newId(), classId, learnerId, status, at, at,
      );
    },
    addEvidence(classId, learnerId, observedOn, { level = 3, deleted = false } = {}) {
      const id = newId();
      run(
        `INSERT INTO evidence (id, class_id, learner_id, standard_id, level, observed_on, kind, recorded_at, deleted_at)
         VALUES (?, ?, ?, ?, ?, ?, 'of', ?, ?)`,
        id, classId, learnerId, standardId, level, observedOn, at, deleted ? at : null,
      );
      return id;
    },
  };
}
