import { useEffect, useState, type JSX } from 'react';
import { EmptyState } from '../ui/empty-state.js';
import { LoadingState } from '../ui/loading-state.js';
import { ViewHeader } from '../ui/view-header.js';
import { useDialogStore } from '../session/dialog-store.js';
import { useGradebookStore } from '../session/gradebook-store.js';
import { Button } from '../ui/button.js';
import { useStandardsStore } from './standards-store.js';
import { FrameworkBrowser } from './framework-browser.js';
import { FrameworkFacts } from './framework-facts.js';
import { FrameworkPicker } from './framework-picker.js';
import { SkillsDialog } from './skills-dialog.js';
import './standards-view.css';

/**
 * The Standards section: pick a framework, browse it as a tree, search it, and choose which of its
 * standards the class in the header tracks; the school's learning-related skills are edited in a dialog
 * opened from its header. A failed read is thrown to the view's error boundary.
 */
export function StandardsView({ classId }: { classId: string | null }): JSX.Element {
  const [skillsOpen, setSkillsOpen] = useState(false);
  // beside the view's body, whose loading and empty states are different trees: the dialog survives them
  return (
    <>
      <StandardsBody classId={classId} onOpenSkills={() => setSkillsOpen(true)} />
      {skillsOpen && <SkillsDialog onClose={() => setSkillsOpen(false)} />}
    </>
  );
}

function StandardsBody({ classId, onOpenSkills }: { classId: string | null; onOpenSkills: () => void }): JSX.Element {
  const frameworks = useStandardsStore((state) => state.frameworks);
  const frameworkId = useStandardsStore((state) => state.frameworkId);
  const treeLoad = useStandardsStore((state) => (state.frameworkId === null ? undefined : state.trees[state.frameworkId]));
  const loadFrameworks = useStandardsStore((state) => state.loadFrameworks);
  const loadTree = useStandardsStore((state) => state.loadTree);
  const loadTracked = useStandardsStore((state) => state.loadTracked);
  const selectFramework = useStandardsStore((state) => state.selectFramework);
  const trackedLoad = useStandardsStore((state) => (classId === null ? undefined : state.tracked[classId]));
  const classes = useGradebookStore((state) => state.classes);
  // the address may name a class this gradebook lacks: then there is simply no class to track for
  const classInfo = classes.find((item) => item.id === classId) ?? null;
  const openDialog = useDialogStore((state) => state.openDialog);

  useEffect(() => {
    void loadFrameworks();
  }, [loadFrameworks, frameworks]);
  useEffect(() => {
    if (frameworkId !== null) void loadTree(frameworkId);
  }, [frameworkId, loadTree, treeLoad]);
  useEffect(() => {
    if (classInfo !== null) void loadTracked(classInfo.id);
  }, [classInfo, loadTracked, trackedLoad]);

  const header = (
    <ViewHeader title="Standards" description="Browse a framework, search it by code or words, and choose which standards each class tracks.">
      <Button aria-haspopup="dialog" onClick={() => openDialog('scales')}>
        Scales…
      </Button>
      <Button aria-haspopup="dialog" onClick={onOpenSkills}>
        Learning-related skills…
      </Button>
      <Button onClick={() => openDialog('import')}>Import…</Button>
    </ViewHeader>
  );
  if (frameworks?.status === 'error') throw frameworks.error;
  if (treeLoad?.status === 'error') throw treeLoad.error;
  if (classInfo !== null && trackedLoad?.status === 'error') throw trackedLoad.error;
  if (frameworks?.status !== 'ready') {
    return (
      <section className="view" aria-labelledby="view-title" aria-busy="true">
        {header}
        <LoadingState label="Loading the frameworks…" />
      </section>
    );
  }
  const framework = frameworks.value.find((item) => item.id === frameworkId);
  if (!framework) {
    return (
      <section className="view" aria-labelledby="view-title">
        {header}
        <EmptyState icon="standards" title="This gradebook has no standards yet">
          <p>Import a framework from a CASE 1.0 package (JSON) or a CSV with one standard per row.</p>
          <p className="empty-state__action">
            <Button variant="primary" onClick={() => openDialog('import')}>
              Import…
            </Button>
          </p>
        </EmptyState>
      </section>
    );
  }
  return (
    <section className="view view--standards" aria-labelledby="view-title" aria-busy={treeLoad?.status !== 'ready'}>
      {header}
      <div className="standards-toolbar">
        <FrameworkPicker frameworks={frameworks.value} selectedId={framework.id} onSelect={selectFramework} />
        <FrameworkFacts framework={framework} />
      </div>
      {treeLoad?.status === 'ready' ? (
        <FrameworkBrowser key={framework.id} framework={framework} loaded={treeLoad.value} classInfo={classInfo} />
      ) : (
        <LoadingState label={`Loading ${framework.title}…`} />
      )}
      {classInfo === null && (
        <p className="standards-hint">Choose a class in the Class menu above to pick which of these standards it tracks.</p>
      )}
    </section>
  );
}
