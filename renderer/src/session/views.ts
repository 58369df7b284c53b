/** The sections of the app, in sidebar order. Each is a route: `#/<view>/<classId>/<itemId>`. */
export const viewNames = ['gradebook', 'learners', 'paths', 'groups', 'standards', 'reports'] as const;
export type ViewName = (typeof viewNames)[number];

/** Learners first: the roster is the one view that works end to end today. */
export const startView: ViewName = 'learners';

export const viewLabels = {
  gradebook: 'Gradebook',
  learners: 'Learners',
  paths: 'Paths',
  groups: 'Groups',
  standards: 'Standards',
  reports: 'Reports',
} as const satisfies Record<ViewName, string>;

export function isViewName(text: string): text is ViewName {
  return viewNames.some((name) => name === text);
}
