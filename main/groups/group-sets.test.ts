import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditTrail } from '../../db/audit.js';
import { openGradebook, type Gradebook } from '../../db/open.js';
import type { GroupSet } from '../../preload/contract/groups.js';
import type { RequestOf, ResponseOf } from '../../preload/contract/index.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { dispatch, type SyncChannelName } from '../worker/dispatch.js';

// one demo for the whole file (writing it takes seconds); the tests run in order on it
let dir: string;
let gradebook: Gradebook;
let path: string;
let classId: string;
let learners: string[];
let otherClassLearner: string;
let standardId: string;

function call<C extends SyncChannelName>(channel: C, request: RequestOf<C>): ResponseOf<C> {
  const result = dispatch(gradebook, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as ResponseOf<C>;
}

/** A failed call leaves the file exactly as it was, and says what went wrong in a sentence. */
function refused<C extends SyncChannelName>(channel: C, request: unknown, code: string, message?: RegExp) {
  const before = snapshotGradebook(path);
  const result = dispatch(gradebook, channel, request);
  expect(result).toMatchObject({ ok: false, error: { code } });
  if (!result.ok && message) expect(result.error.message).toMatch(message);
  expect(snapshotGradebook(path)).toEqual(before);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'proficio-groups-'));
  path = join(dir, 'demo.proficio');
  gradebook = await openGradebook(path);
  generateDemoGradebook(gradebook.writer, { seed: 5 });
  classId = String(gradebook.reader.prepare('SELECT id FROM classes ORDER BY title LIMIT 1').pluck().get());
  learners = gradebook.reader.prepare(`SELECT learner_id FROM enrollments WHERE class_id = ? AND role = 'learner' AND status = 'active' ORDER BY learner_id`).pluck().all(classId) as string[];
  otherClassLearner = String(
    gradebook.reader.prepare(`SELECT learner_id FROM enrollments WHERE class_id <> ? AND role = 'learner' AND learner_id NOT IN (SELECT learner_id FROM enrollments WHERE class_id = ? AND learner_id IS NOT NULL) LIMIT 1`).pluck().get(classId, classId),
  );
  standardId = String(gradebook.reader.prepare('SELECT standard_id FROM class_standards WHERE class_id = ? ORDER BY position LIMIT 1').pluck().get(classId));
});
afterAll(() => {
  gradebook.close();
  rmSync(dir, { recursive: true, force: true });
});

const saveRequest = (extra: Partial<RequestOf<'groups:save'>> = {}): RequestOf<'groups:save'> => ({
  classId,
  date: '2026-02-02',
  purpose: 'Fractions: ten minutes with me',
  strategy: 'manual',
  groups: [
    { name: 'Table 1', learnerIds: learners.slice(0, 3), space: 'table 1', adult: 'Ms. Rivera', task: 'Number line warm-up' },
    { name: 'Table 2', learnerIds: learners.slice(3, 6) },
  ],
  ...extra,
});

describe('groups:propose on the demo gradebook', () => {
  it('puts every enrolled learner in exactly one readiness group, most ready first, the same for the same seed', () => {
    const proposal = call('groups:propose', { classId, strategy: 'readiness', standardId, size: 6, seed: 4 });
    expect(proposal.groups.flatMap((g) => g.learnerIds).sort()).toEqual([...learners].sort());
    expect(proposal.target?.standardId).toBe(standardId);
    const order = ['ready', 'in_progress', 'mastered', 'not_yet_ready'];
    const ranks = proposal.groups.map((g) => order.indexOf(g.readiness ?? ''));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const group of proposal.groups) {
      expect(group.learnerIds.length).toBeLessThanOrEqual(6);
      for (const id of group.learnerIds) expect(proposal.learners.find((l) => l.learnerId === id)?.readiness).toBe(group.readiness);
    }
    expect(call('groups:propose', { classId, strategy: 'readiness', standardId, size: 6, seed: 4 })).toEqual(proposal);
  });

  it('makes balanced groups of four that differ by at most one, with the fit report and the seed it used', () => {
    const proposal = call('groups:propose', { classId, strategy: 'balanced', size: 4, apart: [learners.slice(0, 3)], together: [learners.slice(3, 5)] });
    const sizes = proposal.groups.map((g) => g.learnerIds.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(proposal.seed).toBe(1);
    expect(proposal.fit.map((f) => f.rule)).toEqual(['sizes', 'balance', 'interests', 'together', 'apart', 'repeats']);
    expect(proposal.fit.find((f) => f.rule === 'apart')).toMatchObject({ satisfied: true, met: 3, of: 3 });
    expect(proposal.unmet).toEqual([]);
  });

  it('makes proficiency bands on a cluster from its roll-up level, highest band first', () => {
    const clusterId = String(gradebook.reader.prepare('SELECT s.parent_id FROM class_standards cs JOIN standards s ON s.id = cs.standard_id WHERE cs.class_id = ? AND s.parent_id IS NOT NULL LIMIT 1').pluck().get(classId));
    const proposal = call('groups:propose', { classId, strategy: 'bands', clusterId });
    expect(proposal.cluster?.standardId).toBe(clusterId);
    expect(proposal.groups.flatMap((g) => g.learnerIds).sort()).toEqual([...learners].sort());
    const levelOf = new Map(proposal.learners.map((l) => [l.learnerId, l.level ?? -1]));
    const lowestOf = proposal.groups.map((g) => Math.min(...g.learnerIds.map((id) => levelOf.get(id) ?? -1)));
    expect(lowestOf).toEqual([...lowestOf].sort((a, b) => b - a));
    for (const group of proposal.groups) for (const id of group.learnerIds) expect(proposal.learners.find((l) => l.learnerId === id)?.band ?? 'No evidence yet').toBe(group.band ?? 'No evidence yet');
  });

  it('refuses a standard the class does not track, saying so', () => {
    const untracked = String(gradebook.reader.prepare(`SELECT id FROM standards WHERE id NOT IN (SELECT standard_id FROM class_standards WHERE class_id = ?) LIMIT 1`).pluck().get(classId));
    refused('groups:propose', { classId, strategy: 'readiness', standardId: untracked }, 'not_found', /does not track that standard/);
  });
});

describe('groups:score: the fit report for groups moved by hand', () => {
  it('measures the proposed groups as the proposal did; a move that breaks a keep-apart pair shows it unmet, moving back satisfies it again', () => {
    const [a = '', b = ''] = learners;
    const rules = { classId, strategy: 'balanced' as const, size: 4, apart: [[a, b]], mixItUp: true };
    const proposal = call('groups:propose', { ...rules, seed: 2 });
    const groups = proposal.groups.map((g) => ({ name: g.name, learnerIds: g.learnerIds }));
    expect(call('groups:score', { ...rules, groups })).toEqual({ fit: proposal.fit, unmet: proposal.unmet, objective: proposal.objective });

    const home = groups.findIndex((g) => g.learnerIds.includes(a));
    const partner = groups.findIndex((g) => g.learnerIds.includes(b));
    const moveA = (to: number) => groups.map((g, k) => ({ name: g.name, learnerIds: k === to ? [...g.learnerIds.filter((id) => id !== a), a] : g.learnerIds.filter((id) => id !== a) }));
    const moved = call('groups:score', { ...rules, groups: moveA(partner) });
    expect(moved.fit.find((f) => f.rule === 'apart')).toMatchObject({ satisfied: false, met: 0, of: 1 });
    expect(moved.unmet).toEqual([expect.objectContaining({ rule: 'apart', learnerIds: [a, b], reason: expect.stringMatching(/share a group, though they are to be kept apart/) })]);
    const back = call('groups:score', { ...rules, groups: moveA(home) });
    expect(back.fit.find((f) => f.rule === 'apart')).toMatchObject({ satisfied: true, met: 1, of: 1 });
    expect(back.unmet).toEqual([]);
  });

  it('refuses a learner not enrolled in the class, or in two groups, saying so and changing nothing', () => {
    refused('groups:score', { classId, strategy: 'manual', groups: [{ name: 'A', learnerIds: [otherClassLearner] }] }, 'invalid_data', /not enrolled in this class, so these groups could not be measured/);
    refused('groups:score', { classId, strategy: 'manual', groups: [{ name: 'A', learnerIds: [learners[0]] }, { name: 'B', learnerIds: [learners[0]] }] }, 'invalid_data', /in more than one group/);
  });
});

describe('saving, editing and deleting group sets', () => {
  let saved: GroupSet;

  it('saves a dated set with adults, spaces and tasks, audited, and lists it first', () => {
    saved = call('groups:save', saveRequest());
    expect(saved).toMatchObject({ date: '2026-02-02', purpose: 'Fractions: ten minutes with me', strategy: 'manual', groupCount: 2, learnerCount: 6, stale: false });
    expect(saved.groups[0]).toMatchObject({ name: 'Table 1', learnerIds: learners.slice(0, 3), adult: 'Ms. Rivera', space: 'table 1', task: 'Number line warm-up' });
    expect(call('groups:get', { groupSetId: saved.groupSetId })).toEqual(saved);
    expect(call('groups:list', { classId })[0]?.groupSetId).toBe(saved.groupSetId);
    expect(readAuditTrail(gradebook.reader, 'group_set', [saved.groupSetId])).toMatchObject([{ action: 'create', after: { purpose: 'Fractions: ten minutes with me' } }]);
  });

  it('refuses invalid sets with a typed error and changes nothing', () => {
    refused('groups:save', saveRequest({ groups: [{ name: 'A', learnerIds: [learners[0]!] }, { name: 'B', learnerIds: [learners[0]!] }] }), 'invalid_data', /in more than one group/);
    refused('groups:save', saveRequest({ groups: [{ name: 'A', learnerIds: [otherClassLearner] }] }), 'invalid_data', /not enrolled in this class/);
    refused('groups:save', saveRequest({ classId: '00000000-0000-7000-8000-000000000000' }), 'not_found');
    refused('groups:save', { ...saveRequest(), purpose: '   ' }, 'invalid_request', /say what the groups are for/);
    refused('groups:save', { ...saveRequest(), groups: [] }, 'invalid_request');
  });

  it('moves a learner and renames a group; members keep where they stood when saved', () => {
    const [moved, ...rest] = saved.groups[0]!.learnerIds;
    const updated = call('groups:update', {
      groupSetId: saved.groupSetId,
      notes: 'Moved one after the warm-up',
      groups: [
        { groupId: saved.groups[0]!.groupId, name: 'Teacher table', learnerIds: rest, adult: 'Ms. Rivera', space: 'table 1' },
        { groupId: saved.groups[1]!.groupId, name: 'Table 2', learnerIds: [...saved.groups[1]!.learnerIds, moved!] },
      ],
    });
    expect(updated.groups.map((g) => [g.groupId, g.name, g.learnerIds.length])).toEqual([
      [saved.groups[0]!.groupId, 'Teacher table', 2],
      [saved.groups[1]!.groupId, 'Table 2', 4],
    ]);
    expect(updated.notes).toBe('Moved one after the warm-up');
    expect(readAuditTrail(gradebook.reader, 'group_set', [saved.groupSetId])[0]).toMatchObject({ action: 'update', before: { groups: [{ name: 'Table 1' }, { name: 'Table 2' }] } });
    saved = updated;
  });

  it('refuses an invalid edit with a typed error and changes nothing', () => {
    refused('groups:update', { groupSetId: saved.groupSetId, groups: [{ name: 'A', learnerIds: [learners[0]!, learners[0]!] }] }, 'invalid_data', /in more than one group/);
    refused('groups:update', { groupSetId: saved.groupSetId, groups: [{ groupId: '00000000-0000-7000-8000-000000000000', name: 'A', learnerIds: [] }] }, 'not_found');
    refused('groups:update', { groupSetId: '00000000-0000-7000-8000-000000000000', notes: 'x' }, 'not_found', /group set/);
    refused('groups:update', { groupSetId: saved.groupSetId, purpose: '' }, 'invalid_request');
  });

  it('exports the set as CSV (one row per member) and as a card sheet PDF', () => {
    const { fileName, csv } = call('groups:csv', { groupSetId: saved.groupSetId });
    expect(fileName).toBe('Groups 2026-02-02 Fractions ten minutes with me.csv');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,purpose,group,learner,learner id,adult,space,task');
    expect(lines).toHaveLength(1 + 6);
    expect(lines[1]).toMatch(/^2026-02-02,Fractions: ten minutes with me,Teacher table,[^,]+,[0-9a-f-]{36},Ms. Rivera,table 1,$/);
    // a name a spreadsheet would run as a formula is written as text
    const renamed = call('groups:update', { groupSetId: saved.groupSetId, groups: [{ groupId: saved.groups[0]!.groupId, name: '=HYPERLINK("x")', learnerIds: saved.groups[0]!.learnerIds }, { groupId: saved.groups[1]!.groupId, name: 'Table 2', learnerIds: saved.groups[1]!.learnerIds }] });
    expect(call('groups:csv', { groupSetId: renamed.groupSetId }).csv).toContain(`,"'=HYPERLINK(""x"")",`);
    call('groups:update', { groupSetId: saved.groupSetId, groups: saved.groups.map((g) => ({ groupId: g.groupId, name: g.name, learnerIds: g.learnerIds, adult: g.adult, space: g.space })) });
    const pdf = Buffer.from(call('groups:cards', { groupSetId: saved.groupSetId }).pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('deletes a set, audited with its groups; deleting it again is refused and changes nothing', () => {
    expect(call('groups:delete', { groupSetId: saved.groupSetId })).toEqual({ deleted: true });
    expect(call('groups:list', { classId }).some((s) => s.groupSetId === saved.groupSetId)).toBe(false);
    expect(readAuditTrail(gradebook.reader, 'group_set', [saved.groupSetId])[0]).toMatchObject({ action: 'delete', before: { groups: [{ name: 'Teacher table' }, { name: 'Table 2' }] } });
    refused('groups:delete', { groupSetId: saved.groupSetId }, 'not_found');
    refused('groups:get', { groupSetId: saved.groupSetId }, 'not_found');
  });
});

describe('history, rotation and stale sets', () => {
  it('marks a readiness set stale once new evidence moves a member to another state, naming them', () => {
    const proposal = call('groups:propose', { classId, strategy: 'readiness', standardId, seed: 2 });
    const set = call('groups:save', { classId, date: '2026-02-03', purpose: 'Readiness groups', strategy: 'readiness', standardId, seed: 2, groups: proposal.groups.map((g) => ({ name: g.name, learnerIds: g.learnerIds })) });
    expect(set.stale).toBe(false);
    const mover = proposal.learners.find((l) => l.readiness !== 'mastered' && l.readiness !== 'not_yet_ready');
    expect(mover).toBeDefined();
    for (let i = 0; i < 4; i++) call('evidence:record', { classId, learnerId: mover!.learnerId, standardId, level: 4, observedOn: '2026-02-03', kind: 'of' });
    const now = call('groups:get', { groupSetId: set.groupSetId });
    expect(now.stale).toBe(true);
    expect(now.staleMembers).toEqual([expect.objectContaining({ learnerId: mover!.learnerId, savedReadiness: mover!.readiness, nowReadiness: 'mastered' })]);
    expect(call('groups:list', { classId }).find((s) => s.groupSetId === set.groupSetId)?.stale).toBe(true);
  });

  it('counts who was grouped with whom and on which standard, and flags a learner kept in the lowest group three times', () => {
    const [low, a, b, c] = learners;
    const readinessSet = (date: string) => {
      // the lowest group is the one whose members stood lowest when saved; here "low" is alone in it
      const proposal = call('groups:propose', { classId, strategy: 'readiness', standardId, seed: 9 });
      const lowest = proposal.groups.at(-1)!;
      return call('groups:save', {
        classId,
        date,
        purpose: 'Rotation check',
        strategy: 'readiness',
        standardId,
        groups: [
          { name: 'Lowest', learnerIds: [low!, ...lowest.learnerIds.filter((id) => id !== low && id !== a && id !== b && id !== c)].slice(0, 3) },
          { name: 'Others', learnerIds: [a!, b!, c!] },
        ],
      });
    };
    for (const date of ['2026-02-04', '2026-02-05', '2026-02-06']) readinessSet(date);
    const history = call('groups:history', { classId, recentSets: 3, guardSets: 3 });
    expect(history.sets.map((s) => s.date)).toEqual(['2026-02-06', '2026-02-05', '2026-02-04']);
    const ofA = history.learners.find((l) => l.learnerId === a)!;
    expect(ofA.partners.find((p) => p.learnerId === b)).toMatchObject({ times: 3, lastOn: '2026-02-06', standardCodes: [expect.any(String)] });
    const streak = history.learners.find((l) => l.learnerId === low)!.lowestGroupStreak;
    const othersStreak = history.learners.find((l) => l.learnerId === a)!.lowestGroupStreak;
    // whichever group stood lower when saved is the lowest each time; the same learners were in it three times in a row
    expect([streak, othersStreak].sort()).toEqual([0, 3]);
    expect(history.learners.filter((l) => l.rotationFlag).length).toBeGreaterThan(0);
    const proposal = call('groups:propose', { classId, strategy: 'readiness', standardId, recentSets: 3 });
    expect(proposal.rotationGuard.length).toBeGreaterThan(0);
    expect(proposal.rotationGuard[0]?.sentence).toMatch(/has been in the lowest group in each of the last \d+ readiness or band group sets/);
  });
});
