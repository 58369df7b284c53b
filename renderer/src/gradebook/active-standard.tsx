import type { JSX } from 'react';
import { plural } from '../format/plural.js';
import { Button } from '../ui/button.js';
import type { DisplayColumn } from './grid-columns.js';

/** "Make a group" of the learners who have not mastered the shown standard yet; null while it cannot be offered. */
export type GroupOffer = { count: number; onMake: () => void } | null;

/**
 * The active column's standard, written out in full above the grid: a 72-pixel header holds a code, not a
 * statement, and a teacher scoring "5.NBT.A.2" should not have to hover to recall what it asks for. Beside
 * it, the way from the gradebook to Groups: the learners still working on that standard, in one group.
 */
export function ActiveStandard(props: { column: DisplayColumn | undefined; groupOffer: GroupOffer }): JSX.Element | null {
  const { column, groupOffer } = props;
  if (!column) return null;
  const code = column.kind === 'standard' ? column.code : `Roll-up of ${column.group.code ?? 'a group'}`;
  const statement = column.kind === 'standard' ? column.statement : column.group.statement;
  return (
    <div className="gradebook__standard-line">
      <p className="gradebook__standard" data-testid="active-standard">
        <strong className="gradebook__standard-code">{code}</strong> {statement}
      </p>
      {groupOffer && groupOffer.count > 0 ? (
        <Button small onClick={groupOffer.onMake}>
          Make a group of the {plural(groupOffer.count, 'learner')} not there yet
        </Button>
      ) : null}
    </div>
  );
}
