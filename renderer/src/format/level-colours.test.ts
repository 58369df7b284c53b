import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn, levelColourProperties, luminance, mixColours } from './level-colours.js';

describe('level colours', () => {
  it('picks the text colour with the better contrast', () => {
    expect(inkOn('#2C72A3')).toBe('#ffffff');
    expect(inkOn('#5D1B16')).toBe('#ffffff');
    expect(inkOn('#F5D76E')).toBe('#111111');
    expect(luminance('red')).toBeNull();
  });

  it('turns a scale into custom properties, tolerating a bad colour', () => {
    const level = (value: number, colour: string) => ({ value, label: String(value), shortLabel: String(value), colour, description: '' });
    const properties = levelColourProperties({
      id: 's',
      title: 'S',
      purpose: 'academic',
      masteryThreshold: 2,
      halfSteps: false,
      levels: [level(1, '#ffffff'), level(2, 'teal')],
    });
    expect(properties).toEqual({
      '--level-0': '#ffffff',
      '--level-0-ink': '#111111',
      '--level-1': 'var(--border-strong)',
      '--level-1-ink': 'var(--text)',
    });
  });

  it('places a second scale’s colours after the first’s', () => {
    const level = (value: number) => ({ value, label: String(value), shortLabel: String(value), colour: '#2C72A3', description: '' });
    const properties = levelColourProperties({ id: 's', title: 'S', purpose: 'academic', masteryThreshold: 2, halfSteps: false, levels: [level(1), level(2)] }, 4);
    expect(Object.keys(properties)).toEqual(['--level-4', '--level-4-ink', '--level-5', '--level-5-ink']);
  });

  it('measures contrast as WCAG does and mixes colours as CSS color-mix does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#2C72A3', '#ffffff')).toBeCloseTo(5.19, 2);
    expect(contrastRatio('teal', '#ffffff')).toBeNull();
    expect(mixColours('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(mixColours('#2C72A3', 1, '#ffffff')).toBe('#2c72a3');
    expect(mixColours('#ff0000', 0.13, '#ffffff')).toBe('#ffdede');
    expect(mixColours('red', 0.5, '#ffffff')).toBeNull();
  });
});
