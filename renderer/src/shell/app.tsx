import { useEffect, type JSX } from 'react';
import { currentBridge } from '../bridge/current-bridge.js';
import { listenForGridChanges } from '../gradebook/grid-refresh.js';
import { PublishDialog } from '../hub/publish-dialog.js';
import { usePublishStore } from '../hub/publish-store.js';
import { ImportWizard } from '../import/import-wizard.js';
import { useImportStore } from '../import/import-store.js';
import { listenForProfileChanges, useProfileStore } from '../learners/profile-store.js';
import { listenForRosterChanges, useRosterStore } from '../learners/roster-store.js';
import { gradebookTitle, listenForGradebookChanges, useGradebookStore } from '../session/gradebook-store.js';
import { listenForStandardsChanges, useStandardsStore } from '../standards/standards-store.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { AppHeader } from './app-header.js';
import { MainContent } from './main-content.js';
import { ReadOnlyBanner } from './read-only-banner.js';
import { ScalesEditor } from './scales-editor.js';
import { Sidebar, type Connection } from './sidebar.js';
import { SkipLink } from './skip-link.js';
import { showImportedFramework } from './show-imported-framework.js';
import './app.css';

/** The window: sidebar, header with the class picker, the current section, and the app-wide dialogs. */
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
      useProfileStore.getState().clear();
      clearStandards();
      void load({ anotherFile: true });
    });
  }, [load, clearRosters, clearStandards]);

  // after every write each store reads again what the change made out of date
  useEffect(() => {
    const stop = [listenForGradebookChanges(), listenForRosterChanges(), listenForProfileChanges(), listenForStandardsChanges(), listenForGridChanges(), showImportedFramework()];
    return () => stop.forEach((unsubscribe) => unsubscribe());
  }, []);

  // File → Import… in the Electron menu
  useEffect(() => currentBridge().events.on('import:requested', () => useImportStore.getState().openWizard()), []);
  // File → Publish to school hub… in the Electron menu
  useEffect(() => currentBridge().events.on('hub:publishRequested', () => usePublishStore.getState().openDialog()), []);

  useEffect(() => {
    document.title = info ? `${gradebookTitle(info)} — Proficio` : 'Proficio';
  }, [info]);

  return (
    <div className="app">
      <SkipLink />
      <Sidebar connection={connection} />
      <div className="workspace">
        <AppHeader />
        <ReadOnlyBanner />
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
      <ScalesEditor />
      <PublishDialog />
    </div>
  );
}
