import { describe, expect, it } from 'vitest';
import type { EnrolledLearner } from '../../db/enrollments.js';
import { useTempGradebook } from '../../test/helpers/temp-gradebook.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { firstLearners } from './first-learners.js';
import { masteryGrid } from './mastery-grid.js';

const gradebook = useTempGradebook();

async function demo() {
  const opened = await gradebook();
  const summary = generateDemoGradebook(opened.writer, { seed: 5, classes: 1, learners: 40, standards: 12, evidence: 1_500, today: '2026-01-15' });
  return { gradebook: opened, classId: summary.classIds[0]! };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const listKey = (row: { familyName: string; givenName: string; preferredName: string | null }) => `${row.familyName}\u0000${row.preferredName?.trim() || row.givenName}`;

describe('a big class’s first screen of learners, read before the rest (issue 9, item 13)', () => {
  it('sends the first learners in class-list order with exactly the cells and roll-ups of the whole grid, and how many are left', async () => {
    const { gradebook: opened, classId } = await demo();
    const whole = masteryGrid(opened.reader, classId);
    const first = masteryGrid(opened.reader, classId, { firstLearners: 10 });
    expect(whole.moreLearners).toBeUndefined();
    expect(first.moreLearners).toBe(whole.rows.length - 10);
    const expected = [...whole.rows].sort((a, b) => collator.compare(listKey(a), listKey(b))).slice(0, 10);
    expect(first.rows.map((row) => row.learnerId)).toEqual(expected.map((row) => row.learnerId));
    expect(first.rows).toEqual(expected);
    // everything about the columns is the whole class's
    expect({ ...first, rows: [], moreLearners: undefined }).toEqual({ ...whole, rows: [], moreLearners: undefined });
  });

  it('computes the first learners’ levels when the stored ones are stale, the same as the whole grid does', async () => {
    const { gradebook: opened, classId } = await demo();
    opened.writer.prepare(`UPDATE mastery_state SET settings_key = 'stale' WHERE class_id = ?`).run(classId);
    const whole = masteryGrid(opened.reader, classId);
    const first = masteryGrid(opened.reader, classId, { firstLearners: 7 });
    const byId = new Map(whole.rows.map((row) => [row.learnerId, row]));
    expect(first.rows).toHaveLength(7);
    for (const row of first.rows) expect(row).toEqual(byId.get(row.learnerId));
  });

  it('sends a class no bigger than its first screen whole', async () => {
    const { gradebook: opened, classId } = await demo();
    const grid = masteryGrid(opened.reader, classId, { firstLearners: 40 });
    expect(grid.moreLearners).toBeUndefined();
    expect(grid).toEqual(masteryGrid(opened.reader, classId));
  });

  it('orders names as a person reads them: accents and case do not reorder, the name a learner goes by counts', () => {
    const learner = (learnerId: string, familyName: string, givenName: string, preferredName: string | null = null): EnrolledLearner => ({
      learnerId,
      familyName,
      givenName,
      preferredName,
      identifier: null,
    });
    const learners = [
      learner('ramos', 'Ramos', 'Ana'),
      learner('ramirez', 'Ramírez', 'Luis'),
      learner('devries', 'de Vries', 'Eva'),
      learner('abbot-z', 'Abbot', 'Zoe'),
      learner('abbot-b', 'Abbot', 'Alexandra', 'Bea'),
    ];
    expect(firstLearners(learners, 4).map((l) => l.learnerId)).toEqual(['abbot-b', 'abbot-z', 'devries', 'ramirez']);
  });
});
