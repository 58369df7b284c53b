import { describe, expect, it } from 'vitest';
import { learnerReadiness, type CellStanding } from './readiness.js';
import { explainReadiness } from './readiness-words.js';

const mastered: CellStanding = { mastered: true, hasLevel: true };
const working: CellStanding = { mastered: false, hasLevel: true };
const unseen: CellStanding = { mastered: false, hasLevel: false };

describe('learnerReadiness', () => {
  it('a chain a → b → c: the first unmastered link is ready or in progress, the rest wait naming what blocks them', () => {
    const chain = [[], [0], [1]];
    expect(learnerReadiness([mastered, unseen, unseen], chain)).toEqual([
      { state: 'mastered', blocking: [] },
      { state: 'ready', blocking: [] },
      { state: 'not_yet_ready', blocking: [1] },
    ]);
    expect(learnerReadiness([mastered, working, working], chain).map((r) => r.state)).toEqual(['mastered', 'in_progress', 'not_yet_ready']);
  });

  it('a diamond a → (b, c) → d: d waits for every unmastered prerequisite, named each', () => {
    const diamond = [[], [0], [0], [1, 2]];
    const cells = [mastered, working, unseen, unseen];
    const expected = cells.map((cell, i) => {
      if (cell.mastered) return 'mastered';
      const blocking = (diamond[i] ?? []).filter((p) => !cells[p]?.mastered);
      return blocking.length ? `not_yet_ready:${blocking.join(',')}` : cell.hasLevel ? 'in_progress' : 'ready';
    });
    expect(learnerReadiness(cells, diamond).map((r) => (r.blocking.length ? `${r.state}:${r.blocking.join(',')}` : r.state))).toEqual(expected);
    expect(learnerReadiness([mastered, mastered, mastered, unseen], diamond)[3]).toEqual({ state: 'ready', blocking: [] });
  });

  it('mastered wins over an unmastered prerequisite (an override, or mastery shown out of order)', () => {
    expect(learnerReadiness([unseen, mastered], [[], [0]])[1]).toEqual({ state: 'mastered', blocking: [] });
  });

  it('a standard with no tracked prerequisite (missing or untracked ones left out) is ready or in progress', () => {
    expect(learnerReadiness([unseen, working], [[], []]).map((r) => r.state)).toEqual(['ready', 'in_progress']);
  });
});

describe('explainReadiness', () => {
  it('says why in one sentence, naming prerequisites and the assumed ones', () => {
    expect(explainReadiness('ready', '5.NF.A.1', [{ code: '4.NF.A.1', mastered: true, lastObservedOn: '2025-10-03' }], [])).toBe(
      'Ready for 5.NF.A.1: 4.NF.A.1 mastered (last evidence 2025-10-03); not started yet.',
    );
    expect(explainReadiness('not_yet_ready', '5.NF.A.2', [{ code: '5.NF.A.1', mastered: false, lastObservedOn: null }, { code: '4.NF.B.3', mastered: false, lastObservedOn: null }], ['3.NF.A.1'])).toBe(
      'Not yet ready for 5.NF.A.2: first 5.NF.A.1 and 4.NF.B.3. 3.NF.A.1 is not tracked by the class and assumed.',
    );
  });
});
