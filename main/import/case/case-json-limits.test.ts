import { describe, expect, it } from 'vitest';
import { previewImport } from '../commit/import-service.js';
import { readImportBytes } from '../commit/read-import-input.js';
import { useTempGradebook } from '../../../test/helpers/temp-gradebook.js';
import { readCaseJson } from './read-case-json.js';

const openGradebook = useTempGradebook();

/** A valid one-item package; `notes` is spliced in as raw JSON text. */
function caseWithNotes(notes: string, statement = '"Add fractions"'): string {
  return `{"CFDocument":{"identifier":"d1d1d1d1-0000-4000-8000-000000000000","uri":"u","creator":"T","title":"Tiny","lastChangeDateTime":"2024-01-01T00:00:00Z"},
"CFItems":[{"identifier":"aaaa0000-0000-4000-8000-000000000001","uri":"u","fullStatement":${statement},"humanCodingScheme":"T.1","notes":${notes},"lastChangeDateTime":"2024-01-01T00:00:00Z"}],
"CFAssociations":[{"identifier":"f0f0f0f0-0000-4000-8000-000000000000","associationType":"isChildOf","uri":"u","lastChangeDateTime":"2024-01-01T00:00:00Z",
"originNodeURI":{"identifier":"aaaa0000-0000-4000-8000-000000000001","uri":"u","title":"t"},"destinationNodeURI":{"identifier":"d1d1d1d1-0000-4000-8000-000000000000","uri":"u","title":"t"}}]}`;
}

describe('CASE JSON at the edge (issue 8, item 5)', () => {
  it('refuses JSON nested 100,000 levels deep with an issue naming the file, not "[internal]"', async () => {
    const deep = caseWithNotes(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const result = readCaseJson(deep, 'deep.json');
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'deep.json',
        message: `deep.json: the JSON is nested more than 200 levels deep (at character ${deep.indexOf('[', deep.indexOf('"notes"')) + 198}), deeper than any CASE package; expected a CASE package, whose objects and lists nest a few levels deep.`,
      }),
    ]);
    // through the preview, the window gets the same sentence
    const gradebook = await openGradebook();
    const preview = previewImport(gradebook, readImportBytes('deep.json', new TextEncoder().encode(`{"CFDocument":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`)));
    expect(preview).toMatchObject({ canCommit: false, issues: [{ file: 'deep.json', message: expect.stringMatching(/nested more than 200 levels/) }] });
  });

  it('counts brackets inside strings as text, so a deep-looking statement still reads', () => {
    const result = readCaseJson(caseWithNotes(JSON.stringify('['.repeat(5000))), 'brackets.json');
    expect(result.ok).toBe(true);
  });

  it('replaces a lone surrogate (\\ud800) with U+FFFD and says so, so no broken text is stored', () => {
    const result = readCaseJson(caseWithNotes('"fine"', '"Half a pair: \\ud83d and \\udc00 alone, a whole one: \\ud83d\\ude00"'), 'broken.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.standards[0]?.statement).toBe('Half a pair: \uFFFD and \uFFFD alone, a whole one: 😀');
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'broken.json',
        message:
          'broken.json: 2 broken characters (lone UTF-16 surrogates written as \\ud800-style escapes) were replaced with � (U+FFFD), first in fullStatement; expected text with whole characters only.',
      }),
    ]);
  });
});
