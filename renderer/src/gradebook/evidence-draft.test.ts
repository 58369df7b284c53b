import { describe, expect, it } from 'vitest';
import type { Scale } from '../../../preload/contract/index.js';
import { proficiencyScale as scale, sampleLevel as level } from './sample-scale.test-data.js';
import {
  checkEvidenceDraft,
  descriptionRequired,
  draftLevel,
  isFutureDate,
  levelOptions,
  newEvidenceDraft,
  noLevel,
  recordedLabel,
  refusedField,
  type EvidenceDraft,
} from './evidence-draft.js';

const halfScale: Scale = { ...scale, id: 'h', title: 'Habits (0–3)', halfSteps: true, levels: [level(3, 'Always', 'A'), level(0, 'Not yet', 'N'), level(2, 'Often', 'O')] };

const today = '2026-01-23';
const cell = { classId: 'c', learnerId: 'l', standardId: 's' };
const draft = (changes: Partial<EvidenceDraft>): EvidenceDraft => ({ ...newEvidenceDraft(today), level: '3', ...changes });

describe('the levels offered', () => {
  it('lists the scale’s levels with their labels, lowest first', () => {
    expect(levelOptions(scale)).toEqual([
      { value: '1', text: '1 Beginning' },
      { value: '2', text: '2 Developing' },
      { value: '3', text: '3 Proficient' },
      { value: '4', text: '4 Extending' },
    ]);
  });

  it('adds the half steps between neighbours when the scale allows them', () => {
    expect(levelOptions(halfScale).map((option) => option.value)).toEqual(['0', '0.5', '1', '1.5', '2', '2.5', '3']);
    expect(levelOptions(halfScale)[5]?.text).toBe('2.5 — between Often and Always');
  });
});

describe('reading the chosen level', () => {
  it('reads a level, a half step, or no level at all', () => {
    expect(draftLevel({ level: '4' }, scale)).toEqual({ ok: true, level: 4 });
    expect(draftLevel({ level: '2.5' }, halfScale)).toEqual({ ok: true, level: 2.5 });
    expect(draftLevel({ level: noLevel }, scale)).toEqual({ ok: true, level: null });
  });

  it('asks for a choice rather than assuming one, and refuses a value off the scale', () => {
    expect(draftLevel({ level: '' }, scale)).toMatchObject({ ok: false, message: expect.stringContaining('Choose a level') });
    expect(draftLevel({ level: '2.5' }, scale)).toMatchObject({ ok: false, message: expect.stringContaining('is not a level on the Proficiency (1–4) scale') });
  });
});

describe('checking the draft and building the request', () => {
  it('sends a class observation with only what was given', () => {
    expect(checkEvidenceDraft(draft({}), scale, today, cell)).toEqual({
      ok: true,
      request: { ...cell, level: 3, observedOn: today, kind: 'for', source: 'class' },
    });
  });

  it('sends learning outside school with its description, modality and feedback dated today', () => {
    const checked = checkEvidenceDraft(
      draft({
        level: '4',
        observedOn: '2026-01-20',
        kind: 'as',
        modality: 'community',
        source: 'community',
        sourceDescription: '  Library maker club: built a cube tower ',
        feedback: ' Great use of layers. ',
      }),
      scale,
      today,
      cell,
    );
    expect(checked).toEqual({
      ok: true,
      request: {
        ...cell,
        level: 4,
        observedOn: '2026-01-20',
        kind: 'as',
        modality: 'community',
        source: 'community',
        sourceDescription: 'Library maker club: built a cube tower',
        feedback: 'Great use of layers.',
        feedbackOn: today,
        feedbackStatus: 'given',
      },
    });
  });

  it('requires a description when the learning happened outside the class, in main’s own words', () => {
    for (const source of ['self', 'peer', 'family', 'community', 'online'] as const) {
      expect(checkEvidenceDraft(draft({ source, sourceDescription: '   ' }), scale, today, cell)).toEqual({
        ok: false,
        field: 'sourceDescription',
        message: descriptionRequired,
      });
    }
    // a description typed before switching back to "In class" is not sent
    const inClass = checkEvidenceDraft(draft({ source: 'class', sourceDescription: 'Library' }), scale, today, cell);
    expect(inClass.ok && 'sourceDescription' in inClass.request).toBe(false);
  });

  it('sends "no feedback needed" instead of any feedback text', () => {
    const checked = checkEvidenceDraft(draft({ feedback: 'typed, then not needed', noFeedbackNeeded: true }), scale, today, cell);
    expect(checked.ok && checked.request).toMatchObject({ feedbackStatus: 'not_needed' });
    expect(checked.ok && 'feedback' in checked.request).toBe(false);
  });

  it('sends an observation without a level as null', () => {
    const checked = checkEvidenceDraft(draft({ level: noLevel }), scale, today, cell);
    expect(checked.ok && checked.request.level).toBeNull();
  });

  it('asks for a level and a date before anything else', () => {
    expect(checkEvidenceDraft(draft({ level: '', source: 'online' }), scale, today, cell)).toMatchObject({ ok: false, field: 'level' });
    expect(checkEvidenceDraft(draft({ observedOn: '' }), scale, today, cell)).toMatchObject({ ok: false, field: 'observedOn' });
  });

  it('refuses a date in the future until the teacher confirms it, then sends the confirmation', () => {
    expect(isFutureDate('2026-01-24', today)).toBe(true);
    expect(isFutureDate(today, today)).toBe(false);
    expect(isFutureDate('', today)).toBe(false);
    const unconfirmed = checkEvidenceDraft(draft({ observedOn: '2026-01-30' }), scale, today, cell);
    expect(unconfirmed).toMatchObject({ ok: false, field: 'confirmFuture', message: expect.stringContaining('is in the future') });
    const confirmed = checkEvidenceDraft(draft({ observedOn: '2026-01-30', confirmFuture: true, feedback: 'Planned' }), scale, today, cell);
    // feedback on future evidence is dated with it: main refuses feedback dated before the evidence
    expect(confirmed.ok && confirmed.request).toMatchObject({ confirmFutureDate: true, feedbackOn: '2026-01-30' });
    // a stale tick on a date that is not in the future is not sent
    const today_ = checkEvidenceDraft(draft({ confirmFuture: true }), scale, today, cell);
    expect(today_.ok && 'confirmFutureDate' in today_.request).toBe(false);
  });

  it('keeps to the contract’s lengths', () => {
    expect(checkEvidenceDraft(draft({ source: 'family', sourceDescription: 'x'.repeat(501) }), scale, today, cell)).toMatchObject({
      ok: false,
      field: 'sourceDescription',
    });
    expect(checkEvidenceDraft(draft({ feedback: 'x'.repeat(4001) }), scale, today, cell)).toMatchObject({ ok: false, field: 'feedback' });
  });
});

describe('a refusal from the gradebook', () => {
  it('names the field it is about when its details say so', () => {
    expect(refusedField({ learnerId: 'l', observedOn: '2027-01-01', today, field: 'observedOn' })).toBe('observedOn');
    expect(refusedField({ learnerId: 'l', source: 'community' })).toBe('sourceDescription');
    expect(refusedField({ level: 7, scaleId: 's', allowed: [1, 2, 3, 4] })).toBe('level');
    expect(refusedField({ classId: 'c', learnerId: 'l' })).toBeNull();
  });
});

describe('the undo step’s name', () => {
  it('says the level, where it was learnt when not in class, the learner and the standard', () => {
    expect(recordedLabel({ level: 3, source: 'class' }, 'Ana Li', '5.NF.A.1')).toBe('3 for Ana Li on 5.NF.A.1');
    expect(recordedLabel({ level: 2.5, source: 'community' }, 'Ana Li', '5.NF.A.1')).toBe('2.5 (Community) for Ana Li on 5.NF.A.1');
    expect(recordedLabel({ level: null }, 'Ana Li', '5.NF.A.1')).toBe('an observation for Ana Li on 5.NF.A.1');
  });
});
