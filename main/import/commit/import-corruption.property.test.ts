import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GradebookError } from '../../../db/errors.js';
import type { Gradebook } from '../../../db/open.js';
import { snapshotGradebook } from '../../../test/helpers/snapshot.js';
import { useTempGradebook } from '../../../test/helpers/temp-gradebook.js';
import { smallOneRoster12 } from '../../../test/helpers/small-oneroster.js';
import { standardsCsvTemplate } from '../standards-csv/standards-csv-template.js';
import { commitImport, previewImport } from './import-service.js';
import { readImportBytes, readImportFiles, type ReadImport } from './read-import-input.js';

const openGradebook = useTempGradebook();
const encode = (text: string) => new TextEncoder().encode(text);

const caseJson = JSON.stringify({
  CFDocument: { identifier: 'd1d1d1d1-0000-4000-8000-000000000000', uri: 'u', creator: 'Test', title: 'Tiny', lastChangeDateTime: '2024-01-01T00:00:00Z' },
  CFItems: ['a', 'b', 'c'].map((letter, index) => ({
    identifier: `${letter}${letter}${letter}${letter}0000-0000-4000-8000-00000000000${index}`,
    uri: 'u',
    fullStatement: `Statement ${letter}`,
    humanCodingScheme: `T.${index}`,
    CFItemType: 'Standard',
    lastChangeDateTime: '2024-01-01T00:00:00Z',
  })),
  CFAssociations: ['a', 'b', 'c'].map((letter, index) => ({
    identifier: `f${index}f0f0f0-0000-4000-8000-000000000000`,
    associationType: 'isChildOf',
    uri: 'u',
    lastChangeDateTime: '2024-01-01T00:00:00Z',
    originNodeURI: { identifier: `${letter}${letter}${letter}${letter}0000-0000-4000-8000-00000000000${index}`, uri: 'u', title: 't' },
    destinationNodeURI: { identifier: 'd1d1d1d1-0000-4000-8000-000000000000', uri: 'u', title: 't' },
  })),
});

/** One corruption of a text: a cut, an insertion, a truncation or a cell replaced, at a random place. */
const corruption = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', ',', '\r\n', '{', '}', '\uFEFF', 'tobedeleted', '2024-13-45', '\u0000')) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Corruption = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

function corrupt(text: string, change: Corruption): string {
  const at = text.length === 0 ? 0 : change.at % text.length;
  switch (change.kind) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
  }
}

/** Preview then commit; a failure must be a GradebookError with a sentence, and must change nothing. */
function runPipeline(gradebook: Gradebook, read: ReadImport): void {
  const before = snapshotGradebook(gradebook.path);
  const preview = previewImport(gradebook, read);
  for (const issue of preview.issues) expect(issue.message.length).toBeGreaterThan(10);
  try {
    commitImport(gradebook, { previewId: preview.previewId, validRowsOnly: preview.canImportValidRows });
    expect(preview.canCommit || preview.canImportValidRows).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(GradebookError);
    expect(preview.canCommit).toBe(false);
    expect(snapshotGradebook(gradebook.path)).toEqual(before);
  }
}

describe('corrupted import files through preview and commit', () => {
  it('a corrupted OneRoster file ends in a clear error (nothing written) or a valid import', async () => {
    const gradebook = await openGradebook();
    const names = Object.keys(smallOneRoster12);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), corruption, async (name, change) => {
        const files = Object.entries(smallOneRoster12).map(([file, text]) => ({
          name: `set/${file}`,
          bytes: encode(file === name ? corrupt(text, change) : text),
        }));
        runPipeline(gradebook, readImportFiles(files));
      }),
      { numRuns: 60 },
    );
  });

  it('a corrupted standards CSV or CASE JSON ends in a clear error (nothing written) or a valid import', async () => {
    const gradebook = await openGradebook();
    // the uncorrupted inputs import, so the property really starts from valid files
    for (const [name, text] of [['standards.csv', standardsCsvTemplate()], ['tiny.json', caseJson]] as const) {
      expect(previewImport(gradebook, readImportBytes(name, encode(text))).canCommit, name).toBe(true);
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(['standards.csv', standardsCsvTemplate()], ['tiny.json', caseJson]), corruption, async ([name, text], change) => {
        runPipeline(gradebook, readImportBytes(name, encode(corrupt(text, change))));
      }),
      { numRuns: 60 },
    );
  });
});
