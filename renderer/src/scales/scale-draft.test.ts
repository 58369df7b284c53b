import { describe, expect, it } from 'vitest';
import type { Scale } from '../../../preload/contract/index.js';
import { addLevel, draftChanged, draftOfScale, levelInUseReason, newScaleDraft, removeLevel, sameDraft, scaleRequest, sortLevels, thresholdOptions, updateLevel } from './scale-draft.js';

const proficiency: Scale = {
  id: '0f6c3c1e-3b7a-4f0e-9a51-0d3c4b5a6e7f',
  title: 'Proficiency (1–4)',
  purpose: 'academic',
  masteryThreshold: 3,
  halfSteps: false,
  levels: [
    { value: 2, label: 'Developing', shortLabel: 'D', colour: '#886B20', description: 'With some help.' },
    { value: 1, label: 'Beginning', shortLabel: 'B', colour: '#5D1B16', description: '' },
    { value: 3, label: 'Proficient', shortLabel: 'P', colour: '#2C72A3', description: 'Independently.' },
    { value: 4, label: 'Extending', shortLabel: 'E', colour: '#5D1EB6', description: '' },
  ],
};

describe('the scale form', () => {
  it('round-trips a scale, levels in order of value, and sees no change', () => {
    const draft = draftOfScale(proficiency);
    expect(draft.levels.map((level) => level.value)).toEqual(['1', '2', '3', '4']);
    expect(draftChanged(draft, proficiency)).toBe(false);
    const parsed = scaleRequest(draft);
    expect(parsed).toEqual({
      ok: true,
      request: {
        id: proficiency.id,
        title: 'Proficiency (1–4)',
        purpose: 'academic',
        masteryThreshold: 3,
        halfSteps: false,
        levels: [...proficiency.levels].sort((a, b) => a.value - b.value),
      },
    });
  });

  it('renames a level and recolours it', () => {
    const draft = draftOfScale(proficiency);
    const key = draft.levels[2]!.key;
    const next = updateLevel(updateLevel(draft, key, { label: 'Secure' }), key, { colour: '#0f6674' });
    expect(draftChanged(next, proficiency)).toBe(true);
    const parsed = scaleRequest(next);
    expect(parsed.ok && parsed.request.levels[2]).toEqual({ value: 3, label: 'Secure', shortLabel: 'P', colour: '#0F6674', description: 'Independently.' });
  });

  it('adds a level after the highest, in an unused colour, and removes one', () => {
    const draft = addLevel(draftOfScale(proficiency));
    const added = draft.levels.at(-1)!;
    expect(added).toMatchObject({ value: '5', label: '', shortLabel: '' });
    expect(proficiency.levels.map((level) => level.colour)).not.toContain(added.colour);
    expect(thresholdOptions(draft)).toEqual([1, 2, 3, 4, 5]);
    const removed = removeLevel(draft, draft.levels[0]!.key);
    expect(removed.levels.map((level) => level.value)).toEqual(['2', '3', '4', '5']);
  });

  it('keeps a level evidence uses, saying why in plain words, even after its value was retyped', () => {
    const inUse = [
      { value: 2, evidenceCount: 12 },
      { value: 3, evidenceCount: 1 },
      { value: 4, evidenceCount: 1200 },
    ];
    let draft = addLevel(draftOfScale(proficiency));
    const [beginning, developing, proficient, extending, added] = draft.levels;
    expect(levelInUseReason(beginning!, inUse)).toBeNull();
    expect(levelInUseReason(developing!, inUse)).toBe('12 pieces of evidence use this level');
    expect(levelInUseReason(proficient!, inUse)).toBe('1 piece of evidence uses this level');
    expect(levelInUseReason(extending!, inUse)).toBe('1,200 pieces of evidence use this level');
    expect(levelInUseReason(added!, inUse)).toBeNull();
    // the reason follows the level the gradebook has, not what is typed in its value field
    draft = updateLevel(draft, developing!.key, { value: '7' });
    expect(levelInUseReason(draft.levels.find((level) => level.key === developing!.key)!, inUse)).toBe('12 pieces of evidence use this level');

    expect(removeLevel(draft, developing!.key, inUse)).toBe(draft);
    expect(removeLevel(draft, beginning!.key, inUse).levels.map((level) => level.key)).not.toContain(beginning!.key);
    expect(removeLevel(draft, added!.key, inUse).levels).toHaveLength(4);
  });

  it('sees an edit made and undone as no edit, and any real edit as one', () => {
    const opened = draftOfScale(proficiency);
    const key = opened.levels[1]!.key;
    expect(sameDraft(updateLevel(updateLevel(opened, key, { label: 'Growing' }), key, { label: 'Developing' }), opened)).toBe(true);
    expect(sameDraft(updateLevel(opened, key, { label: 'Growing' }), opened)).toBe(false);
    expect(sameDraft({ ...opened, halfSteps: true }, opened)).toBe(false);
    // an untouched new scale is not an edit either, though its rows have keys of their own
    expect(sameDraft(newScaleDraft(), newScaleDraft())).toBe(true);
  });

  it('orders rows by value, keeping rows without a number at the end', () => {
    let draft = draftOfScale(proficiency);
    draft = updateLevel(draft, draft.levels[0]!.key, { value: '3.5' });
    draft = updateLevel(draft, draft.levels[1]!.key, { value: '' });
    expect(sortLevels(draft).levels.map((level) => level.value)).toEqual(['3', '3.5', '4', '']);
    const sorted = sortLevels(draftOfScale(proficiency));
    expect(sortLevels(sorted)).toBe(sorted);
  });

  it('moves the threshold with the level it names', () => {
    const draft = draftOfScale(proficiency);
    const next = updateLevel(draft, draft.levels[2]!.key, { value: '30' });
    expect(next.threshold).toBe('30');
    expect(updateLevel(draft, draft.levels[0]!.key, { value: '0' }).threshold).toBe('3');
  });

  it('says everything that is wrong at once', () => {
    let draft = { ...draftOfScale(proficiency), title: ' ' };
    draft = updateLevel(draft, draft.levels[0]!.key, { label: '', shortLabel: 'BEGN' });
    draft = updateLevel(draft, draft.levels[1]!.key, { value: '4', colour: 'teal', shortLabel: 'e' });
    expect(scaleRequest(draft)).toEqual({
      ok: false,
      problems: [
        'Give the scale a name.',
        'Level 1 needs a label.',
        'Level 1: the short label has 1 to 3 characters.',
        'Level 4 (Developing): the colour must look like #2C72A3.',
        '2 levels have the value 4; each value is used once.',
        '2 levels have the short label “E”; each needs its own.',
      ],
    });
  });

  it('asks for a threshold among the values, and for two levels at least', () => {
    const draft = draftOfScale(proficiency);
    const withoutThreshold = removeLevel(draft, draft.levels[2]!.key);
    expect(scaleRequest(withoutThreshold)).toEqual({ ok: false, problems: ['Choose which level counts as mastered.'] });
    const one = { ...draft, levels: draft.levels.slice(0, 1), threshold: '1' };
    expect(scaleRequest(one)).toEqual({ ok: false, problems: ['A scale needs at least two levels.'] });
  });

  it('starts a new scale as a four-level scale without an id and without a name', () => {
    const draft = newScaleDraft();
    expect(draft.id).toBeNull();
    expect(scaleRequest(draft)).toEqual({ ok: false, problems: ['Give the scale a name.'] });
    const parsed = scaleRequest({ ...draft, title: 'Science practices' });
    expect(parsed.ok && parsed.request).toMatchObject({ title: 'Science practices', masteryThreshold: 3 });
    expect(parsed.ok && 'id' in parsed.request).toBe(false);
    expect(draftChanged(draft, null)).toBe(true);
  });
});
