import { describe, expect, it } from 'vitest';
import { craftedClass, learner } from './crafted-class.test-helper.js';
import type { GroupingLearner } from './learner.js';
import { proposeGroups, type ProposeInput } from './propose.js';

const base = (learners: GroupingLearner[], extra: Partial<ProposeInput> = {}): ProposeInput => ({
  strategy: 'balanced',
  learners,
  rules: { apart: [], together: [] },
  recent: [],
  seed: 7,
  mixItUp: false,
  size: 4,
  groupCount: null,
  targetLabel: '5.NF.A.1',
  ...extra,
});
const sizesOf = (p: { groups: { learnerIds: string[] }[] }) => p.groups.map((g) => g.learnerIds.length);
const everyoneOnce = (p: { groups: { learnerIds: string[] }[] }, learners: GroupingLearner[]) =>
  expect(p.groups.flatMap((g) => g.learnerIds).sort()).toEqual(learners.map((l) => l.learnerId).sort());

describe('balanced mixed groups', () => {
  it('splits a class that does not divide into groups whose sizes differ by at most one, no group above the size', () => {
    const learners = craftedClass(30);
    const proposal = proposeGroups(base(learners));
    expect(sizesOf(proposal)).toEqual([4, 4, 4, 4, 4, 4, 3, 3]);
    everyoneOnce(proposal, learners);
    expect(proposal.fit.find((f) => f.rule === 'sizes')).toMatchObject({ satisfied: true, sentence: 'Groups of 3 and 4: sizes differ by at most one.' });
  });

  it('gives the same groups for the same input and seed, and other groups for another seed', () => {
    const learners = craftedClass(24);
    const first = proposeGroups(base(learners));
    expect(proposeGroups(base(learners))).toEqual(first);
    const other = proposeGroups(base(learners, { seed: 8 }));
    expect(other.groups.map((g) => g.learnerIds)).not.toEqual(first.groups.map((g) => g.learnerIds));
  });

  it('makes every group span levels, and each group’s mean level close to the class’s', () => {
    const learners = craftedClass(28);
    const proposal = proposeGroups(base(learners));
    expect(proposal.fit.find((f) => f.rule === 'balance')).toMatchObject({ satisfied: true, met: 7, of: 7 });
    const level = new Map(learners.map((l) => [l.learnerId, l.level ?? 0]));
    const classMean = learners.reduce((s, l) => s + (l.level ?? 0), 0) / learners.length;
    for (const group of proposal.groups) {
      const mean = group.learnerIds.reduce((s, id) => s + (level.get(id) ?? 0), 0) / group.learnerIds.length;
      expect(Math.abs(mean - classMean)).toBeLessThan(0.5);
    }
  });

  it('breaks ties (everyone at one level) by the seed alone, still with even sizes, and says no group can mix levels', () => {
    const learners = Array.from({ length: 10 }, (_, i) => learner(i + 1, 2));
    const proposal = proposeGroups(base(learners, { size: 3 }));
    expect(sizesOf(proposal)).toEqual([3, 3, 2, 2]);
    expect(proposeGroups(base(learners, { size: 3 }))).toEqual(proposal);
    expect(proposal.fit.find((f) => f.rule === 'balance')).toMatchObject({ satisfied: true, sentence: 'Everyone with evidence is at the same level, so no group can mix levels.' });
  });

  it('keeps keep-together learners in one group and keep-apart learners in different groups', () => {
    const learners = craftedClass(20);
    const [a, b, c, d, e] = learners.map((l) => l.learnerId);
    const proposal = proposeGroups(base(learners, { rules: { together: [[a!, b!, c!]], apart: [[a!, d!], [d!, e!]] } }));
    const groupOf = (id: string) => proposal.groups.findIndex((g) => g.learnerIds.includes(id));
    expect(groupOf(a!)).toBe(groupOf(b!));
    expect(groupOf(b!)).toBe(groupOf(c!));
    expect(groupOf(a!)).not.toBe(groupOf(d!));
    expect(groupOf(d!)).not.toBe(groupOf(e!));
    expect(proposal.unmet).toEqual([]);
    expect(proposal.fit.filter((f) => f.rule === 'together' || f.rule === 'apart')).toEqual([
      { rule: 'together', satisfied: true, met: 3, of: 3, sentence: 'All 3 keep-together pairs share a group.' },
      { rule: 'apart', satisfied: true, met: 2, of: 2, sentence: 'All 2 keep-apart pairs are in different groups.' },
    ]);
  });

  it('reports an impossible keep-apart set plainly (which learners, why) instead of dropping it', () => {
    const learners = craftedClass(12);
    const apart = learners.slice(0, 5).map((l) => l.learnerId);
    const proposal = proposeGroups(base(learners, { rules: { apart: [apart], together: [] } }));
    expect(proposal.groups).toHaveLength(3);
    expect(proposal.unmet).toEqual([
      {
        rule: 'apart',
        learnerIds: apart,
        reason: 'Learner 1, Learner 2, Learner 3, Learner 4 and Learner 5 are to be kept apart, but there are only 3 groups: at least two of them must share a group.',
      },
    ]);
    const line = proposal.fit.find((f) => f.rule === 'apart');
    // 10 pairs; three groups hold the five: at best 2+2+1, so 2 pairs share a group
    expect(line).toMatchObject({ satisfied: false, met: 8, of: 10 });
  });

  it('reports a keep-together set larger than a group, and a learner a rule names who is not in the class', () => {
    const learners = craftedClass(12);
    const together = learners.slice(0, 5).map((l) => l.learnerId);
    const proposal = proposeGroups(base(learners, { rules: { together: [together], apart: [['l999', learners[6]!.learnerId]] } }));
    expect(proposal.unmet).toContainEqual({ rule: 'together', learnerIds: together, reason: expect.stringContaining('5 learners do not fit in a group of 4') });
    expect(proposal.unmet).toContainEqual({ rule: 'apart', learnerIds: ['l999'], reason: '1 learner in a keep-apart rule is not in this class, so the rule holds for the others only.' });
    expect(proposal.fit.find((f) => f.rule === 'together')?.satisfied).toBe(false);
  });
});

describe('readiness groups for a target standard', () => {
  const states = (): GroupingLearner[] => [
    learner(1, null, { readiness: 'ready' }),
    learner(2, 2, { readiness: 'in_progress' }),
    learner(3, 3.5, { readiness: 'mastered' }),
    learner(4, null, { readiness: 'not_yet_ready', blockedBy: { standardId: 's-b', code: '4.NF.B.3', statement: 'Add fractions' } }),
    learner(5, null, { readiness: 'ready' }),
    learner(6, 1, { readiness: 'in_progress' }),
    learner(7, null, { readiness: 'not_yet_ready', blockedBy: { standardId: 's-a', code: '4.NF.A.1', statement: 'Equivalent fractions' } }),
    learner(8, null, { readiness: 'ready' }),
    learner(9, null, { readiness: 'not_yet_ready', blockedBy: { standardId: 's-b', code: '4.NF.B.3', statement: 'Add fractions' } }),
  ];

  it('groups by state, most ready first, one group per blocking prerequisite', () => {
    const proposal = proposeGroups(base(states(), { strategy: 'readiness', size: null }));
    expect(proposal.groups.map((g) => [g.name, g.learnerIds.length])).toEqual([
      ['Ready', 3],
      ['Working on it', 2],
      ['Extension', 1],
      ['Needs 4.NF.B.3 first', 2],
      ['Needs 4.NF.A.1 first', 1],
    ]);
    expect(proposal.groups[3]).toMatchObject({ readiness: 'not_yet_ready', blockedBy: { code: '4.NF.B.3' }, reason: 'Not yet ready for 5.NF.A.1: 4.NF.B.3 is not mastered yet.' });
    expect(proposal.fit.map((f) => f.rule)).toEqual(['repeats']);
  });

  it('splits a state larger than the cap into groups that differ by at most one', () => {
    const learners = Array.from({ length: 11 }, (_, i) => learner(i + 1, null, { readiness: 'ready' }));
    const proposal = proposeGroups(base(learners, { strategy: 'readiness', size: 4 }));
    expect(proposal.groups.map((g) => [g.name, g.learnerIds.length])).toEqual([
      ['Ready 1', 4],
      ['Ready 2', 4],
      ['Ready 3', 3],
    ]);
    expect(proposal.fit.find((f) => f.rule === 'sizes')).toMatchObject({ satisfied: true, sentence: 'No group has more than 4.' });
  });

  it('says when learners to keep together are in different states, and when learners to keep apart share the only group of theirs', () => {
    const learners = states();
    const proposal = proposeGroups(base(learners, { strategy: 'readiness', size: null, rules: { together: [['l001', 'l002']], apart: [['l001', 'l005']] } }));
    expect(proposal.unmet).toEqual([
      { rule: 'apart', learnerIds: ['l001', 'l005'], reason: 'Learner 1 and Learner 5 are to be kept apart, but there is only 1 group for learners ready for 5.NF.A.1: at least two of them must share a group.' },
      {
        rule: 'together',
        learnerIds: ['l001', 'l002'],
        reason: 'Learner 1 and Learner 2 are to be kept together, but this grouping puts them in different places (learners ready for 5.NF.A.1; learners working on 5.NF.A.1).',
      },
    ]);
  });
});

describe('proficiency bands', () => {
  it('groups by the level reached, highest first, no evidence last', () => {
    const learners = [learner(1, 3.2), learner(2, 1.5), learner(3, 3.9), learner(4, null), learner(5, 2), learner(6, 4)];
    const proposal = proposeGroups(base(learners, { strategy: 'bands', size: null }));
    expect(proposal.groups.map((g) => [g.name, g.learnerIds])).toEqual([
      ['Extending', ['l006']],
      ['Proficient', ['l003', 'l001']],
      ['Developing', ['l005']],
      ['Beginning', ['l002']],
      ['No evidence yet', ['l004']],
    ]);
  });
});

describe('interest groups', () => {
  it('puts learners who share an interest together, the most shared first, and the rest in a mixed group', () => {
    const learners = [
      learner(1, 2, { interests: ['Soccer', 'drawing'] }),
      learner(2, 3, { interests: ['soccer '] }),
      learner(3, 1, { interests: ['Drawing'] }),
      learner(4, 2, { interests: ['drawing', 'chess'] }),
      learner(5, 4, { interests: ['chess'] }),
      learner(6, 3, { interests: ['robots'] }),
      learner(7, 2),
    ];
    const proposal = proposeGroups(base(learners, { strategy: 'interests', size: null }));
    // drawing is the most shared; once learners 1 and 4 are in it, soccer and chess have one learner each: no group
    expect(proposal.groups.map((g) => [g.name, [...g.learnerIds].sort()])).toEqual([
      ['drawing', ['l001', 'l003', 'l004']],
      ['Mixed interests', ['l002', 'l005', 'l006', 'l007']],
    ]);
    expect(proposal.groups[0]).toMatchObject({ interest: 'drawing', reason: 'Shared interest: drawing.' });
  });

  it('with no interests recorded, says so and proposes mixed groups instead', () => {
    const learners = craftedClass(9);
    const proposal = proposeGroups(base(learners, { strategy: 'interests', size: 3 }));
    expect(proposal.unmet).toEqual([{ rule: 'interests', learnerIds: [], reason: 'No learner in this class has an interest in their profile yet, so these are mixed groups instead.' }]);
    expect(sizesOf(proposal)).toEqual([3, 3, 3]);
    expect(proposal.groups.map((g) => g.name)).toEqual(['Group 1', 'Group 2', 'Group 3']);
    expect(proposal.fit.find((f) => f.rule === 'interests')).toBeUndefined();
  });
});

describe('manual', () => {
  it('starts with empty groups to fill by hand', () => {
    const proposal = proposeGroups(base(craftedClass(10), { strategy: 'manual', size: null, groupCount: 3 }));
    expect(proposal.groups.map((g) => [g.name, g.learnerIds])).toEqual([
      ['Group 1', []],
      ['Group 2', []],
      ['Group 3', []],
    ]);
  });
});
