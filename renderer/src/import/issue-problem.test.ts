import { describe, expect, it } from 'vitest';
import { issueProblem } from './issue-problem.js';

describe('the problem part of an issue', () => {
  it('drops the place and the found/expected tail the table shows in columns', () => {
    expect(
      issueProblem({
        severity: 'error',
        file: 'broken.csv',
        row: 4,
        column: 'parent code',
        value: 'ZZZ',
        expected: 'the code of another row in this file',
        message: 'broken.csv, row 4, column parent code: the parent code of B.1 is not a code in this file (found "ZZZ"); expected the code of another row in this file.',
      }),
    ).toBe('the parent code of B.1 is not a code in this file');
  });

  it('keeps "and more rows like it"', () => {
    expect(
      issueProblem({
        severity: 'warning',
        file: 'set/users.csv',
        row: 2,
        column: 'enabledUser',
        value: 'TRUE',
        expected: 'lower-case true',
        message: 'set/users.csv, row 2, column enabledUser: "TRUE" was read as true (found "TRUE"); expected lower-case true (and 5 more rows like it).',
      }),
    ).toBe('"TRUE" was read as true (and 5 more rows like it)');
  });

  it('leaves a message without a place as it is', () => {
    expect(issueProblem({ severity: 'error', file: 'upload', expected: 'one file', message: 'The files hold no manifest.csv.' })).toBe('The files hold no manifest.csv');
  });
});
