import { GradebookError } from '../../db/errors.js';
import type { ClassReport, SchoolSummary } from '../../preload/contract/reports.js';

export function reportPdf(_reports: readonly ClassReport[], _school: SchoolSummary | null): Uint8Array {
  throw new GradebookError('invalid_data', 'This export is not available yet.', {});
}
