import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { planFramework } from '../../main/import/commit/framework-plan.js';
import { commitImport, previewImport } from '../../main/import/commit/import-service.js';
import { readImportFiles, readImportPath, type ReadImport } from '../../main/import/commit/read-import-input.js';
import { planRoster } from '../../main/import/commit/roster-plan.js';
import type { Row } from '../../main/import/commit/table-ops.js';
import type { FrameworkPackage } from '../../main/import/framework-package.js';
import type { RosterPackage } from '../../main/import/roster-package.js';
import { fixturesDir, hasFixtures, noFixturesReason } from '../helpers/fixtures-dir.js';
import { generateOneRoster } from '../helpers/generate-oneroster.js';

/**
 * Import throughput against a floor: the same rows written with raw better-sqlite3 prepared inserts in
 * one transaction, on a gradebook opened with the same pragmas (WAL, synchronous=FULL, foreign keys).
 * The importer's time includes reading and parsing the file, diffing and auditing; the floor only
 * inserts. The ratio says how much the pipeline costs over bare SQLite.
 */
export async function runImportBenchmarks(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'proficio-bench-'));
  try {
    if (hasFixtures) {
      const path = join(fixturesDir, 'case-opensalt-ccss-math-2017', 'math_cfs_sample.json');
      await measure(dir, 'CASE math_cfs_sample.json', 'items', () => readImportPath(path), (read) => {
        const result = read.source.kind === 'case' && read.source.result.ok ? read.source.result.value : null;
        if (result === null) throw new Error('the CASE fixture did not read');
        return result.standards.length;
      }, rawFramework);
    } else {
      console.log(`import bench: CASE skipped (${noFixturesReason})`);
    }
    const roster = generateOneRoster(10_000);
    const files = Object.entries(roster.files).map(([name, text]) => ({ name: `district/${name}`, bytes: new TextEncoder().encode(text) }));
    await measure(dir, 'OneRoster generated 10,000 users', 'users', () => readImportFiles(files), () => roster.users, rawRoster);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Raw = (gradebook: Gradebook, read: ReadImport) => void;

async function measure(dir: string, label: string, unit: string, read: () => ReadImport, size: (read: ReadImport) => number, raw: Raw): Promise<void> {
  const importer = await openGradebook(join(dir, `${unit}-import.proficio`));
  let count = 0;
  const importMs = timed(() => {
    const input = read();
    count = size(input);
    const preview = previewImport(importer, input);
    if (!preview.canCommit) throw new Error(`${label}: ${preview.issues[0]?.message ?? 'cannot commit'}`);
    commitImport(importer, { previewId: preview.previewId });
  });
  importer.close();

  const floor = await openGradebook(join(dir, `${unit}-raw.proficio`));
  const input = read();
  const rawMs = timed(() => raw(floor, input));
  floor.close();

  const rate = (ms: number) => Math.round((count / ms) * 1000).toLocaleString('en-US');
  console.log(
    `import bench: ${label}: importer ${importMs.toFixed(0)} ms (${rate(importMs)} ${unit}/s), raw inserts ${rawMs.toFixed(0)} ms (${rate(rawMs)} ${unit}/s), ratio ${(importMs / rawMs).toFixed(1)}×`,
  );
}

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The framework's own rows, exactly as the importer plans them, inserted bare. */
const rawFramework: Raw = (gradebook, read) => {
  const pkg = (read.source.kind === 'case' && read.source.result.ok ? read.source.result.value : null) as FrameworkPackage;
  const plan = planFramework(gradebook.reader, pkg);
  const at = new Date().toISOString();
  const f = plan.framework.row;
  gradebook.writer.transaction(() => {
    gradebook.writer.prepare('INSERT INTO frameworks (id, sourced_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(f.id, f.sourcedId, f.title, at, at);
    const insert = gradebook.writer.prepare(
      `INSERT INTO standards (id, sourced_id, framework_id, parent_id, position, code, statement, abbreviated, type, grade_levels, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const s of plan.insertStandards) insert.run(s.id, s.sourcedId, f.id, s.parentId, s.position, s.code, s.statement, s.abbreviated, s.type, s.gradeLevels, at, at);
  });
};

/** The roster's rows, exactly as the importer plans them (schools … demographics), inserted bare. */
const rawRoster: Raw = (gradebook, read) => {
  const pkg = (read.source.kind === 'oneroster' && read.source.result.ok ? read.source.result.value : null) as RosterPackage;
  const plan = planRoster(gradebook.reader, pkg, read.fileName);
  const at = new Date().toISOString();
  gradebook.writer.transaction(() => {
    for (const ops of plan.ops) {
      const [first] = ops.inserts;
      if (!first) continue;
      const columns = [...Object.keys(first), 'created_at', 'updated_at'];
      const insert = gradebook.writer.prepare(`INSERT INTO "${ops.table}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      for (const row of ops.inserts as Row[]) insert.run(...Object.values(row), at, at);
    }
  });
};
