import type { Scale } from '../../../preload/contract/index.js';

/** Relative luminance of a #rrggbb colour (WCAG 2), or null for anything else. */
export function luminance(hex: string): number | null {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = Number.parseInt(match[1]!, 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** Black or white text on a level's colour, whichever reads better (WCAG contrast ratio). */
export function inkOn(hex: string): '#ffffff' | '#111111' {
  const l = luminance(hex);
  if (l === null) return '#111111';
  const onWhite = 1.05 / (l + 0.05);
  const onBlack = (l + 0.05) / 0.05;
  return onWhite >= onBlack ? '#ffffff' : '#111111';
}

/**
 * How many level colours the grid can hold, across all its scales (CSS has classes up to here); a
 * level past it reuses the last colour.
 */
export const colouredLevels = 16;

/**
 * CSS custom properties for the scale's colours, set once on the grid (a grid of several scales puts
 * each scale's colours after the previous one's, from `offset`): each cell then only carries a
 * class naming its level, so no cell needs a style of its own. A colour that is not #rrggbb (the scale
 * is data from an import) falls back to the neutral border colour rather than breaking the page.
 */
export function levelColourProperties(scale: Scale, offset = 0): Record<string, string> {
  const properties: Record<string, string> = {};
  scale.levels.slice(0, Math.max(0, colouredLevels - offset)).forEach((level, index) => {
    const valid = luminance(level.colour) !== null;
    properties[`--level-${offset + index}`] = valid ? level.colour : 'var(--border-strong)';
    properties[`--level-${offset + index}-ink`] = valid ? inkOn(level.colour) : 'var(--text)';
  });
  return properties;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21), or null if either is not one. */
export function contrastRatio(a: string, b: string): number | null {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * CSS `color-mix(in srgb, a weight, b)` for two #rrggbb colours: the grid tints its chips this way,
 * so a check of a chip's contrast must mix the same way.
 */
export function mixColours(a: string, weight: number, b: string): string | null {
  if (luminance(a) === null || luminance(b) === null) return null;
  const channels = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.trim().slice(at, at + 2), 16));
  const [ca, cb] = [channels(a), channels(b)];
  return `#${ca.map((value, index) => Math.round(value * weight + (cb[index] ?? 0) * (1 - weight)).toString(16).padStart(2, '0')).join('')}`;
}
