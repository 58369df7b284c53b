/**
 * A grade as people say it, from the codes files use (CEDS: `PK`, `KG`, `01`…`12`, or `K`, `5`):
 * "Kindergarten", "Grade 5" — never "Grade 05".
 */
export function gradeLabel(grade: string): string {
  const code = grade.trim().toUpperCase();
  if (code === 'K' || code === 'KG') return 'Kindergarten';
  if (code === 'PK') return 'Pre-kindergarten';
  if (/^\d+$/.test(code)) return `Grade ${Number(code)}`;
  return `Grade ${grade.trim()}`;
}
