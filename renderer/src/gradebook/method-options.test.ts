import { describe, expect, it } from 'vitest';
import { methodLimits, rollupMethods, type GridColumn } from '../../../preload/contract/index.js';
import { draftOf, methodInfo, methodOf, rollupInfo, standardChoices } from './method-options.js';

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

  it('holds each parameter to the contract’s limits, ends included', () => {
    const { min, max } = methodLimits.recentN;
    expect(methodInfo.mean_recent).toMatchObject({ min, max });
    expect(methodOf({ kind: 'mean_recent', parameter: String(max), excludeKinds: [] }).ok).toBe(true);
    expect(methodOf({ kind: 'mean_recent', parameter: String(max + 1), excludeKinds: [] })).toEqual({ ok: false, message: `N must be a whole number from ${min} to ${max}.` });
    expect(methodOf({ kind: 'weighted_average', parameter: String(methodLimits.weightedAverageWeight.min), excludeKinds: [] }).ok).toBe(true);
  });
});

describe('the roll-up choices and the one-standard picker', () => {
  const column = (code: string | null, statement: string, methodLabel: string | null = null): GridColumn => ({
    standardId: `${code ?? statement}-id`,
    code,
    statement,
    ancestors: [],
    methodLabel,
    scaleId: 'scale',
  });
  const columns = [
    column('5.NBT.A.1', 'Recognize that a digit in one place is ten times the digit to its right'),
    column('5.NF.A.1', 'Add and subtract fractions with unlike denominators', 'Highest'),
    column(null, 'Asks questions when stuck'),
  ];

  it('offers every roll-up of the contract, each explained in one line', () => {
    for (const method of rollupMethods) expect(rollupInfo[method].hint).toMatch(/^[A-Z].*\.$/);
  });

  it('lists the tracked standards with their own method, naming one without a code by its statement', () => {
    expect(standardChoices(columns).map((choice) => [choice.code, choice.methodLabel])).toEqual([
      ['5.NBT.A.1', null],
      ['5.NF.A.1', 'Highest'],
      ['Asks questio', null],
    ]);
  });
});
