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
} as const;

export const headerHeight = gridGeometry.groupHeaderHeight + gridGeometry.codeHeaderHeight;
