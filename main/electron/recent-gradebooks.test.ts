import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import {
  addRecent,
  maxRecentGradebooks,
  parseRecentGradebooks,
  pruneMissing,
  readRecentGradebooks,
  recentGradebooksFile,
  removeRecent,
  samePath,
  serializeRecentGradebooks,
  writeRecentGradebooks,
} from './recent-gradebooks.js';

const tempDir = useTempDir();
const paths = (n: number) => Array.from({ length: n }, (_, i) => `/home/teacher/Gradebooks/class-${i + 1}.proficio`);

describe('the recent gradebooks list', () => {
  it('puts the gradebook just opened first, once, and keeps ten', () => {
    let list: string[] = [];
    for (const path of paths(12)) list = addRecent(list, path, 'linux');
    expect(list).toHaveLength(maxRecentGradebooks);
    expect(list[0]).toBe('/home/teacher/Gradebooks/class-12.proficio');
    expect(list.at(-1)).toBe('/home/teacher/Gradebooks/class-3.proficio');

    const reopened = addRecent(list, '/home/teacher/Gradebooks/class-7.proficio', 'linux');
    expect(reopened[0]).toBe('/home/teacher/Gradebooks/class-7.proficio');
    expect(reopened).toHaveLength(maxRecentGradebooks);
    expect(new Set(reopened).size).toBe(reopened.length);
  });

  it('treats two spellings of one file as one entry', () => {
    const list = addRecent(['/home/teacher/Gradebooks/a.proficio'], '/home/teacher/Gradebooks/../Gradebooks/a.proficio', 'linux');
    expect(list).toHaveLength(1);
    expect(samePath('/Users/T/Gradebooks/A.proficio', '/users/t/gradebooks/a.proficio', 'darwin')).toBe(true);
    expect(samePath('/home/t/A.proficio', '/home/t/a.proficio', 'linux')).toBe(false);
    expect(removeRecent(['/Users/T/A.proficio', '/Users/T/B.proficio'], '/users/t/a.proficio', 'darwin')).toEqual(['/Users/T/B.proficio']);
  });

  it('drops files that no longer exist', () => {
    const dir = tempDir();
    const kept = join(dir, 'kept.proficio');
    writeFileSync(kept, '');
    expect(pruneMissing([join(dir, 'gone.proficio'), kept], existsSync)).toEqual([kept]);
  });

  it('survives a damaged or foreign file by trusting only what it can', () => {
    expect(parseRecentGradebooks('{ not json')).toEqual([]);
    expect(parseRecentGradebooks('"just a string"')).toEqual([]);
    expect(parseRecentGradebooks('{"gradebooks": "not a list"}')).toEqual([]);
    expect(parseRecentGradebooks(JSON.stringify({ version: 1, gradebooks: ['/a.proficio', 7, null, '', '/b.proficio', '/a.proficio'] }))).toEqual([
      '/a.proficio',
      '/b.proficio',
    ]);
    expect(parseRecentGradebooks(JSON.stringify({ version: 1, gradebooks: paths(25) }))).toEqual(paths(10));
  });

  it('round-trips through its JSON file in the profile, replacing it whole', () => {
    const file = recentGradebooksFile(join(tempDir(), 'profile'));
    expect(readRecentGradebooks(file)).toEqual([]);
    writeRecentGradebooks(file, paths(3));
    expect(readRecentGradebooks(file)).toEqual(paths(3));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, gradebooks: paths(3) });
    writeRecentGradebooks(file, paths(1));
    expect(readRecentGradebooks(file)).toEqual(paths(1));
    expect(readdirSync(join(file, '..'))).toEqual(['recent-gradebooks.json']);
    expect(serializeRecentGradebooks(paths(20))).toBe(serializeRecentGradebooks(paths(10)));
  });
});
