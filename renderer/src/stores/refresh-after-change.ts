import type { ImportKind } from '../../../preload/contract/index.js';
import { useGradebookStore } from './gradebook-store.js';
import { useGridStore } from './grid-store.js';
import { useRosterStore } from './roster-store.js';
import { useStandardsStore } from './standards-store.js';

/**
 * After an import, what was read before may be out of date: the class list and rosters after a
 * roster, the frameworks and trees after a framework (a re-import retires and renames standards),
 * and the open gradebook grid after either (its columns are standards, its rows learners).
 * The framework the import added or updated is selected, so the Standards view shows it next.
 */
export async function refreshAfterImport(kind: ImportKind, frameworkId: string | null): Promise<void> {
  const standards = useStandardsStore.getState();
  const isRoster = kind === 'oneroster' || kind === 'roster-csv';
  const work: Promise<void>[] = [useGradebookStore.getState().load()];
  if (isRoster) {
    useRosterStore.getState().clear();
  } else {
    standards.clear();
    work.push(
      (async () => {
        await useStandardsStore.getState().loadFrameworks({ force: true });
        if (frameworkId !== null) useStandardsStore.getState().selectFramework(frameworkId);
      })(),
    );
  }
  await Promise.all(work);
  reloadGrid();
}

/** After a class's tracked standards change: its gradebook columns and its list of tracked standards. */
export function refreshAfterTracking(classId: string): void {
  if (useGridStore.getState().classId === classId) reloadGrid();
}

function reloadGrid(): void {
  const grid = useGridStore.getState();
  if (grid.classId !== null) void grid.load(grid.classId, { force: true });
}

/** After a scale is saved: the open gradebook's labels, colours, thresholds and so its mastered cells. */
export function refreshAfterScaleSave(): void {
  reloadGrid();
}
