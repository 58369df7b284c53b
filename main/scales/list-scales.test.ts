import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGradebook, type Gradebook } from '../../db/open.js';
import type { EditableScale, Scale } from '../../preload/contract/index.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { dispatch } from '../worker/dispatch.js';

const tempDir = useTempDir();
let gradebook: Gradebook;

beforeEach(async () => {
  gradebook = await openGradebook(join(tempDir(), 'levels-in-use.proficio'));
  generateDemoGradebook(gradebook.writer, { seed: 11, learnersPerClass: 6 });
});
afterEach(() => gradebook.close());

function value<T>(channel: string, request: unknown): T {
  const result = dispatch(gradebook, channel, request) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A listed scale as scales:save takes it back: the levels in use are the gradebook's to say, not the request's. */
function asRequest({ id, title, purpose, masteryThreshold, halfSteps, levels }: EditableScale): Scale {
  return { id, title, purpose, masteryThreshold, halfSteps, levels };
}

describe('scales:list, the levels evidence sits on', () => {
  it('counts the evidence at each level of the academic scale, as the save refusal does', () => {
    const academic = value<EditableScale[]>('scales:list', {}).find((scale) => scale.purpose === 'academic')!;
    // the demo's academic standards are the 5.* codes; the learning skills have a scale of their own
    const counted = gradebook.reader
      .prepare(
        `SELECT level, count(*) AS n FROM evidence WHERE deleted_at IS NULL AND level IN (1, 2, 3, 4)
           AND standard_id IN (SELECT id FROM standards WHERE code LIKE '5.%') GROUP BY level ORDER BY level`,
      )
      .all() as { level: number; n: number }[];
    expect(counted.length).toBeGreaterThan(0);
    expect(academic.levelsInUse).toEqual(counted.map((row) => ({ value: row.level, evidenceCount: row.n })));

    const level2 = academic.levelsInUse.find((level) => level.value === 2)!;
    const refused = dispatch(gradebook, 'scales:save', { ...asRequest(academic), levels: academic.levels.filter((level) => level.value !== 2) });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining(`${level2.evidenceCount} pieces of evidence use it`) } });
  });

  it('a new scale has no level in use, and a save answers with the levels in use', () => {
    const created = value<EditableScale>('scales:save', {
      title: 'Spare',
      purpose: 'academic',
      masteryThreshold: 2,
      halfSteps: false,
      levels: [1, 2].map((v) => ({ value: v, label: `L${v}`, shortLabel: String(v), colour: '#2C72A3', description: '' })),
    });
    expect(created.levelsInUse).toEqual([]);
    const academic = value<EditableScale[]>('scales:list', {}).find((scale) => scale.purpose === 'academic')!;
    const saved = value<EditableScale>('scales:save', { ...asRequest(academic), title: 'Proficiency, renamed' });
    expect(saved.levelsInUse).toEqual(academic.levelsInUse);
  });
});
