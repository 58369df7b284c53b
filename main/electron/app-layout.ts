/**
 * Where the shell's own files are, worked out from the location of the main bundle
 * (out/main/index.js) rather than the working directory or `app.getAppPath()`: the same answer when
 * run with `electron .`, with `electron out/main/index.js` (the Playwright test) and from app.asar.
 */
import { fileURLToPath } from 'node:url';

export type AppLayout = {
  /** The folder holding package.json and out/ (the repository, or app.asar when packaged). */
  root: string;
  preload: string;
  /** The renderer bundle's page; the window loads it through app://proficio/ (policy.ts), not from disk. */
  rendererIndex: string;
  /** The window's icon: the renderer's public icon, which the renderer build copies beside its page. */
  windowIcon: string;
};

export function appLayout(mainBundleUrl: string): AppLayout {
  const at = (relative: string) => new URL(relative, mainBundleUrl);
  return {
    root: fileURLToPath(at('../../')),
    preload: fileURLToPath(at('../preload/index.cjs')),
    rendererIndex: fileURLToPath(at('../renderer/index.html')),
    windowIcon: fileURLToPath(at('../renderer/icon-512.png')),
  };
}
