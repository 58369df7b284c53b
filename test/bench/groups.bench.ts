import { join } from 'node:path';
import { openGradebook } from '../../db/open.js';
import { generateDemoGradebook } from '../../main/demo/generate-demo.js';
import { randomSplit } from '../../main/groups/domain/arrange.js';
import type { GroupingLearner, PastGroupSet } from '../../main/groups/domain/learner.js';
import { buildObjective, mixedWeights, objectiveValue, recentPairWeights } from '../../main/groups/domain/objective.js';
import { proposeGroups, type ProposeInput } from '../../main/groups/domain/propose.js';
import { seededRandom } from '../../main/groups/domain/random.js';
import { resolveRules } from '../../main/groups/domain/rules.js';
import { evenSizes, groupCountFor } from '../../main/groups/domain/sizes.js';
import { proposeForClass } from '../../main/groups/propose.js';
import { bestOf, report, withTempDir } from './measure.js';

/**
 * Grouping (issue 12): the time to propose balanced groups of four — the heaviest strategy, a local
 * search by swaps — for a class of 30 and a grade of 300 (goal: well under 100 ms each), with keep-apart
 * and keep-together rules and five earlier sets to avoid repeating; and the objective it reaches against
 * a seeded random split of the same learners (lower is better). The end-to-end figure on a demo class
 * (evidence → levels → readiness → groups) is given against one raw scan of its stored levels.
 */
const bands = ['Beginning', 'Developing', 'Proficient', 'Extending'];
const interests = ['soccer', 'drawing', 'chess', 'robots', 'music', 'animals', 'cooking', 'space'];

function craftedGrade(size: number, random: () => number): GroupingLearner[] {
  return Array.from({ length: size }, (_, i) => {
    const level = random() < 0.05 ? null : Math.round((1 + random() * 3) * 100) / 100;
    const rank = level === null ? null : Math.floor(level) - 1;
    return {
      learnerId: `learner-${String(i).padStart(4, '0')}`,
      name: `Learner ${i}`,
      level,
      band: rank === null ? null : (bands[rank] ?? null),
      bandRank: rank,
      readiness: null,
      blockedBy: null,
      interests: random() < 0.7 ? [interests[Math.floor(random() * interests.length)] ?? 'music'] : [],
    };
  });
}

/** Five earlier sets of groups of four, as the repeat penalty reads them. */
function earlierSets(learners: readonly GroupingLearner[], random: () => number): PastGroupSet[] {
  const sizes = evenSizes(learners.length, groupCountFor(learners.length, 4));
  return Array.from({ length: 5 }, () => ({ groups: randomSplit(learners.map((_, i) => i), sizes, random).map((g) => g.map((i) => learners[i]?.learnerId ?? '')) }));
}

function measureDomain(label: string, size: number, runs: number): void {
  const random = seededRandom(size);
  const learners = craftedGrade(size, random);
  const ids = learners.map((l) => l.learnerId);
  const input: ProposeInput = {
    strategy: 'balanced',
    learners,
    rules: { apart: [[ids[0] ?? '', ids[1] ?? '', ids[2] ?? '']], together: [[ids[3] ?? '', ids[4] ?? '']] },
    recent: earlierSets(learners, random),
    seed: 1,
    mixItUp: true,
    size: 4,
    groupCount: null,
    targetLabel: null,
  };
  let groups = 0;
  let reached = 0;
  const ms = bestOf(runs, () => {
    const proposal = proposeGroups(input);
    groups = proposal.groups.length;
    reached = proposal.objective;
  });
  // the same objective, weights and rules, on seeded random splits: the best of 20
  const objective = buildObjective(learners, resolveRules(learners, input.rules).index, recentPairWeights(input.recent), { ...mixedWeights, repeats: mixedWeights.repeats * 4 });
  const sizes = evenSizes(size, groupCountFor(size, 4));
  const baseline = seededRandom(99);
  let bestRandom = Number.POSITIVE_INFINITY;
  let meanRandom = 0;
  for (let k = 0; k < 20; k++) {
    const value = objectiveValue(objective, randomSplit(learners.map((_, i) => i), sizes, baseline));
    bestRandom = Math.min(bestRandom, value);
    meanRandom += value / 20;
  }
  report(label, { learners: size, groups, propose_ms: ms, objective: reached.toFixed(2), random_split_best_of_20: bestRandom.toFixed(2), random_split_mean: meanRandom.toFixed(2) });
}

async function measureClass(): Promise<void> {
  await withTempDir(async (dir) => {
    const gradebook = await openGradebook(join(dir, 'bench.proficio'));
    const [classId = ''] = generateDemoGradebook(gradebook.writer, { seed: 9, classes: 1, learners: 30, standards: 40, evidence: 3_000 }).classIds;
    const standardId = String(gradebook.reader.prepare('SELECT standard_id FROM class_standards WHERE class_id = ? LIMIT 1').pluck().get(classId));
    const readinessMs = bestOf(5, () => void proposeForClass(gradebook.reader, { classId, strategy: 'readiness', standardId, size: 6 }));
    const balancedMs = bestOf(5, () => void proposeForClass(gradebook.reader, { classId, strategy: 'balanced', size: 4, mixItUp: true }));
    const scan = gradebook.reader.prepare('SELECT learner_id, standard_id, level FROM mastery_levels WHERE class_id = ?');
    const rawMs = bestOf(5, () => void scan.all(classId));
    gradebook.close();
    report('groups: demo class of 30, end to end', { readiness_ms: readinessMs, balanced_ms: balancedMs, raw_scan_ms: rawMs, ratio: balancedMs / rawMs });
  });
}

export async function runGroupsBenchmarks(): Promise<void> {
  measureDomain('groups: balanced, class of 30', 30, 20);
  measureDomain('groups: balanced, grade of 300', 300, 5);
  await measureClass();
}
