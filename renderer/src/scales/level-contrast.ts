import { contrastRatio, inkOn, mixColours } from '../format/level-colours.js';

/** WCAG AA for normal text: below it, a chip's number is hard to read for many people. */
export const minimumContrast = 4.5;

// the light theme's surface and text (tokens.css): the chips are checked where most teachers see them
const surface = '#ffffff';
const text = '#1b2430';

/** How readable a level's chips are: the full colour (a mastered level) and the tint (any other). */
export type LevelContrast = { solid: number; tint: number };

/**
 * The contrast of the two chips grid.css draws for a level: a mastered level on its full colour with
 * the better of white or black text, any other level as a 13 % tint with the colour mixed into the text.
 * Null for a colour that is not #rrggbb.
 */
export function levelContrast(colour: string): LevelContrast | null {
  const solid = contrastRatio(colour, inkOn(colour));
  const tintBackground = mixColours(colour, 0.13, surface);
  const tintText = mixColours(colour, 0.78, text);
  const tint = tintBackground && tintText ? contrastRatio(tintText, tintBackground) : null;
  return solid === null || tint === null ? null : { solid, tint };
}

const ratio = (value: number) => `${(Math.floor(value * 10) / 10).toFixed(1)}:1`;

/**
 * A warning (never a refusal) when a level's chip falls below 4.5:1, or null when it reads well. A
 * level at or above the mastery threshold is only ever drawn on its full colour, one below it only as
 * the tint (levels band downwards: 2.9 is in level 2's band), so only the chip it is drawn as counts.
 */
export function contrastWarning(name: string, colour: string, mastered: boolean): string | null {
  const contrast = levelContrast(colour);
  if (!contrast) return null;
  const value = mastered ? contrast.solid : contrast.tint;
  if (value >= minimumContrast) return null;
  return `${name}: the text on its ${mastered ? 'mastered' : 'pale'} chip reaches only ${ratio(value)}; ${ratio(minimumContrast)} is the minimum for easy reading.`;
}
