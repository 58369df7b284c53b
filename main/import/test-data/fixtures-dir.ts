import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The shared real-data fixtures (fixtures/SOURCES.md), read in place and never copied into the repo. */
export const fixturesDir = join(process.cwd(), '..', 'shared', 'fixtures');
export const hasFixtures = existsSync(fixturesDir);
export const noFixturesReason = `the shared fixtures are not at ${fixturesDir}`;

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
