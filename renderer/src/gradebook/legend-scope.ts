import type { GridColumn } from '../../../preload/contract/index.js';

/**
 * Which columns a scale's legend belongs to, in words: "all standards", or with several scales
 * "3 standards: SK.1, SK.2, SK.3" (the first few codes, then how many more).
 */
export function legendScope(scaleId: string, columns: readonly Pick<GridColumn, 'scaleId' | 'code' | 'statement'>[], shown = 3): string {
  const on = columns.filter((column) => column.scaleId === scaleId);
  if (on.length === columns.length) return 'all standards';
  const codes = on.slice(0, shown).map((column) => column.code ?? column.statement);
  const more = on.length > shown ? ` and ${on.length - shown} more` : '';
  return `${on.length} ${on.length === 1 ? 'standard' : 'standards'}: ${codes.join(', ')}${more}`;
}
