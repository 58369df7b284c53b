import { sql, type Kysely } from 'kysely';
import { HubError } from './hub-error.js';
import type { HubDatabase } from './hub-schema.js';
import { hubMigrations } from './migrations/index.js';
import type { HubMigration } from './migrations/hub-migration.js';

export type HubMigrationReport = { from: number; to: number; applied: string[] };

/**
 * Brings a hub to the newest schema this Proficio knows, forward only: every missing migration in
 * order, all in ONE transaction (PostgreSQL's DDL is transactional), so a hub is never left half
 * migrated. An advisory lock keeps two `hub init`s from racing. A hub migrated by a newer Proficio is
 * refused, as a newer gradebook file is.
 */
export async function migrateHub(db: Kysely<HubDatabase>, migrations: readonly HubMigration[] = hubMigrations): Promise<HubMigrationReport> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('proficio hub migrate'))`.execute(trx);
    await sql`CREATE SCHEMA IF NOT EXISTS proficio`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS proficio.hub_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(trx);
    const from = await hubSchemaVersion(trx);
    refuseNewerHub(from, migrations);
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => m.version > from)) {
      await sql.raw(migration.sql).execute(trx);
      await trx.insertInto('proficio.hub_migrations').values({ version: migration.version, name: migration.name }).execute();
      applied.push(`${migration.version}-${migration.name}`);
    }
    return { from, to: migrations.at(-1)?.version ?? from, applied };
  });
}

/** The hub's schema version; 0 when `hub init` never ran there. */
export async function hubSchemaVersion(db: Kysely<HubDatabase>): Promise<number> {
  const { rows } = await sql<{ version: number | null }>`SELECT max(version) AS version FROM proficio.hub_migrations`.execute(db);
  return rows[0]?.version ?? 0;
}

/** A publish writes only to a hub whose schema is exactly the one it was written for. */
export async function requireCurrentHub(db: Kysely<HubDatabase>, shown: string, migrations: readonly HubMigration[] = hubMigrations): Promise<void> {
  const { rows } = await sql<{ present: boolean }>`SELECT to_regclass('proficio.hub_migrations') IS NOT NULL AS present`.execute(db);
  const version = rows[0]?.present ? await hubSchemaVersion(db) : 0;
  refuseNewerHub(version, migrations);
  const newest = migrations.at(-1)?.version ?? 0;
  if (version < newest) {
    throw new HubError(
      version === 0 ? 'hub_not_initialised' : 'hub_needs_update',
      version === 0
        ? `The database at ${shown} is not a Proficio hub yet: IT runs "proficio hub init --hub URL" there first.`
        : `The school hub at ${shown} needs updating to this Proficio's version: IT runs "proficio hub init --hub URL" again.`,
      { version, newest },
    );
  }
}

function refuseNewerHub(version: number, migrations: readonly HubMigration[]): void {
  const newest = migrations.at(-1)?.version ?? 0;
  if (version > newest) {
    throw new HubError('hub_newer', `This school hub was set up by a newer Proficio (hub version ${version}); update Proficio to use it.`, { version, newest });
  }
}
