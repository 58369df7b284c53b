export type GradebookErrorCode =
  | 'not_found'
  | 'not_a_gradebook'
  | 'newer_version'
  | 'migration_failed'
  | 'conflict'
  | 'invalid_data'
  /** Another program kept the write lock past the busy timeout. */
  | 'busy'
  /** Another Proficio has the file open for writing (see lock.ts). */
  | 'in_use'
  /** The file or its folder cannot be written. */
  | 'read_only'
  /** SQLite's check of the file found damage. */
  | 'damaged';

/** An expected failure with a sentence a teacher can act on; `details` carries what a developer needs. */
export class GradebookError extends Error {
  readonly code: GradebookErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: GradebookErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'GradebookError';
    this.code = code;
    this.details = details;
  }
}

/** The sentence a teacher reads when another program kept the write lock past the busy timeout. */
export const busyMessage = 'Another program is saving to this gradebook right now; try again in a moment.';

/** SQLite's SQLITE_BUSY (or one of its extended codes), as better-sqlite3 throws it. */
export function isSqliteBusy(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_');
}
