import { describe, expect, it } from 'vitest';
import { draftOf, methodOf } from './method-options.js';

describe('the method form', () => {
  it('round-trips a method through the form', () => {
    expect(methodOf(draftOf({ kind: 'decaying_average', weight: 0.65 }))).toEqual({ ok: true, method: { kind: 'decaying_average', weight: 0.65 } });
    expect(methodOf(draftOf({ kind: 'mean_recent', n: 3, excludeKinds: ['for'] }))).toEqual({
      ok: true,
      method: { kind: 'mean_recent', n: 3, excludeKinds: ['for'] },
    });
    expect(methodOf({ kind: 'highest', parameter: '', excludeKinds: [] })).toEqual({ ok: true, method: { kind: 'highest' } });
  });

  it('says what is wrong with a parameter', () => {
    expect(methodOf({ kind: 'n_mastery', parameter: '11', excludeKinds: [] })).toEqual({ ok: false, message: 'N must be a whole number from 1 to 10.' });
    expect(methodOf({ kind: 'mean_recent', parameter: '2.5', excludeKinds: [] }).ok).toBe(false);
    expect(methodOf({ kind: 'decaying_average', parameter: '0.4', excludeKinds: [] })).toEqual({ ok: false, message: 'The weight must be between 0.5 and 0.99.' });
    expect(methodOf({ kind: 'mean', parameter: '', excludeKinds: ['of', 'for', 'as'] }).ok).toBe(false);
  });
});
