import { insertGroupSet } from '../../db/group-sets.js';
import type { GradebookWriter } from '../../db/handle.js';
import type { GroupProposal } from '../../preload/contract/groups.js';
import { loadClassView, type ClassView } from '../groups/class-standing.js';
import { proposeForClass } from '../groups/propose.js';
import { instantOf, isoFromDay, isWeekend } from './calendar.js';
import type { DemoFrame } from './frame.js';
import type { DemoContext } from './world.js';

/**
 * Two saved group sets per class in the demo's last week, made by the app's own strategies: readiness
 * groups for a standard, then mixed groups of four. Measured on the levels as they stand (the stored
 * ones: computing each past day's grid again would make every demo noticeably slower to write).
 */
export function writeDemoGroupSets(writer: GradebookWriter, context: DemoContext, frame: DemoFrame): void {
  const days = schoolDaysBefore(context.clock.lastDay, [5, 1]);
  frame.classes.forEach((schoolClass, classIndex) => {
    const view = loadClassView(writer, schoolClass.id);
    days.forEach((day, k) => {
      const asOf = isoFromDay(day);
      const seed = 100 * (classIndex + 1) + k;
      const proposal =
        k === 1
          ? proposeForClass(writer, { classId: schoolClass.id, strategy: 'balanced', size: 4, seed }, view)
          : proposeForClass(writer, { classId: schoolClass.id, strategy: 'readiness', standardId: mostMixedStandard(view), size: 6, seed }, view);
      const at = instantOf(day, 8 * 60 + 10 * classIndex);
      insertGroupSet(
        writer,
        {
          id: context.makeId(at.ms),
          classId: schoolClass.id,
          formedOn: asOf,
          purpose: k === 1 ? 'Mixed groups for the project' : `Small groups for ${proposal.target?.code ?? 'the target'}`,
          strategy: proposal.strategy,
          targetStandardId: proposal.target?.standardId ?? null,
          theme: k === 1 ? 'Class project' : null,
          notes: null,
          seed,
          groups: groupsOf(proposal, context, at.ms),
        },
        at.iso,
      );
    });
  });
}

function groupsOf(proposal: GroupProposal, context: DemoContext, ms: number) {
  const standing = new Map(proposal.learners.map((l) => [l.learnerId, l]));
  return proposal.groups.map((g, i) => ({
    groupId: context.makeId(ms + i + 1),
    name: g.name,
    adult: proposal.strategy === 'readiness' && i === 0 ? 'Teacher' : null,
    space: `table ${i + 1}`,
    task: null,
    members: g.learnerIds.map((id) => {
      const l = standing.get(id);
      return { learnerId: id, savedReadiness: l?.readiness ?? null, savedLevel: l?.level ?? null, savedBand: l?.band ?? null };
    }),
  }));
}

/** The tracked standard whose learners are spread over the most readiness states (then the most ready). */
function mostMixedStandard({ readiness }: ClassView): string {
  const ranked = readiness.standards
    .map((s, i) => ({ id: s.standardId, states: new Set(readiness.learners.map((l) => l.states[i])).size, ready: readiness.learners.filter((l) => l.states[i] === 'ready').length }))
    .sort((a, b) => b.states - a.states || b.ready - a.ready);
  return ranked[0]?.id ?? '';
}

/** School days counting back from `last` (weekends skipped), oldest first. */
function schoolDaysBefore(last: number, offsets: readonly number[]): number[] {
  const school: number[] = [];
  for (let day = last; school.length <= Math.max(...offsets); day--) if (!isWeekend(day)) school.push(day);
  return offsets.map((o) => school[o] ?? last).sort((a, b) => a - b);
}
