/**
 * A forward-only schema step. `version` grows in steps of 10 (0010, 0020, …) and is stored in
 * `PRAGMA user_version`, so a file tells which schema it has without any table being read.
 * A released migration is never edited: a change is a new migration.
 */
export type Migration = {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
};
