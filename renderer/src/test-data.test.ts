import { describe, expect, it } from 'vitest';

/**
 * Test data lives beside its tests as `*.test-data.ts`: vitest does not take it for a test file, and no
 * file of the app may import it, so it never reaches the bundle. The sources are read through Vite's
 * import.meta.glob (the renderer's lint keeps Node's fs out of renderer/).
 */
type RawGlob = (patterns: string[], options: { query: '?raw'; import: 'default'; eager: true }) => Record<string, string>;
const appSources = (import.meta as ImportMeta & { glob: RawGlob }).glob(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./**/*.test-data.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('test data', () => {
  it('is read from the whole of src/', () => {
    expect(Object.keys(appSources)).toContain('./main.tsx');
  });

  it('is imported by tests only', () => {
    const importers = Object.entries(appSources)
      .filter(([, source]) => /from '[^']*\.test-data\.js'/.test(source))
      .map(([path]) => path);
    expect(importers).toEqual([]);
  });
});
