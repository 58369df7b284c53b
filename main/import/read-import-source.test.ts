import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectImportKind, detectKindOfFile, readImportSource } from './read-import-source.js';
import { standardsCsvTemplate } from './standards-csv/standards-csv-template.js';
import { fixturesDir, hasFixtures, noFixturesReason } from '../../test/helpers/fixtures-dir.js';
import { smallOneRosterFiles } from '../../test/helpers/small-oneroster.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectKindOfFile', () => {
  it('tells the formats apart by extension and header', () => {
    expect(detectKindOfFile('math.json', bytes('{"CFDocument": {}}'))).toEqual({ ok: true, kind: 'case' });
    // the parts may come in any order, deep into a large file
    expect(detectKindOfFile('big.json', bytes(`{"extra": "${'x'.repeat(100_000)}", "CFItems": []}`))).toEqual({ ok: true, kind: 'case' });
    expect(detectKindOfFile('s.csv', bytes(standardsCsvTemplate()))).toEqual({ ok: true, kind: 'standards-csv' });
    expect(detectKindOfFile('r.csv', bytes('Class,Given Name,Family Name\n5A,Sam,Lee'))).toEqual({ ok: true, kind: 'roster-csv' });
    expect(detectKindOfFile('o.csv', bytes('identifier,fullStatement,smartLevel\n'))).toEqual({ ok: true, kind: 'case-csv' });
    expect(detectKindOfFile('set.zip', zipSync(Object.fromEntries(smallOneRosterFiles())))).toEqual({ ok: true, kind: 'oneroster' });
  });

  it('explains what it cannot read', () => {
    const users = detectKindOfFile('users.csv', bytes('sourcedId,status,dateLastModified,enabledUser\n'));
    expect(users.ok === false && users.issues[0]?.message).toMatch(/choose the whole folder or \.zip/);
    const other = detectKindOfFile('grades.xlsx', bytes('PK'));
    expect(other.ok === false && other.issues[0]).toMatchObject({ severity: 'error', file: 'grades.xlsx' });
    // some other program's JSON is not "a CASE framework with no CFDocument": it is no file Proficio imports
    const packageJson = detectKindOfFile('package.json', bytes('{"name": "proficio", "version": "1.0.0", "dependencies": {}}'));
    expect(packageJson.ok === false && packageJson.issues[0]?.message).toMatch(/^package\.json: this is not a standards or roster file: /);
    expect(packageJson.ok === false && packageJson.issues[0]?.message).toMatch(/import window's first step, and in the README under "Importing standards and rosters"/);
    expect(packageJson.ok === false && packageJson.issues[0]?.message).not.toMatch(/CASE 1\.0 framework|has no CFDocument/);
    expect(other.ok === false && other.issues[0]?.message).toMatch(/this is not a standards or roster file: Proficio does not import \.xlsx files/);
    const notZip = detectKindOfFile('broken.zip', bytes('not a zip'));
    expect(notZip.ok).toBe(false);
  });
});

describe('readImportSource', () => {
  it('reads a standards CSV file and a OneRoster folder from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proficio-import-'));
    writeFileSync(join(dir, 'science.csv'), standardsCsvTemplate());
    const standards = await readImportSource(join(dir, 'science.csv'));
    expect(standards.kind).toBe('standards-csv');
    expect(standards.kind !== null && standards.result.ok).toBe(true);
    const set = join(dir, 'set');
    await import('node:fs/promises').then((fs) => fs.mkdir(set));
    for (const [name, content] of smallOneRosterFiles()) writeFileSync(join(set, name), content);
    expect(await detectImportKind(set)).toEqual({ ok: true, kind: 'oneroster' });
    const roster = await readImportSource(set);
    expect(roster.kind === 'oneroster' && roster.result.ok && roster.result.value.classes.length).toBe(2);
    const missing = await readImportSource(join(dir, 'nope.json'));
    expect(missing.kind).toBeNull();
  });

  it.skipIf(!hasFixtures)(`reads every fixture to the right kind (${noFixturesReason})`, async () => {
    const expectations: [string, string][] = [
      ['case-opensalt-ccss-math-2017/math_cfs_sample.json', 'case'],
      ['ccss-ela-opensalt-csv/ccsso_ela_item.csv', 'case-csv'],
      ['oneroster-catalyst-moodle/Test_full_data_set', 'oneroster'],
    ];
    for (const [path, kind] of expectations) {
      const source = await readImportSource(join(fixturesDir, path));
      expect(source.kind).toBe(kind);
      expect(source.kind !== null && source.result.ok).toBe(true);
    }
  });
});
