import type { ReportLevel } from '../../../preload/contract/reports.js';
import { colouredLevels, inkOn, luminance } from '../format/level-colours.js';

/**
 * The CSS properties that colour the report's levels (`--level-<i>` and its ink), set once on the
 * section through the CSSOM so each heatmap cell carries only a class (ui/level-chip.css's `lvl-<i>`).
 * A colour that is not #rrggbb (scales are data from imports) falls back to the border colour.
 */
export function reportLevelProperties(levels: readonly ReportLevel[]): Record<string, string> {
  const properties: Record<string, string> = {};
  levels.slice(0, colouredLevels).forEach((level, index) => {
    const valid = luminance(level.colour) !== null;
    properties[`--level-${index}`] = valid ? level.colour : 'var(--border-strong)';
    properties[`--level-${index}-ink`] = valid ? inkOn(level.colour) : 'var(--text)';
  });
  return properties;
}

/** The index of a reached level among the scale's levels (its colour band), or null for no level. */
export function bandOf(levels: readonly ReportLevel[], value: number | null): number | null {
  if (value === null) return null;
  const index = levels.findIndex((level) => level.value === value);
  if (index >= 0) return Math.min(index, colouredLevels - 1);
  // a value between levels (should not happen: the report gives levels reached) takes the one below it
  const below = levels.filter((level) => level.value <= value).length - 1;
  return below < 0 ? null : Math.min(below, colouredLevels - 1);
}
