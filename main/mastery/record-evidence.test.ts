import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { cellLevels, decayingAverage, findCell, type DemoCell } from '../../test/helpers/demo-cell.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { dispatch } from '../ipc/dispatch.js';

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

function ok<T>(channel: string, request: unknown): T {
  const result = dispatch(gradebook, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function fails(channel: string, request: unknown): { code: string; message: string } {
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
    const grid = ok<{ columns: { standardId: string }[]; rows: { learnerId: string; cells: { level: number | null }[] }[] }>('mastery:grid', {
      classId: cell.classId,
    });
    const column = grid.columns.findIndex((c) => c.standardId === cell.standardId);
    const row = grid.rows.find((r) => r.learnerId === cell.learnerId)!;
    expect(row.cells[column]?.level).toBe(recorded.cell.level);
  });

  it('recomputes only the touched cell', () => {
    ok('mastery:grid', { classId: cell.classId }); // stores every level
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
  it('as of a past date uses only evidence observed by then', () => {
    const dates = gradebook.reader
      .prepare(`SELECT observed_on FROM evidence WHERE class_id = ? AND learner_id = ? AND standard_id = ? AND level IS NOT NULL ORDER BY observed_on`)
      .pluck()
      .all(cell.classId, cell.learnerId, cell.standardId) as string[];
    const asOf = dates[1]!;
    const grid = ok<{ columns: { standardId: string }[]; rows: { learnerId: string; cells: { level: number | null }[] }[] }>('mastery:grid', {
      classId: cell.classId,
      asOf,
    });
    const column = grid.columns.findIndex((c) => c.standardId === cell.standardId);
    const level = grid.rows.find((r) => r.learnerId === cell.learnerId)!.cells[column]!.level;
    expect(level).toBe(decayingAverage(cellLevels(gradebook, cell, asOf), 0.65));
  });

  it('previews another method with exact counts, then applies it', () => {
    type Grid = { rows: { cells: { level: number | null; mastered: boolean }[] }[] };
    const now = ok<Grid>('mastery:grid', { classId: cell.classId });
    const preview = ok<{ masteredBefore: number; masteredAfter: number; changes: unknown[] }>('mastery:preview', {
      classId: cell.classId,
      method: { kind: 'highest' },
    });
    const count = (grid: Grid) => grid.rows.flatMap((r) => r.cells).filter((c) => c.mastered).length;
    expect(preview.masteredBefore).toBe(count(now));
    const applied = ok<Grid>('mastery:setMethod', { classId: cell.classId, method: { kind: 'highest' } });
    expect(preview.masteredAfter).toBe(count(applied));
    const changed = now.rows.flatMap((r, i) => r.cells.filter((c, j) => c.level !== applied.rows[i]!.cells[j]!.level)).length;
    expect(preview.changes).toHaveLength(changed);
    // under "highest", the cell is the maximum of its levels
    const history = ok<{ cell: { level: number } }>('mastery:history', cell);
    expect(history.cell.level).toBe(Math.max(...cellLevels(gradebook, cell)));
  });

  it("a teacher's override wins, says why, and lapses when newer evidence arrives", () => {
    const overridden = ok<{ level: number; override: { reason: string } | null }>('mastery:override', { ...cell, level: 4, reason: 'Explained it perfectly in conference' });
    expect(overridden).toMatchObject({ level: 4, override: { reason: 'Explained it perfectly in conference' } });
    const history = ok<{ notes: string[] }>('mastery:history', cell);
    expect(history.notes.join(' ')).toMatch(/Explained it perfectly/);
    // evidence observed after the override (dated in the future relative to today) — the override no longer holds
    const after = ok<Recorded & { cell: { override: unknown } }>('evidence:record', { ...cell, level: 2, observedOn: '2999-01-01', kind: 'of', confirmFutureDate: true });
    expect(after.cell.override).toBeNull();
    expect(after.cell.level).toBe(decayingAverage(cellLevels(gradebook, cell), 0.65));
  });
});
