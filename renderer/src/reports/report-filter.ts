import type { ReportFilter } from '../../../preload/contract/reports.js';
import type { ReportChoices } from './report-filters.js';

/**
 * The request for the choices on screen, or the sentence that says why the dates cannot be used (the
 * report keeps showing the last good answer meanwhile). A quiet-days box left empty or out of range
 * falls back to the default rather than refusing the whole report.
 */
export function reportFilterOf(classId: string, choices: ReportChoices): { filter: ReportFilter; dateProblem: string | null } {
  const days = Number(choices.quietDays);
  const base: ReportFilter = {
    classId,
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
