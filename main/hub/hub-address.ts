import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { HubError } from './hub-error.js';

/**
 * Where a hub is and how to reach it, from its URL (`postgres://user@host:port/database?sslmode=…`,
 * or a Unix socket folder as `?host=/run/postgresql`).
 *
 * The password never comes from the URL — a URL sits in shell histories and settings files — but from
 * PGPASSWORD or a .pgpass file (PGPASSFILE, else ~/.pgpass), the same places psql looks. And a hub
 * reached over the network is always reached over TLS with the server's certificate checked; only a
 * local socket or localhost may go without.
 */
export type HubAddress = {
  host: string;
  port: number;
  database: string;
  user: string;
  /** Unix socket or loopback: TLS is not required there. */
  local: boolean;
  ssl: false | { rejectUnauthorized: true; ca?: string };
  /** How the hub is named in messages: user@host:port/database — never a password. */
  shown: string;
};

type Environment = Readonly<Record<string, string | undefined>>;

const loopback = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function parseHubAddress(url: string, env: Environment = process.env): HubAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HubError('hub_address_invalid', `"${redact(url)}" is not a hub address: write it as postgres://USER@HOST/DATABASE.`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new HubError('hub_address_invalid', `A hub address starts with postgres://, not ${parsed.protocol}//.`);
  }
  if (parsed.password !== '') {
    throw new HubError(
      'hub_password_in_address',
      'Leave the password out of the hub address: Proficio reads it from PGPASSWORD or your .pgpass file, so it never sits in a command history or a settings file.',
    );
  }
  const socketOrHost = parsed.searchParams.get('host') ?? decodeURIComponent(parsed.hostname);
  const host = socketOrHost === '' ? 'localhost' : socketOrHost;
  const port = parsed.port === '' ? 5432 : Number(parsed.port);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const user = decodeURIComponent(parsed.username) || env['PGUSER'] || env['USER'] || '';
  if (database === '') throw new HubError('hub_address_invalid', 'The hub address names no database: end it with /DATABASE (for example postgres://you@hub.school.org/proficio).');
  if (user === '') throw new HubError('hub_address_invalid', 'The hub address names no user: write it as postgres://USER@HOST/DATABASE.');
  const local = host.startsWith('/') || loopback.has(host);
  const sslmode = parsed.searchParams.get('sslmode');
  const shown = `${user}@${host}:${port}/${database}`;
  if (!local && (sslmode === 'disable' || sslmode === 'allow' || sslmode === 'prefer')) {
    throw new HubError(
      'hub_tls_required',
      `The hub at ${shown} is reached over the network, so the connection must be encrypted: use sslmode=verify-full or sslmode=require (or leave sslmode out).`,
    );
  }
  const rootCert = parsed.searchParams.get('sslrootcert');
  const ssl = local && (sslmode === null || sslmode === 'disable' || sslmode === 'prefer' || sslmode === 'allow')
    ? false
    : { rejectUnauthorized: true as const, ...(rootCert ? { ca: readFileSync(rootCert, 'utf8') } : {}) };
  return { host, port, database, user, local, ssl, shown };
}

/**
 * The password for a hub login: PGPASSWORD, else the first matching line of the .pgpass file
 * (host:port:database:user:password, `*` matching anything, `\:` and `\\` escaped). Undefined when
 * there is none (a local socket with peer or trust authentication needs none).
 */
export function hubPassword(address: HubAddress, env: Environment = process.env, read: (path: string) => string | null = readIfPresent): string | undefined {
  if (env['PGPASSWORD']) return env['PGPASSWORD'];
  const file = env['PGPASSFILE'] || join(env['HOME'] || homedir(), '.pgpass');
  const text = read(file);
  if (text === null) return undefined;
  // a socket connection matches the host "localhost" in .pgpass, as libpq does
  const host = address.host.startsWith('/') ? 'localhost' : address.host;
  const wanted = [host, String(address.port), address.database, address.user];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const fields = splitPgpassLine(line);
    if (fields.length < 5) continue;
    if (wanted.every((value, index) => fields[index] === '*' || fields[index] === value)) return fields.slice(4).join(':');
  }
  return undefined;
}

function splitPgpassLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '\\' && index + 1 < line.length) field += line[++index];
    else if (char === ':') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** A URL as it may be shown: any password replaced. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
