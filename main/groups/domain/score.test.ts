import { describe, expect, it } from 'vitest';
import { craftedClass } from './crafted-class.test-helper.js';
import { proposeGroups, type ProposeInput } from './propose.js';
import { scoreGroups } from './score.js';

const learners = craftedClass(12);
const input: ProposeInput = {
  strategy: 'balanced',
  learners,
  rules: { apart: [['l001', 'l002']], together: [['l003', 'l004']] },
  recent: [{ groups: [['l005', 'l006', 'l007']] }],
  seed: 7,
  mixItUp: true,
  size: 4,
  groupCount: null,
  targetLabel: null,
};
const score = (groups: string[][]) => scoreGroups({ ...input, groups });
/** Moves a learner from wherever they are into group `to`. */
const move = (groups: string[][], learnerId: string, to: number) => groups.map((g, k) => (k === to ? [...g.filter((id) => id !== learnerId), learnerId] : g.filter((id) => id !== learnerId)));

describe('scoring groups as they stand (groups:score)', () => {
  const proposal = proposeGroups(input);
  const proposed = proposal.groups.map((g) => g.learnerIds);

  it('gives the proposed groups exactly the proposal’s fit report, unmet list and objective', () => {
    expect(score(proposed)).toEqual({ fit: proposal.fit, unmet: proposal.unmet, objective: proposal.objective });
  });

  it('shows a keep-apart pair unmet after a move puts them together, and satisfied again when moved back', () => {
    const home = proposed.findIndex((g) => g.includes('l001'));
    const partnerGroup = proposed.findIndex((g) => g.includes('l002'));
    const moved = move(proposed, 'l001', partnerGroup);
    const after = score(moved);
    expect(after.fit.find((f) => f.rule === 'apart')).toMatchObject({ satisfied: false, met: 0, of: 1, sentence: '0 of 1 keep-apart pair are in different groups.' });
    expect(after.unmet).toEqual([{ rule: 'apart', learnerIds: ['l001', 'l002'], reason: 'Learner 1 and Learner 2 share a group, though they are to be kept apart.' }]);
    expect(after.objective).toBeGreaterThan(proposal.objective + 100);
    const sizes = after.fit.find((f) => f.rule === 'sizes');
    expect(sizes?.satisfied).toBe(false);

    const back = score(move(moved, 'l001', home));
    expect(back.fit.find((f) => f.rule === 'apart')).toMatchObject({ satisfied: true, met: 1, of: 1 });
    expect(back.unmet).toEqual([]);
  });

  it('counts a learner in no group as sharing none: an empty hand-made board breaks no keep-apart pair and keeps no keep-together pair', () => {
    const empty = scoreGroups({ ...input, strategy: 'manual', size: null, groups: [[], [], []] });
    expect(empty.fit.map((f) => f.rule)).toEqual(['together', 'apart', 'repeats']);
    expect(empty.fit.find((f) => f.rule === 'apart')).toMatchObject({ satisfied: true, met: 1, of: 1 });
    expect(empty.fit.find((f) => f.rule === 'together')).toMatchObject({ satisfied: false, met: 0 });
    expect(empty.unmet).toEqual([{ rule: 'together', learnerIds: ['l003', 'l004'], reason: 'Learner 3 and Learner 4 are not in the same group, though they are to be kept together.' }]);
  });

  it('says when a moved learner now shares a group again with someone from a recent set', () => {
    const split = [['l005', 'l001'], ['l006', 'l002'], ['l007']];
    expect(score(split).fit.find((f) => f.rule === 'repeats')).toMatchObject({ satisfied: true });
    expect(score(move(split, 'l006', 0)).fit.find((f) => f.rule === 'repeats')).toMatchObject({ satisfied: false, sentence: '1 pair also shared a group in the last 1 group set.' });
  });
});
