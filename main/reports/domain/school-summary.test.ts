import { describe, expect, it } from 'vitest';
import type { ClassReport } from '../../../preload/contract/reports.js';
import { schoolSummary } from './school-summary.js';

/** A class report with only what the summary reads: learners, standards (with their threshold) and the heatmap. */
function classReport(classId: string, sourcedId: string | null, learners: [string, string | null, string][], standards: [string, string | null, string][], heatmap: (number | null)[][]): ClassReport {
  return {
    classId,
    sourcedId,
    code: classId.toUpperCase(),
    title: `Class ${classId}`,
    learners: learners.map(([learnerId, id, name]) => ({ learnerId, sourcedId: id, givenName: name, familyName: 'X', preferredName: null, masteredCount: 0, trackedCount: 0, evidenceCount: 0, lastObservedOn: null, marks: [] })),
    standards: standards.map(([standardId, caseId, code]) => ({ standardId, caseId, code, statement: code, clusterId: null, clusterCode: null, levelCounts: {}, masteredCount: 0, masteredShare: 0, threshold: 3, evidenceCount: 0, learnersWithEvidence: 0 })),
    heatmap,
  } as unknown as ClassReport;
}

describe('school summary across gradebooks', () => {
  it('matches learners by sourcedId and standards by CASE id, lists the unmatched and ids naming different people', () => {
    const a = classReport('a', 'k1', [['l1', 'S1', 'Ana'], ['l2', null, 'Bo']], [['s1', 'CASE-1', '5.NF.1'], ['s2', null, 'Own.1']], [[3, 1], [4, 4]]);
    const b = classReport('b', 'k2', [['m1', 'S1', 'Ana'], ['m2', 'S2', 'Cy']], [['t1', 'CASE-1', '5.NF.1']], [[2], [3]]);
    const c = classReport('c', 'k2', [['n1', 'S2', 'Dee']], [['u1', 'CASE-1', '5.NF.1']], [[null]]);
    const summary = schoolSummary([
      { gradebook: 'one.proficio', reports: [a] },
      { gradebook: 'two.proficio', reports: [b, c] },
    ]);
    const case1 = summary.standards.find((s) => s.caseId === 'CASE-1');
    // S1 (Ana, in both files), l2 (Bo, unmatched), S2 (Cy/Dee): 3 learners; S1 mastered in file one, Bo too, S2 in b
    expect(case1).toMatchObject({ classes: 2, learners: 3, masteredCount: 3, masteredShare: 1 });
    expect(summary.standards.find((s) => s.caseId === null)).toMatchObject({ code: 'Own.1', learners: 2, masteredCount: 1 });
    expect(summary.classes.map((k) => [k.sourcedId, k.gradebooks, k.learners, k.cells, k.masteredCells])).toEqual([
      ['k1', ['one.proficio'], 2, 4, 3],
      ['k2', ['two.proficio'], 1 + 1, 2, 1],
    ]);
    expect(summary.unmatched.learners).toEqual([{ gradebook: 'one.proficio', learnerId: 'l2', name: 'Bo X' }]);
    expect(summary.unmatched.standards).toEqual([{ gradebook: 'one.proficio', standardId: 's2', code: 'Own.1' }]);
    expect(summary.unmatched.conflicts).toEqual([{ kind: 'learner', sourcedId: 'S2', names: ['Cy X', 'Dee X'] }]);
  });
});
