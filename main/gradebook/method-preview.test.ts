import { describe, expect, it } from 'vitest';
import { readStoredLevelTuples } from '../../db/mastery-levels.js';
import { cellKey } from '../../preload/contract/shared.js';
import { useTempGradebook } from '../../test/helpers/temp-gradebook.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { computeClassCells, loadClassMastery } from './class-mastery.js';
import { masteryGrid, previewMethod } from './mastery-grid.js';
import { watchedWork } from './mastery-progress.js';

const gradebook = useTempGradebook();

async function demo() {
  const opened = await gradebook();
  const summary = generateDemoGradebook(opened.writer, { seed: 3, classes: 1, learners: 40, standards: 30, evidence: 4_000, today: '2026-01-15' });
  return { reader: opened.reader, classId: summary.classIds[0]! };
}

describe('the what-if preview, streamed from the evidence', () => {
  it('finds exactly the cells whose level the method changes, against the levels shown now', async () => {
    const { reader, classId } = await demo();
    const mastery = loadClassMastery(reader, classId);
    const shown = new Map(readStoredLevelTuples(reader, classId).map(([learnerId, standardId, level]) => [cellKey(learnerId, standardId), level]));
    for (const method of [{ kind: 'mean' }, { kind: 'highest' }, { kind: 'n_mastery', n: 2 }] as const) {
      const after = computeClassCells(reader, mastery, { method });
      const expected = [...after]
        .filter(([key, cell]) => (shown.get(key) ?? null) !== cell.level)
        .map(([key, cell]) => ({ key, before: shown.get(key) ?? null, after: cell.level }));
      const preview = previewMethod(reader, classId, method);
      expect(preview.changes.map((c) => ({ key: cellKey(c.learnerId, c.standardId), before: c.before, after: c.after })).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
        expected.sort((a, b) => a.key.localeCompare(b.key)),
      );
      expect(preview.masteredAfter).toBe([...after.values()].filter((cell) => cell.mastered).length);
      const masteredNow = masteryGrid(reader, classId).rows.flatMap((row) => row.cells.level.filter((level, c) => level !== null && level >= thresholdOf(c)));
      expect(preview.masteredBefore).toBe(masteredNow.length);
    }
    // the class's own method changes nothing
    expect(previewMethod(reader, classId, mastery.method).changes).toEqual([]);

    function thresholdOf(c: number): number {
      const column = mastery.columns[c]!;
      return (mastery.columnScales.get(column.standardId) ?? { range: mastery.masteryScale }).range.masteryThreshold;
    }
  });

  it('reports its progress column by column and stops when cancelled', async () => {
    const { reader, classId } = await demo();
    const steps: number[] = [];
    let stop = false;
    const work = watchedWork(classId, (p) => {
      if (p.work === 'previewing') steps.push(p.done);
      if (p.work === 'previewing' && p.done >= 10) stop = true;
    }, () => stop);
    expect(() => previewMethod(reader, classId, { kind: 'mean' }, work)).toThrow(/Stopped/);
    expect(steps.slice(0, 3)).toEqual([0, 1, 2]);
    expect(steps.at(-1)).toBe(10);
  });
});
