import type { JSX } from 'react';
import { EmptyState } from './empty-state.js';
import type { IconName } from './icon.js';
import { ViewHeader } from './view-header.js';

/** A section not built yet says plainly what it will hold: no sample data pretending to be the teacher's. */
export function PlaceholderView(props: { label: string; icon: IconName; title: string; text: string }): JSX.Element {
  return (
    <section className="view" aria-labelledby="view-title">
      <ViewHeader title={props.label} />
      <EmptyState icon={props.icon} title={props.title}>
        <p>{props.text}</p>
      </EmptyState>
    </section>
  );
}
