import { describe, expect, it } from 'vitest';
import { contrastWarning, levelContrast } from './level-contrast.js';

describe('the contrast of a level’s chips', () => {
  it('passes the default scales’ colours', () => {
    for (const colour of ['#5D1B16', '#886B20', '#2C72A3', '#5D1EB6', '#5C3416', '#77751C', '#0F6674', '#16176F']) {
      expect(contrastWarning('Level', colour, false), colour).toBeNull();
      expect(contrastWarning('Level', colour, true), colour).toBeNull();
      expect(levelContrast(colour)!.solid).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('warns about a pale colour on the pale chip of a level below mastery, naming the level and the ratio', () => {
    expect(contrastWarning('Level 2 (Developing)', '#F5D76E', false)).toBe(
      'Level 2 (Developing): the text on its pale chip reaches only 2.0:1; 4.5:1 is the minimum for easy reading.',
    );
    // a mastered level is drawn on its full colour with black text, which reads well
    expect(contrastWarning('Level 4 (Extending)', '#F5D76E', true)).toBeNull();
  });

  it('warns about a mid-grey that suits neither white nor black text', () => {
    expect(levelContrast('#797979')!.solid).toBeLessThan(4.5);
    expect(contrastWarning('Level 3', '#797979', true)).toBe('Level 3: the text on its mastered chip reaches only 4.3:1; 4.5:1 is the minimum for easy reading.');
  });

  it('says nothing about a colour it cannot read', () => {
    expect(levelContrast('teal')).toBeNull();
    expect(contrastWarning('Level 1', '#12', false)).toBeNull();
  });
});
