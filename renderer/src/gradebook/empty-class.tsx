import { useEffect, useState, type JSX } from 'react';
import { call } from '../bridge/call.js';
import { useDialogStore } from '../session/dialog-store.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { Button } from '../ui/button.js';
import { EmptyState } from '../ui/empty-state.js';
import { emptyClassStep } from './empty-class-step.js';

/**
 * A class the grid cannot show yet, with the step that fixes it: no learners (a roster import), or no
 * tracked standards — then either the gradebook already holds standards (choose the class's in
 * Standards) or it holds none, as after importing a roster alone (import a standards file first).
 */
export function EmptyClass(props: { hasLearners: boolean }): JSX.Element {
  const openDialog = useDialogStore((state) => state.openDialog);
  const navigate = useNavigationStore((state) => state.navigate);
  // whether any framework is here decides the next step; until the answer, the likelier one (choose) shows
  const [frameworks, setFrameworks] = useState<number | null>(null);
  useEffect(() => {
    if (!props.hasLearners) return;
    let current = true;
    call('frameworks:list', {}).then(
      (list) => current && setFrameworks(list.length),
      // the next step is still worth offering; Standards will say what is wrong if the read fails there too
      () => current && setFrameworks(null),
    );
    return () => {
      current = false;
    };
  }, [props.hasLearners]);

  const step = emptyClassStep(props.hasLearners, frameworks);
  if (step === 'import-roster') {
    return (
      <EmptyState icon="gradebook" title="No learners in this class yet">
        <p>Learners appear once they are enrolled, for example through a roster import.</p>
        <div className="gradebook__next">
          <Button onClick={() => openDialog('import')}>Import a roster…</Button>
        </div>
      </EmptyState>
    );
  }
  if (step === 'import-standards') {
    return (
      <EmptyState icon="gradebook" title="This class tracks no standards yet">
        <p>
          The gradebook holds no standards yet: a roster brings learners and classes, not standards. Import your standards — a CASE package from your state or
          district, or a spreadsheet of your own — then choose the ones this class tracks in Standards.
        </p>
        <div className="gradebook__next">
          <Button variant="primary" onClick={() => openDialog('import')}>
            Import standards…
          </Button>
          <Button onClick={() => navigate('standards')}>Open Standards</Button>
        </div>
      </EmptyState>
    );
  }
  return (
    <EmptyState icon="gradebook" title="This class tracks no standards yet">
      <p>Choose the standards the class tracks to start recording evidence.</p>
      <div className="gradebook__next">
        <Button variant="primary" onClick={() => navigate('standards')}>
          Choose standards…
        </Button>
      </div>
    </EmptyState>
  );
}
