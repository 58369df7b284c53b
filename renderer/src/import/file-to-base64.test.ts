import { describe, expect, it } from 'vitest';
import { bytesToBase64, describeChoice, readChosenFiles, relativeName, type ChosenFile } from './file-to-base64.js';

function chosen(name: string, text: string, webkitRelativePath = ''): ChosenFile {
  const bytes = new TextEncoder().encode(text);
  return { name, webkitRelativePath, arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
}

describe('files to base64', () => {
  it('encodes bytes exactly as Node does, including non-ASCII and empty input', () => {
    const samples = [new Uint8Array([]), new TextEncoder().encode('UTF8 𝑑 Test'), new Uint8Array([0, 255, 128, 1, 2])];
    for (const bytes of samples) expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('encodes a file larger than one slice (a CASE package is megabytes)', () => {
    const bytes = new Uint8Array(100_003).map((_, index) => (index * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('names a folder upload by its relative path, a single file by its name', () => {
    expect(relativeName(chosen('users.csv', '', 'roster/users.csv'))).toBe('roster/users.csv');
    expect(relativeName(chosen('Ordering.json', ''))).toBe('Ordering.json');
  });

  it('reads a folder upload, keeping its CSV files only', async () => {
    const files = [chosen('users.csv', 'sourcedId\n', 'set/users.csv'), chosen('notes.txt', 'x', 'set/notes.txt'), chosen('manifest.csv', 'a,b', 'set/manifest.csv')];
    const read = await readChosenFiles(files);
    expect(read.map((file) => file.name)).toEqual(['set/users.csv', 'set/manifest.csv']);
    expect(Buffer.from(read[1]?.base64 ?? '', 'base64').toString()).toBe('a,b');
    expect(describeChoice(files)).toBe('set (3 files)');
  });

  it('keeps a single chosen file whatever its extension: the gradebook says what it is', async () => {
    const read = await readChosenFiles([chosen('standards.txt', 'code,statement')]);
    expect(read).toEqual([{ name: 'standards.txt', base64: Buffer.from('code,statement').toString('base64') }]);
    expect(describeChoice([chosen('standards.txt', '')])).toBe('standards.txt');
  });
});
