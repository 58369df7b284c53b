import type { ReadinessState } from '../../../preload/contract/vocabulary.js';

/** What the board needs to know of a step to say which one a learner is on and which comes after. */
export type StepAt = { status: 'not_started' | 'working' | 'evidence_submitted' | 'skipped' | 'mastered'; readiness: ReadinessState; suggested: boolean };

const open = (step: StepAt): boolean => step.status !== 'mastered' && step.status !== 'skipped';

/**
 * A learner's current and next step, by position on their path. Current: the first open step they are
 * already at (said "working" or "evidence submitted", or with evidence under way), else the step the
 * path suggests. Next: the open step that follows it on the path, ready or not (the board shows how
 * ready), else the first open one before it; with no current step, the first open step. Pure; null
 * where there is none.
 */
export function currentAndNext(steps: readonly StepAt[]): { current: number | null; next: number | null } {
  let current = steps.findIndex((step) => open(step) && (step.status === 'working' || step.status === 'evidence_submitted' || step.readiness === 'in_progress'));
  if (current < 0) current = steps.findIndex((step) => step.suggested);
  const others = steps.map((step, index) => ({ step, index })).filter(({ step, index }) => index !== current && open(step));
  const after = others.find(({ index }) => index > current) ?? others[0];
  return { current: current < 0 ? null : current, next: after?.index ?? null };
}
