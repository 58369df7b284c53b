import type { CoachFile, CoachFilter, ReportFilter, SchoolTerm } from '../../../preload/contract/reports.js';
import type { ClusterOption, ReportChoices } from './report-filters.js';

/**
 * The request for the choices on screen, or the sentence that says why the dates cannot be used (the
 * report keeps showing the last good answer meanwhile). A quiet-days box left empty or out of range
 * falls back to the default rather than refusing the whole report.
 */
export function reportFilterOf(classId: string, choices: ReportChoices): { filter: ReportFilter; dateProblem: string | null } {
  const { filter, dateProblem } = coachFilterOf(choices);
  return { filter: { classId, ...filter }, dateProblem };
}

/** The same, without a class: coach mode reads every class of the teachers' files with it. */
export function coachFilterOf(choices: ReportChoices): { filter: CoachFilter; dateProblem: string | null } {
  const days = Number(choices.quietDays);
  const base: CoachFilter = {
    ...(choices.asOf === null ? {} : { asOf: choices.asOf }),
    ...(choices.cluster === '' ? {} : { cluster: choices.cluster }),
    ...(choices.kinds.length === 0 ? {} : { evidenceKinds: choices.kinds }),
    ...(Number.isInteger(days) && days >= 1 && days <= 366 ? { quietDays: days } : {}),
  };
  if (choices.from !== '' && choices.to !== '' && choices.from > choices.to) {
    return { filter: base, dateProblem: 'The evidence window starts after it ends: change one of the two dates.' };
  }
  return { filter: { ...base, ...(choices.from === '' ? {} : { from: choices.from }), ...(choices.to === '' ? {} : { to: choices.to }) }, dateProblem: null };
}

/**
 * Choosing a term sets the evidence window to it; choosing "the class's own term" again clears both
 * dates (the report then ends the window at the class's term by itself). A date typed by hand no longer
 * is the term's, so the term choice goes back to none.
 */
export function withTerm(choices: ReportChoices, term: SchoolTerm | null): ReportChoices {
  return term === null ? { ...choices, term: '', from: '', to: '' } : { ...choices, term: term.termId, from: term.startsOn, to: term.endsOn };
}

export function withDates(choices: ReportChoices, dates: { from?: string; to?: string }): ReportChoices {
  return { ...choices, ...dates, term: '' };
}

/**
 * The terms of several teachers' files as one list: the same term (by roster sourcedId, else title and
 * dates) once, newest first. The id kept is the first file's; the window it sets is the same.
 */
export function mergeTerms(lists: readonly (readonly SchoolTerm[])[]): SchoolTerm[] {
  const byKey = new Map<string, SchoolTerm>();
  for (const term of lists.flat()) {
    const key = term.sourcedId ?? `${term.title}\u0000${term.startsOn}\u0000${term.endsOn}`;
    if (!byKey.has(key)) byKey.set(key, term);
  }
  return [...byKey.values()].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.endsOn.localeCompare(b.endsOn) || a.title.localeCompare(b.title));
}

/**
 * Coach mode's Cluster menu: every cluster any file's classes track, once, matched by the key main gives
 * it (its CASE identifier, else its code), ordered by code. A file whose classes do not track the one
 * chosen reports no standards for it.
 */
export function coachClusters(files: readonly CoachFile[]): ClusterOption[] {
  const byKey = new Map<string, ClusterOption>();
  for (const cluster of files.flatMap((file) => file.classes.flatMap((klass) => klass.clusters))) {
    if (!byKey.has(cluster.key)) byKey.set(cluster.key, { id: cluster.key, code: cluster.code ?? cluster.statement });
  }
  return [...byKey.values()].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}
