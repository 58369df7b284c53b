import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { insertScale } from '../../db/scales.js';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { cellLevels, decayingAverage, findCell, type DemoCell } from '../../test/helpers/demo-cell.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import type { ChangedCell, MasteryGrid, RecordedEvidence } from '../../preload/contract/index.js';
import { rollUp } from './domain/rollup.js';
import { dispatch, type SyncChannelName } from '../worker/dispatch.js';

const tempDir = useTempDir();
let gradebook: Gradebook;
let path: string;
let cell: DemoCell;

beforeEach(async () => {
  path = join(tempDir(), 'evidence.proficio');
  gradebook = await openGradebook(path);
  generateDemoGradebook(gradebook.writer, { seed: 3, learnersPerClass: 6 });
  cell = findCell(gradebook, 3);
});
afterEach(() => gradebook.close());

function ok<T>(channel: SyncChannelName, request: unknown): T {
  const result = dispatch(gradebook, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function fails(channel: SyncChannelName, request: unknown): { code: string; message: string } {
  const result = dispatch(gradebook, channel, request);
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error;
}

type Recorded = { evidence: { id: string; level: number | null; revision: number; deletedAt: string | null }; cell: { level: number | null } };
type AuditRow = { action: string; entity_id: string; before: string | null; after: string | null };

const auditRows = (evidenceId: string) =>
  gradebook.reader
    .prepare(`SELECT action, entity_id, before, after FROM audit_log WHERE entity = 'evidence' AND entity_id = ? ORDER BY rowid`)
    .all(evidenceId) as AuditRow[];

describe('recording evidence', () => {
  it('keeps every version: record, edit, delete and restore are each one audit row with before and after', () => {
    const recorded = ok<Recorded>('evidence:record', { ...cell, level: 2, observedOn: '2026-01-20', kind: 'for', feedback: null });
    const id = recorded.evidence.id;
    ok('evidence:update', { evidenceId: id, changes: { level: 3, feedback: 'Now with unlike denominators' } });
    ok('evidence:delete', { evidenceId: id });
    ok('evidence:restore', { evidenceId: id });

    const rows = auditRows(id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'delete', 'restore']);
    const [create, update, remove, restore] = rows.map((r) => ({
      before: r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>),
      after: r.after === null ? null : (JSON.parse(r.after) as Record<string, unknown>),
    }));
    expect(create).toMatchObject({ before: null, after: { id, level: 2, revision: 1, feedbackStatus: 'awaiting', deletedAt: null } });
    expect(update).toMatchObject({
      before: { level: 2, revision: 1, feedback: null },
      after: { level: 3, revision: 2, feedback: 'Now with unlike denominators', feedbackStatus: 'given' },
    });
    expect(remove?.before).toMatchObject({ deletedAt: null });
    expect(remove?.after?.['deletedAt']).toEqual(expect.any(String));
    expect(restore).toMatchObject({ before: { deletedAt: remove?.after?.['deletedAt'] }, after: { deletedAt: null, level: 3 } });

    // the cell's history shows the same story
    const history = ok<{ changes: { action: string }[]; evidence: { id: string }[] }>('mastery:history', cell);
    expect(history.changes.filter((c) => c.action !== 'create').map((c) => c.action)).toEqual(['restore', 'delete', 'update']);
    expect(history.evidence.map((e) => e.id)).toContain(id);
  });

  it('updates the cell by the class method (decaying average 0.65), computed independently', () => {
    const recorded = ok<Recorded>('evidence:record', { ...cell, level: 4, observedOn: '2026-01-22', kind: 'of' });
    expect(recorded.cell.level).toBe(decayingAverage(cellLevels(gradebook, cell), 0.65));
    const grid = ok<{ columns: { standardId: string }[]; rows: { learnerId: string; cells: { level: (number | null)[] } }[] }>('mastery:grid', {
      classId: cell.classId,
    });
    const column = grid.columns.findIndex((c) => c.standardId === cell.standardId);
    const row = grid.rows.find((r) => r.learnerId === cell.learnerId)!;
    expect(row.cells.level[column]).toBe(recorded.cell.level);
  });

  it('recomputes only the touched cell', () => {
    // the demo's levels are stored when it is written; reads never store
    const others = `SELECT * FROM mastery_levels WHERE class_id = ? AND NOT (learner_id = ? AND standard_id = ?) ORDER BY learner_id, standard_id`;
    const before = gradebook.reader.prepare(others).all(cell.classId, cell.learnerId, cell.standardId);
    const state = gradebook.reader.prepare('SELECT computed_at FROM mastery_state WHERE class_id = ?').pluck().get(cell.classId);
    ok('evidence:record', { ...cell, level: 1, observedOn: '2026-01-22', kind: 'of' });
    expect(gradebook.reader.prepare(others).all(cell.classId, cell.learnerId, cell.standardId)).toEqual(before);
    // no full recompute happened
    expect(gradebook.reader.prepare('SELECT computed_at FROM mastery_state WHERE class_id = ?').pluck().get(cell.classId)).toBe(state);
    const stored = gradebook.reader
      .prepare('SELECT level FROM mastery_levels WHERE class_id = ? AND learner_id = ? AND standard_id = ?')
      .pluck()
      .get(cell.classId, cell.learnerId, cell.standardId);
    expect(stored).toBe(decayingAverage(cellLevels(gradebook, cell), 0.65));
  });

  it('an edit is held to the same rules as a new record: evidence from outside class needs a description', () => {
    const recorded = ok<Recorded>('evidence:record', { ...cell, level: 2, observedOn: '2026-01-20', kind: 'as' });
    const before = snapshotGradebook(path);
    expect(fails('evidence:update', { evidenceId: recorded.evidence.id, changes: { source: 'family' } })).toMatchObject({
      code: 'invalid_data',
      message: expect.stringMatching(/description/),
    });
    const described = ok<Recorded>('evidence:record', { ...cell, level: 2, observedOn: '2026-01-21', kind: 'as', source: 'family', sourceDescription: 'Baking at home' });
    const afterRecord = snapshotGradebook(path);
    expect(fails('evidence:update', { evidenceId: described.evidence.id, changes: { sourceDescription: null } })).toMatchObject({ code: 'invalid_data' });
    expect(snapshotGradebook(path)).toEqual(afterRecord);
    expect(afterRecord).not.toEqual(before);
    // back in class, no description is needed
    ok('evidence:update', { evidenceId: described.evidence.id, changes: { source: 'class', sourceDescription: null } });
  });

  it('refuses bad evidence with a typed, specific error and leaves the gradebook unchanged', () => {
    ok('mastery:grid', { classId: cell.classId });
    const before = snapshotGradebook(path);
    const base = { ...cell, observedOn: '2026-01-20', kind: 'of', level: 3 };
    expect(fails('evidence:record', { ...base, level: 5 })).toMatchObject({ code: 'invalid_data', message: expect.stringMatching(/5 is not a level/) });
    expect(fails('evidence:record', { ...base, level: 2.5 })).toMatchObject({ code: 'invalid_data' });
    expect(fails('evidence:record', { ...base, learnerId: newId() })).toMatchObject({ code: 'not_found', message: expect.stringMatching(/not enrolled/) });
    expect(fails('evidence:record', { ...base, standardId: newId() })).toMatchObject({ code: 'not_found', message: expect.stringMatching(/does not track/) });
    expect(fails('evidence:record', { ...base, observedOn: '2026-13-01' })).toMatchObject({ code: 'invalid_request' });
    expect(fails('evidence:record', { ...base, observedOn: '2999-01-01' })).toMatchObject({ code: 'invalid_data', message: expect.stringMatching(/in the future/) });
    expect(fails('evidence:record', { ...base, source: 'community' })).toMatchObject({ code: 'invalid_data', message: expect.stringMatching(/description/) });
    // one bad entry in a pasted column: nothing of the column is written
    expect(
      fails('evidence:recordMany', { classId: cell.classId, entries: [{ ...base, classId: undefined }, { ...base, level: 7 }].map(({ classId: _c, ...e }) => e) }),
    ).toMatchObject({ code: 'invalid_data' });
    expect(fails('evidence:update', { evidenceId: newId(), changes: { level: 2 } })).toMatchObject({ code: 'not_found' });
    expect(snapshotGradebook(path)).toEqual(before);
  });

  it('accepts a future date only when the teacher confirms it', () => {
    const result = ok<Recorded>('evidence:record', { ...cell, level: 3, observedOn: '2999-01-01', kind: 'of', confirmFutureDate: true });
    expect(result.evidence.level).toBe(3);
  });
});

describe('mastery views', () => {
  it('sends each row as parallel arrays aligned with the columns, roll-ups aligned with the groups', () => {
    const grid = ok<MasteryGrid>('mastery:grid', { classId: cell.classId });
    const row = grid.rows.find((r) => r.learnerId === cell.learnerId)!;
    for (const values of [row.cells.level, row.cells.evidenceCount, row.cells.lastObservedOn, row.cells.awaitingFeedback]) expect(values).toHaveLength(grid.columns.length);
    expect(row.rollups).toHaveLength(grid.groups.length);
    expect(row.cells).not.toHaveProperty('mastered');
    const column = grid.columns.findIndex((c) => c.standardId === cell.standardId);
    const history = ok<{ cell: Record<string, unknown> }>('mastery:history', cell);
    expect(history.cell).toMatchObject({
      level: row.cells.level[column],
      evidenceCount: row.cells.evidenceCount[column],
      lastObservedOn: row.cells.lastObservedOn[column],
      awaitingFeedback: row.cells.awaitingFeedback[column],
    });
    // an override shows in the row's overrides, by column
    ok('mastery:override', { ...cell, level: 4, reason: 'Explained it in conference' });
    const after = ok<MasteryGrid>('mastery:grid', { classId: cell.classId }).rows.find((r) => r.learnerId === cell.learnerId)!;
    expect(after.cells.overrides[column]).toMatchObject({ level: 4, reason: 'Explained it in conference' });
    expect(after.cells.level[column]).toBe(4);
  });

  it('as of a past date uses only evidence observed by then', () => {
    const dates = gradebook.reader
      .prepare(`SELECT observed_on FROM evidence WHERE class_id = ? AND learner_id = ? AND standard_id = ? AND level IS NOT NULL ORDER BY observed_on`)
      .pluck()
      .all(cell.classId, cell.learnerId, cell.standardId) as string[];
    const asOf = dates[1]!;
    const grid = ok<{ columns: { standardId: string }[]; rows: { learnerId: string; cells: { level: (number | null)[] } }[] }>('mastery:grid', {
      classId: cell.classId,
      asOf,
    });
    const column = grid.columns.findIndex((c) => c.standardId === cell.standardId);
    const level = grid.rows.find((r) => r.learnerId === cell.learnerId)!.cells.level[column];
    expect(level).toBe(decayingAverage(cellLevels(gradebook, cell, asOf), 0.65));
  });

  it('previews another method with exact counts, then applies it', () => {
    type Grid = MasteryGrid;
    const now = ok<Grid>('mastery:grid', { classId: cell.classId });
    const preview = ok<{ masteredBefore: number; masteredAfter: number; changes: unknown[] }>('mastery:preview', {
      classId: cell.classId,
      method: { kind: 'highest' },
    });
    // mastered is not sent: it is the level at or above the threshold
    const count = (grid: Grid) => grid.rows.flatMap((r) => r.cells.level).filter((level) => level !== null && level >= grid.scale.masteryThreshold).length;
    expect(preview.masteredBefore).toBe(count(now));
    const applied = ok<Grid>('mastery:setMethod', { classId: cell.classId, method: { kind: 'highest' } });
    expect(preview.masteredAfter).toBe(count(applied));
    const changed = now.rows.flatMap((r, i) => r.cells.level.filter((level, j) => level !== applied.rows[i]!.cells.level[j])).length;
    expect(preview.changes).toHaveLength(changed);
    // under "highest", the cell is the maximum of its levels
    const history = ok<{ cell: { level: number } }>('mastery:history', cell);
    expect(history.cell.level).toBe(Math.max(...cellLevels(gradebook, cell)));
  });

  it("a teacher's override wins, says why, and lapses when newer evidence arrives", () => {
    const overridden = ok<ChangedCell>('mastery:override', { ...cell, level: 4, reason: 'Explained it perfectly in conference' });
    expect(overridden.cell).toMatchObject({ level: 4, override: { reason: 'Explained it perfectly in conference' } });
    const history = ok<{ notes: string[] }>('mastery:history', cell);
    expect(history.notes.join(' ')).toMatch(/Explained it perfectly/);
    // evidence observed after the override (dated in the future relative to today) — the override no longer holds
    const after = ok<Recorded & { cell: { override: unknown } }>('evidence:record', { ...cell, level: 2, observedOn: '2999-01-01', kind: 'of', confirmFutureDate: true });
    expect(after.cell.override).toBeNull();
    expect(after.cell.level).toBe(decayingAverage(cellLevels(gradebook, cell), 0.65));
  });
});

describe('roll-ups in write answers', () => {
  /** The learner's roll-up of a group, worked out from a fresh read of the grid. */
  function gridRollup(groupId: string): { fromCells: number | null; sent: number | null } {
    const grid = ok<MasteryGrid>('mastery:grid', { classId: cell.classId });
    const row = grid.rows.find((r) => r.learnerId === cell.learnerId)!;
    const levels = grid.columns.flatMap((column, index) => (column.ancestors.some((a) => a.id === groupId) ? [row.cells.level[index] ?? null] : []));
    return { fromCells: rollUp(levels, grid.rollupMethod), sent: row.rollups[grid.groups.indexOf(groupId)] ?? null };
  }

  it('carry the learner’s roll-ups as the next read of the grid computes them', () => {
    const grid = ok<MasteryGrid>('mastery:grid', { classId: cell.classId });
    const column = grid.columns.find((c) => c.standardId === cell.standardId)!;
    const cluster = column.ancestors[0]!.id;
    const check = (answer: { rollups: Record<string, number | null> }) => {
      const expected = gridRollup(cluster);
      expect(answer.rollups[cluster]).toBe(expected.fromCells);
      expect(answer.rollups[cluster]).toBe(expected.sent);
      expect(Object.keys(answer.rollups).sort()).toEqual([...grid.groups].sort());
    };
    const recorded = ok<RecordedEvidence>('evidence:record', { ...cell, level: 1, observedOn: '2026-01-22', kind: 'of' });
    check(recorded);
    check(ok<RecordedEvidence>('evidence:update', { evidenceId: recorded.evidence.id, changes: { level: 4 } }));
    check(ok<RecordedEvidence>('evidence:delete', { evidenceId: recorded.evidence.id }));
    check(ok<RecordedEvidence>('evidence:restore', { evidenceId: recorded.evidence.id }));
    check(ok<ChangedCell>('mastery:override', { ...cell, level: 1, reason: 'Could not explain it in conference' }));
    check(ok<ChangedCell>('mastery:clearOverride', cell));
    const [many] = ok<RecordedEvidence[]>('evidence:recordMany', {
      classId: cell.classId,
      entries: [{ learnerId: cell.learnerId, standardId: cell.standardId, level: 2, observedOn: '2026-01-23', kind: 'of' }],
    });
    check(many!);
  });

  it('are computed even when the stored levels were stale (a method change recomputes first)', () => {
    ok('mastery:setMethod', { classId: cell.classId, method: { kind: 'highest' } });
    gradebook.writer.prepare('DELETE FROM mastery_state WHERE class_id = ?').run(cell.classId);
    const recorded = ok<RecordedEvidence>('evidence:record', { ...cell, level: 4, observedOn: '2026-01-22', kind: 'of' });
    const grid = ok<MasteryGrid>('mastery:grid', { classId: cell.classId });
    const row = grid.rows.find((r) => r.learnerId === cell.learnerId)!;
    expect(grid.groups.map((groupId) => recorded.rollups[groupId] ?? null)).toEqual(row.rollups);
  });
});

/** Puts a framework on a 0–3 habits scale (mastered from 2), unlike the demo's 1–4 scales. */
function scoreFrameworkOnZeroToThree(frameworkId: string): string {
  const scaleId = insertScale(gradebook.writer, {
    title: 'Habits (0–3)',
    purpose: 'learning_skills',
    masteryThreshold: 2,
    levels: [0, 1, 2, 3].map((value) => ({ value, label: `Level ${value}`, shortLabel: String(value), colour: '#2C72A3' })),
  });
  gradebook.writer.prepare('UPDATE frameworks SET scale_id = ? WHERE id = ?').run(scaleId, frameworkId);
  return scaleId;
}

describe('a scale per column', () => {
  /** A learning-related skill the class tracks, and the framework it belongs to. */
  function skillColumn(): { standardId: string; frameworkId: string } {
    return gradebook.reader
      .prepare(
        `SELECT s.id AS standardId, s.framework_id AS frameworkId FROM class_standards cs JOIN standards s ON s.id = cs.standard_id
         JOIN frameworks f ON f.id = s.framework_id WHERE cs.class_id = ? AND f.scale_id IS NOT NULL ORDER BY cs.position LIMIT 1`,
      )
      .get(cell.classId) as { standardId: string; frameworkId: string };
  }

  it('scores the demo’s learning-related skills on their own scale', () => {
    const grid = ok<MasteryGrid>('mastery:grid', { classId: cell.classId });
    const skill = grid.columns.find((c) => c.standardId === skillColumn().standardId)!;
    const scaleOf = (id: string) => grid.scales.find((scale) => scale.id === id)!;
    expect(scaleOf(skill.scaleId).purpose).toBe('learning_skills');
    expect(scaleOf(grid.columns.find((c) => c.standardId === cell.standardId)!.scaleId)).toEqual(grid.scale);
    expect(grid.scales.map((scale) => scale.purpose)).toEqual(['academic', 'learning_skills']);
  });

  it('validates levels and decides mastery by the column’s scale, and recomputes when a framework’s scale changes', () => {
    const skill = skillColumn();
    ok('mastery:grid', { classId: cell.classId }); // levels stored under the old scales
    const zeroToThree = scoreFrameworkOnZeroToThree(skill.frameworkId);
    const skillCell = { classId: cell.classId, learnerId: cell.learnerId, standardId: skill.standardId };
    const entry = { observedOn: '2026-01-20', kind: 'of' };

    // 0 is a level only on the skills' scale, 4 only on the academic one
    expect(fails('evidence:record', { ...cell, ...entry, level: 0 })).toMatchObject({ code: 'invalid_data', message: expect.stringMatching(/0 is not a level on the Proficiency/) });
    expect(fails('evidence:record', { ...skillCell, ...entry, level: 4 })).toMatchObject({ code: 'invalid_data', message: expect.stringMatching(/4 is not a level on the Habits/) });
    expect(fails('mastery:override', { ...skillCell, level: 4, reason: 'Always on task' })).toMatchObject({ code: 'invalid_data' });
    ok<RecordedEvidence>('evidence:record', { ...skillCell, ...entry, level: 0 });
    ok<RecordedEvidence>('evidence:record', { ...cell, ...entry, level: 4 });

    // mastered at the column's threshold: 2 is mastered on the 0–3 scale (threshold 2), not on the academic one (3)
    const skillAnswer = ok<ChangedCell>('mastery:override', { ...skillCell, level: 2, reason: 'Consistent in group work' });
    const academicAnswer = ok<ChangedCell>('mastery:override', { ...cell, level: 2, reason: 'Needs more practice' });
    expect(skillAnswer.cell).toMatchObject({ level: 2, mastered: true });
    expect(academicAnswer.cell).toMatchObject({ level: 2, mastered: false });

    const grid = ok<MasteryGrid>('mastery:grid', { classId: cell.classId });
    const column = grid.columns.find((c) => c.standardId === skill.standardId)!;
    expect(column.scaleId).toBe(zeroToThree);
    expect(grid.scales.map((scale) => scale.id)).toContain(zeroToThree);
    const stored = gradebook.reader
      .prepare('SELECT mastered FROM mastery_levels WHERE class_id = ? AND learner_id = ? AND standard_id = ?')
      .pluck()
      .get(cell.classId, cell.learnerId, skill.standardId);
    expect(stored).toBe(1);
  });

  it('clamps the power law to the column’s scale', () => {
    const skill = skillColumn();
    scoreFrameworkOnZeroToThree(skill.frameworkId);
    gradebook.writer.prepare('UPDATE evidence SET deleted_at = ? WHERE class_id = ? AND learner_id = ? AND standard_id = ?').run('2026-01-01T00:00:00Z', cell.classId, cell.learnerId, skill.standardId);
    ok('mastery:setMethod', { classId: cell.classId, method: { kind: 'power_law' } });
    const skillCell = { classId: cell.classId, learnerId: cell.learnerId, standardId: skill.standardId };
    let last: RecordedEvidence | undefined;
    // 1, 2, 3, 3: the trend a·4^b is 3.39, past the top of the 0–3 scale (on the academic 1–4 it would stand)
    for (const [day, level] of [[10, 1], [11, 2], [12, 3], [13, 3]] as const) {
      last = ok<RecordedEvidence>('evidence:record', { ...skillCell, level, observedOn: `2026-01-${day}`, kind: 'of' });
    }
    expect(last!.cell.level).toBe(3);
  });
});

describe('knowledge tracing beside the level', () => {
  it("the cell's history carries the likelihood of mastery, computed as MASTERY.md defines it", () => {
    const history = ok<{ likelihood: { value: number; likelyMastered: boolean } | null }>('mastery:history', cell);
    // p0 0.3, transit 0.1, slip 0.1, guess 0.2; correct = at or above the threshold 3
    let l = 0.3;
    for (const level of cellLevels(gradebook, cell)) {
      l = level >= 3 ? (l * 0.9) / (l * 0.9 + (1 - l) * 0.2) : (l * 0.1) / (l * 0.1 + (1 - l) * 0.8);
      l = l + (1 - l) * 0.1;
    }
    expect(history.likelihood?.value).toBeCloseTo(l, 2);
    expect(history.likelihood?.likelyMastered).toBe(Math.round(l * 100) / 100 >= 0.95);
  });
});

describe('a method for one standard', () => {
  it('applies to that standard only, shows its label on the column, and goes back to the class method with null', () => {
    type Grid = { columns: { standardId: string; methodLabel: string | null }[] };
    ok('mastery:setMethod', { classId: cell.classId, method: { kind: 'highest' }, standardId: cell.standardId });
    const grid = ok<Grid>('mastery:grid', { classId: cell.classId });
    expect(grid.columns.filter((c) => c.methodLabel !== null).map((c) => c.standardId)).toEqual([cell.standardId]);
    expect(ok<{ cell: { level: number } }>('mastery:history', cell).cell.level).toBe(Math.max(...cellLevels(gradebook, cell)));

    ok('mastery:setMethod', { classId: cell.classId, method: null, standardId: cell.standardId });
    expect(ok<Grid>('mastery:grid', { classId: cell.classId }).columns.every((c) => c.methodLabel === null)).toBe(true);
    expect(ok<{ cell: { level: number } }>('mastery:history', cell).cell.level).toBe(decayingAverage(cellLevels(gradebook, cell), 0.65));
    // the class itself always has a method
    expect(fails('mastery:setMethod', { classId: cell.classId, method: null })).toMatchObject({ code: 'invalid_request' });
  });
});
