import { describe, expect, it } from 'vitest';
import { openTinyGradebook } from '../test/helpers/tiny-gradebook.js';
import { useTempDir } from '../test/helpers/temp-dir.js';
import { summarizeGradebook } from './info.js';
import { latestSchemaVersion } from './migrations/index.js';
import { tableNames } from './schema.js';

const tempDir = useTempDir();

describe('summarizeGradebook', () => {
  it('counts the rows of every table and reads the title setting', async () => {
    const tiny = await openTinyGradebook(tempDir());
    try {
      const math = tiny.addClass('Math 5');
      const ana = tiny.addLearner('Ana', 'Lima');
      tiny.enroll(math, ana);
      tiny.addEvidence(math, ana, '2025-09-02');
      tiny.gradebook.writer.prepare(`INSERT INTO settings (key, value) VALUES ('title', 'Room 12 gradebook')`).run();

      const summary = summarizeGradebook(tiny.gradebook.reader, tiny.gradebook.schemaVersion);
      expect(Object.keys(summary.counts).sort()).toEqual([...tableNames].sort());
      expect(summary.counts).toMatchObject({ schools: 1, terms: 1, classes: 1, learners: 1, enrollments: 1, evidence: 1, standards: 1, goals: 0 });
      expect(summary.title).toBe('Room 12 gradebook');
      expect(summary.schemaVersion).toBe(latestSchemaVersion);
    } finally {
      tiny.gradebook.close();
    }
  });
});
