import { describe, expect, it } from 'vitest';
import { classInAddress } from './class-in-address.js';

const known = '0f6c3c1e-3b7a-4f0e-9a51-0d3c4b5a6e7f';
const missing = '00000000-0000-4000-8000-000000000000';
const classes = [{ id: known }];

describe('the class named in the address', () => {
  it('a malformed id is an unknown class, as a well-formed one the gradebook lacks is', () => {
    expect(classInAddress('gradebook', 'not-an-id', true, classes)).toBe('unknown');
    expect(classInAddress('gradebook', missing, true, classes)).toBe('unknown');
    expect(classInAddress('learners', 'not-an-id', true, classes)).toBe('unknown');
    expect(classInAddress('paths', missing, true, classes)).toBe('unknown');
    expect(classInAddress('paths', known, true, classes)).toBe('known');
    expect(classInAddress('gradebook', known, true, classes)).toBe('known');
    // the class report is about one class, like the gradebook
    expect(classInAddress('reports', missing, true, classes)).toBe('unknown');
  });

  it('while the class list is on its way, only a well-formed id goes on to the section', () => {
    expect(classInAddress('gradebook', known, false, [])).toBe('known');
    expect(classInAddress('gradebook', 'not-an-id', false, [])).toBe('checking');
    expect(classInAddress('gradebook', '%E0%A4%A', false, [])).toBe('checking');
  });

  it('no class, or a section that is not about one class, is none', () => {
    expect(classInAddress('gradebook', null, true, classes)).toBe('none');
    expect(classInAddress('standards', 'not-an-id', true, classes)).toBe('none');
  });
});
