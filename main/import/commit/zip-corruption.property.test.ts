import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTempGradebook } from '../../../test/helpers/temp-gradebook.js';
import { smallOneRosterFiles } from '../../../test/helpers/small-oneroster.js';
import { previewImport } from './import-service.js';
import { readImportBytes } from './read-import-input.js';

const openGradebook = useTempGradebook();

/** One corruption of a zip's bytes: a flipped byte, a cut, an inserted run or a truncation, anywhere. */
const corruption = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }) },
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Corruption = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

function corrupt(bytes: Uint8Array, change: Corruption): Uint8Array {
  const at = change.at % bytes.length;
  switch (change.kind) {
    case 'flip': {
      const out = bytes.slice();
      out[at] = (out[at] ?? 0) ^ change.mask;
      return out;
    }
    case 'cut':
      return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + change.length)]);
    case 'insert':
      return new Uint8Array([...bytes.subarray(0, at), ...change.bytes, ...bytes.subarray(at)]);
    case 'truncate':
      return bytes.subarray(0, at);
  }
}

describe('a corrupted OneRoster zip (issue 8, item 2)', () => {
  it('is refused whole, or imports exactly what the intact zip imports — never half', async () => {
    const gradebook = await openGradebook();
    for (const level of [0, 6] as const) {
      const intact = zipSync({ district: Object.fromEntries(smallOneRosterFiles()) }, { level });
      const baseline = readImportBytes('roster.zip', intact);
      if (baseline.source.kind !== 'oneroster' || !baseline.source.result.ok) throw new Error('the intact zip must import');
      const expected = { package: baseline.source.result.value, summary: previewImport(gradebook, baseline).summary };
      await fc.assert(
        fc.asyncProperty(corruption, async (change) => {
          const read = readImportBytes('roster.zip', corrupt(intact, change));
          const preview = previewImport(gradebook, read);
          if (read.source.kind === 'oneroster' && read.source.result.ok) {
            // imported: then exactly the intact zip's roster
            expect(read.source.result.value).toEqual(expected.package);
            expect(preview.summary).toEqual(expected.summary);
            expect(preview.canCommit).toBe(true);
          } else {
            // refused: nothing to commit, not even "the valid rows", and a sentence naming the zip
            expect(preview.canCommit).toBe(false);
            expect(preview.canImportValidRows).toBe(false);
            expect(preview.issues.some((issue) => issue.severity === 'error' && issue.file.startsWith('roster.zip'))).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    }
  });
});
