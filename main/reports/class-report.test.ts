import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { decayingAverage } from '../../test/helpers/demo-cell.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { readClassReport } from './class-report.js';
import { saveReportCardRule } from './report-card-rules.js';

/**
 * The class report's numbers on the demo gradebook, each checked against a computation written here
 * from plain SQL and the decaying average's definition (the demo classes' method), never against the
 * report's own code. The demo has no overrides, so the levels are the evidence's alone.
 */
// one demo for the whole file (it takes seconds to make): its own folder, removed after the last test
const dir = mkdtempSync(join(tmpdir(), 'proficio-report-'));
const asOf = '2026-01-15';
let gradebook: Gradebook;
let classId: string;

beforeAll(async () => {
  gradebook = await openGradebook(join(dir, 'report.proficio'));
  generateDemoGradebook(gradebook.writer, { seed: 1, today: '2026-01-23' });
  classId = String(gradebook.reader.prepare('SELECT id FROM classes ORDER BY title LIMIT 1').pluck().get());
}, 60_000);
afterAll(() => {
  gradebook.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = <T>(sql: string, ...params: unknown[]) => gradebook.reader.prepare(sql).all(...params) as T[];
const one = (sql: string, ...params: unknown[]) => gradebook.reader.prepare(sql).pluck().get(...params);

/** Each enrolled learner × tracked standard: the level by hand (null with no scored evidence), the level reached, mastered. */
function handLevels(options: { asOf: string; kinds?: string[] }) {
  const learners = rows<{ id: string }>(
    `SELECT l.id FROM enrollments e JOIN learners l ON l.id = e.learner_id WHERE e.class_id = ? AND e.status = 'active' ORDER BY l.family_name, l.given_name`,
    classId,
  ).map((r) => r.id);
  const standards = rows<{ id: string }>('SELECT standard_id AS id FROM class_standards WHERE class_id = ? ORDER BY position', classId).map((r) => r.id);
  const kinds = options.kinds ?? ['of', 'for', 'as'];
  const levels = new Map<string, number | null>();
  for (const learner of learners) {
    for (const standard of standards) {
      const scored = gradebook.reader
        .prepare(
          `SELECT level FROM evidence WHERE class_id = ? AND learner_id = ? AND standard_id = ? AND deleted_at IS NULL AND level IS NOT NULL
           AND observed_on <= ? AND kind IN (${kinds.map(() => '?').join(',')}) ORDER BY observed_on, recorded_at, rowid`,
        )
        .pluck()
        .all(classId, learner, standard, options.asOf, ...kinds) as number[];
      levels.set(`${learner}|${standard}`, decayingAverage(scored, 0.65));
    }
  }
  const reached = (level: number | null) => (level === null ? null : Math.max(1, Math.floor(level + 1e-9)));
  return { learners, standards, level: (l: string, s: string) => levels.get(`${l}|${s}`) ?? null, reached, mastered: (l: string, s: string) => (levels.get(`${l}|${s}`) ?? 0) >= 3 };
}

describe('class report on the demo gradebook', () => {
  it('levels, level counts and mastered counts per standard and per learner agree with a hand computation', () => {
    expect(one('SELECT count(*) FROM mastery_overrides')).toBe(0);
    const report = readClassReport(gradebook.reader, { classId, asOf });
    const hand = handLevels({ asOf });
    expect(report.learners.map((l) => l.learnerId)).toEqual(hand.learners);
    expect(report.standards.map((s) => s.standardId)).toEqual(hand.standards);
    expect(report.method).toMatch(/decaying/i);

    for (const [si, standardId] of hand.standards.entries()) {
      const standard = report.standards[si];
      const counts: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, none: 0 };
      for (const learnerId of hand.learners) {
        const reached = hand.reached(hand.level(learnerId, standardId));
        counts[reached === null ? 'none' : String(reached)] = (counts[reached === null ? 'none' : String(reached)] ?? 0) + 1;
      }
      const mastered = hand.learners.filter((l) => hand.mastered(l, standardId)).length;
      expect(standard?.levelCounts, standard?.code ?? '').toEqual(counts);
      expect(standard?.masteredCount, standard?.code ?? '').toBe(mastered);
      expect(standard?.masteredShare).toBeCloseTo(mastered / hand.learners.length, 12);
    }
    for (const [li, learnerId] of hand.learners.entries()) {
      expect(report.learners[li]?.masteredCount).toBe(hand.standards.filter((s) => hand.mastered(learnerId, s)).length);
      expect(report.learners[li]?.trackedCount).toBe(hand.standards.length);
      expect(report.heatmap[li]).toEqual(hand.standards.map((s) => hand.reached(hand.level(learnerId, s))));
    }
    // the demo's spread: some of everything, so the checks above are not vacuous
    const totals = report.standards.reduce((sum, s) => sum + s.masteredCount, 0);
    expect(totals).toBeGreaterThan(20);
    expect(totals).toBeLessThan(hand.learners.length * hand.standards.length);
  });

  it('evidence counts, coverage and feedback turnaround over the window agree with SQL', () => {
    const report = readClassReport(gradebook.reader, { classId, asOf, from: '2026-01-05', quietDays: 10, thinBelow: 0.5 });
    const window = ['2026-01-05', asOf] as const;
    const byStandard = new Map(
      rows<{ standardId: string; n: number; learners: number }>(
        `SELECT standard_id AS standardId, count(*) AS n, count(DISTINCT learner_id) AS learners FROM evidence
         WHERE class_id = ? AND deleted_at IS NULL AND observed_on BETWEEN ? AND ? GROUP BY standard_id`,
        classId,
        ...window,
      ).map((r) => [r.standardId, r]),
    );
    for (const s of report.standards) {
      expect(s.evidenceCount, s.code ?? '').toBe(byStandard.get(s.standardId)?.n ?? 0);
      expect(s.learnersWithEvidence).toBe(byStandard.get(s.standardId)?.learners ?? 0);
    }
    const learnerCount = report.learners.length;
    expect(report.coverage.thinStandards.map((s) => s.standardId).sort()).toEqual(
      report.standards.filter((s) => (byStandard.get(s.standardId)?.n ?? 0) < 0.5 * learnerCount).map((s) => s.standardId).sort(),
    );
    // quiet: no evidence in the window after asOf − 10 days
    const lastSeen = new Map(
      rows<{ learnerId: string; last: string }>(
        'SELECT learner_id AS learnerId, max(observed_on) AS last FROM evidence WHERE class_id = ? AND deleted_at IS NULL AND observed_on BETWEEN ? AND ? GROUP BY learner_id',
        classId,
        ...window,
      ).map((r) => [r.learnerId, r.last]),
    );
    const quiet = report.learners.filter((l) => (lastSeen.get(l.learnerId) ?? '0000') <= '2026-01-05').map((l) => l.learnerId);
    expect(report.coverage.quietLearners.map((l) => l.learnerId)).toEqual(quiet);

    const days = rows<{ d: number }>(
      `SELECT CAST(round(julianday(feedback_on) - julianday(observed_on)) AS INTEGER) AS d FROM evidence
       WHERE class_id = ? AND deleted_at IS NULL AND observed_on BETWEEN ? AND ? AND feedback_status <> 'awaiting' AND feedback_on IS NOT NULL ORDER BY d`,
      classId,
      ...window,
    ).map((r) => Math.max(0, r.d));
    expect(days.length).toBeGreaterThan(10);
    const mid = (days.length - 1) / 2;
    expect(report.feedback.withFeedback).toBe(days.length);
    expect(report.feedback.medianDays).toBe(((days[Math.floor(mid)] ?? 0) + (days[Math.ceil(mid)] ?? 0)) / 2);
    expect(report.feedback.awaitingFeedback).toBe(
      one(`SELECT count(*) FROM evidence WHERE class_id = ? AND deleted_at IS NULL AND observed_on BETWEEN ? AND ? AND feedback_status = 'awaiting'`, classId, ...window),
    );
  });

  it('growth: the share mastered at each week’s end matches the hand levels as of that day', () => {
    const report = readClassReport(gradebook.reader, { classId, asOf, from: '2025-11-01' });
    expect(report.growth.at(-1)?.weekEnding).toBe(asOf);
    expect(report.growth.every((g, i, all) => i === 0 || g.weekEnding > (all[i - 1]?.weekEnding ?? ''))).toBe(true);
    for (const point of [report.growth[2], report.growth[6], report.growth.at(-1)]) {
      if (!point) throw new Error('the window has fewer weeks than expected');
      const hand = handLevels({ asOf: point.weekEnding });
      const mastered = hand.learners.reduce((sum, l) => sum + hand.standards.filter((s) => hand.mastered(l, s)).length, 0);
      expect(point.masteredCells, point.weekEnding).toBe(mastered);
      expect(point.cells).toBe(hand.learners.length * hand.standards.length);
    }
    expect(report.growth.at(-1)?.masteredCells ?? 0).toBeGreaterThan(report.growth[0]?.masteredCells ?? 0);
  });

  it('with no end date chosen, a report read after the term ends its window, growth and quiet learners at the term’s end', () => {
    const term = gradebook.reader.prepare('SELECT t.starts_on AS startsOn, t.ends_on AS endsOn FROM classes c JOIN terms t ON t.id = c.term_id WHERE c.id = ?').get(classId) as {
      startsOn: string;
      endsOn: string;
    };
    const afterTerm = '2026-11-30';
    expect(term.endsOn < afterTerm).toBe(true);
    const report = readClassReport(gradebook.reader, { classId }, afterTerm);
    expect(report.to).toBe(term.endsOn);
    expect(report.growth.at(-1)?.weekEnding).toBe(term.endsOn);

    // quiet: no evidence in the term's last 14 days (the default), counted back from the term's end by hand
    const quietSince = new Date(Date.parse(`${term.endsOn}T00:00:00Z`) - 14 * 86_400_000).toISOString().slice(0, 10);
    const lastSeen = new Map(
      rows<{ learnerId: string; last: string }>(
        'SELECT learner_id AS learnerId, max(observed_on) AS last FROM evidence WHERE class_id = ? AND deleted_at IS NULL AND observed_on BETWEEN ? AND ? GROUP BY learner_id',
        classId,
        report.from,
        term.endsOn,
      ).map((r) => [r.learnerId, r.last]),
    );
    const quiet = report.learners.filter((l) => (lastSeen.get(l.learnerId) ?? '0000') <= quietSince).map((l) => l.learnerId);
    expect(quiet.length).toBeLessThan(report.learners.length);
    expect(report.coverage.quietLearners.map((l) => l.learnerId)).toEqual(quiet);

    // the last week's share is the hand levels' as of the term's end, not a flat line to November
    const hand = handLevels({ asOf: term.endsOn });
    expect(report.growth.at(-1)?.masteredCells).toBe(hand.learners.reduce((sum, l) => sum + hand.standards.filter((s) => hand.mastered(l, s)).length, 0));

    // within the term the window still ends on the day asked (today or the as-of day)
    expect(term.startsOn < asOf && asOf < term.endsOn).toBe(true);
    expect(readClassReport(gradebook.reader, { classId }, asOf).to).toBe(asOf);
    expect(readClassReport(gradebook.reader, { classId, asOf }, afterTerm).to).toBe(asOf);
    // a chosen end date is kept as chosen
    expect(readClassReport(gradebook.reader, { classId, to: '2026-02-10' }, afterTerm).to).toBe('2026-02-10');
  });

  it('filters: one evidence kind decides the levels alone; a cluster keeps only its standards', () => {
    const summative = readClassReport(gradebook.reader, { classId, asOf, evidenceKinds: ['of'] });
    const hand = handLevels({ asOf, kinds: ['of'] });
    for (const [si, s] of hand.standards.entries()) {
      expect(summative.standards[si]?.masteredCount).toBe(hand.learners.filter((l) => hand.mastered(l, s)).length);
    }
    const cluster = rows<{ id: string; code: string }>(
      `SELECT p.id, p.code FROM class_standards cs JOIN standards s ON s.id = cs.standard_id JOIN standards p ON p.id = s.parent_id
       WHERE cs.class_id = ? AND p.type = 'cluster' GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`,
      classId,
    )[0];
    if (!cluster) throw new Error('the demo has no cluster');
    const inCluster = readClassReport(gradebook.reader, { classId, asOf, cluster: cluster.code.toLowerCase() });
    const expected = rows<{ id: string }>(
      'SELECT cs.standard_id AS id FROM class_standards cs JOIN standards s ON s.id = cs.standard_id WHERE cs.class_id = ? AND s.parent_id = ? ORDER BY cs.position',
      classId,
      cluster.id,
    ).map((r) => r.id);
    expect(inCluster.standards.map((s) => s.standardId)).toEqual(expected);
    expect(inCluster.cluster?.standardId).toBe(cluster.id);
    expect(() => readClassReport(gradebook.reader, { classId, cluster: 'no such cluster' })).toThrow(/None of this class's standards is under a cluster or domain "no such cluster"/);
  });

  it('a report-card rule marks each learner with the reason, "3 of 4 at 3+, none at 1 → Meets"', () => {
    const cluster = rows<{ id: string }>(
      `SELECT p.id FROM class_standards cs JOIN standards s ON s.id = cs.standard_id JOIN standards p ON p.id = s.parent_id
       WHERE cs.class_id = ? AND p.type = 'cluster' GROUP BY p.id HAVING count(*) >= 3 ORDER BY p.position LIMIT 1`,
      classId,
    )[0];
    if (!cluster) throw new Error('the demo has no cluster of three standards');
    const rule = saveReportCardRule(gradebook.writer, {
      title: 'Cluster mark',
      scopeId: cluster.id,
      marks: [
        { mark: 'Exceeds', conditions: [{ kind: 'share_at_least', level: 4, share: 0.5, strictly: true }, { kind: 'none_at_or_below', level: 2 }] },
        { mark: 'Meets', conditions: [{ kind: 'share_at_least', level: 3, share: 0.75 }, { kind: 'none_at_or_below', level: 1 }] },
      ],
      otherwise: 'Not yet',
    });
    const report = readClassReport(gradebook.reader, { classId, asOf });
    const hand = handLevels({ asOf });
    const scoped = rows<{ id: string }>('SELECT cs.standard_id AS id FROM class_standards cs JOIN standards s ON s.id = cs.standard_id WHERE cs.class_id = ? AND s.parent_id = ?', classId, cluster.id).map((r) => r.id);
    const seen = new Set<string>();
    for (const [li, learnerId] of hand.learners.entries()) {
      const reached = scoped.map((s) => hand.reached(hand.level(learnerId, s)));
      const at = (n: number) => reached.filter((r) => r !== null && r >= n).length;
      const low = (n: number) => reached.filter((r) => r !== null && r <= n).length;
      const expected = at(4) / scoped.length > 0.5 && low(2) === 0 ? 'Exceeds' : at(3) / scoped.length >= 0.75 && low(1) === 0 ? 'Meets' : 'Not yet';
      const mark = report.learners[li]?.marks.find((m) => m.ruleId === rule.ruleId);
      expect(mark?.mark).toBe(expected);
      seen.add(expected);
      if (expected === 'Meets') expect(mark?.explanation).toBe(`${at(3)} of ${scoped.length} at 3+, ${low(1) === 0 ? 'none at 1' : ''} → Meets`);
    }
    expect(seen.size).toBeGreaterThan(1);
  });
});
