import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/support/chromium.js';
import { e2eWorkers, sessionStatePath } from './test/e2e/support/harness-session.js';
import { recordingProxy } from './test/e2e/support/network-recorder.js';

/**
 * End-to-end tests. The Chromium tests drive the real renderer bundle (out/renderer, built by
 * `electron-vite build`) through the loopback harness — one per worker, which global setup starts, each on
 * a fresh demo gradebook; the Electron-mode test in the same folder launches its own app and skips without
 * a binary. Every browser context starts with its worker's harness session cookie (global setup traded the
 * one-time link for it; see test/e2e/support/harness-session.ts: the config is read again in each worker,
 * with the worker's slot in TEST_PARALLEL_INDEX), and goes through the recording proxy global
 * setup starts (support/network-recorder.ts), which lets the app's own origin through and nothing else.
 */
export default defineConfig({
  testDir: 'test/e2e',
  // a harness per worker (global setup); a spec file runs whole, in order, in one of them
  workers: e2eWorkers,
  fullyParallel: false,
  forbidOnly: Boolean(process.env['CI']),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  globalSetup: './test/e2e/harness.ts',
  // a folder of its own: Playwright empties its output folder, and test-results/ also holds vitest.json
  outputDir: 'test-results/playwright',
  // the JSON report feeds the one-line summary CI prints (.ci/summarize.mjs)
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
    storageState: sessionStatePath(),
    // set in the workers, which start after global setup; the runner itself opens no browser
    proxy: recordingProxy(),
  },
});
