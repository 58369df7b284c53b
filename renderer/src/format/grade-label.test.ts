import { describe, expect, it } from 'vitest';
import { gradeLabel } from './grade-label.js';

describe('gradeLabel', () => {
  it('says a grade as people do, whatever code the file used', () => {
    expect(['05', '5', ' 5 '].map(gradeLabel)).toEqual(['Grade 5', 'Grade 5', 'Grade 5']);
    expect(['K', 'KG', 'kg'].map(gradeLabel)).toEqual(['Kindergarten', 'Kindergarten', 'Kindergarten']);
    expect(gradeLabel('PK')).toBe('Pre-kindergarten');
    expect(gradeLabel('12')).toBe('Grade 12');
    expect(gradeLabel('UG')).toBe('Grade UG');
  });
});
