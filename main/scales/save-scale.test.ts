import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { openGradebook, type Gradebook } from '../../db/open.js';
import type { EditableScale, Scale } from '../../preload/contract/index.js';
import { snapshotGradebook } from '../../test/helpers/snapshot.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { dispatch } from '../worker/dispatch.js';

const tempDir = useTempDir();
let gradebook: Gradebook;
let path: string;

beforeEach(async () => {
  path = join(tempDir(), 'scales.proficio');
  gradebook = await openGradebook(path);
  generateDemoGradebook(gradebook.writer, { seed: 4, learnersPerClass: 6 });
});
afterEach(() => gradebook.close());

function call<T>(channel: string, request: unknown): { ok: true; value: T } | { ok: false; error: { code: string; message: string } } {
  return dispatch(gradebook, channel, request) as never;
}

/** The academic scale as a save request takes it (the list adds the levels in use, which a save does not take). */
const academic = (): Scale => {
  const result = call<EditableScale[]>('scales:list', {});
  if (!result.ok) throw new Error(result.error.message);
  return asRequest(result.value.find((candidate) => candidate.purpose === 'academic')!);
};

function asRequest({ id, title, purpose, masteryThreshold, halfSteps, levels }: EditableScale): Scale {
  return { id, title, purpose, masteryThreshold, halfSteps, levels };
}

describe('scales:save', () => {
  it('creates a scale with half steps, levels in ascending order', () => {
    const result = call<Scale>('scales:save', {
      title: 'Writing (0–3)',
      purpose: 'academic',
      masteryThreshold: 2,
      halfSteps: true,
      levels: [3, 0, 2, 1].map((value) => ({ value, label: `L${value}`, shortLabel: String(value), colour: '#2C72A3', description: '' })),
    });
    expect(result).toMatchObject({ ok: true, value: { title: 'Writing (0–3)', halfSteps: true, masteryThreshold: 2 } });
    if (result.ok) expect(result.value.levels.map((l) => l.value)).toEqual([0, 1, 2, 3]);
  });

  it('renames levels and moves the threshold in place; stored mastery follows the new threshold', () => {
    const scale = academic();
    const classId = String(gradebook.reader.prepare('SELECT id FROM classes ORDER BY title LIMIT 1').pluck().get());
    expect(call('mastery:grid', { classId })).toMatchObject({ ok: true });
    const saved = call<Scale>('scales:save', {
      ...scale,
      masteryThreshold: 4,
      levels: scale.levels.map((level) => (level.value === 3 ? { ...level, label: 'Secure' } : level)),
    });
    expect(saved).toMatchObject({ ok: true, value: { id: scale.id, masteryThreshold: 4 } });
    if (saved.ok) expect(saved.value.levels.find((l) => l.value === 3)?.label).toBe('Secure');
    expect(call('mastery:grid', { classId })).toMatchObject({ ok: true });
    // the academic standards (the learning skills have a scale of their own)
    const academicCells = `FROM mastery_levels WHERE class_id = ? AND standard_id IN (SELECT id FROM standards WHERE code LIKE '5.%')`;
    const stored = (sql: string) => Number(gradebook.reader.prepare(sql).pluck().get(classId));
    // recomputed with the new threshold, not kept from the old one
    expect(stored(`SELECT count(*) ${academicCells} AND mastered <> (coalesce(level, 0) >= 4)`)).toBe(0);
    expect(stored(`SELECT count(*) ${academicCells} AND level >= 3 AND level < 4`)).toBeGreaterThan(0);
  });

  it('refuses to remove a level that evidence uses, naming it, and changes nothing', () => {
    const scale = academic();
    const before = snapshotGradebook(path);
    const result = call<Scale>('scales:save', { ...scale, levels: scale.levels.filter((level) => level.value !== 2) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_data', message: expect.stringMatching(/Level 2 \(Developing\) cannot be removed: \d+ pieces of evidence use it/) } });
    expect(snapshotGradebook(path)).toEqual(before);
  });

  it('refuses a threshold outside the levels, and an unknown scale', () => {
    const scale = academic();
    expect(call('scales:save', { ...scale, masteryThreshold: 7 })).toMatchObject({ ok: false, error: { code: 'invalid_data' } });
    expect(call('scales:save', { ...scale, id: newId() })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses to turn a scale classes score on into a learning-skills scale (or back), and changes nothing', () => {
    const scale = academic();
    const before = snapshotGradebook(path);
    expect(call('scales:save', { ...scale, purpose: 'learning_skills' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_data', message: expect.stringMatching(/classes score on it.*new scale/) },
    });
    expect(snapshotGradebook(path)).toEqual(before);
    // a scale nothing uses yet may still change its purpose
    const created = call<EditableScale>('scales:save', { ...scale, id: undefined, title: 'Spare scale' });
    if (!created.ok) throw new Error(created.error.message);
    expect(call('scales:save', { ...asRequest(created.value), purpose: 'learning_skills' })).toMatchObject({ ok: true, value: { purpose: 'learning_skills' } });
  });
});
