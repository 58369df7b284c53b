import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { newId } from '../ids.js';
import { openGradebook } from '../open.js';
import { migrations } from './index.js';

const tempDir = useTempDir();
const now = '2026-01-10T09:00:00.000Z';

describe('migration 0060-learner-profiles', () => {
  it('keeps every entry, goal, linked standard and reflection of a schema-50 file, naming each author and mapping old statuses', async () => {
    const path = join(tempDir(), 'm60.proficio');
    const old = await openGradebook(path, { migrations: migrations.filter((m) => m.version <= 50) });
    const [learner, framework, standard, goal, reflection, entry, background] = [newId(), newId(), newId(), newId(), newId(), newId(), newId()];
    const w = old.writer;
    w.prepare(`INSERT INTO learners (id, given_name, family_name, created_at, updated_at) VALUES (?, 'Ana', 'Lima', ?, ?)`).run(learner, now, now);
    w.prepare(`INSERT INTO frameworks (id, title, created_at, updated_at) VALUES (?, 'F', ?, ?)`).run(framework, now, now);
    w.prepare(`INSERT INTO standards (id, framework_id, statement, position, created_at, updated_at) VALUES (?, ?, 'S', 0, ?, ?)`).run(standard, framework, now, now);
    w.prepare(`INSERT INTO profile_entries (id, learner_id, category, body, author, created_at, updated_at) VALUES (?, ?, 'interest', 'Loves maps', 'learner', ?, ?)`).run(entry, learner, now, now);
    w.prepare(`INSERT INTO profile_entries (id, learner_id, category, body, author, created_at, updated_at) VALUES (?, ?, 'background', 'Moved in May', 'educator', ?, ?)`).run(background, learner, now, now);
    w.prepare(`INSERT INTO goals (id, learner_id, body, status, author, created_at, updated_at) VALUES (?, ?, 'Fractions', 'achieved', 'learner', ?, ?)`).run(goal, learner, now, now);
    w.prepare(`INSERT INTO goal_standards (goal_id, standard_id) VALUES (?, ?)`).run(goal, standard);
    w.prepare(`INSERT INTO reflections (id, goal_id, body, author, reflected_on, created_at) VALUES (?, ?, 'Getting there', 'educator', '2026-01-09', ?)`).run(reflection, goal, now);
    old.close();

    const gradebook = await openGradebook(path);
    try {
      expect(gradebook.migration?.applied).toContain('60-learner-profiles');
      const r = gradebook.reader;
      expect(r.prepare(`SELECT id, category, author, author_name, sensitive, noted_on FROM profile_entries ORDER BY body`).all()).toEqual([
        { id: entry, category: 'interest', author: 'learner', author_name: 'Learner', sensitive: 0, noted_on: '2026-01-10' },
        { id: background, category: 'note', author: 'educator', author_name: 'Educator', sensitive: 1, noted_on: '2026-01-10' },
      ]);
      expect(r.prepare(`SELECT id, status, author_name, set_on FROM goals`).all()).toEqual([{ id: goal, status: 'met', author_name: 'Learner', set_on: '2026-01-10' }]);
      expect(r.prepare(`SELECT goal_id, standard_id FROM goal_standards`).all()).toEqual([{ goal_id: goal, standard_id: standard }]);
      expect(r.prepare(`SELECT id, author, author_name FROM reflections`).all()).toEqual([{ id: reflection, author: 'educator', author_name: 'Educator' }]);
      // the rebuilt tables still cascade from their parents and accept a family author
      const w2 = gradebook.writer;
      w2.prepare(`INSERT INTO reflections (id, goal_id, body, author, author_name, reflected_on, created_at) VALUES (?, ?, 'Proud', 'family', 'Rosa Lima', '2026-01-11', ?)`).run(newId(), goal, now);
      w2.prepare(`DELETE FROM goals WHERE id = ?`).run(goal);
      expect(r.prepare(`SELECT count(*) AS n FROM reflections`).get()).toEqual({ n: 0 });
      expect(r.prepare(`SELECT count(*) AS n FROM goal_standards`).get()).toEqual({ n: 0 });
      expect(() => w2.prepare(`INSERT INTO goals (id, learner_id, body, status, author, author_name, set_on, created_at, updated_at) VALUES (?, ?, 'x', 'achieved', 'learner', 'Ana', '2026-01-10', ?, ?)`).run(newId(), learner, now, now)).toThrow(/CHECK/);
    } finally {
      gradebook.close();
    }
  });
});
