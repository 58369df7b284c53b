import { describe, expect, it } from 'vitest';
import { grade5Prerequisites, grade5Standards, grade5Units } from './grade5-framework.js';
import { planStandards } from './standards-plan.js';

describe('planStandards', () => {
  it('plans the built-in frameworks for the default 30: 26 academic standards and 4 learning skills', () => {
    const plan = planStandards(30);
    expect(plan.academic).toHaveLength(26);
    expect(plan.skills.map((skill) => skill.code)).toEqual(['LS.1', 'LS.2', 'LS.3', 'LS.4']);
    expect(plan.academicItems.filter((item) => item.type === 'domain')).toHaveLength(5);
    expect(plan.prerequisites).toEqual(grade5Prerequisites);
  });

  it('teaches every built-in standard exactly once, prerequisites first', () => {
    const taught = grade5Units.flatMap((unit) => unit.standards);
    expect([...taught].sort()).toEqual(grade5Standards.map((standard) => standard.code).sort());
    for (const [standard, prerequisite] of grade5Prerequisites) {
      expect(taught.indexOf(prerequisite), `${prerequisite} before ${standard}`).toBeLessThan(taught.indexOf(standard));
    }
  });

  it.each([1, 5, 12, 30, 100, 600])('plans exactly %i standards, with parents before children and unique codes', (count) => {
    const plan = planStandards(count);
    const items = [...plan.academicItems, ...plan.skillItems];
    expect(items.filter((item) => item.type === 'standard')).toHaveLength(count);
    expect(plan.academic.length + plan.skills.length).toBe(count);
    const seen = new Set<string>();
    for (const item of items) {
      if (item.parentCode !== null) expect(seen.has(item.parentCode), `${item.code} after ${item.parentCode}`).toBe(true);
      expect(seen.has(item.code)).toBe(false);
      seen.add(item.code);
    }
    for (const [standard, prerequisite] of plan.prerequisites) {
      expect(seen.has(standard) && seen.has(prerequisite)).toBe(true);
    }
    for (const standard of plan.academic) {
      expect(standard.domain).toBeGreaterThanOrEqual(0);
      expect(standard.domain).toBeLessThan(plan.domainCount);
      expect(plan.units[standard.unit]).toBeDefined();
    }
  });

  it('names synthesised extension standards like real codes', () => {
    const plan = planStandards(100);
    expect(plan.academic.at(-1)?.code).toMatch(/^5\.X\d+\.[A-D]\.[1-6]$/);
  });
});
