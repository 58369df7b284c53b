import type { GradebookReader } from '../../../../db/handle.js';
import { warningIssue, type ImportIssue, type IssueFields } from '../../import-issue.js';
import type { RecordStatus, RosterPackage } from '../../roster-package.js';
import { createCounter, type ImportCounts, type TableCounts } from '../import-counts.js';
import { queueUpsert, tableOps, type OpsTarget, type Row, type TableOps } from '../table-ops.js';

export const rosterTables = ['schools', 'terms', 'courses', 'classes', 'learners', 'educators', 'contacts', 'enrollments', 'demographics'] as const;
export type RosterTable = (typeof rosterTables)[number];

/** A learner or educator of the set, by sourcedId: what enrollments and contacts link to. `key` names the person within one plan. */
export type Person = { kind: 'learner'; id: string; key: number } | { kind: 'educator'; id: string; role: 'teacher' | 'aide'; key: number };

/**
 * What every table's planner shares while one roster package is diffed against the gradebook: the
 * counts, the warnings (one per kind of problem, "and N more like it"), and how a source row becomes
 * a queued write.
 */
export type RosterPlanning = {
  reader: GradebookReader;
  pkg: RosterPackage;
  fileLabel: string;
  counts: ImportCounts;
  issues: ImportIssue[];
  bump(table: RosterTable, kind: keyof TableCounts): void;
  /** One warning per `group`; later ones of the same group only add to its "and N more like it". */
  warn(group: string, fields: IssueFields): void;
  /** The file a row came from, as the user knows it: `roster.zip/users.csv`, or the one CSV. */
  file(name: string): string;
  /** The status a row gets: a delta row without one keeps what the gradebook has. */
  statusOf(status: RecordStatus, mode: 'bulk' | 'delta' | 'absent', stored: Row | undefined, active: string, inactive: string): string;
  /** Queues a row from a source record; a record older than the gradebook's copy is skipped, said once per file. */
  upsertFrom(record: { dateLastModified: string | null }, from: string, ops: TableOps, stored: Row | undefined, next: Row): ReturnType<typeof queueUpsert>;
  /** Where one table's planned writes go: counted (preview) or written as they are planned (commit). */
  ops(table: RosterTable, key?: string): TableOps;
  /** Adds "and N more like it" to each folded warning. */
  finish(): void;
};

export function startRosterPlanning(reader: GradebookReader, pkg: RosterPackage, fileLabel: string, target: OpsTarget): RosterPlanning {
  const { counts, bump } = createCounter(rosterTables);
  const issues: ImportIssue[] = [];
  const folded = new Map<string, { issue: ImportIssue; more: number }>();
  const warn = (group: string, fields: IssueFields) => {
    const earlier = folded.get(group);
    if (earlier) earlier.more++;
    else {
      const issue = warningIssue(fields);
      folded.set(group, { issue, more: 0 });
      issues.push(issue);
    }
  };
  const file = (name: string) => (pkg.source === 'oneroster' ? `${fileLabel}/${name}.csv` : fileLabel);
  return {
    reader,
    pkg,
    fileLabel,
    counts,
    issues,
    bump,
    warn,
    file,
    ops: (table, key) => tableOps(target, table, key),
    statusOf(status, mode, stored, active, inactive) {
      if (status === 'tobedeleted') return inactive;
      if (status === 'active' || mode === 'bulk') return active;
      return stored ? String(stored['status']) : active;
    },
    upsertFrom(record, from, ops, stored, next) {
      const counted = queueUpsert(ops, stored, next, record.dateLastModified);
      if (counted === 'skipped') {
        warn(`stale\u0000${from}`, {
          file: file(from),
          column: 'dateLastModified',
          value: record.dateLastModified ?? '',
          expected: `a dateLastModified after the gradebook's copy (${String(stored?.['source_modified_at'])})`,
          problem: 'the row is older than what the gradebook already holds, so the newer data is kept',
        });
      }
      return counted;
    },
    finish() {
      for (const { issue, more } of folded.values()) {
        if (more > 0) issue.message = issue.message.replace(/\.$/, ` (and ${more} more like it).`);
      }
    },
  };
}
