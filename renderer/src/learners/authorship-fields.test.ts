import { describe, expect, it } from 'vitest';
import { authorshipOf } from './authorship-fields.js';

describe('who wrote it', () => {
  it('leaves the learner’s own name to the gradebook', () => {
    expect(authorshipOf({ author: 'learner', educatorName: 'Ms. Okafor', familyName: 'Maria' })).toEqual({ ok: true, who: { author: 'learner' } });
  });

  it('sends an educator’s or family member’s name, trimmed, and asks for it when it is missing', () => {
    expect(authorshipOf({ author: 'educator', educatorName: '  Ms. Okafor ', familyName: '' })).toEqual({ ok: true, who: { author: 'educator', authorName: 'Ms. Okafor' } });
    expect(authorshipOf({ author: 'family', educatorName: 'Ms. Okafor', familyName: 'Maria (mother)' })).toEqual({ ok: true, who: { author: 'family', authorName: 'Maria (mother)' } });
    expect(authorshipOf({ author: 'educator', educatorName: '   ', familyName: '' })).toMatchObject({ ok: false, problem: expect.stringContaining('Write your name') });
    expect(authorshipOf({ author: 'family', educatorName: 'Ms. Okafor', familyName: '' })).toMatchObject({ ok: false, problem: expect.stringContaining('family member’s name') });
  });
});
