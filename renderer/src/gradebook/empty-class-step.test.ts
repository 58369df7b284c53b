import { describe, expect, it } from 'vitest';
import { emptyClassStep } from './empty-class-step.js';

describe('the next step for a class the grid cannot show', () => {
  it('asks for learners first, then standards: imported when the gradebook has none, else chosen', () => {
    expect(emptyClassStep(false, 0)).toBe('import-roster');
    expect(emptyClassStep(true, 0)).toBe('import-standards');
    expect(emptyClassStep(true, 2)).toBe('choose-standards');
    expect(emptyClassStep(true, null)).toBe('choose-standards');
  });
});
