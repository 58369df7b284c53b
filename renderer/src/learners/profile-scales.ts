import type { Scale } from '../../../preload/contract/index.js';
import { colouredLevels, levelColourProperties } from '../format/level-colours.js';
import { levelIndex } from './standing-groups.js';

/** The profile's scales laid one after another in the level palette, so one set of CSS properties colours every chip. */
export type ProfileScales = { properties: Record<string, string>; byId: Map<string, { scale: Scale; offset: number }> };

export function profileScales(scales: readonly Scale[]): ProfileScales {
  const byId = new Map<string, { scale: Scale; offset: number }>();
  let offset = 0;
  for (const scale of scales) {
    byId.set(scale.id, { scale, offset });
    offset += scale.levels.length;
  }
  const properties = Object.assign({}, ...[...byId.values()].map((entry) => levelColourProperties(entry.scale, entry.offset))) as Record<string, string>;
  return { properties, byId };
}

/** The palette index of a level (for `Chip`'s band), or null without a level or scale. */
export function paletteBand(scales: ProfileScales, scaleId: string, level: number | null): number | null {
  const entry = scales.byId.get(scaleId);
  if (level === null || !entry) return null;
  return Math.min(entry.offset + levelIndex(level, entry.scale), colouredLevels - 1);
}
