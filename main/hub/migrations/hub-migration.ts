/** One step of the hub's schema: applied once, in order, in its own transaction; never edited once released. */
export type HubMigration = { readonly version: number; readonly name: string; readonly sql: string };
