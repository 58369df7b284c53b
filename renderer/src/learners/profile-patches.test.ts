import { describe, expect, it } from 'vitest';
import { applyPatches, entryListOf, withEntry, withGoal, withGoalFields, withoutEntry, withReflection } from './profile-patches.js';
import { entry, goal, sampleProfile } from './sample-profile.test-data.js';

const ids = (items: { entryId: string }[]) => items.map((item) => item.entryId);

describe('profile patches (optimistic changes and their confirmations)', () => {
  it('files an entry under supports, notes or drivers by its category', () => {
    expect(entryListOf({ category: 'support' })).toBe('supports');
    expect(entryListOf({ category: 'note' })).toBe('notes');
    expect(entryListOf({ category: 'aspiration' })).toBe('drivers');
  });

  it('puts a new entry first, then replaces the pending one with the confirmed one in its place', () => {
    const pending = entry('pending:1', { category: 'motivation' });
    const shown = withEntry(pending)(sampleProfile());
    expect(ids(shown.drivers)).toEqual(['pending:1', 'interest-1', 'strength-1']);
    const confirmed = withEntry(entry('real-9', { category: 'motivation' }), 'pending:1')(shown);
    expect(ids(confirmed.drivers)).toEqual(['real-9', 'interest-1', 'strength-1']);
  });

  it('does not show an entry twice when a fresher read already holds the confirmed one', () => {
    const fresh = withEntry(entry('real-9'))(sampleProfile());
    const again = withEntry(entry('real-9'), 'pending:1')(fresh);
    expect(ids(again.drivers).filter((id) => id === 'real-9')).toHaveLength(1);
  });

  it('edits an entry in place and removes one from whichever list holds it', () => {
    const edited = withEntry(entry('interest-1', { body: 'Chess club' }))(sampleProfile());
    expect(edited.drivers[0]).toMatchObject({ entryId: 'interest-1', body: 'Chess club' });
    expect(ids(withoutEntry('note-1')(sampleProfile()).notes)).toEqual([]);
    expect(ids(withoutEntry('support-1')(sampleProfile()).supports)).toEqual([]);
  });

  it('rolls back by leaving the failed change out: the profile underneath was never touched', () => {
    const base = sampleProfile();
    const patches = [withEntry(entry('pending:1')), withGoalFields('goal-1', { status: 'met' })];
    const shown = applyPatches(base, patches);
    expect(shown.goals[0]?.status).toBe('met');
    expect(base.goals[0]?.status).toBe('active');
    expect(applyPatches(base, patches.slice(0, 1)).goals[0]?.status).toBe('active');
  });

  it('adds goals first and reflections last (oldest first), replacing pending ones when confirmed', () => {
    const withNew = withGoal(goal('pending:2'))(sampleProfile());
    expect(withNew.goals.map((item) => item.goalId)).toEqual(['pending:2', 'goal-1']);
    expect(withGoal(goal('goal-7'), 'pending:2')(withNew).goals.map((item) => item.goalId)).toEqual(['goal-7', 'goal-1']);
    const reflection = { reflectionId: 'pending:3', body: 'Next week', reflectedOn: '2026-01-12', author: 'educator' as const, authorName: 'Ms. Rivera' };
    const reflected = withReflection('goal-1', reflection)(sampleProfile());
    expect(reflected.goals[0]?.reflections.map((item) => item.reflectionId)).toEqual(['r-1', 'pending:3']);
    const confirmed = withReflection('goal-1', { ...reflection, reflectionId: 'r-2' }, 'pending:3')(reflected);
    expect(confirmed.goals[0]?.reflections.map((item) => item.reflectionId)).toEqual(['r-1', 'r-2']);
  });
});
