import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, hasFixtures, noFixturesReason } from '../../../test/helpers/fixtures-dir.js';
import { readCaseJson } from './read-case-json.js';

type RawCase = {
  CFDocument: { identifier: string; title: string };
  CFItems: { identifier: string; humanCodingScheme?: string; CFItemType?: string; CFItemTypeURI?: { title: string } }[];
  CFAssociations: { associationType: string; sequenceNumber?: number; originNodeURI: { identifier: string }; destinationNodeURI: { identifier: string } }[];
};

const natural = new Intl.Collator('en', { numeric: true });

describe.skipIf(!hasFixtures)(`CASE fixtures (${noFixturesReason})`, () => {
  const testsDir = join(fixturesDir, 'case-opensalt-tests');
  const files = hasFixtures
    ? [...readdirSync(testsDir).map((name) => join(testsDir, name)), join(fixturesDir, 'case-opensalt-ccss-math-2017', 'math_cfs_sample.json')]
    : [];

  it.each(files)('reads %s with counts matching the raw JSON', (path) => {
    const text = readFileSync(path, 'utf8');
    const raw = JSON.parse(text) as RawCase;
    const result = readCaseJson(text, path);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    if (!result.ok) throw new Error('expected a package');
    const pkg = result.value;
    expect(pkg.document.title).toBe(raw.CFDocument.title);
    expect(pkg.standards).toHaveLength(raw.CFItems.length);
    const childOf = raw.CFAssociations.filter((association) => association.associationType === 'isChildOf');
    const roots = childOf.filter((association) => association.destinationNodeURI.identifier === raw.CFDocument.identifier);
    expect(pkg.standards.filter((standard) => standard.parentIdentifier === null)).toHaveLength(roots.length);
    // every given type is kept, lower-cased
    const givenTypes = new Map<string, number>();
    for (const item of raw.CFItems) {
      const type = item.CFItemType ?? item.CFItemTypeURI?.title;
      if (type) givenTypes.set(type.toLowerCase(), (givenTypes.get(type.toLowerCase()) ?? 0) + 1);
    }
    const readTypes = new Map<string, number>();
    for (const standard of pkg.standards.filter((s) => !s.typeInferred)) readTypes.set(standard.type, (readTypes.get(standard.type) ?? 0) + 1);
    expect(readTypes).toEqual(givenTypes);
    expect(pkg.standards.filter((s) => s.code === null)).toHaveLength(raw.CFItems.filter((item) => !item.humanCodingScheme).length);
    // parents come before children
    const seen = new Set<string>();
    for (const standard of pkg.standards) {
      if (standard.parentIdentifier !== null) expect(seen.has(standard.parentIdentifier)).toBe(true);
      seen.add(standard.identifier);
    }
    expect(pkg.prerequisites).toHaveLength(raw.CFAssociations.filter((a) => a.associationType === 'precedes').length);
  });

  it('reads the 2017 CCSS math package: 703 items, 17 roots, types as SOURCES.md counts them', () => {
    const text = readFileSync(join(fixturesDir, 'case-opensalt-ccss-math-2017', 'math_cfs_sample.json'), 'utf8');
    const result = readCaseJson(text, 'math_cfs_sample.json');
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
    const { standards, document } = result.value;
    expect(standards).toHaveLength(703);
    expect(standards.filter((s) => s.parentIdentifier === null)).toHaveLength(17);
    const count = (type: string) => standards.filter((s) => s.type === type && !s.typeInferred).length;
    expect([count('standard'), count('cluster'), count('component'), count('domain')]).toEqual([393, 147, 124, 33]);
    expect(standards.filter((s) => s.typeInferred)).toHaveLength(6);
    expect(standards.filter((s) => s.code === null)).toHaveLength(39);
    // educationalLevel "09" for all 273 high-school items, read as a grade list
    expect(standards.filter((s) => s.gradeLevels.join() === '09')).toHaveLength(273);
    expect(document).toMatchObject({ identifier: 'http://purl.org/ASN/resources/D10003FB', subject: 'Math', lastChangeDateTime: '2016-09-28T21:43:01.000Z' });
    expect(document.adoptionStatus).toBeUndefined();
    expect(result.issues.some((issue) => issue.message.includes('educationalLevel'))).toBe(true);
  });

  it('orders Ordering.json by humanCodingScheme in natural order (L1.2 before L1.10)', () => {
    const text = readFileSync(join(testsDir, 'Ordering.json'), 'utf8');
    const raw = JSON.parse(text) as RawCase;
    const result = readCaseJson(text, 'Ordering.json');
    if (!result.ok) throw new Error('expected a package');
    const leafParent = result.value.standards.find((s) => s.code === 'H.A.MATH.GM.PF.2DFP.L1');
    const children = result.value.standards.filter((s) => s.parentIdentifier === leafParent?.identifier).sort((a, b) => a.position - b.position);
    const expected = raw.CFItems.map((item) => item.humanCodingScheme ?? '')
      .filter((code) => code.startsWith('H.A.MATH.GM.PF.2DFP.L1.'))
      .sort(natural.compare);
    expect(children.map((s) => s.code)).toEqual(expected);
    expect(children.map((s) => s.position)).toEqual(expected.map((_, index) => index));
  });

  it('orders SequenceNumberFramework.json by sequenceNumber, against array order', () => {
    const text = readFileSync(join(testsDir, 'SequenceNumberFramework.json'), 'utf8');
    const raw = JSON.parse(text) as RawCase;
    const result = readCaseJson(text, 'SequenceNumberFramework.json');
    if (!result.ok) throw new Error('expected a package');
    const bySequence = raw.CFAssociations.slice().sort((a, b) => (a.sequenceNumber ?? 0) - (b.sequenceNumber ?? 0)).map((a) => a.originNodeURI.identifier);
    expect(result.value.standards.map((s) => s.identifier)).toEqual(bySequence);
    expect(result.value.standards[0]?.code).toBe('SNT.2');
  });

  it('keeps the non-BMP title, markdown statements, CFItemTypeURI and adoptionStatus', () => {
    const read = (name: string) => {
      const result = readCaseJson(readFileSync(join(testsDir, name), 'utf8'), name);
      if (!result.ok) throw new Error('expected a package');
      return result.value;
    };
    expect(read('Utf8TestFramework.json').document.title).toBe('UTF8 \u{1D451} Test');
    expect(read('AdoptedTestFramework.json').document.adoptionStatus).toBe('Adopted');
    expect(read('ItemTypeTestFramework.json').standards[0]).toMatchObject({ type: 'standard', typeInferred: false });
    const markdown = JSON.parse(readFileSync(join(testsDir, 'MarkdownFramework.json'), 'utf8')) as { CFItems: { fullStatement: string }[] };
    expect(read('MarkdownFramework.json').standards.map((s) => s.statement).sort()).toEqual(markdown.CFItems.map((item) => item.fullStatement).sort());
    expect(read('EmptyExternalFramework.json').standards).toEqual([]);
  });
});

// ── hand-written packages ──────────────────────────────────────────────────────────────────────────
const doc = { identifier: 'doc', uri: 'u:doc', creator: 'Us', title: 'Test', lastChangeDateTime: '2024-01-01T00:00:00Z' };
const item = (identifier: string, code = identifier) => ({ identifier, uri: `u:${identifier}`, fullStatement: `Statement ${code}`, humanCodingScheme: code, lastChangeDateTime: '2024-01-01T00:00:00Z' });
const edge = (identifier: string, type: string, origin: string, destination: string, extra: object = {}) => ({
  identifier,
  associationType: type,
  originNodeURI: { title: origin, identifier: origin, uri: `u:${origin}` },
  destinationNodeURI: { title: destination, identifier: destination, uri: `u:${destination}` },
  lastChangeDateTime: '2024-01-01T00:00:00Z',
  ...extra,
});
const pkg = (items: object[], associations: object[], document: object = doc) => JSON.stringify({ CFDocument: document, CFItems: items, CFAssociations: associations });
const errors = (text: string) => {
  const result = readCaseJson(text, 'test.json');
  return result.issues.filter((issue) => issue.severity === 'error');
};

describe('readCaseJson on hand-written packages', () => {
  it('builds the tree, prerequisites and other associations', () => {
    const result = readCaseJson(
      pkg(
        [item('a', 'A'), item('b', 'A.1'), item('c', 'A.2')],
        [
          edge('1', 'isChildOf', 'a', 'doc'),
          edge('2', 'isChildOf', 'c', 'a'),
          edge('3', 'isChildOf', 'b', 'a'),
          edge('4', 'precedes', 'b', 'c'),
          edge('5', 'exactMatchOf', 'c', 'elsewhere'),
          edge('6', 'precedes', 'outside', 'b'),
        ],
      ),
      'test.json',
    );
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    expect(result.value.standards.map((s) => [s.code, s.parentIdentifier, s.position])).toEqual([
      ['A', null, 0],
      ['A.1', 'a', 0],
      ['A.2', 'a', 1],
    ]);
    expect(result.value.prerequisites).toEqual([{ identifier: '4', prerequisiteIdentifier: 'b', standardIdentifier: 'c' }]);
    expect(result.value.otherAssociations.map((a) => a.type)).toEqual(['exactMatchOf', 'precedes']);
    expect(result.issues.filter((i) => i.severity === 'warning').length).toBe(2);
  });

  it('reports a cycle in isChildOf naming the codes', () => {
    const found = errors(pkg([item('a', 'A'), item('b', 'B')], [edge('1', 'isChildOf', 'a', 'b'), edge('2', 'isChildOf', 'b', 'a')]));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/loop: A → B → A|loop: B → A → B/);
  });

  it('reports an item with two parents, a dangling isChildOf, duplicates and missing fields', () => {
    expect(errors(pkg([item('a'), item('b'), item('c')], [edge('1', 'isChildOf', 'a', 'doc'), edge('2', 'isChildOf', 'b', 'doc'), edge('3', 'isChildOf', 'c', 'a'), edge('4', 'isChildOf', 'c', 'b')]))[0]?.message).toMatch(/two parents/);
    expect(errors(pkg([item('a')], [edge('1', 'isChildOf', 'a', 'nowhere')]))[0]).toMatchObject({ column: 'CFAssociations[0].destinationNodeURI.identifier', value: 'nowhere' });
    expect(errors(pkg([item('a'), item('a')], []))[0]).toMatchObject({ column: 'CFItems[1].identifier' });
    expect(errors(pkg([{ identifier: 'x', fullStatement: { text: 'x' } }], []))[0]).toMatchObject({ column: 'CFItems[0].fullStatement', expected: 'text' });
    expect(errors(pkg([], [], { identifier: 'd' }))[0]).toMatchObject({ column: 'CFDocument.title' });
    expect(errors(pkg([{ fullStatement: 'no id' }], []))[0]).toMatchObject({ column: 'CFItems[0].identifier' });
  });

  it('reports a cycle of prerequisites and a self-prerequisite', () => {
    const items = [item('a', 'A'), item('b', 'B'), item('c', 'C')];
    const tree = items.map((i, n) => edge(`t${n}`, 'isChildOf', i.identifier, 'doc'));
    const loop = errors(pkg(items, [...tree, edge('p1', 'precedes', 'a', 'b'), edge('p2', 'precedes', 'b', 'c'), edge('p3', 'precedes', 'c', 'a')]));
    expect(loop).toHaveLength(1);
    expect(loop[0]?.message).toMatch(/precedes associations form a loop: A → B → C → A/);
    expect(errors(pkg(items, [...tree, edge('p1', 'precedes', 'a', 'a')]))[0]?.message).toMatch(/its own prerequisite/);
  });

  it('warns about items with no path to the document and puts them at the top level', () => {
    const result = readCaseJson(pkg([item('a', 'A'), item('b', 'B'), item('c', 'C')], [edge('1', 'isChildOf', 'a', 'doc'), edge('2', 'isChildOf', 'c', 'b')]), 'test.json');
    if (!result.ok) throw new Error('expected a package');
    expect(result.value.standards.map((s) => [s.code, s.parentIdentifier])).toEqual([['A', null], ['B', null], ['C', 'b']]);
    expect(result.issues.find((i) => i.message.includes('not placed'))?.message).toMatch(/2 standards are not placed.*B, C/);
  });

  it('refuses text that is not JSON, saying where', () => {
    const found = errors('{"CFDocument": {"identifier": "x",\n "title": }');
    expect(found[0]?.message).toMatch(/not valid JSON.*line 2/);
  });

  it('normalizes grade lists and infers types from given neighbours', () => {
    const result = readCaseJson(
      pkg(
        [{ ...item('a', 'A'), CFItemType: 'Domain', educationLevel: ['K', '1', '09.10'] }, item('b', 'A.1'), { ...item('c', 'A.1.a'), CFItemType: 'Component' }],
        [edge('1', 'isChildOf', 'a', 'doc'), edge('2', 'isChildOf', 'b', 'a'), edge('3', 'isChildOf', 'c', 'b')],
      ),
      'test.json',
    );
    if (!result.ok) throw new Error('expected a package');
    expect(result.value.standards.map((s) => [s.type, s.typeInferred])).toEqual([['domain', false], ['standard', true], ['component', false]]);
    expect(result.value.standards[0]?.gradeLevels).toEqual(['KG', '01', '09', '10']);
  });
});
