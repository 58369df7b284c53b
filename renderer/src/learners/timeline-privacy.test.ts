import { describe, expect, it } from 'vitest';
import { repeatsPrivateEntry } from './timeline-privacy.js';

const privateNote = { notedOn: '2026-01-12', body: 'Parents separating; be gentle this week' };

describe('timeline items that repeat a private entry', () => {
  it('are the entry items of that day ending with its text', () => {
    expect(repeatsPrivateEntry({ kind: 'entry', on: '2026-01-12', summary: 'Note: Parents separating; be gentle this week' }, [privateNote])).toBe(true);
  });

  it('leave other days, other texts and other kinds alone', () => {
    expect(repeatsPrivateEntry({ kind: 'entry', on: '2026-01-13', summary: 'Note: Parents separating; be gentle this week' }, [privateNote])).toBe(false);
    expect(repeatsPrivateEntry({ kind: 'entry', on: '2026-01-12', summary: 'Interest: chess' }, [privateNote])).toBe(false);
    expect(repeatsPrivateEntry({ kind: 'reflection', on: '2026-01-12', summary: 'Parents separating; be gentle this week' }, [privateNote])).toBe(false);
    expect(repeatsPrivateEntry({ kind: 'entry', on: '2026-01-12', summary: 'Note: anything' }, [])).toBe(false);
  });
});
