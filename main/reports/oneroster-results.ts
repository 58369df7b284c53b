import { GradebookError } from '../../db/errors.js';
import type { ClassReport } from '../../preload/contract/reports.js';

export function oneRosterResults(_reports: readonly ClassReport[]): Uint8Array {
  throw new GradebookError('invalid_data', 'This export is not available yet.', {});
}
