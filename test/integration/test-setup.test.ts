import { describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/support/chromium.js';
import { fixturePath, locateFixtures } from '../helpers/fixtures-dir.js';
import { ensureChromium, installingLine, type PreflightContext } from '../preflight.js';

/**
 * What the test command does about its own prerequisites, in an injected world (nothing is installed
 * or removed): the Chromium preflight before the browser tests, and the real-data fixtures flag of CI.
 */
function world(options: { executables: string[]; isRoot: boolean; env?: Record<string, string>; installs?: string[]; installFails?: boolean }) {
  const executables = new Set(options.executables);
  const said: string[] = [];
  const complained: string[] = [];
  let installs = 0;
  const context: PreflightContext = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...options.env },
    isRoot: options.isRoot,
    isExecutable: (path) => executables.has(path),
    installChromium: () => {
      installs += 1;
      if (options.installFails) return { ok: false, output: 'E: Unable to locate package chromium\n' };
      for (const path of options.installs ?? []) executables.add(path);
      return { ok: true, output: '' };
    },
    say: (line) => said.push(line),
    complain: (line) => complained.push(line),
  };
  return { context, said, complained, installs: () => installs };
}

describe('finding Chromium', () => {
  it('takes PROFICIO_CHROMIUM first, then the chromium command on PATH, else names Debian’s place', () => {
    const exists = (paths: string[]) => (path: string) => paths.includes(path);
    expect(findChromium({ PATH: '/opt/bin:/usr/bin' }, exists(['/usr/bin/chromium', '/opt/bin/chromium']))).toEqual({ found: true, path: '/opt/bin/chromium', from: 'PATH' });
    expect(findChromium({ PATH: '/usr/bin', PROFICIO_CHROMIUM: '/x/chrome' }, exists(['/x/chrome', '/usr/bin/chromium']))).toEqual({ found: true, path: '/x/chrome', from: 'override' });
    expect(findChromium({ PATH: '/usr/bin', PROFICIO_CHROMIUM: '/x/chrome' }, exists(['/usr/bin/chromium']))).toEqual({ found: false, path: '/x/chrome', from: 'override' });
    expect(findChromium({ PATH: '/bin' }, exists([]))).toEqual({ found: false, path: '/usr/bin/chromium', from: 'PATH' });
  });
});

describe('the Chromium preflight', () => {
  it('says nothing and goes on when Chromium is there', () => {
    const { context, said, complained, installs } = world({ executables: ['/usr/bin/chromium', '/usr/bin/apt-get'], isRoot: true });
    expect(ensureChromium(context)).toBe(0);
    expect([...said, ...complained]).toEqual([]);
    expect(installs()).toBe(0);
  });

  it('missing, as root: installs it with apt-get, saying so in one line', () => {
    const { context, said, complained, installs } = world({ executables: ['/usr/bin/apt-get'], isRoot: true, installs: ['/usr/bin/chromium'] });
    expect(ensureChromium(context)).toBe(0);
    expect(said).toEqual([installingLine]);
    expect(complained).toEqual([]);
    expect(installs()).toBe(1);
  });

  it('missing, as root, and apt-get fails: shows apt’s output and stops', () => {
    const { context, said, complained } = world({ executables: ['/usr/bin/apt-get'], isRoot: true, installFails: true });
    expect(ensureChromium(context)).toBe(1);
    expect(said).toEqual([installingLine]);
    expect(complained.join('\n')).toContain('Unable to locate package chromium');
    expect(complained.at(-1)).toMatch(/^Could not install Chromium with apt-get/);
  });

  it('missing, not root: stops before the suite with one line saying what to install', () => {
    const { context, said, complained, installs } = world({ executables: ['/usr/bin/apt-get'], isRoot: false });
    expect(ensureChromium(context)).toBe(1);
    expect(said).toEqual([]);
    expect(complained).toEqual(['The browser tests need Chromium: run `sudo apt-get install chromium` and try again.']);
    expect(installs()).toBe(0);
  });

  it('missing where there is no apt-get: one line naming the package and the override', () => {
    const { context, complained, installs } = world({ executables: [], isRoot: true });
    expect(ensureChromium(context)).toBe(1);
    expect(complained).toHaveLength(1);
    expect(complained[0]).toContain('PROFICIO_CHROMIUM');
    expect(installs()).toBe(0);
  });

  it('a PROFICIO_CHROMIUM that points nowhere is reported, never papered over by an install', () => {
    const { context, complained, installs } = world({ executables: ['/usr/bin/apt-get', '/usr/bin/chromium'], isRoot: true, env: { PROFICIO_CHROMIUM: '/nowhere/chromium' } });
    expect(ensureChromium(context)).toBe(1);
    expect(complained).toEqual([expect.stringMatching(/^PROFICIO_CHROMIUM is set to \/nowhere\/chromium, which is not an executable file/)]);
    expect(installs()).toBe(0);
  });
});

describe('the real-data fixtures flag', () => {
  const there = (paths: string[]) => (path: string) => paths.includes(path);

  it('finds them beside the clone, or at PROFICIO_FIXTURES', () => {
    expect(locateFixtures({}, '/src/proficio', there(['/src/shared/fixtures']))).toMatchObject({ dir: '/src/shared/fixtures', present: true, required: false });
    expect(locateFixtures({ PROFICIO_FIXTURES: '/data/fx' }, '/src/proficio', there(['/data/fx']))).toMatchObject({ dir: '/data/fx', present: true });
  });

  it('without the flag, missing fixtures mean the real-data tests skip, saying where they looked', () => {
    const location = locateFixtures({}, '/src/proficio', there([]));
    expect(location).toMatchObject({ present: false, required: false });
    expect(location.missingReason).toContain('/src/shared/fixtures');
    expect(fixturePath(location, ['a', 'b.json'], there([]))).toBe('/src/shared/fixtures/a/b.json');
  });

  it('with PROFICIO_REQUIRE_FIXTURES=1, missing fixtures are an error that says where they should be', () => {
    expect(() => locateFixtures({ PROFICIO_REQUIRE_FIXTURES: '1' }, '/src/proficio', there([]))).toThrow(
      /PROFICIO_REQUIRE_FIXTURES=1 and the shared real-data fixtures are not at \/src\/shared\/fixtures/,
    );
    const location = locateFixtures({ PROFICIO_REQUIRE_FIXTURES: '1' }, '/src/proficio', there(['/src/shared/fixtures']));
    expect(() => fixturePath(location, ['case-opensalt-tests', 'Ordering.json'], there([]))).toThrow(/fixture \/src\/shared\/fixtures\/case-opensalt-tests\/Ordering.json is missing/);
    expect(locateFixtures({ PROFICIO_REQUIRE_FIXTURES: '0' }, '/src/proficio', there([])).required).toBe(false);
  });
});
