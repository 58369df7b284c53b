import { strToU8, zipSync } from 'fflate';
import type { ClassReport } from '../../preload/contract/reports.js';
import { localToday } from '../../preload/contract/shared.js';
import { oneRosterResultFiles } from './domain/oneroster-results.js';

/** The OneRoster 1.2 results set as one .zip (manifest.csv at its root), as schools' systems take it. */
export function oneRosterResults(reports: readonly ClassReport[], today: string = localToday()): Uint8Array {
  const files = oneRosterResultFiles(reports, today);
  return zipSync(Object.fromEntries([...files].map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
