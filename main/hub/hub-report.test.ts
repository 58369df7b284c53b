import { describe, expect, it } from 'vitest';
import { gradebookNames } from './hub-report.js';

describe('gradebookNames', () => {
  it('names a gradebook by its title, and two of the same title by the end of their hub ids, so the school summary keeps them apart', () => {
    const names = gradebookNames([
      { id: '019ad2f0-0000-7000-8000-00000000aaaa', title: 'Grade 5 Math' },
      { id: '019ad2f0-0000-7000-8000-00000000bbbb', title: 'Grade 5 Math' },
      { id: '019ad2f0-0000-7000-8000-00000000cccc', title: 'Grade 6 Science' },
    ]);
    expect([...names.values()]).toEqual(['Grade 5 Math (…0000aaaa)', 'Grade 5 Math (…0000bbbb)', 'Grade 6 Science']);
  });
});
