/**
 * Every count and percentage the window shows goes through here, so "1,000 learners" and "200,000
 * cells" read the same everywhere: thousands separators and digits as the computer's locale writes
 * them (the same locale calendar-date.ts follows for dates).
 */
let countFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
let percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** "1,000" (or "1.000", "1 000" — the system's way): a whole count, rounded. */
export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** "40%" of `done` out of `total`, never above 100% nor below 0%; rounded down, so 100% means done. */
export function formatPercent(done: number, total: number): string {
  const share = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
  return percentFormat.format(Math.floor(share * 100) / 100);
}

/** For tests: format as `locale` would, instead of the computer's own. */
export function writeNumbersAs(locale: string | undefined): void {
  countFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
}
