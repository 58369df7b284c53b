import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, hasFixtures, noFixturesReason, splitCsvRecords } from '../../../test/helpers/fixtures-dir.js';
import { readOpenSaltCsv } from './read-opensalt-csv.js';

describe.skipIf(!hasFixtures)(`OpenSALT CSV fixture (${noFixturesReason})`, () => {
  it('reads ccsso_ela_item.csv: counts match the raw file and SOURCES.md', () => {
    const text = readFileSync(join(fixturesDir, 'ccss-ela-opensalt-csv', 'ccsso_ela_item.csv'), 'utf8');
    const [header = [], ...rows] = splitCsvRecords(text);
    const column = (name: string) => header.indexOf(name);
    const result = readOpenSaltCsv(text, 'ccsso_ela_item.csv', { title: 'CCSS ELA' });
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    if (!result.ok) throw new Error('expected a package');
    const { standards } = result.value;
    expect(rows).toHaveLength(1189);
    expect(standards).toHaveLength(rows.length);
    const topLevel = rows.filter((fields) => !(fields[column('smartLevel')] ?? '').includes('.')).length;
    expect(standards.filter((s) => s.parentIdentifier === null)).toHaveLength(topLevel);
    const given = (type: string) => standards.filter((s) => s.type === type && !s.typeInferred).length;
    expect([given('standard'), given('component'), given('cluster'), given('strand'), given('grade level')]).toEqual([488, 413, 84, 21, 11]);
    expect(standards.filter((s) => s.typeInferred)).toHaveLength(172);
    expect(standards.filter((s) => s.code === null)).toHaveLength(288);
    // "09.10" and "11.12" are split like "09,10"
    const dotted = rows.filter((fields) => /^\d\d\.\d\d$/.test(fields[column('educationLevel')] ?? ''));
    expect(dotted).toHaveLength(3);
    for (const fields of dotted) {
      const standard = standards.find((s) => s.identifier === fields[column('identifier')]);
      expect(standard?.gradeLevels).toEqual((fields[column('educationLevel')] ?? '').split('.'));
    }
    // siblings follow the last smartLevel segment
    const bySmart = new Map(rows.map((fields) => [fields[column('identifier')], fields[column('smartLevel')] ?? '']));
    const children = standards.filter((s) => s.parentIdentifier === standards[0]?.identifier);
    const segments = children.map((s) => Number(bySmart.get(s.identifier)?.split('.').pop()));
    expect(segments.length).toBeGreaterThan(1);
    expect(segments).toEqual([...segments].sort((a, b) => a - b));
  });
});

describe('readOpenSaltCsv on hand-written files', () => {
  it('refuses a row whose smartLevel parent is missing', () => {
    const result = readOpenSaltCsv('fullStatement,smartLevel\nTop,1\nOrphan,2.1', 'f.csv');
    expect(result.issues[0]).toMatchObject({ severity: 'error', row: 3, column: 'smartLevel', value: '2.1' });
  });
});
