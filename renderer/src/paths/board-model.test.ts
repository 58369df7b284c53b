import { describe, expect, it } from 'vitest';
import type { LearnerReadiness, ProgressionStandard } from '../../../preload/contract/index.js';
import { columnGroups, domainOf, learnersByName, learnersReadyFor, masteredShares, readyListText, standardLabel } from './board-model.js';

const standard = (code: string | null, statement = 'A statement'): ProgressionStandard => ({ standardId: code ?? statement, code, statement, prerequisites: [], assumed: [] });
const learner = (learnerId: string, givenName: string, familyName: string, states: LearnerReadiness['states'], preferredName: string | null = null): LearnerReadiness => ({
  learnerId,
  givenName,
  familyName,
  preferredName,
  states,
  blocking: {},
});

describe('domains and labels', () => {
  it('names a column by its short code, or the start of its statement', () => {
    expect(standardLabel(standard('CCSS.Math.Content.5.NF.A.1'))).toBe('5.NF.A.1');
    expect(standardLabel(standard(null, 'Works with others'))).toBe('Works with…');
    expect(standardLabel(standard(null, 'Short'))).toBe('Short');
  });

  it('takes a code’s first two parts as its domain', () => {
    expect(domainOf('CCSS.Math.Content.5.NF.A.1')).toBe('5.NF');
    expect(domainOf('RL.5.2')).toBe('RL.5');
    expect(domainOf('LS.1')).toBe('LS.1');
    expect(domainOf(null)).toBe('No code');
  });

  it('groups neighbouring columns of one domain, a split domain twice', () => {
    const standards = ['5.NF.A.1', '5.NF.A.2', '5.NBT.A.1', '5.NF.B.3'].map((code) => standard(code));
    expect(columnGroups(standards)).toEqual([
      { label: '5.NF', start: 0, count: 2 },
      { label: '5.NBT', start: 2, count: 1 },
      { label: '5.NF', start: 3, count: 1 },
    ]);
    expect(columnGroups([])).toEqual([]);
  });
});

describe('learners', () => {
  const class5 = [
    learner('l1', 'Zoë', 'Ávila', ['ready', 'mastered']),
    learner('l2', 'Ben', 'Adams', ['not_yet_ready', 'mastered']),
    learner('l3', 'Robert', 'Young', ['ready', 'in_progress'], 'Bobby'),
  ];

  it('sorts by family name, accents not reordering anyone', () => {
    expect(learnersByName(class5).map((item) => item.learnerId)).toEqual(['l2', 'l1', 'l3']);
  });

  it('lists who is ready for a standard, and writes the list one name a line by the name they go by', () => {
    const ready = learnersReadyFor(learnersByName(class5), 0);
    expect(ready.map((item) => item.learnerId)).toEqual(['l1', 'l3']);
    expect(readyListText(ready)).toBe('Zoë Ávila\nBobby Young');
    expect(learnersReadyFor(class5, 1)).toEqual([]);
  });

  it('gives each standard the share of the class that mastered it', () => {
    expect(masteredShares({ standards: [standard('a'), standard('b')], learners: class5 })).toEqual([0, 2 / 3]);
    expect(masteredShares({ standards: [standard('a')], learners: [] })).toEqual([0]);
  });
});
