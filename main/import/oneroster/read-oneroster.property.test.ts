import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallOneRoster12, smallOneRosterFiles } from '../../../test/helpers/small-oneroster.js';
import { readOneRoster } from './read-oneroster.js';

const names = Object.keys(smallOneRoster12);
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);

describe('readOneRoster on corrupted sets (property-based)', () => {
  it('ends in a package or in errors that name a file, never an exception', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.nat(),
        fc.constantFrom('truncate', 'quote', 'drop-column', 'wrong-value', 'random', 'delete'),
        fc.uint8Array({ maxLength: 80 }),
        fc.string({ maxLength: 8 }),
        (name, at, how, noise, junk) => {
          const text = smallOneRoster12[name] ?? '';
          const position = at % Math.max(text.length, 1);
          const header = text.split('\r\n')[0] ?? '';
          const column = header.split(',')[at % header.split(',').length] ?? '';
          const corrupted =
            how === 'truncate'
              ? text.slice(0, position)
              : how === 'quote'
                ? `${text.slice(0, position)}"${text.slice(position)}`
                : how === 'drop-column'
                  ? text.replace(`${column},`, '')
                  : how === 'wrong-value'
                    ? text.replace(/,(true|scheduled|school|2025|s1|student|bulk),/, `,${junk.replace(/[,\r\n"]/g, '')},`)
                    : how === 'random'
                      ? noise
                      : null;
          const result = readOneRoster({ label: 'set.zip', files: smallOneRosterFiles({ [name]: corrupted }) });
          if (!result.ok) {
            const errors = result.issues.filter((issue) => issue.severity === 'error');
            expect(errors.length).toBeGreaterThan(0);
            for (const error of errors) expect(error.file).toMatch(/^set\.zip\/\w+\.csv$/);
          }
        },
      ),
    );
  });

  it('reads a UTF-16 copy of any file exactly like the original', () => {
    const original = readOneRoster({ label: '', files: smallOneRosterFiles() });
    fc.assert(
      fc.property(fc.constantFrom(...names), (name) => {
        const result = readOneRoster({ label: '', files: new Map([...smallOneRosterFiles(), [name, utf16le(smallOneRoster12[name] ?? '')]]) });
        expect(result.ok).toBe(true);
        if (result.ok && original.ok) expect(result.value).toEqual(original.value);
      }),
    );
  });
});
