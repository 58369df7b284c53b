import { describe, expect, it } from 'vitest';
import { exportPercent, isStoppedExport } from './export-progress.js';

describe('an export’s progress as one percent', () => {
  it('runs from 0 through reading (80%) and writing the file to 100, never past it', () => {
    expect(exportPercent(null)).toBe(0);
    expect(exportPercent({ stage: 'reading', done: 0, total: 25 })).toBe(0);
    expect(exportPercent({ stage: 'reading', done: 10, total: 25 })).toBe(32);
    expect(exportPercent({ stage: 'rendering', done: 0, total: 1 })).toBe(80);
    expect(exportPercent({ stage: 'rendering', done: 1, total: 1 })).toBe(100);
    expect(exportPercent({ stage: 'rendering', done: 3, total: 1 })).toBe(100);
    expect(exportPercent({ stage: 'reading', done: 0, total: 0 })).toBe(80);
  });

  it('tells a stop the teacher asked for from a failure', () => {
    expect(isStoppedExport({ code: 'conflict', message: 'Stopped', details: { reason: 'cancelled' } })).toBe(true);
    expect(isStoppedExport({ code: 'conflict', message: 'Busy', details: {} })).toBe(false);
    expect(isStoppedExport({ code: 'internal', message: 'x', details: { reason: 'cancelled' } })).toBe(false);
  });
});
