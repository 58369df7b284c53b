import type { MasteryGrid } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { currentBridge } from '../bridge/current-bridge.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { concernsClass, onGradebookChange } from '../session/gradebook-changes.js';
import { isOwnEcho } from './grid-echoes.js';
import { sortRows } from './grid-rows.js';
import { useGridStore } from './grid-store.js';

// one refresh at a time; changes that arrive meanwhile ask for one more
let running = false;
let again = false;

/**
 * The grid shows every aggregate (learners, standards, evidence, scales, the class's method), so any
 * change to its class makes it out of date — except the echo of its own writes, which it has already
 * patched in from their answers (grid-echoes.ts): reading 200,000 cells again after every entry is
 * what made typing into a big class slow. Also passes on the progress of long reads of the class.
 */
export function listenForGridChanges(): () => void {
  const stopChanges = onGradebookChange((change) => {
    if (isOwnEcho(change)) return;
    const { classId } = useGridStore.getState();
    if (classId !== null && concernsClass(change, classId)) void refreshGrid(classId);
  });
  const stopProgress = currentBridge().events.on('mastery:progress', (progress) => useGridStore.getState().heardProgress(progress));
  return () => {
    stopChanges();
    stopProgress();
  };
}

/**
 * Reads the grid again without the loading state, so nothing flashes while the teacher types, and
 * without reordering rows that are still the same learners (rows must not jump under a typed column).
 * An answer that a cell patch overtook (the revision moved) is read again rather than shown.
 */
async function refreshGrid(classId: string): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  const store = useGridStore.getState();
  // the teacher stopped opening this class: it opens again when asked, not on the next change
  if (store.status === 'stopped') return;
  // not showing a settled grid: a fresh load says it all
  if (store.status !== 'ready') return store.load(classId, { force: true });
  running = true;
  try {
    do {
      again = false;
      const { asOf, revision } = useGridStore.getState();
      const [grid, assessments] = await Promise.all([call('mastery:grid', { classId, asOf }), call('assessments:list', { classId })]);
      const now = useGridStore.getState();
      if (now.classId !== classId || now.asOf !== asOf || now.status !== 'ready') return;
      if (now.revision !== revision) {
        again = true;
        continue;
      }
      const rowOrder = sameLearners(now.grid, grid) ? now.rowOrder : sortRows(grid, now.sort);
      useGridStore.setState({ grid, assessments, rowOrder, preview: null, revision: now.revision + 1 });
    } while (again);
  } catch (error) {
    // the grid on screen still works: say the refresh failed instead of replacing it with an error page
    useGridStore.getState().say({ tone: 'error', text: asContractFailure(error).message });
  } finally {
    running = false;
  }
}

function sameLearners(before: MasteryGrid | null, after: MasteryGrid): boolean {
  return before !== null && before.rows.length === after.rows.length && before.rows.every((row, index) => row.learnerId === after.rows[index]?.learnerId);
}
