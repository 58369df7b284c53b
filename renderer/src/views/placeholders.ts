import type { IconName } from '../components/icon.js';
import type { ViewName } from '../routing/views.js';

type Placeholder = { icon: IconName; title: string; text: string };

/** What each unbuilt section will hold, said plainly: no sample data pretending to be the teacher's. */
export const placeholders = {
  paths: {
    icon: 'paths',
    title: 'Learning paths arrive with path planning',
    text: 'Each learner’s standards in prerequisite order, the options they chose, and who is ready to learn what next.',
  },
  groups: {
    icon: 'groups',
    title: 'Group sets arrive with flexible grouping',
    text: 'Build today’s groups from readiness for a target standard, proficiency bands or interests — dated, editable and kept in history.',
  },
  reports: {
    icon: 'reports',
    title: 'Reports arrive with exports',
    text: 'Class and school reports for coaches (CSV, XLSX, PDF) and a plain-language progress report for each learner’s family.',
  },
} as const satisfies Record<Exclude<ViewName, 'learners' | 'gradebook' | 'standards'>, Placeholder>;
