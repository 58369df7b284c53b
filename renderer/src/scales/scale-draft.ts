import type { LevelUse, RequestOf, Scale } from '../../../preload/contract/index.js';
import { plural } from '../format/plural.js';

/**
 * One row of the levels table, as typed: the value stays text so a half-typed number is not lost.
 * `savedValue` is the value the level has in the gradebook (null for a row added in this form): evidence
 * recorded at it holds the level in place.
 */
export type LevelDraft = { key: string; value: string; label: string; shortLabel: string; colour: string; description: string; savedValue: number | null };

/** The scale being edited (id null: a new scale). */
export type ScaleDraft = {
  id: string | null;
  title: string;
  purpose: Scale['purpose'];
  /** The mastery threshold: one of the levels' values, as text (the select's value). */
  threshold: string;
  halfSteps: boolean;
  levels: LevelDraft[];
};

export type ScaleRequest = RequestOf<'scales:save'>;

/**
 * Colours a new level starts with: the default scales' own, chosen for contrast on white and to stay
 * apart under colour-blindness simulations; the teacher can change any of them.
 */
const starterColours = ['#5D1B16', '#886B20', '#2C72A3', '#5D1EB6', '#0F6674', '#16176F', '#5C3416', '#77751C', '#7A2E5C', '#2F5D1F'];

let nextKey = 0;
const newKey = () => `level-${++nextKey}`;

/** Numbers as the form shows them: no trailing zeros, a dot for decimals. */
const text = (value: number) => String(value);

export function draftOfScale(scale: Scale): ScaleDraft {
  return {
    id: scale.id,
    title: scale.title,
    purpose: scale.purpose,
    threshold: text(scale.masteryThreshold),
    halfSteps: scale.halfSteps,
    levels: [...scale.levels]
      .sort((a, b) => a.value - b.value)
      .map((level) => ({ key: newKey(), ...level, value: text(level.value), savedValue: level.value })),
  };
}

/** A new scale starts as a plain four-level proficiency scale, mastered at 3. */
export function newScaleDraft(): ScaleDraft {
  const labels = [
    ['Beginning', 'B'],
    ['Developing', 'D'],
    ['Proficient', 'P'],
    ['Extending', 'E'],
  ] as const;
  return {
    id: null,
    title: '',
    purpose: 'academic',
    threshold: '3',
    halfSteps: false,
    levels: labels.map(([label, shortLabel], index) => ({
      key: newKey(),
      value: text(index + 1),
      label,
      shortLabel,
      colour: starterColours[index] ?? '#2C72A3',
      description: '',
      savedValue: null,
    })),
  };
}

/** The level's value as a number, or null while it is not one. */
export function levelValue(level: Pick<LevelDraft, 'value'>): number | null {
  const trimmed = level.value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** A new row after the highest value, in a colour no other level uses yet. */
export function addLevel(draft: ScaleDraft): ScaleDraft {
  const values = draft.levels.map(levelValue).filter((value): value is number => value !== null);
  const next = values.length === 0 ? 1 : Math.floor(Math.max(...values)) + 1;
  const used = new Set(draft.levels.map((level) => level.colour.toUpperCase()));
  const colour = starterColours.find((candidate) => !used.has(candidate)) ?? starterColours[0]!;
  return { ...draft, levels: [...draft.levels, { key: newKey(), value: text(next), label: '', shortLabel: '', colour, description: '', savedValue: null }] };
}

/**
 * Why a level must stay (and keep its value): the evidence recorded at it, in a sentence for the
 * teacher ("12 pieces of evidence use this level"); null when nothing holds it. The gradebook refuses
 * the same at save; saying it on the level spares the teacher the refusal.
 */
export function levelInUseReason(level: Pick<LevelDraft, 'savedValue'>, levelsInUse: readonly LevelUse[]): string | null {
  if (level.savedValue === null) return null;
  const count = levelsInUse.find((use) => use.value === level.savedValue)?.evidenceCount ?? 0;
  return count > 0 ? `${plural(count, 'piece of evidence uses', 'pieces of evidence use')} this level` : null;
}

/** Removes a row, unless evidence uses its level (then the draft is returned unchanged). */
export function removeLevel(draft: ScaleDraft, key: string, levelsInUse: readonly LevelUse[] = []): ScaleDraft {
  const level = draft.levels.find((candidate) => candidate.key === key);
  if (!level || levelInUseReason(level, levelsInUse) !== null) return draft;
  return { ...draft, levels: draft.levels.filter((candidate) => candidate.key !== key) };
}

/** Changes one row; a threshold that named the row's old value follows it to the new one. */
export function updateLevel(draft: ScaleDraft, key: string, patch: Partial<Omit<LevelDraft, 'key'>>): ScaleDraft {
  const before = draft.levels.find((level) => level.key === key);
  if (!before) return draft;
  const after = { ...before, ...patch };
  const oldValue = levelValue(before);
  const newValue = levelValue(after);
  const followed = patch.value !== undefined && oldValue !== null && newValue !== null && oldValue === Number(draft.threshold);
  return {
    ...draft,
    threshold: followed ? text(newValue) : draft.threshold,
    levels: draft.levels.map((level) => (level.key === key ? after : level)),
  };
}

/** The rows in order of value (rows whose value is not a number yet stay at the end, in their order). */
export function sortLevels(draft: ScaleDraft): ScaleDraft {
  const ranked = draft.levels.map((level, index) => ({ level, index, value: levelValue(level) }));
  ranked.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null && b.value === null ? a.index - b.index : a.value === null ? 1 : -1;
    return a.value - b.value || a.index - b.index;
  });
  const levels = ranked.map((entry) => entry.level);
  return levels.every((level, index) => level === draft.levels[index]) ? draft : { ...draft, levels };
}

/** What the threshold select offers: the levels' values, lowest first, each once. */
export function thresholdOptions(draft: ScaleDraft): number[] {
  return [...new Set(draft.levels.map(levelValue).filter((value): value is number => value !== null))].sort((a, b) => a - b);
}

const colourPattern = /^#[0-9a-f]{6}$/i;

/** How the form names a row in a message: "Level 2 (Developing)", or its position while it has no value. */
export function levelName(level: LevelDraft, position: number): string {
  const value = levelValue(level);
  const label = level.label.trim();
  const name = value === null ? `Row ${position + 1}` : `Level ${text(value)}`;
  return label ? `${name} (${label})` : name;
}

/**
 * The draft as the request `scales:save` takes, or every sentence that says what to fix first. The
 * gradebook checks the same and more (a level that evidence uses cannot go), so this is for speed.
 */
export function scaleRequest(draft: ScaleDraft): { ok: true; request: ScaleRequest } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (draft.title.trim() === '') problems.push('Give the scale a name.');
  if (draft.levels.length < 2) problems.push('A scale needs at least two levels.');
  if (draft.levels.length > 10) problems.push('A scale has at most ten levels.');
  const seenValues = new Map<number, number>();
  const seenShort = new Map<string, number>();
  draft.levels.forEach((level, index) => {
    const name = levelName(level, index);
    const value = levelValue(level);
    if (value === null || value < 0 || value > 100) problems.push(`${name}: the value must be a number from 0 to 100.`);
    else seenValues.set(value, (seenValues.get(value) ?? 0) + 1);
    if (level.label.trim() === '') problems.push(`${name} needs a label.`);
    const short = level.shortLabel.trim();
    if (short.length < 1 || short.length > 3) problems.push(`${name}: the short label has 1 to 3 characters.`);
    else seenShort.set(short.toUpperCase(), (seenShort.get(short.toUpperCase()) ?? 0) + 1);
    if (!colourPattern.test(level.colour.trim())) problems.push(`${name}: the colour must look like #2C72A3.`);
    if (level.description.trim().length > 500) problems.push(`${name}: the description has at most 500 characters.`);
  });
  for (const [value, count] of seenValues) if (count > 1) problems.push(`${count} levels have the value ${text(value)}; each value is used once.`);
  // a short label is what a teacher types into the grid: two alike could not be told apart
  for (const [short, count] of seenShort) if (count > 1) problems.push(`${count} levels have the short label “${short}”; each needs its own.`);
  const threshold = Number(draft.threshold);
  if (draft.threshold === '' || !seenValues.has(threshold)) problems.push('Choose which level counts as mastered.');
  if (problems.length > 0) return { ok: false, problems };
  const levels = sortLevels(draft).levels.map((level) => ({
    value: levelValue(level)!,
    label: level.label.trim(),
    shortLabel: level.shortLabel.trim(),
    colour: level.colour.trim().toUpperCase(),
    description: level.description.trim(),
  }));
  return {
    ok: true,
    request: {
      ...(draft.id === null ? {} : { id: draft.id }),
      title: draft.title.trim(),
      purpose: draft.purpose,
      masteryThreshold: threshold,
      halfSteps: draft.halfSteps,
      levels,
    },
  };
}

/** True when saving the draft would change the scale. */
export function draftChanged(draft: ScaleDraft, scale: Scale | null): boolean {
  if (scale === null) return true;
  const parsed = scaleRequest(draft);
  if (!parsed.ok) return true;
  const { request } = parsed;
  const levels = [...scale.levels]
    .sort((a, b) => a.value - b.value)
    .map((level) => ({ value: level.value, label: level.label, shortLabel: level.shortLabel, colour: level.colour.toUpperCase(), description: level.description }));
  return (
    request.title !== scale.title ||
    request.purpose !== scale.purpose ||
    request.masteryThreshold !== scale.masteryThreshold ||
    request.halfSteps !== scale.halfSteps ||
    JSON.stringify(request.levels) !== JSON.stringify(levels)
  );
}

/**
 * True when two drafts hold the same form (the rows' keys aside, and their order as the levels
 * table shows it): leaving the editor asks first only when the teacher's draft has moved from
 * what was opened, so an untouched new scale closes without a question.
 */
export function sameDraft(a: ScaleDraft, b: ScaleDraft): boolean {
  const form = ({ levels, ...rest }: ScaleDraft) => JSON.stringify([rest, levels.map(({ key: _key, ...level }) => level)]);
  return form(a) === form(b);
}
