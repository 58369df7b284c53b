import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportPath } from './commit/read-import-input.js';
import { classifyPath, importFileByteLimit, readFolderCsvFiles, readRegularFile } from './read-path.js';
import { standardsCsvTemplate } from './standards-csv/standards-csv-template.js';
import { useTempDir } from '../../test/helpers/temp-dir.js';

const tempDir = useTempDir();

describe('reading an import path (the command line only)', () => {
  it('reads a regular file and a link to one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), 'hello');
    symlinkSync(join(dir, 'a.csv'), join(dir, 'b.csv'));
    const read = readRegularFile(join(dir, 'b.csv'));
    expect(read.ok && new TextDecoder().decode(read.value)).toBe('hello');
    expect(classifyPath(dir)).toEqual({ ok: true, value: 'folder' });
  });

  it('refuses a file over the cap, saying what the cap is (checked on the size before reading)', () => {
    const dir = tempDir();
    const path = join(dir, 'standards.csv');
    writeFileSync(path, standardsCsvTemplate());
    const read = readImportPath(path, {}, undefined, { maxFileBytes: 100 });
    expect(read.source.kind).toBeNull();
    const issues = read.source.kind === null ? read.source.issues : [];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe(`${path}: the file is larger than 100 bytes, the most Proficio reads from one import file; expected a file of at most 100 bytes.`);
    // the real cap is stated in megabytes
    expect(importFileByteLimit).toBe(512 * 1024 * 1024);
    expect(readImportPath(path, {}, undefined, { maxFileBytes: 100_000 }).source.kind).toBe('standards-csv');
  });

  it('applies the cap to each file of a folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'set'));
    writeFileSync(join(dir, 'set', 'manifest.csv'), 'propertyName,value\n');
    writeFileSync(join(dir, 'set', 'users.csv'), 'x'.repeat(500));
    const read = readFolderCsvFiles(join(dir, 'set'), { maxFileBytes: 100 });
    expect(read.ok === false && read.issues.map((issue) => issue.file)).toEqual([join(dir, 'set', 'users.csv')]);
  });

  it('refuses a pipe, a device and a socket-like path without blocking', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    expect(classifyPath(join(dir, 'pipe.csv'))).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/named pipe/) }] });
    // even read directly (as if swapped in after a check), the pipe is refused on its open descriptor
    expect(readRegularFile(join(dir, 'pipe.csv'))).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/named pipe/) }] });
    expect(readRegularFile('/dev/zero')).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/^\/dev\/zero: this is a device/) }] });
    expect(classifyPath(join(dir, 'nope.json'))).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/cannot be opened/) }] });
  });
});
