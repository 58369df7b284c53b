import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { hubPassword, parseHubAddress, type HubAddress } from './hub-address.js';
import { explainHubError } from './hub-error.js';
import type { HubDatabase } from './hub-schema.js';

export type HubConnection = { readonly db: Kysely<HubDatabase>; readonly address: HubAddress; close(): Promise<void> };

/**
 * Opens a hub for one command: Kysely's PostgreSQL dialect over a pool of one connection (a publish
 * is one transaction on one connection; nothing runs beside it). The connection is tried at once, so
 * an unreachable hub or a refused login is said before any work starts.
 *
 * `password`: the one the teacher typed in the app (or the app kept for them), a connection option of
 * this call only; absent, PGPASSWORD or .pgpass as on the command line.
 */
export async function connectToHub(url: string, env: Readonly<Record<string, string | undefined>> = process.env, typedPassword?: string): Promise<HubConnection> {
  const address = parseHubAddress(url, env);
  const password = typedPassword ?? hubPassword(address, env);
  const pool = new pg.Pool({
    host: address.host,
    port: address.port,
    database: address.database,
    user: address.user,
    ...(password === undefined ? {} : { password }),
    ssl: address.ssl,
    max: 1,
    application_name: 'proficio',
    connectionTimeoutMillis: 15_000,
  });
  // an idle connection dropped by the server must not crash the process; the next query says what happened
  pool.on('error', () => undefined);
  const db = new Kysely<HubDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await db.destroy();
    throw explainHubError(error, address.shown);
  }
  return { db, address, close: () => db.destroy() };
}
