import { describe, expect, it } from 'vitest';
import { describeLevel, gapsWithStandings, groupByHierarchy, levelIndex, levelNumber, standardLabel } from './standing-groups.js';
import { sampleProfile, sampleScale, sampleStandings } from './sample-profile.test-data.js';

describe('academic status grouping', () => {
  it('groups standards by their nearest ancestor, in framework order, headed from the top down', () => {
    const groups = groupByHierarchy(sampleStandings);
    expect(groups.map((group) => group.standings.map((item) => item.standardId))).toEqual([['5.nf.a.1', '5.nf.a.2'], ['5.nf.b.3'], ['loose']]);
    expect(groups[0]?.path.map((ancestor) => ancestor.code)).toEqual(['5.NF', '5.NF.A']);
    expect(groups[2]?.path).toEqual([]);
  });

  it('pairs each gap with its standing, keeping the gaps’ order', () => {
    const paired = gapsWithStandings(sampleProfile().gaps, sampleStandings);
    expect(paired.map((item) => [item.gap.reason, item.standing?.standardId])).toEqual([
      ['ready_not_mastered', '5.nf.a.2'],
      ['no_evidence', '5.nf.b.3'],
    ]);
    expect(gapsWithStandings([{ standardId: 'gone', code: null, statement: 'x', reason: 'no_evidence' }], sampleStandings)[0]?.standing).toBeNull();
  });
});

describe('level words', () => {
  it('puts a level in the band at or below it, and below the scale in its lowest band', () => {
    expect(levelIndex(2.7, sampleScale)).toBe(1);
    expect(levelIndex(3, sampleScale)).toBe(2);
    expect(levelIndex(0.5, sampleScale)).toBe(0);
    expect(describeLevel(2.5, sampleScale)).toBe('2.5 · Developing');
    expect(describeLevel(4, sampleScale)).toBe('4 · Extending');
    expect(describeLevel(null, sampleScale)).toBe('No level yet');
    // never rounded up into the next level's number
    expect(describeLevel(2.96, sampleScale)).toBe('2.96 · Developing');
    expect(levelNumber(2.004)).toBe('2');
  });

  it('names a standard by its short code, or a shortened statement without one', () => {
    expect(standardLabel({ code: 'CCSS.Math.Content.5.NF.A.1', statement: 'x' })).toBe('5.NF.A.1');
    expect(standardLabel({ code: null, statement: 'a'.repeat(80) })).toBe(`${'a'.repeat(57)}…`);
  });
});
