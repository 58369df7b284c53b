import type { JSX } from 'react';
import { viewLabels } from '../session/views.js';
import { PlaceholderView } from '../ui/placeholder-view.js';

/** Learning paths: a placeholder until path planning lands. */
export function PathsView(): JSX.Element {
  return (
    <PlaceholderView
      label={viewLabels.paths}
      icon="paths"
      title="Learning paths arrive with path planning"
      text="Each learner’s standards in prerequisite order, the options they chose, and who is ready to learn what next."
    />
  );
}
