import type { JSX } from 'react';
import { viewLabels } from '../session/views.js';
import { PlaceholderView } from '../ui/placeholder-view.js';

/** Reports: a placeholder until exports land. */
export function ReportsView(): JSX.Element {
  return (
    <PlaceholderView
      label={viewLabels.reports}
      icon="reports"
      title="Reports arrive with exports"
      text="Class and school reports for coaches (CSV, XLSX, PDF) and a plain-language progress report for each learner’s family."
    />
  );
}
