import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared real-data fixtures (fixtures/SOURCES.md), read in place and never copied into the repo:
 * `PROFICIO_FIXTURES` when set, else `../shared/fixtures` beside the repository (wherever it is cloned).
 *
 * Where they are missing, the tests that need them skip, saying why — except under
 * `PROFICIO_REQUIRE_FIXTURES=1` (CI sets it): then importing this module throws, so every suite that
 * reads real data fails instead of quietly skipping.
 */
export type FixturesLocation = { dir: string; present: boolean; required: boolean; missingReason: string };

type Environment = Readonly<Record<string, string | undefined>>;

export const requireFixturesVariable = 'PROFICIO_REQUIRE_FIXTURES';

/** Where the fixtures are and whether they must be there; throws when they are required and absent. */
export function locateFixtures(
  env: Environment,
  repoRoot: string,
  exists: (path: string) => boolean = existsSync,
): FixturesLocation {
  const dir = env['PROFICIO_FIXTURES'] || join(repoRoot, '..', 'shared', 'fixtures');
  const required = isOn(env[requireFixturesVariable]);
  const present = exists(dir);
  const missingReason = `the shared fixtures are not at ${dir} (set PROFICIO_FIXTURES to their folder)`;
  if (required && !present) {
    throw new Error(
      `${requireFixturesVariable}=1 and the shared real-data fixtures are not at ${dir}: put them in ../shared/fixtures beside the clone (or point PROFICIO_FIXTURES at them).`,
    );
  }
  return { dir, present, required, missingReason };
}

/** One file or folder of the fixtures; under PROFICIO_REQUIRE_FIXTURES=1 it must exist. */
export function fixturePath(location: FixturesLocation, parts: readonly string[], exists: (path: string) => boolean = existsSync): string {
  const path = join(location.dir, ...parts);
  if (location.required && !exists(path)) {
    throw new Error(`${requireFixturesVariable}=1 and the shared fixture ${path} is missing.`);
  }
  return path;
}

function isOn(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const location = locateFixtures(process.env, repoRoot);

export const fixturesDir = location.dir;
export const hasFixtures = location.present;
export const noFixturesReason = location.missingReason;
/** `fixture('case-opensalt-tests', 'Ordering.json')`: a path inside the fixtures (required to exist in CI). */
export const fixture = (...parts: string[]): string => fixturePath(location, parts);

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
