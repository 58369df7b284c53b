import { describe, expect, it } from 'vitest';
import { readCsvRows, readCsvTable, type CsvColumn, type CsvRow } from './csv-table.js';
import { stableId } from './stable-id.js';

const columns: CsvColumn[] = [
  { name: 'code', required: true },
  { name: 'statement', required: true },
];

describe('readCsvRows (rows handed over as they are parsed, issue 8 item 3)', () => {
  it('hands over the rows readCsvTable keeps, in order, and says the same of the file', () => {
    const text = 'code,statement,extra\r\nA,"two\r\nlines",x\r\nB,b\r\n"C,"broken\r\nD,d,y\r\n';
    const seen: CsvRow[] = [];
    const streamed = readCsvRows(text, { file: 'f.csv', columns }, (row) => void seen.push(row));
    const whole = readCsvTable(text, { file: 'f.csv', columns });
    expect(seen).toEqual(whole.table?.rows);
    expect(streamed.issues).toEqual(whole.issues);
    expect(streamed.table).toEqual({ header: whole.table?.header, extraColumns: whole.table?.extraColumns, missingColumns: whole.table?.missingColumns });
  });

  it('hands over nothing when the header is unusable', () => {
    const seen: CsvRow[] = [];
    const result = readCsvRows('code\nA\nB', { file: 'f.csv', columns }, (row) => void seen.push(row));
    expect(result.table).toBeNull();
    expect(seen).toEqual([]);
    expect(result.issues[0]).toMatchObject({ severity: 'error', column: 'statement' });
  });
});

describe('stableId', () => {
  it('gives the same ids as ever (a re-import must find what the last one wrote)', () => {
    expect(stableId('proficio-roster-csv', 'class', '5a')).toBe('40502828-617e-5cf7-9293-ef17b2d35e32');
  });
});
