import { describe, expect, it } from 'vitest';
import { describeChange } from './evidence-words.js';

const change = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null) => ({ at: '', action, evidenceId: 'e', before, after });

describe('a change in words', () => {
  it('says what an edit changed', () => {
    expect(describeChange(change('update', { level: 2, feedback: null }, { level: 3, feedback: null }))).toBe('Level 2 → 3');
    expect(describeChange(change('update', { level: 3, feedback: null }, { level: 3, feedback: 'Nice' }))).toBe('Feedback added');
    expect(describeChange(change('update', { level: 3 }, { level: 3 }))).toBe('Edited');
  });

  it('names deletions and restorations with the level', () => {
    expect(describeChange(change('delete', { level: 2.5 }, { level: 2.5 }))).toBe('Moved to the trash (level 2.5)');
    expect(describeChange(change('restore', null, { level: null }))).toBe('Restored from the trash (level none)');
  });
});
