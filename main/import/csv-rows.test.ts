import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeTextPieces } from './decode-text.js';
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

describe('reading text in pieces (a class list is parsed as it is decoded, issue 8 item 3)', () => {
  const csvish = fc.array(fc.constantFrom('a', 'é', '𝑑', ',', '"', '""', '\r\n', '\n', '\r', ' ', 'code', 'statement', '\uFEFF'), { maxLength: 60 }).map((parts) => parts.join(''));

  it('decodes to exactly the whole text, whatever the encoding and wherever the pieces are cut', () => {
    const encodings = fc.oneof(
      csvish.map((text) => new TextEncoder().encode(text)),
      csvish.map((text) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])),
      csvish.map((text) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].flatMap((c) => [...c].map((_, i) => c.charCodeAt(i)))).buffer)])),
      fc.uint8Array({ maxLength: 80 }),
    );
    fc.assert(
      fc.property(encodings, fc.integer({ min: 1, max: 9 }), (bytes, pieceBytes) => {
        const pieces = decodeTextPieces(bytes, 'f.csv', pieceBytes);
        const whole = decodeText(bytes, 'f.csv');
        expect([...pieces.text.pieces()].join('')).toBe(whole.text);
        expect({ encoding: pieces.encoding, issues: pieces.issues }).toEqual({ encoding: whole.encoding, issues: whole.issues });
      }),
    );
  });

  it('hands over the same rows and issues as reading the whole text, records cut between pieces included', () => {
    fc.assert(
      fc.property(csvish, fc.integer({ min: 1, max: 7 }), (body, pieceBytes) => {
        const text = `code,statement\r\n${body}`;
        const bytes = new TextEncoder().encode(text);
        const fromPieces: CsvRow[] = [];
        const fromWhole: CsvRow[] = [];
        const pieces = readCsvRows(decodeTextPieces(bytes, 'f.csv', pieceBytes).text, { file: 'f.csv', columns }, (row) => void fromPieces.push(row));
        const whole = readCsvRows(decodeText(bytes, 'f.csv').text, { file: 'f.csv', columns }, (row) => void fromWhole.push(row));
        expect(fromPieces).toEqual(fromWhole);
        expect(pieces).toEqual(whole);
      }),
    );
  });
});

describe('stableId', () => {
  it('gives the same ids as ever (a re-import must find what the last one wrote)', () => {
    expect(stableId('proficio-roster-csv', 'class', '5a')).toBe('40502828-617e-5cf7-9293-ef17b2d35e32');
  });
});
