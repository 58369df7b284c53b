import type { JSX } from 'react';
import { useImportStore } from '../import/import-store.js';

/**
 * Opens the import wizard; the same entry point as File → Import… in the desktop menu. It sits above
 * the sections (an action, not a place), and keeps its name when the narrow sidebar shows icons only.
 */
export function SidebarImportButton(): JSX.Element {
  const openWizard = useImportStore((state) => state.openWizard);
  return (
    <button type="button" className="sidebar-action" onClick={openWizard} title="Import standards or a roster">
      <svg className="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d="M12 4v10M8 10.5l4 4 4-4" />
        <path d="M5 15.5v2A2.5 2.5 0 0 0 7.5 20h9a2.5 2.5 0 0 0 2.5-2.5v-2" />
      </svg>
      <span className="sidebar__label">Import…</span>
    </button>
  );
}
