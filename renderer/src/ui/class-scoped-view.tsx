import type { JSX, ReactNode } from 'react';
import type { ClassSummary } from '../../../preload/contract/index.js';
import { useGradebookStore } from '../session/gradebook-store.js';
import { EmptyState } from './empty-state.js';
import type { IconName } from './icon.js';
import { LoadingState } from './loading-state.js';

/**
 * A section that shows one class: the route's class, or the "choose a class" state when there is none.
 * Every class-scoped section says the same thing in the same way; only the sentences about what the
 * section will show once a class is chosen are its own.
 *
 * A class the gradebook does not have (a stale link, a hand-edited or malformed address) never gets
 * here: the shell shows "This class is not in this gradebook" instead (shell/class-in-address.ts).
 * `summary` is undefined only while the class list is being read again.
 */
export function ClassScopedView(props: {
  classId: string | null;
  header: ReactNode;
  icon: IconName;
  /** What the section shows once a class exists, for a gradebook with no classes yet. */
  noClasses: { title?: string; text: string };
  /** The sentence asking for a class, e.g. "Pick a class in the Class menu above to see its learners." */
  chooseText: string;
  children: (classId: string, summary: ClassSummary | undefined) => ReactNode;
}): JSX.Element {
  const status = useGradebookStore((state) => state.status);
  const classes = useGradebookStore((state) => state.classes);
  if (props.classId !== null) return <>{props.children(props.classId, classes.find((item) => item.id === props.classId))}</>;
  return (
    <section className="view" aria-labelledby="view-title">
      {props.header}
      {status === 'loading' ? (
        <LoadingState label="Opening the gradebook…" />
      ) : classes.length === 0 ? (
        <EmptyState icon={props.icon} title={props.noClasses.title ?? 'This gradebook has no classes yet'}>
          <p>{props.noClasses.text}</p>
        </EmptyState>
      ) : (
        <EmptyState icon={props.icon} title="Choose a class">
          <p>{props.chooseText}</p>
        </EmptyState>
      )}
    </section>
  );
}
