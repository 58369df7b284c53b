import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

/**
 * One build tool for the three bundles (electron-vite: Vite for each of main, preload, renderer).
 * - main: the Electron shell plus the gradebook worker as a second entry, so the worker is a file
 *   of its own that `new Worker()` can start; runtime packages stay in node_modules (better-sqlite3
 *   is native and cannot be bundled).
 * - preload: one CommonJS file with its dependencies inlined — a sandboxed preload can only
 *   `require('electron')`.
 * - renderer: the React app, the same bundle the browser test harness serves.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('main/electron/index.ts'),
          'gradebook-worker': resolve('main/worker/gradebook-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
