import { describe, expect, it } from 'vitest';
import type { PrerequisiteMapResult } from '../../../preload/contract/index.js';
import { mapReport, mapVerdict } from './prerequisite-map-words.js';

const result = (over: Partial<PrerequisiteMapResult>): PrerequisiteMapResult => ({
  fileName: 'map.csv',
  frameworkTitle: 'CCSS Math',
  added: 3,
  unchanged: 1,
  issues: [],
  issueTotals: { errors: 0, warnings: 0 },
  canCommit: true,
  ...over,
});

describe('prerequisite map words', () => {
  it('says a map with an error comes in whole or not at all', () => {
    expect(mapVerdict(result({ canCommit: false, issueTotals: { errors: 2, warnings: 0 } }))).toEqual({
      tone: 'blocked',
      text: 'The map has 2 errors, so none of it can be imported: a map comes in whole or not at all. Fix the rows listed and choose the file again.',
    });
  });

  it('says when importing would change nothing, and otherwise that nothing is written yet', () => {
    expect(mapVerdict(result({ added: 0 })).tone).toBe('same');
    expect(mapVerdict(result({})).tone).toBe('ok');
  });

  it('reports the links added and those already there', () => {
    expect(mapReport(result({}))).toBe('Added 3 prerequisite links to CCSS Math from map.csv. 1 link was already there.');
    expect(mapReport(result({ added: 1, unchanged: 0 }))).toBe('Added 1 prerequisite link to CCSS Math from map.csv.');
    expect(mapReport(result({ added: 0 }))).toBe('Nothing needed to change: CCSS Math already had every link in map.csv.');
  });
});
