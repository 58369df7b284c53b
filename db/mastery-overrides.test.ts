import { describe, expect, it } from 'vitest';
import { openTinyGradebook } from '../test/helpers/tiny-gradebook.js';
import { useTempDir } from '../test/helpers/temp-dir.js';
import { newId } from './ids.js';
import { clearOverrides, insertOverride, readActiveOverrides } from './mastery-overrides.js';

const tempDir = useTempDir();

describe('mastery overrides', () => {
  it('reads the latest open override per cell, as of a date, and clears every open one on a cell', async () => {
    const tiny = await openTinyGradebook(tempDir());
    try {
      const { writer, reader } = tiny.gradebook;
      const classId = tiny.addClass('Math 5');
      const ana = tiny.addLearner('Ana', 'Lima');
      const bo = tiny.addLearner('Bo', 'Chen');
      const cell = { classId, standardId: tiny.standardId };
      const override = (learnerId: string, level: number, overriddenOn: string, createdAt: string) =>
        insertOverride(writer, { id: newId(), ...cell, learnerId, level, reason: `seen ${overriddenOn}`, overriddenOn, createdAt });
      override(ana, 2, '2025-10-01', '2025-10-01T09:00:00.000Z');
      override(ana, 3, '2025-11-01', '2025-11-01T09:00:00.000Z');
      override(bo, 4, '2025-10-15', '2025-10-15T09:00:00.000Z');

      expect(readActiveOverrides(reader, classId)).toEqual([
        { learnerId: ana, standardId: tiny.standardId, level: 3, reason: 'seen 2025-11-01', overriddenOn: '2025-11-01' },
        { learnerId: bo, standardId: tiny.standardId, level: 4, reason: 'seen 2025-10-15', overriddenOn: '2025-10-15' },
      ]);
      expect(readActiveOverrides(reader, classId, { asOf: '2025-10-20', learnerId: ana }).map((o) => o.level)).toEqual([2]);

      expect(clearOverrides(writer, { ...cell, learnerId: ana }, '2025-12-01T09:00:00.000Z')).toBe(2);
      expect(clearOverrides(writer, { ...cell, learnerId: ana }, '2025-12-01T09:00:00.000Z')).toBe(0);
      expect(readActiveOverrides(reader, classId).map((o) => o.learnerId)).toEqual([bo]);
    } finally {
      tiny.gradebook.close();
    }
  });
});
