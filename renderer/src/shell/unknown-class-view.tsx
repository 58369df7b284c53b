import type { JSX } from 'react';
import type { ClassSummary } from '../../../preload/contract/index.js';
import { useDialogStore } from '../session/dialog-store.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { viewLabels, type ViewName } from '../session/views.js';
import { Button } from '../ui/button.js';
import { EmptyState } from '../ui/empty-state.js';
import { ViewHeader } from '../ui/view-header.js';
import './unknown-class-view.css';

/** How many classes are offered as buttons; the Class menu lists them all. */
const offered = 5;

/**
 * The address names a class this gradebook does not have — a stale or mistyped link, or one from
 * another gradebook; a malformed id is the same to the teacher. Said plainly, with the classes that
 * are here as the way on, instead of the refused request's error.
 */
export function UnknownClassView(props: { view: ViewName; classes: readonly ClassSummary[] }): JSX.Element {
  const selectClass = useNavigationStore((state) => state.selectClass);
  const openDialog = useDialogStore((state) => state.openDialog);
  const { classes } = props;
  return (
    <section className="view" aria-labelledby="view-title">
      <ViewHeader title={viewLabels[props.view]} />
      <EmptyState icon="class" title="This class is not in this gradebook">
        <p>The address names a class this gradebook does not have. The link may be old, mistyped, or from another gradebook.</p>
        {classes.length === 0 ? (
          <>
            <p>This gradebook has no classes yet: they arrive with a roster import.</p>
            <p className="empty-state__action">
              <Button variant="primary" onClick={() => openDialog('import')}>
                Import…
              </Button>
            </p>
          </>
        ) : (
          <>
            <p>{classes.length > offered ? 'Open one of its classes, or pick any in the Class menu above:' : 'Open one of its classes:'}</p>
            <ul className="unknown-class__classes empty-state__action" aria-label="Classes in this gradebook">
              {classes.slice(0, offered).map((item) => (
                <li key={item.id}>
                  <Button onClick={() => selectClass(item.id)}>{item.title}</Button>
                </li>
              ))}
            </ul>
          </>
        )}
      </EmptyState>
    </section>
  );
}
