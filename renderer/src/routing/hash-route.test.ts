import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './hash-route.js';

describe('hash routes', () => {
  it('reads the view and the class', () => {
    expect(parseRoute('#/groups/abc')).toEqual({ view: 'groups', classId: 'abc' });
    expect(parseRoute('#/standards')).toEqual({ view: 'standards', classId: null });
  });

  it('falls back to the learners view for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual({ view: 'learners', classId: null });
    expect(parseRoute('#/nowhere/abc')).toEqual({ view: 'learners', classId: 'abc' });
  });

  it('round-trips ids with characters that need escaping', () => {
    const route = { view: 'learners', classId: 'a/b %c' } as const;
    expect(parseRoute(formatRoute(route))).toEqual(route);
    expect(parseRoute('#/learners/100%')).toEqual({ view: 'learners', classId: '100%' });
  });
});
