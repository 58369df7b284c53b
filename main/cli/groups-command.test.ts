import Sqlite from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupProposal } from '../../preload/contract/groups.js';
import { shortCode } from '../../preload/contract/standards.js';
import { runCliCaptured as cli } from '../../test/helpers/run-cli-captured.js';

// one demo file for the suite; the reads must leave it byte for byte as it was
const folder = mkdtempSync(join(tmpdir(), 'proficio-groups-cli-'));
let file: string;
let classId: string;
let classCode: string;
let code: string;
let learners: string[];

function query<T>(sql: string, ...params: unknown[]): T[] {
  const sqlite = new Sqlite(file, { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

beforeAll(async () => {
  file = join(folder, 'school.proficio');
  expect((await cli('demo', '--out', file)).code).toBe(0);
  const [first] = query<{ id: string; code: string }>('SELECT id, code FROM classes ORDER BY title LIMIT 1');
  classId = first!.id;
  classCode = first!.code;
  const [standard] = query<{ code: string }>('SELECT s.code FROM class_standards cs JOIN standards s ON s.id = cs.standard_id WHERE cs.class_id = ? ORDER BY cs.position LIMIT 1', classId);
  code = shortCode(standard!.code) ?? '';
  learners = query<{ id: string }>(`SELECT learner_id AS id FROM enrollments WHERE class_id = ? AND role = 'learner' AND status = 'active' ORDER BY learner_id`, classId).map((r) => r.id);
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('proficio groups', () => {
  it('prints readiness groups for a standard as JSON, every learner once, without changing the file', async () => {
    const before = readFileSync(file);
    const run = await cli('groups', file, '--class', classCode, '--strategy', 'readiness', '--standard', code, '--size', '6');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const proposal = JSON.parse(run.stdout) as GroupProposal;
    expect(proposal.target?.code).toBe(code);
    expect(proposal.groups.flatMap((g) => g.learnerIds).sort()).toEqual(learners);
    expect(proposal.groups.every((g) => g.learnerIds.length <= 6 && typeof g.name === 'string')).toBe(true);
    expect(Array.isArray(proposal.fit) && Array.isArray(proposal.unmet)).toBe(true);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('gives the same balanced groups for the same seed, honours --apart, and reports an impossible rule in unmet', async () => {
    const apart = learners.slice(0, 3).join(',');
    const args = ['groups', file, '--class', classId, '--strategy', 'balanced', '--size', '4', '--seed', '11', '--apart', apart];
    const first = JSON.parse((await cli(...args)).stdout) as GroupProposal;
    const again = JSON.parse((await cli(...args)).stdout) as GroupProposal;
    expect(again.groups).toEqual(first.groups);
    expect(first.fit.find((f) => f.rule === 'apart')).toMatchObject({ satisfied: true, met: 3, of: 3 });
    // more learners to keep apart than there are groups: said plainly, never dropped
    const groupCount = first.groups.length;
    const tooMany = learners.slice(0, groupCount + 1).join(',');
    const impossible = JSON.parse((await cli('groups', file, '--class', classId, '--strategy', 'balanced', '--size', '4', '--apart', tooMany)).stdout) as GroupProposal;
    expect(impossible.unmet).toEqual([expect.objectContaining({ rule: 'apart', reason: expect.stringContaining(`only ${groupCount} groups`) })]);
  });

  it('makes proficiency bands on a cluster named by its code', async () => {
    const [cluster] = query<{ id: string; code: string }>(
      'SELECT p.id, p.code FROM class_standards cs JOIN standards s ON s.id = cs.standard_id JOIN standards p ON p.id = s.parent_id WHERE cs.class_id = ? AND p.code IS NOT NULL LIMIT 1',
      classId,
    );
    const run = await cli('groups', file, '--class', classId, '--strategy', 'bands', '--standard', shortCode(cluster!.code) ?? '');
    expect(run.stderr).toBe('');
    const proposal = JSON.parse(run.stdout) as GroupProposal;
    expect(proposal.cluster?.standardId).toBe(cluster!.id);
    expect(proposal.groups.flatMap((g) => g.learnerIds).sort()).toEqual(learners);
  });

  it('refuses a strategy, a size or a standard it does not know, in a sentence', async () => {
    // a mistyped command line is a usage error (exit 2); a request the gradebook refuses, exit 1
    expect(await cli('groups', file, '--class', classId, '--strategy', 'alphabetical')).toMatchObject({ code: 2, stderr: expect.stringContaining('--strategy readiness|bands|interests|balanced') });
    expect(await cli('groups', file, '--class', classId, '--strategy', 'balanced', '--size', 'four')).toMatchObject({ code: 2, stderr: expect.stringContaining('--size takes a whole number') });
    expect(await cli('groups', file, '--class', classId, '--strategy', 'readiness', '--standard', '9.ZZ.Z.9')).toMatchObject({ code: 1, stderr: expect.stringContaining('does not track a standard "9.ZZ.Z.9"') });
    expect(await cli('groups', file, '--class', classId, '--strategy', 'balanced')).toMatchObject({ code: 1, stderr: expect.stringContaining('balanced groups need a group size') });
  });

  it('with --save, saves the proposal as a dated group set the app lists', async () => {
    const run = await cli('groups', file, '--class', classId, '--strategy', 'readiness', '--standard', code, '--save', '--date', '2026-02-02', '--purpose', 'Small groups from the command line');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as GroupProposal & { saved: { groupSetId: string } };
    const [row] = query<{ purpose: string; formed_on: string; strategy: string }>('SELECT purpose, formed_on, strategy FROM group_sets WHERE id = ?', printed.saved.groupSetId);
    expect(row).toEqual({ purpose: 'Small groups from the command line', formed_on: '2026-02-02', strategy: 'readiness' });
    const members = query<{ n: number }>('SELECT count(*) AS n FROM group_members m JOIN groups g ON g.id = m.group_id WHERE g.group_set_id = ?', printed.saved.groupSetId);
    expect(members[0]?.n).toBe(learners.length);
  });
});
