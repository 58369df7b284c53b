import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { GradebookError } from './errors.js';
import { insertFramework, listFrameworks, requireFramework } from './frameworks.js';
import { qb } from './handle.js';
import { newId } from './ids.js';
import { insertPrerequisite } from './prerequisites.js';
import { insertStandard } from './standards.js';

const openTemp = useTempGradebook();

describe('insertFramework', () => {
  it('round-trips a framework with table defaults', async () => {
    const { writer, reader } = await openTemp();
    const frameworkId = insertFramework(writer, { title: 'Grade 5 Mathematics', creator: 'Proficio', subject: 'Mathematics' });
    expect(reader.first(qb.selectFrom('frameworks').select(['title', 'creator', 'publisher']).where('id', '=', frameworkId))).toEqual({
      title: 'Grade 5 Mathematics',
      creator: 'Proficio',
      publisher: null,
    });
  });
});

describe('listFrameworks', () => {
  it('lists frameworks by title with their live, retired and prerequisite counts', async () => {
    const { writer, reader } = await openTemp();
    const math = insertFramework(writer, { title: 'Grade 5 Math', creator: 'Test' });
    const art = insertFramework(writer, { title: 'art', creator: 'Test' });
    const domain = insertStandard(writer, { frameworkId: math, position: 0, code: '5.NF', statement: 'Fractions', type: 'domain' });
    const first = insertStandard(writer, { frameworkId: math, parentId: domain, position: 0, code: '5.NF.A.1', statement: 'Add fractions' });
    const second = insertStandard(writer, { frameworkId: math, parentId: domain, position: 1, code: '5.NF.A.2', statement: 'Word problems' });
    insertStandard(writer, { frameworkId: math, parentId: domain, position: 2, code: '5.NF.A.9', statement: 'Old', retiredAt: '2026-01-01T00:00:00.000Z' });
    insertPrerequisite(writer, { standardId: second, prerequisiteId: first, origin: 'framework' });
    expect(listFrameworks(reader)).toEqual([
      expect.objectContaining({ id: art, title: 'art', standardCount: 0, retiredCount: 0, prerequisiteCount: 0 }),
      expect.objectContaining({ id: math, title: 'Grade 5 Math', standardCount: 3, retiredCount: 1, prerequisiteCount: 1 }),
    ]);
  });

  it('requireFramework names a missing framework with a not_found error', async () => {
    const { reader } = await openTemp();
    expect(() => requireFramework(reader, newId())).toThrow(GradebookError);
    expect(() => requireFramework(reader, newId())).toThrow(/framework is not in this gradebook/);
  });
});
