import { GradebookError } from '../../db/errors.js';
import type { ReportSection } from './domain/sections.js';

export function reportXlsx(_sections: readonly ReportSection[]): Uint8Array {
  throw new GradebookError('invalid_data', 'This export is not available yet.', {});
}
