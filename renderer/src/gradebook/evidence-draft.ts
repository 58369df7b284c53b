import type { EvidenceKind, EvidenceSource, RequestOf, Scale } from '../../../preload/contract/index.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { sourceLabels } from './evidence-words.js';
import { formatLevel, isOnScale, parseLevel } from './level-scale.js';
import { formatCount } from '../format/numbers.js';

/**
 * One piece of evidence as the history panel's "Add evidence" form holds it while the teacher fills it
 * in: every field as text or a choice, so that nothing is decided until Save. `level` is '' until a
 * level is chosen (a default level would change mastery without anyone choosing it), `noLevel` for an
 * observation that is not scored, else the level's value as text.
 */
export type EvidenceDraft = {
  level: string;
  observedOn: string;
  /** The teacher ticked "this date is in the future"; reset whenever the date changes. */
  confirmFuture: boolean;
  kind: EvidenceKind;
  /** '' when not said. */
  modality: string;
  source: EvidenceSource;
  /** Where the learning happened; required when the source is not the class. */
  sourceDescription: string;
  feedback: string;
  noFeedbackNeeded: boolean;
};

export type DraftField = 'level' | 'observedOn' | 'confirmFuture' | 'sourceDescription' | 'feedback';

export type CellRef = { classId: string; learnerId: string; standardId: string };

export type DraftCheck = { ok: true; request: RequestOf<'evidence:record'> } | { ok: false; field: DraftField; message: string };

export const noLevel = 'none';

/** Limits of the contract, said in the form before anything is sent. */
const maxDescription = 500;
const maxFeedback = 4000;

/**
 * main's own sentence, so the teacher reads the same words whether the form or the gradebook catches it.
 * (main/mastery/record-evidence.ts)
 */
export const descriptionRequired = 'Evidence from outside the classroom needs a short description of where the learning happened.';

export function newEvidenceDraft(today: string): EvidenceDraft {
  return {
    level: '',
    observedOn: today,
    confirmFuture: false,
    kind: 'for',
    modality: '',
    source: 'class',
    sourceDescription: '',
    feedback: '',
    noFeedbackNeeded: false,
  };
}

export type LevelOption = { value: string; text: string };

/**
 * The levels a teacher can choose on this scale, lowest first: each level with its label, and when the
 * scale allows half steps, the half steps between neighbours ("2.5 — between Developing and Proficient").
 */
export function levelOptions(scale: Scale): LevelOption[] {
  const ordered = [...scale.levels].sort((a, b) => a.value - b.value);
  const options: LevelOption[] = [];
  ordered.forEach((level, index) => {
    const below = ordered[index - 1];
    if (scale.halfSteps && below) {
      // every half step strictly between the two levels (a 0, 2, 3 scale has 0.5, 1 and 1.5 between 0 and 2)
      for (let half = Math.floor(below.value * 2 + 1) / 2; half < level.value; half += 0.5) {
        if (isOnScale(half, scale)) options.push({ value: String(half), text: `${half} — between ${below.label} and ${level.label}` });
      }
    }
    options.push({ value: String(level.value), text: `${level.value} ${level.label}` });
  });
  return options;
}

/** The chosen level: a number on the scale, null for "no level", or why the choice cannot be sent. */
export function draftLevel(draft: Pick<EvidenceDraft, 'level'>, scale: Scale): { ok: true; level: number | null } | { ok: false; message: string } {
  if (draft.level === '') return { ok: false, message: 'Choose a level, or “No level” for an observation that is not scored.' };
  if (draft.level === noLevel) return { ok: true, level: null };
  const parsed = parseLevel(draft.level, scale);
  // parseLevel reads a blank as "no level"; here a blank is impossible (handled above), so null means a bad value
  if (!parsed.ok) return parsed;
  return parsed.level === null ? { ok: false, message: 'Choose a level.' } : parsed;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A date after today needs the teacher's confirmation (main refuses it otherwise). */
export function isFutureDate(observedOn: string, today: string): boolean {
  return isoDate.test(observedOn) && observedOn > today;
}

/**
 * Checks the draft the way main will, and builds the `evidence:record` request from it. The first
 * problem wins and names its field, so the form can say it and put the cursor there.
 */
export function checkEvidenceDraft(draft: EvidenceDraft, scale: Scale, today: string, cell: CellRef): DraftCheck {
  const level = draftLevel(draft, scale);
  if (!level.ok) return { ok: false, field: 'level', message: level.message };
  if (!isoDate.test(draft.observedOn)) return { ok: false, field: 'observedOn', message: 'Give the date the learning was observed.' };
  const future = isFutureDate(draft.observedOn, today);
  if (future && !draft.confirmFuture) {
    return {
      ok: false,
      field: 'confirmFuture',
      message: `The date ${formatIsoDate(draft.observedOn)} is in the future (today is ${formatIsoDate(today)}). Check the date, or tick “Yes, this date is in the future”.`,
    };
  }
  const outside = draft.source !== 'class';
  const description = draft.sourceDescription.trim();
  if (outside && description === '') return { ok: false, field: 'sourceDescription', message: descriptionRequired };
  if (outside && description.length > maxDescription) {
    return { ok: false, field: 'sourceDescription', message: `Keep the description to ${formatCount(maxDescription)} characters (it has ${formatCount(description.length)}).` };
  }
  const feedback = draft.noFeedbackNeeded ? '' : draft.feedback.trim();
  if (feedback.length > maxFeedback) return { ok: false, field: 'feedback', message: `Keep the feedback to ${formatCount(maxFeedback)} characters (it has ${formatCount(feedback.length)}).` };

  return {
    ok: true,
    request: {
      ...cell,
      level: level.level,
      observedOn: draft.observedOn,
      kind: draft.kind,
      ...(draft.modality ? { modality: draft.modality } : {}),
      source: draft.source,
      ...(outside ? { sourceDescription: description } : {}),
      ...feedbackFields(draft, feedback, today),
      ...(future ? { confirmFutureDate: true } : {}),
    },
  };
}

function feedbackFields(draft: EvidenceDraft, feedback: string, today: string): Partial<RequestOf<'evidence:record'>> {
  if (draft.noFeedbackNeeded) return { feedbackStatus: 'not_needed' };
  if (feedback === '') return {};
  // feedback is given now; main refuses feedback dated before the evidence, so future evidence gets its own date
  return { feedback, feedbackOn: draft.observedOn > today ? draft.observedOn : today, feedbackStatus: 'given' };
}

/** The field a refusal from main is about, read from its details, so the form can put the cursor there. */
export function refusedField(details: Record<string, unknown>): DraftField | null {
  if (details['field'] === 'observedOn') return 'observedOn';
  if ('feedbackOn' in details) return 'observedOn';
  if ('source' in details) return 'sourceDescription';
  if ('level' in details) return 'level';
  return null;
}

/** What Undo calls the recorded evidence, like a typed entry: "4 (Community) for Ana Li on 5.NBT.A.1". */
export function recordedLabel(request: Pick<RequestOf<'evidence:record'>, 'level' | 'source'>, learner: string, code: string): string {
  const what = request.level === null ? 'an observation' : formatLevel(request.level);
  const where = request.source && request.source !== 'class' ? ` (${sourceLabels[request.source]})` : '';
  return `${what}${where} for ${learner} on ${code}`;
}
