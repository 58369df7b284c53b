import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { GradebookError } from './errors.js';
import { insertFramework } from './frameworks.js';
import { qb, type GradebookWriter } from './handle.js';
import { insertPrerequisite } from './prerequisites.js';
import { insertStandard } from './standards.js';

const openTemp = useTempGradebook();

function threeStandards(writer: GradebookWriter) {
  const frameworkId = insertFramework(writer, { title: 'Grade 5 Mathematics' });
  const [a, b, c] = ['5.NF.A.1', '5.NF.A.2', '5.NF.B.3'].map((code, position) =>
    insertStandard(writer, { frameworkId, position, code, statement: `Statement of ${code}` }),
  );
  return { a: a ?? '', b: b ?? '', c: c ?? '' };
}

describe('insertPrerequisite', () => {
  it('adds edges, returns the existing id for a repeated edge, and refuses any edge that closes a cycle', async () => {
    const { writer, reader } = await openTemp();
    const { a, b, c } = threeStandards(writer);
    const ab = insertPrerequisite(writer, { standardId: b, prerequisiteId: a, origin: 'framework' });
    insertPrerequisite(writer, { standardId: c, prerequisiteId: b, origin: 'educator' });
    expect(insertPrerequisite(writer, { standardId: b, prerequisiteId: a, origin: 'framework' })).toBe(ab);

    const cycle = () => insertPrerequisite(writer, { standardId: a, prerequisiteId: c, origin: 'educator' });
    expect(cycle).toThrow(GradebookError);
    expect(cycle).toThrow(/circle/);
    expect(() => insertPrerequisite(writer, { standardId: a, prerequisiteId: a, origin: 'educator' })).toThrow(/its own prerequisite/);
    expect(reader.all(qb.selectFrom('prerequisites').select(['standard_id', 'prerequisite_id']).orderBy('created_at'))).toHaveLength(2);
  });

  it('refuses an edge to an unknown standard', async () => {
    const { writer } = await openTemp();
    const { a } = threeStandards(writer);
    expect(() => insertPrerequisite(writer, { standardId: a, prerequisiteId: 'missing', origin: 'educator' })).toThrow(/FOREIGN KEY/);
  });
});
