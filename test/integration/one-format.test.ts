import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const rendererSource = join(import.meta.dirname, '../../renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-data)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('number and date formats', () => {
  it('come from renderer/src/format only', () => {
    // one helper each (numbers.ts, calendar-date.ts): a stray toLocaleString('en') or Intl format
    // elsewhere is how "200000" and "12/01/2026" crept in beside "1,000" and "12 Jan 2026"
    const strays = sourceFiles(rendererSource)
      .filter((path) => !path.startsWith(join(rendererSource, 'format')))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, at: `${relative(rendererSource, path)}:${index + 1}` }))
          .filter(({ line }) => /\.toLocale(Date|Time)?String\(|new Intl\.(NumberFormat|DateTimeFormat)/.test(line))
          .map(({ at }) => at),
      );
    expect(strays).toEqual([]);
  });
});
