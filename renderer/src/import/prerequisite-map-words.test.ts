import { describe, expect, it } from 'vitest';
import type { PrerequisiteMapResult } from '../../../preload/contract/index.js';
import { linksToAddText, mapVerdict } from './prerequisite-map-words.js';

function result(added: number, errors: number): PrerequisiteMapResult {
  return { fileName: 'map.csv', frameworkTitle: 'CCSS Math', added, unchanged: 0, issues: [], issueTotals: { errors, warnings: 0 }, canCommit: errors === 0 };
}

describe('prerequisite map preview words', () => {
  it('counts the links an importable map adds', () => {
    expect(linksToAddText(result(3, 0))).toBe('3 new links');
    expect(mapVerdict(result(3, 0)).tone).toBe('ok');
  });

  it('never promises links from a refused map, and says why', () => {
    expect(linksToAddText(result(5, 2))).toBe('None yet: 5 rows match, but the problems below must be fixed first');
    expect(linksToAddText(result(0, 1))).toBe('None: no row can be used yet');
    expect(mapVerdict(result(5, 2))).toMatchObject({ tone: 'blocked' });
  });
});
