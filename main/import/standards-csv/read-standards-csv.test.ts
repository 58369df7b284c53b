import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../decode-text.js';
import { readStandardsCsv } from './read-standards-csv.js';
import { standardsCsvTemplate } from './standards-csv-template.js';

describe('readStandardsCsv', () => {
  it('reads the template it writes: three standards in a chain', () => {
    const result = readStandardsCsv(standardsCsvTemplate(), 'template.csv', { title: 'Science 5' });
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error('expected a package');
    expect(result.value.document.title).toBe('Science 5');
    expect(result.value.standards.map((s) => [s.code, s.parentIdentifier, s.type, s.gradeLevels])).toEqual([
      ['SCI.5.E', null, 'domain', ['05']],
      ['SCI.5.E.1', 'SCI.5.E', 'standard', ['05']],
      ['SCI.5.E.1.a', 'SCI.5.E.1', 'learning target', ['05']],
    ]);
    // the framework id is stable across re-imports
    const again = readStandardsCsv(standardsCsvTemplate(), 'template.csv', { title: 'Science 5' });
    expect(again.ok && again.value.document.identifier).toBe(result.value.document.identifier);
  });

  it('tolerates header spelling and keeps file order among siblings', () => {
    const result = readStandardsCsv('Code,STATEMENT,Parent_Code,Grade\nB,b,,K-2\nA,a,,3\nA.2,a2,A,\nA.10,a10,A,', 'mine.csv');
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    expect(result.value.standards.map((s) => s.code)).toEqual(['B', 'A', 'A.2', 'A.10']);
    expect(result.value.standards[0]?.gradeLevels).toEqual(['KG', '01', '02']);
    expect(result.value.document.title).toBe('mine');
  });

  it('refuses a missing parent, a duplicate code and a cycle, naming row, column and value', () => {
    const missing = readStandardsCsv('code,statement,parent code\nA,a,\nB,b,Z', 'f.csv');
    expect(missing.issues).toMatchObject([{ severity: 'error', row: 3, column: 'parent code', value: 'Z' }]);
    const duplicate = readStandardsCsv('code,statement\nA,a\nA,again', 'f.csv');
    expect(duplicate.issues[0]).toMatchObject({ severity: 'error', row: 3, column: 'code', value: 'A' });
    const cycle = readStandardsCsv('code,statement,parent code\nA,a,B\nB,b,A', 'f.csv');
    expect(cycle.ok).toBe(false);
    expect(cycle.issues[0]?.message).toMatch(/loop: (A → B → A|B → A → B)/);
    expect(readStandardsCsv('statement\nx', 'f.csv').issues[0]).toMatchObject({ severity: 'error', column: 'code' });
  });

  it('never throws on corrupted or re-encoded copies of the template', () => {
    const template = standardsCsvTemplate();
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('truncate', 'quote', 'bytes', 'utf16', 'cp1252', 'swap'), fc.uint8Array({ maxLength: 50 }), (at, how, noise) => {
        const position = at % template.length;
        let bytes: Uint8Array;
        switch (how) {
          case 'truncate':
            bytes = new TextEncoder().encode(template.slice(0, position));
            break;
          case 'quote':
            bytes = new TextEncoder().encode(`${template.slice(0, position)}"${template.slice(position)}`);
            break;
          case 'bytes':
            bytes = noise;
            break;
          case 'utf16':
            bytes = new Uint8Array([0xff, 0xfe, ...Array.from(template).flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);
            break;
          case 'cp1252':
            bytes = new Uint8Array(Array.from(template).map((char) => char.charCodeAt(0)));
            break;
          case 'swap':
            bytes = new TextEncoder().encode(template.replace('SCI.5.E,5,standard', 'SCI.5.E.1.a,5,standard'));
            break;
        }
        const decoded = decodeText(bytes, 'gen.csv');
        const result = readStandardsCsv(decoded.text, 'gen.csv');
        if (how === 'utf16' || how === 'cp1252') expect(result.ok).toBe(true);
        if (how === 'swap') expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.issues.some((issue) => issue.severity === 'error')).toBe(true);
          expect(result.issues.every((issue) => issue.file === 'gen.csv')).toBe(true);
        }
      }),
    );
  });

  it('refuses a file with a header but no standards, instead of creating an empty framework (issue 8, item 4)', () => {
    for (const text of ['code,statement,parent code,grade,type', 'code,statement,parent code,grade,type\r\n', 'code,statement\r\n,\r\n\r\n']) {
      const result = readStandardsCsv(text, 'empty.csv');
      expect(result.ok).toBe(false);
      expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([
        expect.objectContaining({ file: 'empty.csv', message: 'empty.csv: the file has no standards, only its header; expected a row per standard below the header (code,statement,parent code,grade,type).' }),
      ]);
    }
  });
});
