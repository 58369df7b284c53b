import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from './hash-route.js';

describe('hash routes', () => {
  it('reads the view, the class and the item', () => {
    expect(parseRoute('#/groups/abc')).toEqual({ view: 'groups', classId: 'abc', itemId: null });
    expect(parseRoute('#/standards')).toEqual({ view: 'standards', classId: null, itemId: null });
    expect(parseRoute('#/learners/abc/learner-7')).toEqual({ view: 'learners', classId: 'abc', itemId: 'learner-7' });
    expect(parseRoute('#/paths/abc/')).toEqual({ view: 'paths', classId: 'abc', itemId: null });
  });

  it('falls back to the learners view for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual({ view: 'learners', classId: null, itemId: null });
    expect(parseRoute('#/nowhere/abc')).toEqual({ view: 'learners', classId: 'abc', itemId: null });
  });

  it('keeps no item without a class: an item belongs to a class', () => {
    expect(parseRoute('#/learners//learner-7')).toEqual({ view: 'learners', classId: null, itemId: null });
    expect(formatRoute({ view: 'learners', classId: null, itemId: 'learner-7' })).toBe('#/learners');
  });

  it('round-trips ids with characters that need escaping', () => {
    const routes: Route[] = [
      { view: 'learners', classId: 'a/b %c', itemId: null },
      { view: 'groups', classId: 'a/b', itemId: 'set #1/2 ?x=%' },
      { view: 'paths', classId: 'ünï cødé', itemId: '💡' },
    ];
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
    expect(formatRoute({ view: 'groups', classId: 'a/b', itemId: 'c/d' })).toBe('#/groups/a%2Fb/c%2Fd');
  });

  it('takes a malformed escape as the text it is, never throwing', () => {
    expect(parseRoute('#/learners/100%')).toEqual({ view: 'learners', classId: '100%', itemId: null });
    expect(parseRoute('#/learners/%E0%A4%A/%ZZ')).toEqual({ view: 'learners', classId: '%E0%A4%A', itemId: '%ZZ' });
    expect(parseRoute('#/gradebook/a/b/c/d')).toEqual({ view: 'gradebook', classId: 'a', itemId: 'b' });
  });
});
