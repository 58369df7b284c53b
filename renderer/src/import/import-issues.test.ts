import { describe, expect, it } from 'vitest';
import type { ImportIssueView } from '../../../preload/contract/index.js';
import { groupIssuesByFile, issueTotalsText, shortFileName, sortIssues } from './import-issues.js';

const issue = (severity: ImportIssueView['severity'], file: string, row?: number): ImportIssueView => ({
  severity,
  file,
  ...(row === undefined ? {} : { row }),
  expected: 'x',
  message: `${file} ${row ?? '-'}`,
});

describe('import issues', () => {
  it('puts errors first, then reads file by file and row by row', () => {
    const sorted = sortIssues([issue('warning', 'a.csv', 2), issue('error', 'b.csv', 9), issue('error', 'b.csv', 3), issue('error', 'a.csv'), issue('warning', 'a.csv', 1)]);
    expect(sorted.map((item) => `${item.severity} ${item.message}`)).toEqual([
      'error a.csv -',
      'error b.csv 3',
      'error b.csv 9',
      'warning a.csv 1',
      'warning a.csv 2',
    ]);
  });

  it('counts problems per file, files with errors first', () => {
    const groups = groupIssuesByFile([issue('warning', 'a.csv', 2), issue('error', 'z.csv', 3), issue('warning', 'z.csv', 4), issue('warning', 'a.csv', 5)]);
    expect(groups).toEqual([
      { file: 'z.csv', errors: 1, warnings: 1 },
      { file: 'a.csv', errors: 0, warnings: 2 },
    ]);
  });

  it('says how many there are, and that the list was cut when it was', () => {
    expect(issueTotalsText({ errors: 3, warnings: 12 }, 15)).toBe('3 errors, 12 warnings');
    expect(issueTotalsText({ errors: 1, warnings: 1200 }, 200)).toBe('1 error, 1,200 warnings; showing the first 200');
  });

  it('shortens a folder upload’s paths to the file name', () => {
    expect(shortFileName('Test_minimal_data_set/users.csv')).toBe('users.csv');
    expect(shortFileName('broken.csv')).toBe('broken.csv');
  });
});
