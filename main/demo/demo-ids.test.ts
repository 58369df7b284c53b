import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../../test/helpers/temp-gradebook.js';
import { demoSeedTag } from './demo-ids.js';
import { generateDemoGradebook } from './generate-demo.js';

const openTemp = useTempGradebook();

/** Every sourcedId (and student number) a small demo of this seed writes, per table. */
async function demoIds(seed: number | string): Promise<Record<string, string[]>> {
  const gradebook = await openTemp(`demo-${seed}.proficio`);
  generateDemoGradebook(gradebook.writer, { seed, classes: 2, learners: 12, standards: 8, evidence: 200, today: '2026-01-23' });
  const column = (sql: string) => gradebook.reader.prepare(sql).pluck().all() as string[];
  const sourced = (table: string) => column(`SELECT sourced_id FROM ${table} WHERE sourced_id IS NOT NULL ORDER BY sourced_id`);
  return {
    schools: sourced('schools'),
    terms: sourced('terms'),
    courses: sourced('courses'),
    frameworks: sourced('frameworks'),
    standards: sourced('standards'),
    classes: sourced('classes'),
    educators: sourced('educators'),
    learners: sourced('learners'),
    enrollments: sourced('enrollments'),
    studentNumbers: column('SELECT identifier FROM learners ORDER BY identifier'),
  };
}

const ownIds = ['classes', 'educators', 'learners', 'enrollments', 'studentNumbers'] as const;
const schoolIds = ['schools', 'terms', 'courses', 'frameworks', 'standards'] as const;

describe('demo sourcedIds across seeds', () => {
  it('tags a seed into ids only when it is not 1; letters and digits as they are, anything else as a hash', () => {
    expect(demoSeedTag('1')).toBe('');
    expect(demoSeedTag('2')).toBe('s2-');
    expect(demoSeedTag('roomB')).toBe('sroomB-');
    expect(demoSeedTag('Room B')).toMatch(/^s[0-9a-f]{8}-$/);
    expect(demoSeedTag('Room B')).toBe(demoSeedTag('Room B'));
    expect(demoSeedTag('Room B')).not.toBe(demoSeedTag('Room C'));
  });

  it('seed 1 keeps the ids the first demos had, so existing files and screenshots still match', async () => {
    const ids = await demoIds(1);
    expect(ids['classes']).toEqual(['demo-class-1', 'demo-class-2']);
    expect(ids['educators']).toEqual(['demo-educator-1', 'demo-educator-2']);
    expect(ids['learners']?.[0]).toBe('demo-learner-510001');
    expect(ids['studentNumbers']?.[0]).toBe('510001');
    expect(ids['enrollments']).toContain('demo-enrollment-teacher-1');
  });

  it('two seeds are two teachers at one school: the same school, terms, course and CASE standards, never the same child, class or teacher', async () => {
    const files = [await demoIds(2), await demoIds(3), await demoIds('Room B')];
    const [two, three, hashed] = files;
    expect(two?.['learners']?.[0]).toBe('demo-learner-s2-510001');
    expect(two?.['classes']).toEqual(['demo-class-s2-1', 'demo-class-s2-2']);
    expect(hashed?.['learners']?.[0]).toMatch(/^demo-learner-s[0-9a-f]{8}-510001$/);
    for (const table of schoolIds) {
      expect(two?.[table]?.length, table).toBeGreaterThan(0);
      expect(three?.[table], table).toEqual(two?.[table]);
      expect(hashed?.[table], table).toEqual(two?.[table]);
    }
    const seed1 = await demoIds(1);
    for (const table of ownIds) {
      const everyId = [seed1, ...files].flatMap((file) => file[table] ?? []);
      expect(everyId.length, table).toBeGreaterThan(0);
      expect(new Set(everyId).size, `${table} shared between seeds`).toBe(everyId.length);
    }
    for (const table of schoolIds) expect(seed1[table], table).toEqual(two?.[table]);
  });
});
