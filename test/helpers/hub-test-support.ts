import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresCluster } from './postgres-cluster.js';
import { runCliCaptured } from './run-cli-captured.js';

/** Demo gradebooks for the hub suites, made once per suite in a temporary folder, and copied per test. */
export type DemoGradebooks = { dir: string; make(seed: number, sizes?: readonly string[]): Promise<string>; copy(file: string, name: string): string; remove(): void };

export function demoGradebooks(): DemoGradebooks {
  const dir = mkdtempSync(join(tmpdir(), 'proficio-hub-'));
  return {
    dir,
    async make(seed, sizes = []) {
      const out = join(dir, `demo-${seed}-${sizes.join('-') || 'default'}.proficio`);
      const made = await runCliCaptured('demo', '--out', out, '--seed', String(seed), ...sizes);
      if (made.code !== 0) throw new Error(`proficio demo failed: ${made.stderr}`);
      return out;
    },
    copy(file, name) {
      const to = join(dir, name);
      copyFileSync(file, to);
      return to;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The hub's published tables, for counting and for proving a publish changed nothing. */
export const hubTables = [
  'gradebooks', 'publish_marks', 'schools', 'terms', 'courses', 'scales', 'scale_levels', 'classes', 'educators', 'learners',
  'enrollments', 'frameworks', 'standards', 'prerequisites', 'class_standards', 'assessments', 'assessment_standards',
  'evidence', 'mastery_overrides',
] as const;

/**
 * Every row's version on the hub: PostgreSQL gives an updated row a new xmin even when its values are
 * the same, so equal fingerprints before and after mean no row was written at all.
 */
export async function hubFingerprint(cluster: PostgresCluster, database: string): Promise<Record<string, string>> {
  const parts = hubTables.map(
    (table) => `SELECT '${table}' AS t, count(*) || ':' || md5(coalesce(string_agg(xmin::text || ctid::text, ',' ORDER BY ctid), '')) AS v FROM proficio.${table}`,
  );
  const rows = await cluster.query<{ t: string; v: string }>(database, parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.t, row.v]));
}

/** A hub login in the test cluster (trust authentication: no password), member of a Proficio role. */
export async function createLogin(cluster: PostgresCluster, name: string, role: 'proficio_teacher' | 'proficio_coach'): Promise<void> {
  await cluster.query('postgres', `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${name}') THEN CREATE ROLE ${name} LOGIN IN ROLE ${role}; END IF; END $$`);
}
