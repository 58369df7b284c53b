import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProgressionGradebook, type ProgressionGradebook } from '../../test/helpers/progression-gradebook.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { classReadiness, explainCell } from './class-readiness.js';

const tempDir = useTempDir();
let g: ProgressionGradebook;
beforeEach(async () => {
  g = await openProgressionGradebook(tempDir());
});
afterEach(() => g.gradebook.close());

/** Ana's state per standard code, and what blocks each (by code). */
function anaStates(asOf?: string): Record<string, string> {
  const readiness = classReadiness(g.gradebook.reader, { classId: g.classId, ...(asOf ? { asOf } : {}) });
  const row = readiness.learners.find((l) => l.learnerId === g.ana);
  const states: Record<string, string> = {};
  readiness.standards.forEach((s, i) => {
    const blocking = (row?.blocking[i] ?? []).map((b) => readiness.standards[b]?.code).join(';');
    states[s.code ?? ''] = blocking ? `${row?.states[i]}:${blocking}` : String(row?.states[i]);
  });
  return states;
}

describe('readiness of a class on its own graph', () => {
  it('follows the chain, lists the untracked prerequisite as assumed and never blocking', () => {
    g.evidence(g.ana, g.s.a, 3, '2026-01-06');
    g.evidence(g.ana, g.s.b, 2, '2026-01-07');
    expect(anaStates()).toEqual({
      'M.A': 'mastered',
      'M.B': 'in_progress',
      'M.C': 'not_yet_ready:M.B',
      'M.D': 'ready',
      'M.E': 'ready',
      'M.SKILL': 'ready',
    });
    const readiness = classReadiness(g.gradebook.reader, { classId: g.classId });
    expect(readiness.standards.find((s) => s.code === 'M.E')?.assumed).toEqual(['M.U']);
  });

  it('counts an override as mastered, and shows the class as it stood on an earlier date', () => {
    g.evidence(g.ana, g.s.a, 2, '2026-01-06');
    expect(anaStates()['M.B']).toBe('not_yet_ready:M.A');
    g.override(g.ana, g.s.a, 3, '2026-01-09');
    expect(anaStates()['M.B']).toBe('ready');
    expect(anaStates('2026-01-08')['M.B']).toBe('not_yet_ready:M.A');
    expect(anaStates('2026-01-05')['M.A']).toBe('ready');
  });

  it('explains a state in one sentence naming the prerequisite and when it was last seen', () => {
    g.evidence(g.ana, g.s.a, 4, '2026-01-06');
    expect(explainCell(g.gradebook.reader, { classId: g.classId, learnerId: g.ana, standardId: g.s.b })).toEqual({
      state: 'ready',
      explanation: 'Ready for M.B: M.A mastered (last evidence 2026-01-06); not started yet.',
    });
    expect(explainCell(g.gradebook.reader, { classId: g.classId, learnerId: g.ben, standardId: g.s.c }).explanation).toBe('Not yet ready for M.C: first M.B.');
  });
});
