import { useImportStore } from '../import/import-store.js';
import { useStandardsStore } from '../standards/standards-store.js';

/**
 * After a framework import the Standards view shows that framework next: what the teacher just
 * brought in is what they look for. A wish of the interface, not a reload (the stores reload on the
 * gradebook's change event), and the one place the import and standards sections meet.
 */
export function showImportedFramework(): () => void {
  return useImportStore.subscribe((state, before) => {
    const frameworkId = state.report?.frameworkId ?? null;
    if (state.report !== before.report && frameworkId !== null) useStandardsStore.getState().selectFramework(frameworkId);
  });
}
