import type { ColumnType, Generated } from 'kysely';

/**
 * The Kysely view of the hub's own bookkeeping tables (schema `proficio`, see migrations/). The
 * published tables are written generically from their column lists (publish-tables.ts) and read by
 * the report queries, so they are not all typed here.
 */
export type HubMigrationsTable = { version: number; name: string; applied_at: Generated<Date> };

export type HubGradebooksTable = {
  id: string;
  /** The hub login that first published the gradebook; only it may write the gradebook's rows. */
  owner: Generated<string>;
  title: string;
  first_published_at: Generated<Date>;
  last_published_at: ColumnType<Date, Date | undefined, Date>;
};

/** What the hub last received of one gradebook, per table and bucket of rows: the publish mark. */
export type HubPublishMarksTable = { gradebook_id: string; table_name: string; bucket: number; digest: string; row_count: number };

/** The columns of a published class the hub's report queries pick classes by (the rest are read generically). */
export type HubClassesTable = { gradebook_id: string; id: string; code: string | null; title: string; status: string; tombstoned_at: Date | null };

/** The columns of a published term the hub source's term filter lists (dates are PostgreSQL `date`s). */
export type HubTermsTable = {
  gradebook_id: string;
  id: string;
  sourced_id: string | null;
  title: string;
  type: string;
  starts_on: Date;
  ends_on: Date;
  school_year: number | null;
  tombstoned_at: Date | null;
};

export type HubDatabase = {
  'proficio.hub_migrations': HubMigrationsTable;
  'proficio.gradebooks': HubGradebooksTable;
  'proficio.publish_marks': HubPublishMarksTable;
  'proficio.classes': HubClassesTable;
  'proficio.terms': HubTermsTable;
};
