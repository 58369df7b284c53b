import type { JSX } from 'react';
import { EmptyState } from '../components/empty-state.js';
import { ViewHeader } from '../components/view-header.js';
import { viewLabels } from '../routing/views.js';
import { placeholders } from './placeholders.js';

export function PlaceholderView({ view }: { view: keyof typeof placeholders }): JSX.Element {
  const { icon, title, text } = placeholders[view];
  return (
    <section className="view" aria-labelledby="view-title">
      <ViewHeader title={viewLabels[view]} />
      <EmptyState icon={icon} title={title}>
        <p>{text}</p>
      </EmptyState>
    </section>
  );
}
