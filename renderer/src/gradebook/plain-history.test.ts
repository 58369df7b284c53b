import { describe, expect, it } from 'vitest';
import type { CellHistory } from '../../../preload/contract/index.js';
import { plainSummary } from './plain-history.js';
import { proficiencyScale as scale } from './sample-scale.test-data.js';

const used = (level: number | null, included = true) => ({ evidenceId: 'e', observedOn: '2025-10-01', level, kind: 'of' as const, included, reason: null });
const history = (level: number | null, levels: CellHistory['used'], extra: Partial<CellHistory['cell']> = {}): Pick<CellHistory, 'cell' | 'used' | 'method'> => ({
  cell: { level, mastered: false, evidenceCount: levels.length, lastObservedOn: null, awaitingFeedback: 0, override: null, ...extra },
  used: levels,
  method: { kind: 'decaying_average', weight: 0.65 },
});

describe('the history panel’s plain sentence', () => {
  it('names the level in the scale’s words and the newest counted evidence, oldest first', () => {
    const levels = [used(4), used(3, false), used(1), used(1), used(1), used(2)];
    expect(plainSummary(history(1.65, levels), scale)).toBe('Beginning — recent evidence 1, 1, 1, 2, newest counts most');
    expect(plainSummary(history(2.57, [used(3), used(2)]), scale)).toBe('Developing — evidence 3, 2, newest counts most');
  });

  it('follows the method and says when the teacher decided or nothing counts yet', () => {
    expect(plainSummary({ ...history(3, [used(3)]), method: { kind: 'mean_recent', n: 3 } }, scale)).toBe('Proficient — evidence 3, the newest 3 count equally');
    expect(plainSummary(history(3, [used(2)], { override: { level: 3, reason: 'Showed it in conference', overriddenOn: '2025-10-02' } }), scale)).toBe(
      'Proficient — set by the teacher: Showed it in conference',
    );
    expect(plainSummary(history(null, []), scale)).toBe('No level yet — no evidence with a level.');
  });
});
