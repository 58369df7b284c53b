import { describe, expect, it } from 'vitest';
import { openTinyGradebook } from '../test/helpers/tiny-gradebook.js';
import { useTempDir } from '../test/helpers/temp-dir.js';
import { listClasses, requireClass } from './classes.js';
import { GradebookError } from './errors.js';
import { newId } from './ids.js';

const tempDir = useTempDir();

describe('listClasses', () => {
  it('lists active classes with their term and the number of active learners, by title', async () => {
    const tiny = await openTinyGradebook(tempDir());
    try {
      const science = tiny.addClass('Science 5');
      const math = tiny.addClass('Math 5');
      tiny.addClass('Old class', { status: 'archived' });
      const [a, b, c] = [tiny.addLearner('Ana', 'Lima'), tiny.addLearner('Bo', 'Chen'), tiny.addLearner('Cy', 'Okafor')];
      tiny.enroll(math, a);
      tiny.enroll(math, b);
      tiny.enroll(math, c, 'inactive');
      tiny.enroll(science, a);

      const classes = listClasses(tiny.gradebook.reader);
      expect(classes.map((k) => [k.title, k.learnerCount, k.termTitle])).toEqual([
        ['Math 5', 2, 'Fall 2025'],
        ['Science 5', 1, 'Fall 2025'],
      ]);
    } finally {
      tiny.gradebook.close();
    }
  });

  it('requireClass names a missing class with a not_found error', async () => {
    const tiny = await openTinyGradebook(tempDir());
    try {
      const missing = newId();
      expect(() => requireClass(tiny.gradebook.reader, missing)).toThrow(GradebookError);
      expect(() => requireClass(tiny.gradebook.reader, missing)).toThrow(/not in this gradebook/);
    } finally {
      tiny.gradebook.close();
    }
  });
});
