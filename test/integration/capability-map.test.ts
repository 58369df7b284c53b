import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The README's capability map is a promise to newcomers: every path in it exists, and nothing is missing from it. */
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('### Capability map'), readme.indexOf('Lint enforces the arrows'));
const mentioned = new Set([...section.matchAll(/`([a-z][\w./-]*)`/g)].map((m) => m[1]!.replace(/\/$/, '')));

const folders = (dir: string) => readdirSync(dir).filter((name) => statSync(`${dir}/${name}`).isDirectory());
const sources = (dir: string) => readdirSync(dir).filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name));

describe('the README capability map', () => {
  it('names only paths that exist', () => {
    const paths = [...mentioned].filter((path) => path.includes('/') && !path.includes('<'));
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) expect(existsSync(path), path).toBe(true);
  });

  it('names every capability folder and contract file, every db module and every top folder of main/ and renderer/src/', () => {
    const expected = [
      ...folders('main').map((name) => `main/${name}`),
      ...folders('renderer/src').map((name) => `renderer/src/${name}`),
      ...sources('preload/contract').map((name) => `preload/contract/${name}`),
      ...sources('db').map((name) => `db/${name}`),
    ];
    const missing = expected.filter((path) => !mentioned.has(path) && !mentioned.has(path.split('/').pop()!));
    expect(missing).toEqual([]);
  });

  it('gives each capability the same name in every layer', () => {
    const capabilities = ['gradebook', 'learners', 'standards', 'scales', 'import', 'paths', 'groups', 'reports'];
    for (const capability of capabilities) {
      for (const path of [`preload/contract/${capability}.ts`, `main/${capability}/handlers.ts`, `renderer/src/${capability}`, `test/channels/${capability}.ts`]) {
        expect(existsSync(path), path).toBe(true);
      }
    }
  });
});
