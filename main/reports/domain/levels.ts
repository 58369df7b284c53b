/**
 * The level a computed value has reached on its scale: 2.57 has reached 2 (Developing), not 3 — the
 * way the grid shows it — so a report's "at 3 or above" agrees with the mastered tick. A value below
 * the lowest level (a power-law trend can dip) counts at the lowest.
 */
export function levelReached(value: number, levelValues: readonly number[]): number {
  let reached: number | null = null;
  let lowest = Infinity;
  for (const level of levelValues) {
    if (level < lowest) lowest = level;
    // a hair of tolerance: 2.9999999 from a weighted mean is 3 on paper
    if (level <= value + 1e-9 && (reached === null || level > reached)) reached = level;
  }
  return reached ?? (Number.isFinite(lowest) ? lowest : value);
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** The `q` quantile by linear interpolation between closest ranks (q = 0.5: the median). */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? 0;
  const high = sorted[above] ?? low;
  return low + (high - low) * (position - below);
}

/** Whole days from one ISO date to another (UTC calendar days, so clocks and zones do not matter). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso.slice(0, 10)}T00:00:00Z`) - Date.parse(`${fromIso.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/** The ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
