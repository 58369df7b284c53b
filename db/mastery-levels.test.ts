import { describe, expect, it } from 'vitest';
import { openTinyGradebook } from '../test/helpers/tiny-gradebook.js';
import { useTempDir } from '../test/helpers/temp-dir.js';
import {
  invalidateStoredMastery,
  readMasteryState,
  readStoredLevelTuples,
  readStoredMasteryLevels,
  readStoredRowLevels,
  replaceStoredMastery,
  storeMasteryLevels,
  type StoredMasteryLevel,
} from './mastery-levels.js';

const tempDir = useTempDir();

describe('stored mastery levels', () => {
  it("replaces a class's levels with the settings they were computed with, updates a cell, and goes stale on demand", async () => {
    const tiny = await openTinyGradebook(tempDir());
    try {
      const { writer, reader } = tiny.gradebook;
      const classId = tiny.addClass('Math 5');
      const ana = tiny.addLearner('Ana', 'Lima');
      const bo = tiny.addLearner('Bo', 'Chen');
      const level = (learnerId: string, value: number | null): StoredMasteryLevel => ({
        learnerId,
        standardId: tiny.standardId,
        level: value,
        mastered: value !== null && value >= 3,
        evidenceCount: value === null ? 0 : 2,
        lastObservedOn: value === null ? null : '2025-10-01',
        awaitingFeedback: 0,
      });

      expect(readMasteryState(reader, classId)).toBeNull();
      replaceStoredMastery(writer, classId, 'settings-1', [level(ana, 3), level(bo, null)], '2025-10-02T00:00:00.000Z');
      expect(readMasteryState(reader, classId)).toBe('settings-1');
      expect(readStoredMasteryLevels(reader, classId)).toEqual(expect.arrayContaining([level(ana, 3), level(bo, null)]));
      expect(readStoredLevelTuples(reader, classId)).toEqual(
        expect.arrayContaining([[ana, tiny.standardId, 3, 2, '2025-10-01', 0], [bo, tiny.standardId, null, 0, null, 0]]),
      );

      storeMasteryLevels(writer, classId, [level(bo, 2)]);
      expect(readStoredRowLevels(reader, classId, bo)).toEqual([{ standardId: tiny.standardId, level: 2 }]);

      replaceStoredMastery(writer, classId, 'settings-2', [level(ana, 4)]);
      expect(readStoredMasteryLevels(reader, classId)).toEqual([level(ana, 4)]);
      invalidateStoredMastery(writer, classId);
      expect(readMasteryState(reader, classId)).toBeNull();
    } finally {
      tiny.gradebook.close();
    }
  });
});
