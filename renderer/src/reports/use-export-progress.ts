import { useEffect, useState } from 'react';
import type { ReportProgress } from '../../../preload/contract/reports.js';
import { currentBridge } from '../bridge/current-bridge.js';
import { exportPercent } from './export-progress.js';

/**
 * The percent of the export running now, from `reports:progress` while `busy`; back to 0 when it ends.
 * One export runs at a time in the worker, so any progress heard while busy is this one's.
 */
export function useExportPercent(busy: boolean): number {
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  useEffect(() => {
    if (!busy) return undefined;
    const stop = currentBridge().events.on('reports:progress', setProgress);
    return () => {
      stop();
      // the next export starts from nothing, not from where this one stopped
      setProgress(null);
    };
  }, [busy]);
  return busy ? exportPercent(progress) : 0;
}
