/**
 * Fixed sizes of the grid, in CSS pixels. Fixed row and column sizes let the virtualisers place every
 * row and column by arithmetic, without measuring anything while scrolling; grid.css uses the same
 * numbers.
 */
export const gridGeometry = {
  rowHeight: 38,
  columnWidth: 72,
  learnerWidth: 232,
  groupHeaderHeight: 28,
  codeHeaderHeight: 40,
  /** The summary row under the codes: the share of the class that mastered each column. */
  summaryHeight: 26,
} as const;

export const headerHeight = gridGeometry.groupHeaderHeight + gridGeometry.codeHeaderHeight + gridGeometry.summaryHeight;

/** Rows before the first learner's (aria-rowindex counts from 1): the groups, the codes, the summary. */
export const headerRows = 3;
