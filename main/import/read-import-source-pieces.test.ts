import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as decodeText from './decode-text.js';
import { readImportSource } from './read-import-source.js';
import { readImportPath } from './commit/read-import-input.js';

// every whole-text decoding is recorded, to show a class list is never decoded whole
const decodedLengths = vi.hoisted(() => [] as number[]);
vi.mock('./decode-text.js', async (importOriginal) => {
  const original = await importOriginal<typeof decodeText>();
  return {
    ...original,
    decodeText: (bytes: Uint8Array, file: string) => {
      decodedLengths.push(bytes.length);
      return original.decodeText(bytes, file);
    },
  };
});

describe('readImportSource of a class list', () => {
  it('decodes it a piece at a time as it is parsed, never whole, and reads it as the import window does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proficio-class-list-'));
    const path = join(dir, 'class-list.csv');
    const rows = Array.from({ length: 5_000 }, (_, index) => `Class ${index % 20},Given${index},Family${index},,L${index},l${index}@school.example,5`);
    const text = ['class,given name,family name,preferred name,learner id,email,grade', ...rows].join('\r\n');
    writeFileSync(path, text);
    expect(text.length).toBeGreaterThan(4 * 64 * 1024);

    decodedLengths.length = 0;
    const source = await readImportSource(path);
    // only the head is decoded whole, to tell the kind of file
    expect(Math.max(...decodedLengths)).toBeLessThanOrEqual(64 * 1024);
    expect(source.kind).toBe('roster-csv');
    const read = readImportPath(path).source;
    expect(source.kind === 'roster-csv' && source.result.ok && source.result.value.users.length).toBe(5_000);
    expect(source.kind !== null && read.kind !== null && source.result).toStrictEqual(read.kind !== null && read.result);
  });
});
