import { newId } from '../../db/ids.js';
import { setUpNewGradebook } from '../../main/gradebook/new-gradebook.js';
import { openTinyGradebook, type TinyGradebook } from './tiny-gradebook.js';

const at = '2026-01-05T08:00:00.000Z';

/**
 * A hand-made class for profile and readiness tests: standards A → B → C (A is B's prerequisite, B is
 * C's), D on its own, E whose prerequisite U the class does not track, and skill S on the skills
 * scale; the class computes levels by "most recent" on the 1–4 scale (mastered from 3). Two learners.
 */
export type ProgressionGradebook = TinyGradebook & {
  classId: string;
  ana: string;
  ben: string;
  s: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'skill', string>;
  untracked: string;
  evidence(learnerId: string, standardId: string, level: number, observedOn: string): void;
  override(learnerId: string, standardId: string, level: number, on: string): void;
};

export async function openProgressionGradebook(dir: string): Promise<ProgressionGradebook> {
  const tiny = await openTinyGradebook(dir);
  const w = tiny.gradebook.writer;
  const run = (sql: string, ...params: unknown[]) => w.prepare(sql).run(...params);
  setUpNewGradebook(w, 'Progression');
  const skillsScale = String(w.prepare(`SELECT id FROM scales WHERE purpose = 'learning_skills'`).pluck().get());
  const framework = newId();
  const skills = newId();
  run(`INSERT INTO frameworks (id, title, created_at, updated_at) VALUES (?, 'Math', ?, ?)`, framework, at, at);
  run(`INSERT INTO frameworks (id, title, scale_id, created_at, updated_at) VALUES (?, 'Skills', ?, ?, ?)`, skills, skillsScale, at, at);
  const s = { a: newId(), b: newId(), c: newId(), d: newId(), e: newId(), skill: newId() };
  const untracked = newId();
  const insertStandard = (id: string, frameworkId: string, position: number, code: string) =>
    run(`INSERT INTO standards (id, framework_id, position, code, statement, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, id, frameworkId, position, code, `Statement ${code}`, at, at);
  for (const [position, [key, id]] of Object.entries(s).entries()) insertStandard(id, key === 'skill' ? skills : framework, position, `M.${key.toUpperCase()}`);
  insertStandard(untracked, framework, 99, 'M.U');
  const prerequisite = (standardId: string, prerequisiteId: string) =>
    run(`INSERT INTO prerequisites (id, standard_id, prerequisite_id, origin, created_at) VALUES (?, ?, ?, 'framework', ?)`, newId(), standardId, prerequisiteId, at);
  prerequisite(s.b, s.a);
  prerequisite(s.c, s.b);
  prerequisite(s.e, untracked);
  const classId = tiny.addClass('5A');
  run(`UPDATE classes SET mastery_method = ? WHERE id = ?`, JSON.stringify({ kind: 'most_recent' }), classId);
  for (const [position, id] of Object.values(s).entries()) run(`INSERT INTO class_standards (class_id, standard_id, position) VALUES (?, ?, ?)`, classId, id, position);
  const ana = tiny.addLearner('Ana', 'Lima');
  const ben = tiny.addLearner('Ben', 'Okafor');
  tiny.enroll(classId, ana);
  tiny.enroll(classId, ben);
  return {
    ...tiny,
    classId,
    ana,
    ben,
    s,
    untracked,
    evidence(learnerId, standardId, level, observedOn) {
      run(
        `INSERT INTO evidence (id, class_id, learner_id, standard_id, level, observed_on, kind, recorded_at) VALUES (?, ?, ?, ?, ?, ?, 'of', ?)`,
        newId(), classId, learnerId, standardId, level, observedOn, at,
      );
    },
    override(learnerId, standardId, level, on) {
      run(
        `INSERT INTO mastery_overrides (id, class_id, learner_id, standard_id, level, reason, overridden_on, created_at) VALUES (?, ?, ?, ?, ?, 'Showed it in conference', ?, ?)`,
        newId(), classId, learnerId, standardId, level, on, at,
      );
    },
  };
}
