import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared real-data fixtures (fixtures/SOURCES.md), read in place and never copied into the repo:
 * `PROFICIO_FIXTURES` when set, else `../shared/fixtures` beside the repository (wherever it is cloned).
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const fixturesDir = process.env['PROFICIO_FIXTURES'] ?? join(repoRoot, '..', 'shared', 'fixtures');
export const hasFixtures = existsSync(fixturesDir);
export const noFixturesReason = `the shared fixtures are not at ${fixturesDir} (set PROFICIO_FIXTURES to their folder)`;

/** Minimal RFC 4180 record splitter, independent of papaparse, so counts in tests do not trust the code under test. */
export function splitCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((fields) => !(fields.length === 1 && fields[0] === ''));
}
