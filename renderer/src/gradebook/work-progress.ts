import type { MasteryProgress } from '../../../preload/contract/index.js';
import { formatPercent } from '../format/numbers.js';

const workLabels = {
  reading: 'Loading levels…',
  computing: 'Computing levels…',
  previewing: 'Computing the preview…',
} as const satisfies Record<MasteryProgress['work'], string>;

/** "Computing levels… 40%": what a long read of the class is doing, and how far it has got. */
export function progressLabel(progress: MasteryProgress): string {
  return `${workLabels[progress.work]} ${formatPercent(progress.done, progress.total)}`;
}

/** What the work is, without how far: for the label of its bar. */
export function workLabel(progress: MasteryProgress): string {
  return workLabels[progress.work];
}
