import { describe, expect, it } from 'vitest';
import { proficiencyScale as scale } from './sample-scale.test-data.js';
import { levelText, preciseLevel, scaleStep } from './level-display.js';

describe('levels as the scale shows them', () => {
  it('shows the scale level reached, never one not yet reached', () => {
    expect(levelText(2.57, scale, 'scale')).toBe('2');
    expect(levelText(2.999, scale, 'scale')).toBe('2');
    expect(levelText(3, scale, 'scale')).toBe('3');
    expect(levelText(3.95, scale, 'scale')).toBe('3');
    expect(levelText(null, scale, 'scale')).toBe('');
  });

  it('uses the half steps of a scale that has them', () => {
    const halves = { ...scale, halfSteps: true };
    expect(scaleStep(2.57, halves)).toBe(2.5);
    expect(scaleStep(2.49, halves)).toBe(2);
    expect(scaleStep(4, halves)).toBe(4);
    expect(levelText(3.7, halves, 'scale')).toBe('3.5');
  });

  it('shows decimals when the teacher asks for them', () => {
    expect(levelText(2.57, scale, 'decimals')).toBe('2.57');
    expect(levelText(3, scale, 'decimals')).toBe('3');
  });

  it('gives the precise value on hover only when the cell shows less than it', () => {
    expect(preciseLevel(2.57, scale, 'scale')).toBe('2.57 Developing');
    expect(preciseLevel(3, scale, 'scale')).toBeNull();
    expect(preciseLevel(2.57, scale, 'decimals')).toBe('2.57 Developing');
    expect(preciseLevel(null, scale, 'scale')).toBeNull();
  });
});
