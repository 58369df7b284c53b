import type { JSX } from 'react';
import type { DisplayColumn } from './grid-columns.js';

/**
 * The active column's standard, written out in full above the grid: a 72-pixel header holds a code, not a
 * statement, and a teacher scoring "5.NBT.A.2" should not have to hover to recall what it asks for.
 */
export function ActiveStandard(props: { column: DisplayColumn | undefined }): JSX.Element | null {
  const { column } = props;
  if (!column) return null;
  const code = column.kind === 'standard' ? column.code : `Roll-up of ${column.group.code ?? 'a group'}`;
  const statement = column.kind === 'standard' ? column.statement : column.group.statement;
  return (
    <p className="gradebook__standard" data-testid="active-standard">
      <strong className="gradebook__standard-code">{code}</strong> {statement}
    </p>
  );
}
