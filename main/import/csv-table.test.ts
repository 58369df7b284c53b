import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncateValue } from './import-issue.js';
import { readCsvTable, type CsvColumn } from './csv-table.js';
import { decodeText } from './decode-text.js';

const columns: CsvColumn[] = [
  { name: 'code', required: true },
  { name: 'statement', required: true },
  { name: 'grade', required: false },
];

describe('readCsvTable', () => {
  it('reads quoted newlines, CRLF, no final newline; header is row 1', () => {
    const { table, issues } = readCsvTable('code,statement\r\nA,"two\r\nlines"\r\nB,"say ""hi"""', { file: 'f.csv', columns });
    expect(issues).toEqual([]);
    expect(table?.rows).toEqual([
      { row: 2, values: { code: 'A', statement: 'two\r\nlines', grade: '' } },
      { row: 3, values: { code: 'B', statement: 'say "hi"', grade: '' } },
    ]);
    expect(table?.missingColumns).toEqual(['grade']);
  });

  it('reports an empty file, a missing required column and a duplicate header as errors', () => {
    expect(readCsvTable('  \r\n', { file: 'f.csv', columns }).issues[0]).toMatchObject({ severity: 'error', file: 'f.csv', row: 1 });
    const missing = readCsvTable('code,grade\n1,2', { file: 'f.csv', columns });
    expect(missing.table).toBeNull();
    expect(missing.issues).toMatchObject([{ severity: 'error', column: 'statement' }]);
    const duplicate = readCsvTable('code,statement,code\n1,2,3', { file: 'f.csv', columns });
    expect(duplicate.table).toBeNull();
    expect(duplicate.issues[0]?.message).toMatch(/appears twice \(columns 1 and 3\)/);
  });

  it('reports rows with too many or too few values, naming the row and expected count, and keeps the others', () => {
    const { table, issues } = readCsvTable('code,statement\nA,a\nB,b,extra\nC\nD,d\n', { file: 'f.csv', columns });
    expect(table?.rows.map((row) => row.values['code'])).toEqual(['A', 'D']);
    expect(issues.map((issue) => [issue.row, issue.expected])).toEqual([
      [3, '2 values, one per column of the header'],
      [4, '2 values, one per column of the header'],
    ]);
  });

  it('reports a broken quote as an error on its row', () => {
    const { issues } = readCsvTable('code,statement\nA,"never closed\nB,b', { file: 'f.csv', columns });
    expect(issues[0]).toMatchObject({ severity: 'error', row: 2 });
  });

  it('keeps extra columns with a warning that suggests a near name; accepts case repairs with a warning', () => {
    const { table, issues } = readCsvTable('Code,statement,grdae,notes\nA,a,5,x', { file: 'f.csv', columns });
    expect(table?.rows[0]?.values).toEqual({ code: 'A', statement: 'a', grade: '', grdae: '5', notes: 'x' });
    expect(table?.extraColumns).toEqual(['grdae', 'notes']);
    expect(issues.map((issue) => issue.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(issues[1]?.expected).toMatch(/did you mean "grade"/);
  });

  it('matches loosely when asked: case, spaces and underscores', () => {
    const { table, issues } = readCsvTable('CODE,State_ment\nA,a', { file: 'f.csv', columns, headerMatch: 'loose' });
    expect(issues).toEqual([]);
    expect(table?.rows[0]?.values).toMatchObject({ code: 'A', statement: 'a' });
  });
});

describe('readCsvTable on corrupted input (property-based)', () => {
  const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a,b', 'say "x"', 'line\nbreak', 'Élève 𝑑'));
  const validCsv = fc.array(fc.tuple(cell, cell, cell), { maxLength: 15 }).map((rows) =>
    ['code,statement,grade', ...rows.map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(','))].join('\r\n'),
  );
  const check = (bytes: Uint8Array) => {
    const decoded = decodeText(bytes, 'gen.csv');
    const { table, issues } = readCsvTable(decoded.text, { file: 'gen.csv', columns });
    for (const issue of issues) expect(issue.file).toBe('gen.csv');
    if (!table) expect(issues.some((issue) => issue.severity === 'error')).toBe(true);
    return { table, issues };
  };

  it('reads every valid file completely', () => {
    fc.assert(
      fc.property(validCsv, (text) => {
        const { table, issues } = check(new TextEncoder().encode(text));
        expect(issues).toEqual([]);
        expect(table?.rows.length).toBeLessThanOrEqual(15);
      }),
    );
  });

  it('never throws on truncation, stray quotes, dropped columns or random bytes', () => {
    fc.assert(
      fc.property(validCsv, fc.nat(), fc.constantFrom('truncate', 'quote', 'drop-header', 'random'), fc.uint8Array({ maxLength: 64 }), (text, at, how, noise) => {
        const position = text.length === 0 ? 0 : at % text.length;
        const corrupted =
          how === 'truncate'
            ? text.slice(0, position)
            : how === 'quote'
              ? `${text.slice(0, position)}"${text.slice(position)}`
              : how === 'drop-header'
                ? text.replace('statement,', '')
                : null;
        check(corrupted === null ? noise : new TextEncoder().encode(corrupted));
      }),
    );
  });

  it('reads UTF-16 and Windows-1252 encodings of a valid file to the same rows', () => {
    const latin = fc.array(fc.tuple(fc.constantFrom('café', 'naïve', 'Zoë', 'plain'), fc.constantFrom('Ça va', 'x')), { maxLength: 8 });
    fc.assert(
      fc.property(latin, fc.constantFrom('utf-16le', 'windows-1252'), (rows, encoding) => {
        const text = ['code,statement', ...rows.map((row) => row.join(','))].join('\r\n');
        const bytes =
          encoding === 'utf-16le'
            ? new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])])
            : new Uint8Array(Array.from(text).map((char) => char.charCodeAt(0)));
        const expected = readCsvTable(text, { file: 'gen.csv', columns }).table?.rows;
        expect(check(bytes).table?.rows).toEqual(expected);
      }),
    );
  });

  it('shows only the start of a huge row in its issue, cut on a whole character', () => {
    const huge = `code,statement\r\nX.1,${'😀'.repeat(3_000_000)},extra`;
    const { issues } = readCsvTable(huge, { file: 'huge.csv' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.value).toBe(`X.1,${'😀'.repeat(55)}…`);
    expect(truncateValue('😀'.repeat(60))).toBe('😀'.repeat(60));
    expect(truncateValue('😀'.repeat(61))).toBe(`${'😀'.repeat(59)}…`);
  });
});
