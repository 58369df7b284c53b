import { describe, expect, it } from 'vitest';
import { addGroup, draftFrom, draftProblem, emptyGroup, groupsForRequest, moveLearner, neighbourPlace, placeName, placeOf, removeGroup, type GroupDraft } from './group-draft.js';

const draft: GroupDraft = {
  groups: [emptyGroup('Ready', ['a', 'b']), emptyGroup('Working', ['c']), emptyGroup('Next', [])],
  unplaced: ['d'],
};

describe('moveLearner', () => {
  it('takes the learner out of their group and puts them at the end of another', () => {
    const moved = moveLearner(draft, 'a', 1);
    expect(moved.groups.map((group) => group.learnerIds)).toEqual([['b'], ['c', 'a'], []]);
    expect(moved.unplaced).toEqual(['d']);
  });
  it('moves to and from "not in a group"', () => {
    expect(moveLearner(draft, 'd', 2).groups[2]?.learnerIds).toEqual(['d']);
    expect(moveLearner(draft, 'd', 2).unplaced).toEqual([]);
    expect(moveLearner(draft, 'c', 'unplaced').unplaced).toEqual(['d', 'c']);
  });
  it('puts the learner before another when dropped on them, within the same group too', () => {
    expect(moveLearner(draft, 'c', 0, 'b').groups[0]?.learnerIds).toEqual(['a', 'c', 'b']);
    expect(moveLearner(draft, 'b', 0, 'a').groups[0]?.learnerIds).toEqual(['b', 'a']);
  });
  it('changes nothing for an unknown learner, a missing group, or the place they are already in', () => {
    expect(moveLearner(draft, 'zz', 1)).toBe(draft);
    expect(moveLearner(draft, 'a', 7)).toBe(draft);
    expect(moveLearner(draft, 'a', 0)).toBe(draft);
  });
  it('keeps every learner exactly once', () => {
    let current = draft;
    for (const [learner, to] of [['a', 2], ['d', 0], ['c', 'unplaced'], ['a', 1]] as const) current = moveLearner(current, learner, to);
    const all = [...current.groups.flatMap((group) => group.learnerIds), ...current.unplaced].sort();
    expect(all).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('neighbourPlace', () => {
  it('steps through the groups and "not in a group", wrapping round', () => {
    expect(neighbourPlace(draft, 0, 1)).toBe(1);
    expect(neighbourPlace(draft, 2, 1)).toBe('unplaced');
    expect(neighbourPlace(draft, 'unplaced', 1)).toBe(0);
    expect(neighbourPlace(draft, 0, -1)).toBe('unplaced');
  });
  it('skips an empty "not in a group" unless the learner is there', () => {
    const placed = moveLearner(draft, 'd', 0);
    expect(neighbourPlace(placed, 2, 1)).toBe(0);
    expect(placeOf(placed, 'd')).toBe(0);
  });
});

describe('groups added and removed', () => {
  it('names a new group after the next free number', () => {
    const named = { ...draft, groups: [emptyGroup('Group 2')] };
    expect(addGroup(named).groups.map((group) => group.name)).toEqual(['Group 2', 'Group 3']);
    expect(addGroup(draft).groups[3]?.name).toBe('Group 4');
  });
  it('sends a removed group’s learners to "not in a group"', () => {
    const removed = removeGroup(draft, 0);
    expect(removed.groups.map((group) => group.name)).toEqual(['Working', 'Next']);
    expect(removed.unplaced).toEqual(['d', 'a', 'b']);
  });
});

describe('draftProblem and placeName', () => {
  it('asks for a group, a name, and names that differ', () => {
    expect(draftProblem({ groups: [], unplaced: ['a'] })).toBe('Add at least one group.');
    expect(draftProblem({ groups: [emptyGroup(' ')], unplaced: [] })).toBe('Group 1 needs a name.');
    expect(draftProblem({ groups: [emptyGroup('Red'), emptyGroup(' red ')], unplaced: [] })).toBe('Groups 1 and 2 have the same name, “red”; give each its own.');
    expect(draftProblem(draft)).toBeNull();
  });
  it('reads a place the way the teacher sees it', () => {
    expect(placeName(draft, 1)).toBe('Working');
    expect(placeName(draft, 'unplaced')).toBe('Not in a group');
    expect(placeName({ groups: [emptyGroup('')], unplaced: [] }, 0)).toBe('Group 1');
  });
});

describe('draftFrom and groupsForRequest', () => {
  it('puts the class’s other learners in "not in a group" and keeps saved ids', () => {
    const made = draftFrom([{ name: 'Ready', learnerIds: ['b'], groupId: 'g1', adult: 'Ms Diaz', space: null }], ['a', 'b', 'c']);
    expect(made.unplaced).toEqual(['a', 'c']);
    expect(made.groups[0]).toEqual({ name: 'Ready', learnerIds: ['b'], groupId: 'g1', adult: 'Ms Diaz', space: '', task: '' });
  });
  it('trims, and sends an empty adult, space or task as none', () => {
    const made = draftFrom([{ name: ' Ready ', learnerIds: ['b'], groupId: 'g1', adult: ' ', space: ' table 3 ', task: 'Fraction strips' }], ['b']);
    expect(groupsForRequest(made)).toEqual([{ groupId: 'g1', name: 'Ready', learnerIds: ['b'], adult: null, space: 'table 3', task: 'Fraction strips' }]);
    expect(groupsForRequest({ groups: [emptyGroup('New')], unplaced: [] })).toEqual([{ name: 'New', learnerIds: [], adult: null, space: null, task: null }]);
  });
});
