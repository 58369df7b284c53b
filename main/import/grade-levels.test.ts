import { describe, expect, it } from 'vitest';
import { normalizeGradeLevels } from './grade-levels.js';
import { stableId } from './stable-id.js';

describe('normalizeGradeLevels', () => {
  it.each([
    ['K', ['KG']],
    ['9', ['09']],
    ['09,10', ['09', '10']],
    ['09.10', ['09', '10']],
    ['K-2', ['KG', '01', '02']],
    ['Grade 5', ['05']],
    ['HS', ['09', '10', '11', '12']],
    ['12, 11', ['11', '12']],
  ])('%s → %j', (raw, levels) => expect(normalizeGradeLevels(raw).levels).toEqual(levels));

  it('keeps what it does not know, upper-cased, and says so', () => {
    expect(normalizeGradeLevels(['KG', 'adult'])).toEqual({ levels: ['KG', 'ADULT'], unrecognized: ['adult'] });
  });
});

describe('stableId', () => {
  it('is UUID-shaped, stable, and separates its parts', () => {
    expect(stableId('n', 'a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableId('n', 'a')).toBe(stableId('n', 'a'));
    expect(stableId('n', 'ab', 'c')).not.toBe(stableId('n', 'a', 'bc'));
  });
});
