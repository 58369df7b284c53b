import { describe, expect, it } from 'vitest';
import { currentAndNext, type StepAt } from './current-next.js';

const step = (status: StepAt['status'], readiness: StepAt['readiness'], suggested = false): StepAt => ({ status, readiness, suggested });

describe('currentAndNext', () => {
  it('is the suggested step and the open one that follows it, ready or not', () => {
    const steps = [step('mastered', 'mastered'), step('not_started', 'ready', true), step('skipped', 'ready'), step('not_started', 'not_yet_ready'), step('not_started', 'ready')];
    expect(currentAndNext(steps)).toEqual({ current: 1, next: 3 });
  });

  it('prefers the step the learner said they are working on over the suggested one', () => {
    const steps = [step('not_started', 'ready', true), step('skipped', 'ready'), step('working', 'ready'), step('not_started', 'ready')];
    expect(currentAndNext(steps)).toEqual({ current: 2, next: 3 });
  });

  it('counts evidence under way as being at the step, and looks back for a next step when none follows', () => {
    const steps = [step('not_started', 'ready', true), step('not_started', 'in_progress')];
    expect(currentAndNext(steps)).toEqual({ current: 1, next: 0 });
  });

  it('is empty for a finished path; where every open step waits, the first of them is next', () => {
    expect(currentAndNext([step('mastered', 'mastered'), step('skipped', 'ready')])).toEqual({ current: null, next: null });
    expect(currentAndNext([step('mastered', 'mastered'), step('not_started', 'not_yet_ready'), step('not_started', 'not_yet_ready')])).toEqual({ current: null, next: 1 });
  });
});
