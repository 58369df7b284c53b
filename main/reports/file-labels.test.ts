import { describe, expect, it } from 'vitest';
import { fileLabels } from './file-labels.js';

describe('fileLabels', () => {
  it('names files by their own name, never the folder, and a repeated name as "name (2)", "name (3)"', () => {
    expect(fileLabels(['/a/rivera.proficio', '/b/gradebook.proficio', '/c/gradebook.proficio', '/d/gradebook.proficio'])).toEqual([
      'rivera.proficio',
      'gradebook.proficio',
      'gradebook.proficio (2)',
      'gradebook.proficio (3)',
    ]);
  });
});
