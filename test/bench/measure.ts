import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Best of `runs` wall-clock timings in milliseconds (best, not mean: the machine's noise only adds). */
export function bestOf(runs: number, work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export function report(label: string, figures: Record<string, string | number>): void {
  const parts = Object.entries(figures).map(([key, value]) => `${key}=${typeof value === 'number' ? formatNumber(value) : value}`);
  process.stdout.write(`${label.padEnd(44)} ${parts.join('  ')}\n`);
}

function formatNumber(value: number): string {
  if (Math.abs(value) >= 1000 || Number.isInteger(value)) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(value < 10 ? 3 : 1);
}

export function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'proficio-bench-'));
  return work(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}
