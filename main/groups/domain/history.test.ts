import { describe, expect, it } from 'vitest';
import { lowestGroups, lowestGroupStreaks, pairingCounts, staleMembers, type HistorySet, type SavedMember } from './history.js';

const m = (learnerId: string, readiness: SavedMember['readiness'], level: number | null = null): SavedMember => ({ learnerId, readiness, level, band: level === null ? null : 'Developing' });

const readinessSet = (date: string, groups: SavedMember[][]): HistorySet => ({ date, strategy: 'readiness', targetCode: '5.NF.A.1', groups: groups.map((members) => ({ members })) });

describe('pairing history', () => {
  it('counts for each learner who they shared a group with, how often, on which standards, and when last', () => {
    const sets: HistorySet[] = [
      readinessSet('2026-01-14', [[m('a', 'ready'), m('b', 'ready')], [m('c', 'not_yet_ready')]]),
      { date: '2026-01-10', strategy: 'balanced', targetCode: null, groups: [{ members: [m('a', null), m('b', null), m('c', null)] }] },
      { ...readinessSet('2026-01-07', [[m('a', 'ready'), m('b', 'ready')]]), targetCode: '5.NF.A.2' },
    ];
    const counts = pairingCounts(sets);
    expect(counts.get('a')?.get('b')).toEqual({ learnerId: 'b', times: 3, standardCodes: ['5.NF.A.1', '5.NF.A.2'], lastOn: '2026-01-14' });
    expect(counts.get('c')?.get('a')).toEqual({ learnerId: 'a', times: 1, standardCodes: [], lastOn: '2026-01-10' });
  });
});

describe('rotation guard', () => {
  it('finds the lowest readiness group of a set; a balanced set has none', () => {
    const set = readinessSet('2026-01-14', [[m('a', 'ready')], [m('b', 'not_yet_ready'), m('c', 'not_yet_ready')], [m('d', 'mastered', 3)]]);
    expect([...lowestGroups(set)]).toEqual([1]);
    expect(lowestGroups({ ...set, strategy: 'balanced' }).size).toBe(0);
  });

  it('counts the newest sets in a row in which a learner was in the lowest group', () => {
    const sets = [
      readinessSet('2026-01-14', [[m('a', 'not_yet_ready'), m('b', 'not_yet_ready')], [m('c', 'ready')]]),
      { date: '2026-01-12', strategy: 'balanced' as const, targetCode: null, groups: [{ members: [m('a', null), m('c', null)] }] },
      readinessSet('2026-01-10', [[m('a', 'not_yet_ready')], [m('b', 'ready'), m('c', 'in_progress')]]),
      readinessSet('2026-01-07', [[m('a', 'not_yet_ready'), m('b', 'not_yet_ready')], [m('c', 'ready')]]),
    ];
    const streaks = lowestGroupStreaks(sets);
    // balanced sets do not count; b left the lowest group on the 10th, so their streak is 1
    expect(streaks.get('a')).toBe(3);
    expect(streaks.get('b')).toBe(1);
    expect(streaks.get('c') ?? 0).toBe(0);
  });
});

describe('stale group sets', () => {
  it('names the members whose readiness or band moved since the set was saved', () => {
    const saved = [m('a', 'in_progress', 2), m('b', 'ready'), m('gone', 'ready')];
    const now = new Map([
      ['a', { readiness: 'mastered' as const, band: 'Proficient' }],
      ['b', { readiness: 'ready' as const, band: null }],
    ]);
    expect(staleMembers(saved, now)).toEqual([{ learnerId: 'a', savedReadiness: 'in_progress', nowReadiness: 'mastered', savedBand: 'Developing', nowBand: 'Proficient' }]);
  });
});
