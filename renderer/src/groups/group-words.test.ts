import { describe, expect, it } from 'vitest';
import { learnerNote, partnerWords, staleWords, targetLabel } from './group-words.js';

describe('group words', () => {
  it('names a target by its short code, else by the start of its statement', () => {
    expect(targetLabel({ code: 'CCSS.Math.Content.5.NF.A.1', statement: 'Add fractions' })).toBe('5.NF.A.1');
    expect(targetLabel({ code: null, statement: 'Explain why multiplying a given number by a fraction greater than 1 results in a product greater' })).toBe(
      'Explain why multiplying a given number…',
    );
  });

  it('notes readiness first, else the level’s label, else nothing', () => {
    const learner = { learnerId: 'a', name: 'Ana Ruiz', readiness: null, level: 2, band: 'Developing', interests: [] };
    expect(learnerNote({ ...learner, readiness: 'in_progress' })).toBe('Working on it');
    expect(learnerNote(learner)).toBe('Developing');
    expect(learnerNote({ ...learner, band: null })).toBeNull();
    expect(learnerNote(undefined)).toBeNull();
  });

  it('says what moved for a stale member', () => {
    expect(staleWords({ learnerId: 'a', savedReadiness: 'ready', nowReadiness: 'mastered', savedBand: 'Developing', nowBand: 'Developing' })).toBe('was Ready, now Mastered');
    expect(staleWords({ learnerId: 'a', savedReadiness: null, nowReadiness: null, savedBand: 'Beginning', nowBand: 'Proficient' })).toBe('was Beginning, now Proficient');
    expect(staleWords({ learnerId: 'a', savedReadiness: 'ready', nowReadiness: 'mastered', savedBand: null, nowBand: 'Extending' })).toBe('was Ready, now Mastered; had no level yet, now Extending');
  });

  it('lists the most frequent partners first, with the standards, in words', () => {
    const pairings = {
      learnerId: 'a',
      name: 'Ana Ruiz',
      lowestGroupStreak: 0,
      rotationFlag: false,
      partners: [
        { learnerId: 'c', name: 'Cara Diaz', times: 2, standardCodes: [], lastOn: '2026-01-10' },
        { learnerId: 'b', name: 'Ben Ito', times: 3, standardCodes: ['CCSS.Math.Content.5.NF.A.1', '5.NF.A.2'], lastOn: '2026-01-12' },
        { learnerId: 'd', name: 'Dev Shah', times: 1, standardCodes: [], lastOn: '2026-01-02' },
      ],
    };
    expect(partnerWords(pairings)).toBe('Ben Ito 3 times (5.NF.A.1, 5.NF.A.2), Cara Diaz twice, Dev Shah once.');
    expect(partnerWords(pairings, 1)).toBe('Ben Ito 3 times (5.NF.A.1, 5.NF.A.2), and 2 others.');
    expect(partnerWords({ ...pairings, partners: [] })).toBe('Not grouped with anyone in the recent sets.');
  });
});
