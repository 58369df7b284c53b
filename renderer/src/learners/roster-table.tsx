import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState, type JSX, type ReactNode } from 'react';
import { compareNames } from '../format/learner-name.js';
import { lastSeenSortKey, type RosterRow } from './roster-row.js';
import { LastEvidenceCell } from './last-evidence-cell.js';
import { LearnerNameCell } from './learner-name-cell.js';
import { formatRoute } from '../session/hash-route.js';
import { SortHeader } from '../ui/sort-header.js';
import { formatCount } from '../format/numbers.js';

const column = createColumnHelper<RosterRow>();

// Numbers sort "fewest first" on the first click: the teacher is looking for who needs attention.
// The learner's name links to their profile in this class.
const columnsFor = (classId: string) => [
  column.accessor((row) => row.name.sortKey, {
    id: 'learner',
    sortingFn: (a, b) => compareNames(a.original.name, b.original.name),
    cell: ({ row }) => <LearnerNameCell learnerId={row.original.learnerId} name={row.original.name} href={formatRoute({ view: 'learners', classId, itemId: row.original.learnerId })} />,
  }),
  column.accessor('evidenceCount', {
    id: 'evidence',
    sortDescFirst: false,
    cell: ({ getValue }) => formatCount(getValue()),
  }),
  column.accessor(lastSeenSortKey, {
    id: 'lastEvidence',
    sortDescFirst: false,
    sortingFn: (a, b) => Math.sign(lastSeenSortKey(a.original) - lastSeenSortKey(b.original)) || 0,
    cell: ({ row }) => <LastEvidenceCell row={row.original} />,
  }),
];

const headings: Record<string, { label: string; hint: string; numeric?: boolean }> = {
  learner: { label: 'Learner', hint: 'Sort by family name' },
  evidence: { label: 'Evidence', hint: 'Sort by how much evidence each learner has', numeric: true },
  lastEvidence: { label: 'Last evidence', hint: 'Sort by when each learner was last assessed' },
};

export function RosterTable(props: { classId: string; rows: RosterRow[]; caption: ReactNode }): JSX.Element {
  const columns = useMemo(() => columnsFor(props.classId), [props.classId]);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'learner', desc: false }]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the table object is read during render only, never memoized
  const table = useReactTable({
    data: props.rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return (
    <table className="roster">
      <caption className="roster__caption">{props.caption}</caption>
      <colgroup>
        <col className="roster__col-learner" />
        <col className="roster__col-evidence" />
        <col className="roster__col-last" />
      </colgroup>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const heading = headings[header.column.id] ?? { label: header.column.id, hint: '' };
              return <SortHeader key={header.id} header={header} label={heading.label} hint={heading.hint} numeric={heading.numeric ?? false} />;
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} className={row.original.recency.kind === 'recent' ? undefined : 'is-flagged'}>
            {row.getVisibleCells().map((cell) =>
              cell.column.id === 'learner' ? (
                <th key={cell.id} scope="row" data-column={cell.column.id}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </th>
              ) : (
                <td key={cell.id} data-column={cell.column.id} className={headings[cell.column.id]?.numeric ? 'cell--numeric' : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

