import type { Scale } from '../../../preload/contract/index.js';

export type LevelParse = { ok: true; level: number | null } | { ok: false; message: string };

/**
 * A level as the teacher typed it: a number on the scale (or a half step when the scale allows it),
 * or a level's short label or full label in any case ("p", "Proficient"). Blank means "no level".
 * The message repeats what main would say, so a typo is caught before anything is sent.
 */
export function parseLevel(text: string, scale: Scale): LevelParse {
  const typed = text.trim();
  if (typed === '') return { ok: true, level: null };
  const byLabel = scale.levels.find(
    (level) => level.shortLabel.toLowerCase() === typed.toLowerCase() || level.label.toLowerCase() === typed.toLowerCase(),
  );
  if (byLabel) return { ok: true, level: byLabel.value };
  // a comma is how half the world writes 2,5
  const numeric = typed.replace(',', '.');
  if (/^\d+(\.\d+)?$/.test(numeric)) {
    const value = Number(numeric);
    if (isOnScale(value, scale)) return { ok: true, level: value };
  }
  return { ok: false, message: `"${typed}" is not a level on the ${scale.title} scale; ${allowedLevels(scale)}.` };
}

export function isOnScale(value: number, scale: Scale): boolean {
  if (scale.levels.some((level) => level.value === value)) return true;
  const { min, max } = scaleRange(scale);
  return scale.halfSteps && Number.isInteger(value * 2) && value >= min && value <= max;
}

export function allowedLevels(scale: Scale): string {
  const values = scale.levels.map((level) => level.value).join(', ');
  const labels = scale.levels.map((level) => level.shortLabel).join(', ');
  return `use ${values}${scale.halfSteps ? ' or a half step between them' : ''} (or ${labels})`;
}

export function scaleRange(scale: Scale): { min: number; max: number } {
  const values = scale.levels.map((level) => level.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** At most two decimals and no trailing zeros: 3, 2.5, 3.48. */
export function formatLevel(level: number | null): string {
  if (level === null) return '';
  return String(Number(level.toFixed(2)));
}

/**
 * The scale level a computed value falls in: the highest level at or below it (2.7 on a 1–4 scale is
 * "Developing"), so the cell can wear that level's colour and the description can say its name.
 */
export function levelBand(level: number, scale: Scale): number {
  const ordered = scale.levels.map((l, index) => ({ value: l.value, index })).sort((a, b) => a.value - b.value);
  let band = ordered[0]?.index ?? 0;
  for (const entry of ordered) if (entry.value <= level + 1e-9) band = entry.index;
  return band;
}

/** "3.48 Proficient" — the words a screen reader and a tooltip use for a level. */
export function describeLevel(level: number | null, scale: Scale): string {
  if (level === null) return 'no level yet';
  const band = scale.levels[levelBand(level, scale)];
  return band ? `${formatLevel(level)} ${band.label}` : formatLevel(level);
}
