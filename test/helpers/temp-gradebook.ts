import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { useTempDir } from './temp-dir.js';

/**
 * A real gradebook file in a fresh temp folder per call, closed after each test (before its folder
 * goes: vitest runs after-hooks last-registered first, and this one registers after useTempDir's).
 */
export function useTempGradebook(): (name?: string) => Promise<Gradebook> {
  const tempDir = useTempDir();
  const opened: Gradebook[] = [];
  afterEach(() => {
    for (const gradebook of opened.splice(0)) gradebook.close();
  });
  return async (name = 'test.proficio') => {
    const gradebook = await openGradebook(join(tempDir(), name));
    opened.push(gradebook);
    return gradebook;
  };
}
