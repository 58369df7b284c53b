import Sqlite from 'better-sqlite3';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOnOpenUpToBytes } from '../../db/damage-check.js';
import { openGradebook } from '../../db/open.js';
import { garbleLeafPage } from '../../test/helpers/garble-page.js';
import { useGradebookSessions } from '../../test/helpers/gradebook-sessions.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';

const tempDir = useTempDir();
const session = useGradebookSessions();

/**
 * A gradebook over the size checked as it opens: a small demo whose file once held more (a big
 * scratch table, dropped: SQLite keeps the free pages, and the check reads them too).
 */
async function bigGradebook(name: string): Promise<string> {
  const path = join(tempDir(), name);
  const gradebook = await openGradebook(path);
  generateDemoGradebook(gradebook.writer, { seed: 3, classes: 1, learners: 8, standards: 6, evidence: 400 });
  gradebook.close();
  const sqlite = new Sqlite(path);
  sqlite.exec(`CREATE TABLE scratch (bytes BLOB)`);
  const insert = sqlite.prepare(`INSERT INTO scratch VALUES (randomblob(1048576))`);
  sqlite.transaction(() => {
    for (let mb = 0; mb < checkOnOpenUpToBytes / 1048576 + 4; mb++) insert.run();
  })();
  sqlite.exec(`DROP TABLE scratch`);
  sqlite.close();
  expect(statSync(path).size).toBeGreaterThan(checkOnOpenUpToBytes);
  return path;
}

function someEvidenceId(path: string): string {
  const sqlite = new Sqlite(path, { readonly: true });
  const id = sqlite.prepare(`SELECT id FROM evidence WHERE deleted_at IS NULL ORDER BY rowid LIMIT 1`).pluck().get() as string;
  sqlite.close();
  return id;
}


describe('a big gradebook in the worker session: opened at once, checked for damage before its first write', () => {
  it('opens a damaged one for reading at once, then refuses the first write saying it is damaged, and writes nothing', async () => {
    const path = await bigGradebook('damaged-big.proficio');
    const evidenceId = someEvidenceId(path);
    garbleLeafPage(path, 'evidence');
    const bytes = readFileSync(path);

    const teacher = session();
    expect(await teacher.run({ op: 'open', path, create: false, demoIfNew: false })).toMatchObject({ ok: true, value: { path, readOnly: null } });
    expect(await teacher.run({ op: 'dispatch', channel: 'classes:list', request: {} })).toMatchObject({ ok: true, value: [{ learnerCount: 8 }] });

    const write = await teacher.run({ op: 'dispatch', channel: 'evidence:delete', request: { evidenceId } });
    expect(write).toMatchObject({
      ok: false,
      error: { code: 'read_only', message: expect.stringMatching(/^This gradebook file is damaged: .* It is open for reading only, so nothing more is lost\./) },
    });
    // from then on it is the damaged file opened read-only, as if found so on opening
    const info = await teacher.run({ op: 'dispatch', channel: 'gradebook:info', request: {} });
    expect(info).toMatchObject({ ok: true, value: { readOnly: { reason: 'damaged' } } });
    expect(await teacher.run({ op: 'dispatch', channel: 'classes:list', request: {} })).toMatchObject({ ok: true, value: [{ learnerCount: 8 }] });

    await teacher.run({ op: 'close' });
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(join(path, '..'))).toEqual(['damaged-big.proficio']);
  });

  it('opens a healthy one and takes its first write once the check has passed', async () => {
    const path = await bigGradebook('healthy-big.proficio');
    const evidenceId = someEvidenceId(path);
    const teacher = session();
    expect(await teacher.run({ op: 'open', path, create: false, demoIfNew: false })).toMatchObject({ ok: true, value: { readOnly: null } });
    expect(await teacher.run({ op: 'dispatch', channel: 'evidence:delete', request: { evidenceId } })).toMatchObject({ ok: true });
  });
});
