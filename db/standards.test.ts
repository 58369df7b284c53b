import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitImport, previewImport } from '../main/import/commit/import-service.js';
import { readImportPath } from '../main/import/commit/read-import-input.js';
import { fixturesDir, hasFixtures, noFixturesReason } from '../test/helpers/fixtures-dir.js';
import { insertParentRows } from '../test/helpers/parent-rows.js';
import { useTempGradebook } from '../test/helpers/temp-gradebook.js';
import { insertClass } from './classes.js';
import { insertFramework } from './frameworks.js';
import { qb, type GradebookWriter } from './handle.js';
import { insertPrerequisite } from './prerequisites.js';
import { insertSchool } from './school.js';
import {
  insertStandard,
  isStandardTracked,
  readAncestorNodes,
  readTrackedColumns,
  searchStandards,
  setTrackedStandards,
  standardsTree,
  trackedStandards,
  trackStandards,
} from './standards.js';

const openTemp = useTempGradebook();

function threeStandards(writer: GradebookWriter) {
  const frameworkId = insertFramework(writer, { title: 'Grade 5 Mathematics', creator: 'Proficio', subject: 'Mathematics' });
  const domainId = insertStandard(writer, { frameworkId, position: 0, code: '5.NF', statement: 'Fractions', type: 'domain' });
  const [a, b, c] = ['5.NF.A.1', '5.NF.A.2', '5.NF.B.3'].map((code, position) =>
    insertStandard(writer, { frameworkId, parentId: domainId, position, code, statement: `Statement of ${code}`, gradeLevels: ['05'] }),
  );
  return { frameworkId, domainId, a: a ?? '', b: b ?? '', c: c ?? '' };
}

async function smallFramework() {
  const gradebook = await openTemp();
  const w = gradebook.writer;
  const frameworkId = insertFramework(w, { title: 'Grade 5 Math', creator: 'Test' });
  const domain = insertStandard(w, { frameworkId, position: 0, code: '5.NF', statement: 'Number and Operations—Fractions', type: 'domain', gradeLevels: ['05'] });
  const second = insertStandard(w, { frameworkId, parentId: domain, position: 1, code: '5.NF.A.2', statement: 'Solve word problems involving addition of fractions' });
  const first = insertStandard(w, { frameworkId, parentId: domain, position: 0, code: '5.NF.A.1', statement: 'Add and subtract fractions with unlike denominators' });
  const retired = insertStandard(w, { frameworkId, parentId: domain, position: 2, code: '5.NF.A.9', statement: 'Old fractions standard', retiredAt: '2026-01-01T00:00:00.000Z' });
  insertPrerequisite(w, { standardId: second, prerequisiteId: first, origin: 'framework' });
  const schoolId = insertSchool(w, { name: 'School' });
  const classId = insertClass(w, { schoolId, title: '5A' });
  return { gradebook, frameworkId, domain, first, second, retired, classId };
}

describe('insertStandard', () => {
  it('round-trips a standard under its parent', async () => {
    const { writer, reader } = await openTemp();
    const { frameworkId, domainId, a } = threeStandards(writer);
    expect(reader.first(qb.selectFrom('standards').selectAll().where('id', '=', a))).toMatchObject({
      framework_id: frameworkId,
      parent_id: domainId,
      position: 0,
      code: '5.NF.A.1',
      type: 'standard',
      grade_levels: '["05"]',
      retired_at: null,
    });
  });

  it('refuses a standard of an unknown framework and writes nothing', async () => {
    const { writer, reader } = await openTemp();
    expect(() => insertStandard(writer, { frameworkId: 'missing', position: 0, statement: 'Orphan' })).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('standards').selectAll())).toEqual([]);
  });
});

describe('standard reads for the Standards view', () => {
  it('gives the tree depth-first in sibling order, retired marked', async () => {
    const { gradebook, frameworkId, domain, first, second, retired } = await smallFramework();
    const tree = standardsTree(gradebook.reader, frameworkId);
    expect(tree.map((s) => s.id)).toEqual([domain, first, second, retired]);
    expect(tree[0]).toMatchObject({ parentId: null, type: 'domain', gradeLevels: ['05'], retired: false });
    expect(tree[3]?.retired).toBe(true);
  });

  it('searches by code prefix first, then by every word of the statement, leaving retired standards out', async () => {
    const { gradebook, frameworkId, first, second, domain } = await smallFramework();
    expect(searchStandards(gradebook.reader, '5.NF.A').map((s) => s.id)).toEqual([first, second]);
    expect(searchStandards(gradebook.reader, 'fractions word', frameworkId).map((s) => s.id)).toEqual([second]);
    expect(searchStandards(gradebook.reader, 'fractions').map((s) => s.id)).toEqual([domain, first, second]);
    expect(searchStandards(gradebook.reader, '100%_')).toEqual([]);
  });

  it('reads ancestors by id for the grid headers', async () => {
    const { gradebook, domain } = await smallFramework();
    expect(readAncestorNodes(gradebook.reader, [])).toEqual([]);
    expect(readAncestorNodes(gradebook.reader, [domain])).toEqual([
      { id: domain, code: '5.NF', statement: 'Number and Operations—Fractions', type: 'domain', parentId: null },
    ]);
  });
});

describe('trackStandards', () => {
  it('appends standards after those a class tracks already and keeps tracked ones in place', async () => {
    const { writer, reader } = await openTemp();
    const { classId, standardId } = insertParentRows(writer);
    const { a, b, c } = threeStandards(writer);
    expect(trackStandards(writer, classId, [standardId, a])).toBe(2);
    expect(trackStandards(writer, classId, [b, a, c])).toBe(2);
    const tracked = reader.all(qb.selectFrom('class_standards').select(['standard_id', 'position']).where('class_id', '=', classId).orderBy('position'));
    expect(tracked).toEqual([
      { standard_id: standardId, position: 0 },
      { standard_id: a, position: 1 },
      { standard_id: b, position: 2 },
      { standard_id: c, position: 3 },
    ]);
  });

  it('tracks all or none: an unknown standard in the list leaves the class as it was', async () => {
    const { writer, reader } = await openTemp();
    const { classId } = insertParentRows(writer);
    const { a, b } = threeStandards(writer);
    expect(() => trackStandards(writer, classId, [a, 'missing', b])).toThrow(/FOREIGN KEY/);
    expect(reader.all(qb.selectFrom('class_standards').selectAll())).toEqual([]);
  });
});

describe('the standards a class tracks', () => {
  it('sets the tracked standards in one audited transaction and refuses unknown ids without changing anything', async () => {
    const { gradebook, classId, first, second } = await smallFramework();
    expect(setTrackedStandards(gradebook.writer, classId, [second, first]).map((s) => s.id)).toEqual([second, first]);
    expect(trackedStandards(gradebook.reader, classId).map((s) => s.id)).toEqual([second, first]);
    expect(setTrackedStandards(gradebook.writer, classId, [first]).map((s) => s.id)).toEqual([first]);
    const audits = gradebook.reader.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'class_standards'`).pluck().get();
    expect(audits).toBe(2);
    expect(() => setTrackedStandards(gradebook.writer, classId, [second, '01900000-0000-7000-8000-000000000000'])).toThrow(/not in this gradebook/);
    expect(trackedStandards(gradebook.reader, classId).map((s) => s.id)).toEqual([first]);
  });

  it('gives the grid its columns in the class order, and says whether a standard is tracked', async () => {
    const { gradebook, frameworkId, classId, domain, first, second } = await smallFramework();
    setTrackedStandards(gradebook.writer, classId, [second, first]);
    expect(readTrackedColumns(gradebook.reader, classId)).toEqual([
      expect.objectContaining({ standardId: second, parentId: domain, masteryMethod: null, frameworkId, scaleId: null }),
      expect.objectContaining({ standardId: first, code: '5.NF.A.1' }),
    ]);
    expect(isStandardTracked(gradebook.reader, classId, first)).toBe(true);
    expect(isStandardTracked(gradebook.reader, classId, domain)).toBe(false);
  });
});

describe('searching the CCSS Math CASE package by code fragment', () => {
  it.skipIf(!hasFixtures)(`finds codes by a fragment anywhere, case-insensitively, short-code matches first (${noFixturesReason})`, async () => {
    const gradebook = await openTemp();
    const preview = previewImport(gradebook, readImportPath(join(fixturesDir, 'case-opensalt-ccss-math-2017', 'math_cfs_sample.json')));
    commitImport(gradebook, { previewId: preview.previewId });
    const codes = (query: string) => searchStandards(gradebook.reader, query).map((s) => s.code);
    expect(codes('5.NF')).toContain('CCSS.Math.Content.5.NF.A.1');
    expect(codes('5.NF')[0]).toBe('CCSS.Math.Content.5.NF.A');
    expect(codes('5.nf.a')).toEqual(expect.arrayContaining(['CCSS.Math.Content.5.NF.A', 'CCSS.Math.Content.5.NF.A.1', 'CCSS.Math.Content.5.NF.A.2']));
    expect(codes('NF.A.1')).toContain('CCSS.Math.Content.5.NF.A.1');
    expect(codes('5.NF.B.4')[0]).toBe('CCSS.Math.Content.5.NF.B.4');
    expect(codes('5.NF.A.1')[0]).toBe('CCSS.Math.Content.5.NF.A.1');
    expect(searchStandards(gradebook.reader, 'NF', undefined, 3)).toHaveLength(3);
  });
});

describe('the grade filter', () => {
  it('keeps only standards of that grade, 5 matching 05 and K matching KG', async () => {
    const { gradebook, domain } = await smallFramework();
    const w = gradebook.writer;
    const frameworkId = insertFramework(w, { title: 'Other', creator: 'Test' });
    const kinder = insertStandard(w, { frameworkId, position: 0, code: 'K.CC.1', statement: 'Count fractions of things', gradeLevels: ['KG'] });
    expect(searchStandards(gradebook.reader, 'fractions', undefined, 100, '5').map((s) => s.id)).toEqual([domain]);
    expect(searchStandards(gradebook.reader, 'fractions', undefined, 100, 'K').map((s) => s.id)).toEqual([kinder]);
    expect(searchStandards(gradebook.reader, 'fractions', undefined, 100, '7')).toEqual([]);
  });
});
