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
  rendererIndex: string;
  /** The URL the window shows; IPC and navigation guards compare against it. */
  rendererIndexUrl: string;
  /** The renderer bundle's folder as a URL ending in `/`: the only files the page may load. */
  rendererDirUrl: string;
};

export function appLayout(mainBundleUrl: string): AppLayout {
  const at = (relative: string) => new URL(relative, mainBundleUrl);
  return {
    root: fileURLToPath(at('../../')),
    preload: fileURLToPath(at('../preload/index.cjs')),
    rendererIndex: fileURLToPath(at('../renderer/index.html')),
    rendererIndexUrl: at('../renderer/index.html').href,
    rendererDirUrl: at('../renderer/').href,
  };
}
