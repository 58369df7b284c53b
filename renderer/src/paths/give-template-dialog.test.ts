import { describe, expect, it } from 'vitest';
import { writeNumbersAs } from '../format/numbers.js';
import { givenWords } from './give-template-dialog.js';

describe('givenWords', () => {
  it('says what giving a template did, in one sentence', () => {
    writeNumbersAs('en-GB');
    expect(givenWords({ created: 24, alreadyHad: 2 })).toBe('Paths made for 24 learners; 2 learners already had it.');
    expect(givenWords({ created: 1, alreadyHad: 0 })).toBe('Paths made for 1 learner.');
    expect(givenWords({ created: 0, alreadyHad: 1 })).toBe('No new paths made; 1 learner already had it.');
    expect(givenWords({ created: 1200, alreadyHad: 0 })).toBe('Paths made for 1,200 learners.');
    writeNumbersAs(undefined);
  });
});
