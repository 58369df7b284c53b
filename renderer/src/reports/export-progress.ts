import type { ContractError } from '../../../preload/contract/index.js';
import type { ReportProgress } from '../../../preload/contract/reports.js';

// reading the gradebook is most of a long export's time (a class's family reports read each learner's
// page); writing the file is the rest
const readingShare = 0.8;

/** How far an export has got as one whole percent (0–100), from its latest `reports:progress`. */
export function exportPercent(progress: ReportProgress | null): number {
  if (progress === null) return 0;
  const part = progress.total <= 0 ? 1 : Math.min(progress.done, progress.total) / progress.total;
  const whole = progress.stage === 'reading' ? readingShare * part : readingShare + (1 - readingShare) * part;
  return Math.floor(100 * whole);
}

/** The answer of an export the teacher stopped (reports:cancel), as opposed to one that failed. */
export function isStoppedExport(error: ContractError): boolean {
  return error.code === 'conflict' && error.details['reason'] === 'cancelled';
}
