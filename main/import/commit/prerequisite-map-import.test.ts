import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gradebook } from '../../../db/open.js';
import { fixture, hasFixtures, noFixturesReason } from '../../../test/helpers/fixtures-dir.js';
import { snapshotGradebook } from '../../../test/helpers/snapshot.js';
import { useTempGradebook } from '../../../test/helpers/temp-gradebook.js';
import { commitImport, previewImport } from './import-service.js';
import { readImportPath } from './read-import-input.js';
import { importPrerequisiteMap, previewPrerequisiteMap } from './prerequisite-map-import.js';

const openGradebook = useTempGradebook();

async function gradebookWithCcssMath(): Promise<{ gradebook: Gradebook; frameworkId: string }> {
  const gradebook = await openGradebook();
  const preview = previewImport(gradebook, readImportPath(fixture('case-opensalt-ccss-math-2017', 'math_cfs_sample.json')));
  const committed = commitImport(gradebook, { previewId: preview.previewId });
  return { gradebook, frameworkId: String(committed.frameworkId) };
}

const edges = (gradebook: Gradebook) => Number(gradebook.reader.prepare('SELECT count(*) FROM prerequisites').pluck().get());
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe.skipIf(!hasFixtures)(`importing a prerequisite map onto an imported framework (${noFixturesReason})`, () => {
  it('adds every Coherence Map edge the CASE package lacks, once; importing it again adds none', async () => {
    const { gradebook, frameworkId } = await gradebookWithCcssMath();
    const before = edges(gradebook);
    const file = { name: 'coherence_map_math.json', bytes: readFileSync(fixture('coherence-map-atc', 'coherence_map_math.json')) };
    const preview = previewPrerequisiteMap(gradebook.reader, frameworkId, file);
    expect(preview).toMatchObject({ canCommit: true, issueTotals: { errors: 0 } });
    const raw = JSON.parse(readFileSync(fixture('coherence-map-atc', 'coherence_map_math.json'), 'utf8')) as { precedes: unknown[] };
    expect(preview.added + preview.unchanged).toBe(raw.precedes.length);
    const done = importPrerequisiteMap(gradebook.writer, frameworkId, file);
    expect(done.added).toBe(preview.added);
    expect(edges(gradebook)).toBe(before + preview.added);
    const chain = gradebook.reader
      .prepare(
        `SELECT count(*) FROM prerequisites p JOIN standards a ON a.id = p.prerequisite_id JOIN standards b ON b.id = p.standard_id
         WHERE a.code = 'CCSS.Math.Content.4.NF.A.1' AND b.code = 'CCSS.Math.Content.5.NF.A.1'`,
      )
      .pluck()
      .get();
    expect(chain).toBe(1);
    expect(importPrerequisiteMap(gradebook.writer, frameworkId, file)).toMatchObject({ added: 0, unchanged: raw.precedes.length });
  });

  it('a map with one unknown code changes nothing and names the row', async () => {
    const { gradebook, frameworkId } = await gradebookWithCcssMath();
    const before = snapshotGradebook(gradebook.path);
    const result = importPrerequisiteMap(gradebook.writer, frameworkId, { name: 'map.csv', bytes: bytesOf('prerequisite,standard\n4.NF.A.1,5.NF.A.1\n4.NF.A.1,5.NF.Z.9\n') });
    expect(result).toMatchObject({ canCommit: false, added: 0, issueTotals: { errors: 1 } });
    expect(result.issues[0]?.message).toMatch(/^map\.csv, row 3, column standard: no standard in the framework has this code \(found "5\.NF\.Z\.9"\)/);
    expect(snapshotGradebook(gradebook.path)).toEqual(before);
  });

  it('refuses a map that would close a circle with edges already there, naming it, and changes nothing', async () => {
    const { gradebook, frameworkId } = await gradebookWithCcssMath();
    importPrerequisiteMap(gradebook.writer, frameworkId, { name: 'first.csv', bytes: bytesOf('prerequisite,standard\n4.NF.A.1,5.NF.A.1\n5.NF.A.1,5.NF.A.2\n') });
    const before = snapshotGradebook(gradebook.path);
    const result = importPrerequisiteMap(gradebook.writer, frameworkId, { name: 'map.csv', bytes: bytesOf('prerequisite,standard\n5.NF.A.2,4.NF.A.1\n') });
    expect(result.canCommit).toBe(false);
    expect(result.issues[0]?.message).toContain('go round in a circle');
    expect(result.issues[0]?.message).toMatch(/4\.NF\.A\.1 → 5\.NF\.A\.1 → 5\.NF\.A\.2 → 4\.NF\.A\.1|5\.NF\.A\.1 → 5\.NF\.A\.2 → 4\.NF\.A\.1 → 5\.NF\.A\.1|5\.NF\.A\.2 → 4\.NF\.A\.1 → 5\.NF\.A\.1 → 5\.NF\.A\.2/);
    expect(snapshotGradebook(gradebook.path)).toEqual(before);
  });
});
