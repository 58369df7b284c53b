/**
 * Today on the machine's own calendar, as YYYY-MM-DD. A teacher's "today" is local: evidence recorded
 * at 8 pm on 3 March belongs to 3 March, whatever UTC says.
 */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
