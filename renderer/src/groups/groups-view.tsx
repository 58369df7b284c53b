import type { JSX } from 'react';
import { viewLabels } from '../session/views.js';
import { PlaceholderView } from '../ui/placeholder-view.js';

/** Group sets: a placeholder until flexible grouping lands. */
export function GroupsView(): JSX.Element {
  return (
    <PlaceholderView
      label={viewLabels.groups}
      icon="groups"
      title="Group sets arrive with flexible grouping"
      text="Build today’s groups from readiness for a target standard, proficiency bands or interests — dated, editable and kept in history."
    />
  );
}
