import { useEffect, type JSX } from 'react';
import { currentBridge } from './bridge/current-bridge.js';
import { AppHeader } from './components/app-header.js';
import { ErrorPanel } from './components/error-panel.js';
import { Sidebar, type Connection } from './components/sidebar.js';
import { SkipLink } from './components/skip-link.js';
import { ImportWizard } from './import/import-wizard.js';
import { useImportStore } from './stores/import-store.js';
import { gradebookTitle, useGradebookStore } from './stores/gradebook-store.js';
import { useRosterStore } from './stores/roster-store.js';
import { useStandardsStore } from './stores/standards-store.js';
import { MainContent } from './views/main-content.js';

/** The window: sidebar, header with the class picker, and the current section. */
export function App({ connection }: { connection: Connection }): JSX.Element {
  const status = useGradebookStore((state) => state.status);
  const error = useGradebookStore((state) => state.error);
  const info = useGradebookStore((state) => state.info);
  const load = useGradebookStore((state) => state.load);
  const clearRosters = useRosterStore((state) => state.clear);
  const clearStandards = useStandardsStore((state) => state.clear);

  useEffect(() => {
    void load();
    // another file opened from the menu: everything on screen belonged to the old one
    return currentBridge().events.on('gradebook:opened', () => {
      clearRosters();
      clearStandards();
      void load({ anotherFile: true });
    });
  }, [load, clearRosters, clearStandards]);

  // File → Import… in the Electron menu
  useEffect(() => currentBridge().events.on('import:requested', () => useImportStore.getState().openWizard()), []);

  useEffect(() => {
    document.title = info ? `${gradebookTitle(info)} — Proficio` : 'Proficio';
  }, [info]);

  return (
    <div className="app">
      <SkipLink />
      <Sidebar connection={connection} />
      <div className="workspace">
        <AppHeader />
        {status === 'error' && error ? (
          <main id="main" className="content" tabIndex={-1}>
            <div className="view">
              <ErrorPanel error={error.toContractError()} onRetry={() => void load()} />
            </div>
          </main>
        ) : (
          <MainContent />
        )}
      </div>
      <ImportWizard />
    </div>
  );
}
