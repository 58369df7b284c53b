import { describe, expect, it } from 'vitest';
import { concernsClass, touches } from './gradebook-changes.js';

describe('gradebook changes', () => {
  it('concern a class when they name it, or name no class at all', () => {
    expect(concernsClass({ channel: 'evidence:record', aggregates: ['evidence'], classIds: ['a', 'b'] }, 'b')).toBe(true);
    expect(concernsClass({ channel: 'evidence:record', aggregates: ['evidence'], classIds: ['a'] }, 'b')).toBe(false);
    expect(concernsClass({ channel: 'evidence:record', aggregates: ['scales'], classIds: null }, 'b')).toBe(true);
    expect(concernsClass({ channel: 'evidence:record', aggregates: ['scales'], classIds: [] }, 'b')).toBe(false);
  });

  it('touch the aggregates they list', () => {
    expect(touches({ channel: 'evidence:record', aggregates: ['frameworks', 'standards'], classIds: null }, ['standards'])).toBe(true);
    expect(touches({ channel: 'evidence:record', aggregates: ['evidence'], classIds: null }, ['classes', 'learners'])).toBe(false);
  });
});
