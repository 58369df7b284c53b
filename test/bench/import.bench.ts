import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { planFramework } from '../../main/import/commit/framework-plan.js';
import { commitImport, previewImport } from '../../main/import/commit/import-service.js';
import { readImportFiles, readImportPath, type ReadImport } from '../../main/import/commit/read-import-input.js';
import { planRoster } from '../../main/import/commit/roster-plan.js';
import type { KeptOps, Row } from '../../main/import/commit/table-ops.js';
import type { FrameworkPackage } from '../../main/import/framework-package.js';
import type { RosterPackage } from '../../main/import/roster-package.js';
import { fixturesDir, hasFixtures, noFixturesReason } from '../helpers/fixtures-dir.js';
import { generateOneRoster, writeRosterFolder } from '../helpers/generate-oneroster.js';

/**
 * Import throughput against a floor: the same rows written with raw better-sqlite3 prepared inserts in
 * one transaction, on a gradebook opened with the same pragmas (WAL, synchronous=FULL, foreign keys).
 * The importer's time includes reading and parsing the file, diffing and auditing; the floor only
 * inserts. The ratio says how much the pipeline costs over bare SQLite.
 */
export async function runImportBenchmarks(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'proficio-bench-'));
  try {
    await runImportMemoryBenchmarks(dir);
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
  const kept: KeptOps[] = [];
  planRoster(gradebook.reader, pkg, read.fileName, { kind: 'keep', kept });
  const at = new Date().toISOString();
  gradebook.writer.transaction(() => {
    for (const ops of kept) {
      const [first] = ops.inserts;
      if (!first) continue;
      const columns = [...Object.keys(first), 'created_at', 'updated_at'];
      const insert = gradebook.writer.prepare(`INSERT INTO "${ops.table}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      for (const row of ops.inserts as Row[]) insert.run(...Object.values(row), at, at);
    }
  });
};

// ── peak memory per importer ───────────────────────────────────────────────────────────────────────
/**
 * Each importer's peak memory as a multiple of its input (issue 8's goal: under 4× the input plus a
 * fixed 200 MB). Every case runs `proficio import`'s own code (readImportPath → previewImport →
 * commitImport) in a fresh child process, which reads its own peak resident size (VmHWM in
 * /proc/self/status: every page the process ever held, heap, buffers and SQLite alike) before and
 * after. "peak - start" is what the import added to a process that had loaded the code.
 */
export async function runImportMemoryBenchmarks(dir: string): Promise<void> {
  if (!existsProcStatus()) {
    console.log('import memory: skipped (no /proc/self/status on this system to read peak RSS from)');
    return;
  }
  const cases: { label: string; path: string; commit: boolean }[] = [];
  const classList = join(dir, 'class-list.csv');
  writeLines(classList, 'class,given name,family name,preferred name,learner id,email,grade', 1_000_000, (i) => `Class ${i % 4000},Given${i},Family${i},,L${i},l${i}@school.example,5`);
  cases.push({ label: 'class-list CSV, 1,000,000 rows', path: classList, commit: false });
  // the commit of a million rows takes minutes on a small machine: measured on request only
  if (process.env['PROFICIO_BENCH_BIG_COMMIT'] === '1') cases.push({ label: 'class-list CSV, 1,000,000 rows, committed', path: classList, commit: true });
  const singleLine = join(dir, 'single-line.csv');
  writeSingleLine(singleLine, 100 * 1024 * 1024);
  cases.push({ label: 'standards CSV, one 100 MB line', path: singleLine, commit: false });
  const roster = join(dir, 'district');
  writeRosterFolder(roster, generateOneRoster(200_000).files);
  cases.push({ label: 'OneRoster folder, 200,000 users', path: roster, commit: false });
  if (hasFixtures) cases.push({ label: 'CASE math_cfs_sample.json', path: join(fixturesDir, 'case-opensalt-ccss-math-2017', 'math_cfs_sample.json'), commit: true });
  const small = join(dir, 'class-list-small.csv');
  writeLines(small, 'class,given name,family name,preferred name,learner id,email,grade', 20_000, (i) => `Class ${i % 100},Given${i},Family${i},,L${i},l${i}@school.example,5`);
  cases.push({ label: 'class-list CSV, 20,000 rows, committed', path: small, commit: true });

  for (const item of cases) {
    const inputBytes = sizeOf(item.path);
    const output = execFileSync(process.execPath, [...process.execArgv, benchFile, memoryChildFlag, item.path, join(dir, `memory-${cases.indexOf(item)}.proficio`), item.commit ? 'commit' : 'preview'], {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    });
    const figures = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { startMb: number; peakMb: number; result: string };
    const inputMb = inputBytes / 1024 / 1024;
    const addedMb = figures.peakMb - figures.startMb;
    const goalMb = 4 * inputMb + 200;
    console.log(
      `import memory: ${item.label} (${item.commit ? 'preview + commit' : 'preview'}): input ${inputMb.toFixed(1)} MB, peak RSS ${figures.peakMb.toFixed(0)} MB ` +
        `(${figures.startMb.toFixed(0)} MB before reading, +${addedMb.toFixed(0)} MB = ${(addedMb / inputMb).toFixed(1)}× input); ` +
        `goal 4× + 200 MB = ${goalMb.toFixed(0)} MB: ${figures.peakMb <= goalMb ? 'met' : 'NOT met'} [${figures.result}]`,
    );
  }
}

const memoryChildFlag = '--import-memory-child';
const benchFile = fileURLToPath(import.meta.url);

function existsProcStatus(): boolean {
  try {
    return readFileSync('/proc/self/status', 'utf8').includes('VmHWM');
  } catch {
    return false;
  }
}

function procMb(field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'));
  return Number(match?.[1] ?? 0) / 1024;
}

/** Bytes of a file, or of the files of a folder (a OneRoster set). */
function sizeOf(path: string): number {
  const info = statSync(path);
  return info.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + statSync(join(path, name)).size, 0) : info.size;
}

function writeLines(path: string, header: string, rows: number, row: (index: number) => string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${header}\r\n`);
    let chunk = '';
    for (let index = 0; index < rows; index++) {
      chunk += `${row(index)}\r\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** A standards CSV whose one data row is a statement of `bytes` characters, with no line break at all. */
function writeSingleLine(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, 'code,statement,parent code,grade,type\r\nX.1,');
    const block = 'Lorem ipsum dolor sit amet. '.repeat(37449);
    for (let written = 0; written < bytes; written += block.length) writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
}

/** In the child: one import, then its own peak resident size. */
async function memoryChild(path: string, gradebookPath: string, mode: string): Promise<void> {
  const gradebook = await openGradebook(gradebookPath);
  const startMb = procMb('VmRSS');
  const read = readImportPath(path);
  const preview = previewImport(gradebook, read);
  let result = preview.canCommit ? `${preview.kind ?? 'unknown'}, can commit` : `refused: ${preview.issues[0]?.message.slice(0, 100) ?? ''}`;
  if (mode === 'commit' && preview.canCommit) {
    commitImport(gradebook, { previewId: preview.previewId });
    result = `${preview.kind ?? 'unknown'}, committed`;
  }
  const peakMb = procMb('VmHWM');
  gradebook.close();
  process.stdout.write(`${JSON.stringify({ startMb, peakMb, result })}\n`);
}

if (process.argv[2] === memoryChildFlag) {
  const [, , , path = '', gradebookPath = '', mode = 'preview'] = process.argv;
  await memoryChild(path, gradebookPath, mode);
}
