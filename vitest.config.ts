import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{db,main,preload,renderer,test/integration}/**/*.test.{ts,tsx}'],
    // real SQLite files and worker threads: keep files in separate processes, one per core (Vitest's own
    // default is one fewer than the cores, which on a two-core CI machine ran every file one after another)
    pool: 'forks',
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    // every worker thread the tests start runs one bundle of the worker made at the start of the run
    globalSetup: ['test/helpers/worker-bundle.ts'],
    // the JSON report feeds the one-line summary CI prints (.ci/summarize.mjs)
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
