import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{db,main,preload,renderer,test/integration}/**/*.test.{ts,tsx}'],
    // real SQLite files and worker threads: keep files in separate processes, one per core
    pool: 'forks',
    testTimeout: 30_000,
    // the JSON report feeds the one-line summary CI prints (.ci/summarize.mjs)
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
