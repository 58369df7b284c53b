import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../import-issue.js';
import { readCaseJson } from './read-case-json.js';

/** A valid package: item i hangs under the document or under an earlier item. */
const validPackage = fc
  .array(fc.nat(), { minLength: 1, maxLength: 25 })
  .map((seeds) => {
    const parents = seeds.map((seed, index) => (index === 0 || seed % 3 === 0 ? -1 : seed % index));
    return {
      CFDocument: { identifier: 'doc', uri: 'u:doc', creator: 'Gen', title: 'Generated', lastChangeDateTime: '2024-01-01T00:00:00Z' },
      CFItems: parents.map((_, index) => ({
        identifier: `i${index}`,
        uri: `u:i${index}`,
        fullStatement: `Statement ${index}`,
        humanCodingScheme: `G.${index}`,
        lastChangeDateTime: '2024-01-01T00:00:00Z',
      })),
      CFAssociations: parents.map((parent, index) => ({
        identifier: `a${index}`,
        associationType: 'isChildOf',
        originNodeURI: { title: '', identifier: `i${index}`, uri: '' },
        destinationNodeURI: { title: '', identifier: parent < 0 ? 'doc' : `i${parent}`, uri: '' },
        lastChangeDateTime: '2024-01-01T00:00:00Z',
      })),
      parents,
    };
  });

function expectWellFormed(result: ImportResult<unknown>): void {
  if (result.ok) {
    expect(result.issues.every((issue) => issue.severity === 'warning')).toBe(true);
  } else {
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.file).toBe('gen.json');
      expect(error.message.length).toBeGreaterThan(10);
    }
  }
}

const run = (value: unknown) => readCaseJson(typeof value === 'string' ? value : JSON.stringify(value), 'gen.json');
type MutablePackage = { CFDocument: Record<string, unknown>; CFItems: Record<string, unknown>[]; CFAssociations: Record<string, unknown>[] };
const strip = ({ parents: _parents, ...json }: MutablePackage & { parents: number[] }): MutablePackage => json;

describe('readCaseJson on corrupted packages (property-based)', () => {
  it('reads every valid generated package without issues', () => {
    fc.assert(
      fc.property(validPackage, (pkg) => {
        const result = run(strip(pkg));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value.standards).toHaveLength(pkg.CFItems.length);
      }),
    );
  });

  it('never throws on truncated text', () => {
    fc.assert(
      fc.property(validPackage, fc.double({ min: 0, max: 1, noNaN: true }), (pkg, cut) => {
        const text = JSON.stringify(strip(pkg));
        const result = run(text.slice(0, Math.floor(text.length * cut)));
        expectWellFormed(result);
        if (cut < 0.999) expect(result.ok).toBe(false);
      }),
    );
  });

  it('never throws when any field holds a value of the wrong type', () => {
    const fieldNames = ['identifier', 'fullStatement', 'humanCodingScheme', 'educationLevel', 'CFItemType', 'listEnumeration', 'uri', 'lastChangeDateTime'];
    fc.assert(
      fc.property(validPackage, fc.nat(), fc.constantFrom(...fieldNames), fc.jsonValue(), fc.constantFrom('CFItems', 'CFAssociations', 'CFDocument', 'root'), (pkg, pick, field, value, where) => {
        const json = strip(pkg);
        const root: Record<string, unknown> = json;
        if (where === 'root') root[pick % 2 === 0 ? 'CFItems' : 'CFAssociations'] = value;
        else if (where === 'CFDocument') json.CFDocument[field] = value;
        else {
          const list = json[where];
          const target = list[pick % list.length];
          if (target) target[pick % 3 === 0 ? 'originNodeURI' : field] = value;
        }
        expectWellFormed(run(json));
      }),
    );
  });

  it('refuses a dangling isChildOf', () => {
    fc.assert(
      fc.property(validPackage, fc.nat(), (pkg, pick) => {
        const json = strip(pkg);
        const association = json.CFAssociations[pick % json.CFAssociations.length];
        if (association) association.destinationNodeURI = { title: '', identifier: 'ghost', uri: '' };
        const result = run(json);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('refuses a cycle in isChildOf, naming the codes in it', () => {
    fc.assert(
      fc.property(validPackage, fc.nat(), fc.nat(), (pkg, pickAncestor, pickDepth) => {
        // choose an item and one of its descendants (or itself), then hang the item under it
        const descendantsOf = (index: number): number[] =>
          pkg.parents.flatMap((parent, child) => (parent === index ? [child, ...descendantsOf(child)] : []));
        const ancestor = pickAncestor % pkg.parents.length;
        const chain = [ancestor, ...descendantsOf(ancestor)];
        const descendant = chain[pickDepth % chain.length] ?? ancestor;
        const json = strip(pkg);
        const association = json.CFAssociations[ancestor];
        if (association) association.destinationNodeURI = { title: '', identifier: `i${descendant}`, uri: '' };
        const result = run(json);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
        expect(result.issues.some((issue) => issue.severity === 'error' && issue.message.includes(`G.${ancestor}`) && issue.message.includes('loop'))).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary text or JSON', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.jsonValue().map((value) => JSON.stringify(value) ?? '')), (text) => expectWellFormed(run(text))));
  });
});
