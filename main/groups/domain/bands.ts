/** A scale's level as bands need it. */
export type BandLevel = { value: number; label: string };

/**
 * The band a computed level falls in: the highest scale level at or below it (2.57 on a 1–4 scale is
 * Developing), the lowest level when below them all. `rank` orders bands (higher is more proficient).
 */
export function bandOf(level: number | null, levels: readonly BandLevel[]): { label: string; rank: number } | null {
  if (level === null || levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a.value - b.value);
  let rank = 0;
  sorted.forEach((l, i) => {
    if (l.value <= level + 1e-9) rank = i;
  });
  return { label: sorted[rank]?.label ?? '', rank };
}
