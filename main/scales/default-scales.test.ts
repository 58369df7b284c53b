import { describe, expect, it } from 'vitest';
import { academicScale, learningSkillsScale } from './default-scales.js';

/** WCAG 2 contrast ratio of a colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (offset: number): number => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe('default scales', () => {
  it.each([academicScale, learningSkillsScale])('$title: four levels 1–4, threshold 3, readable colours', (scale) => {
    expect(scale.levels.map((level) => level.value)).toEqual([1, 2, 3, 4]);
    expect(scale.masteryThreshold).toBe(3);
    expect(new Set(scale.levels.map((level) => level.colour)).size).toBe(4);
    for (const level of scale.levels) {
      expect(contrastOnWhite(level.colour), `${level.label} ${level.colour}`).toBeGreaterThanOrEqual(4.5);
      expect(level.description).toMatch(/^[A-Z].+\.$/);
    }
  });
});
