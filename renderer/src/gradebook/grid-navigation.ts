/** The active cell, in display order (after sorting and filtering). */
export type CellPosition = { row: number; col: number };
export type GridBounds = { rows: number; cols: number; pageRows: number };

export type MoveCommand =
  | { kind: 'move'; rows: number; cols: number }
  /** Tab: right, on to the next row's first cell after the last column (Shift+Tab the reverse). */
  | { kind: 'tab'; back: boolean }
  | { kind: 'rowStart' }
  | { kind: 'rowEnd' }
  | { kind: 'gridStart' }
  | { kind: 'gridEnd' }
  | { kind: 'page'; direction: 1 | -1 };

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max - 1));

/** Where a movement leaves the active cell; it never leaves the grid. */
export function moveCell(at: CellPosition, command: MoveCommand, bounds: GridBounds): CellPosition {
  if (bounds.rows === 0 || bounds.cols === 0) return { row: 0, col: 0 };
  const here = { row: clamp(at.row, bounds.rows), col: clamp(at.col, bounds.cols) };
  switch (command.kind) {
    case 'move':
      return { row: clamp(here.row + command.rows, bounds.rows), col: clamp(here.col + command.cols, bounds.cols) };
    case 'tab': {
      const flat = here.row * bounds.cols + here.col + (command.back ? -1 : 1);
      const last = bounds.rows * bounds.cols - 1;
      const index = Math.max(0, Math.min(flat, last));
      return { row: Math.floor(index / bounds.cols), col: index % bounds.cols };
    }
    case 'rowStart':
      return { row: here.row, col: 0 };
    case 'rowEnd':
      return { row: here.row, col: bounds.cols - 1 };
    case 'gridStart':
      return { row: 0, col: 0 };
    case 'gridEnd':
      return { row: bounds.rows - 1, col: bounds.cols - 1 };
    case 'page':
      return { row: clamp(here.row + command.direction * Math.max(1, bounds.pageRows), bounds.rows), col: here.col };
  }
}
