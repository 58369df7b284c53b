import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for the hub tests: initdb in a temporary folder, the server listening
 * on a Unix socket in that folder only (listen_addresses=''), no TCP port and no system service.
 * Stopped and removed after the suite (and on process exit, should the suite die first).
 *
 * PostgreSQL refuses to run as root, so as root the folder is handed to the `postgres` OS user (which
 * Debian's package creates) and the server programs run as that user through runuser.
 *
 * Where no PostgreSQL can be started the hub suites skip with one line saying why — except under
 * PROFICIO_REQUIRE_POSTGRES=1 (.ci/run sets it), where that is an error, so CI never passes by skipping.
 */
export type PostgresCluster = {
  /** The folder holding the socket: the `host` of a connection. */
  readonly socketDir: string;
  readonly port: number;
  /** A connection URL to `database` as `user` (no password: the test cluster trusts local users). */
  url(database: string, user?: string): string;
  /** A new empty database, named for the test that uses it. */
  createDatabase(name: string): Promise<string>;
  /** Runs SQL as the cluster's superuser in `database`; returns the rows. */
  query<R extends Record<string, unknown>>(database: string, text: string, values?: readonly unknown[]): Promise<R[]>;
  stop(): void;
};

export const requirePostgresVariable = 'PROFICIO_REQUIRE_POSTGRES';
const superuser = 'postgres';
const port = 5432;

/** The newest installed PostgreSQL's server programs (Debian keeps them under /usr/lib/postgresql/N/bin). */
export function findPostgresBin(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const fromEnv = env['PROFICIO_PG_BIN'];
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  const found = versions.map((version) => join(root, version, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
  return found ?? null;
}

/**
 * Starts a cluster, or returns null (after one line on stderr) where none can be started — throwing
 * instead when PROFICIO_REQUIRE_POSTGRES=1.
 */
export async function startPostgresForTests(): Promise<PostgresCluster | null> {
  const required = isOn(process.env[requirePostgresVariable]);
  try {
    return await startPostgresCluster();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (required) throw new Error(`${requirePostgresVariable}=1 and no PostgreSQL could be started: ${reason}`);
    process.stderr.write(`hub tests skipped: no PostgreSQL could be started (${reason}); apt-get install postgresql to run them.\n`);
    return null;
  }
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (bin === null) throw new Error('initdb was not found under /usr/lib/postgresql/*/bin (set PROFICIO_PG_BIN to its folder)');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'proficio-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', superuser], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', superuser], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  // as root, the server programs run as the postgres OS user; otherwise as whoever runs the tests
  const run = (program: string, args: readonly string[]): void => {
    const [command, commandArgs] = asRoot ? ['runuser', ['-u', superuser, '--', join(bin, program), ...args]] : [join(bin, program), [...args]];
    const result = spawnSync(command, commandArgs, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) throw new Error(`${program} failed: ${(result.stderr || result.stdout || String(result.error)).trim().split('\n').slice(-3).join(' ')}`);
  };
  const data = join(dir, 'data');
  let started = false;
  const stop = (): void => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // the folder goes anyway; a server left running would fail the next start loudly
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // fsync off and no sync at initdb: a test cluster's data is thrown away, durability buys nothing here
    run('initdb', ['-D', data, '-A', 'trust', '-U', superuser, '-E', 'UTF8', '--locale=C', '--no-sync']);
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses= -c fsync=off -c full_page_writes=off`, 'start']);
    started = true;
  } catch (error) {
    stop();
    throw error;
  }
  process.once('exit', stop);

  const url = (database: string, user = superuser): string => `postgres://${encodeURIComponent(user)}@localhost:${port}/${encodeURIComponent(database)}?host=${encodeURIComponent(dir)}`;
  const query = async <R extends Record<string, unknown>>(database: string, text: string, values: readonly unknown[] = []): Promise<R[]> => {
    const client = new pg.Client({ host: dir, port, user: superuser, database });
    await client.connect();
    try {
      return (await client.query<R>(text, [...values])).rows;
    } finally {
      await client.end();
    }
  };
  return {
    socketDir: dir,
    port,
    url,
    query,
    async createDatabase(name) {
      const database = name.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 60);
      await query('postgres', `CREATE DATABASE ${database}`);
      return database;
    },
    stop,
  };
}

function isOn(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
