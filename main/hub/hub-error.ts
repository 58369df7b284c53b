/**
 * A hub failure as the teacher or IT reads it: a code for the details, and one plain sentence.
 * PostgreSQL's own errors are turned into these (see `explainHubError`) so nobody sees an SQLSTATE.
 */
export class HubError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'HubError';
  }
}

type PgLikeError = { code?: unknown; message?: unknown; routine?: unknown };

/** Turns an error from pg (a socket error or a PostgreSQL SQLSTATE) into a HubError naming the hub, never its password. */
export function explainHubError(error: unknown, hub: string): HubError {
  if (error instanceof HubError) return error;
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as PgLikeError;
  const text = typeof message === 'string' ? message : String(error);
  const details = { code, reason: text };
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOENT':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new HubError('hub_unreachable', `Cannot reach the school hub at ${hub}: is its PostgreSQL server running, and is the address right?`, details);
    case '28P01':
    case '28000':
      return new HubError('hub_login_refused', `The school hub at ${hub} refused the login: check the user name, and the password in PGPASSWORD or your .pgpass file.`, details);
    case '3D000':
      return new HubError('hub_not_found', `There is no hub database at ${hub}: ask IT to create it and run "proficio hub init".`, details);
    case '42501':
      return /row-level security/.test(text)
        ? new HubError('hub_not_yours', `The school hub at ${hub} refused: this gradebook's rows belong to another hub login, and a login writes only the gradebooks it published.`, details)
        : new HubError('hub_not_allowed', `Your login on the school hub at ${hub} may not do this (a coach's login only reads; "hub init" needs the hub's owner).`, details);
    case '42P01':
    case '3F000':
      return new HubError('hub_not_initialised', `The database at ${hub} is not a Proficio hub yet: run "proficio hub init --hub URL" as its owner first.`, details);
    default:
      return new HubError('hub_failed', `The school hub at ${hub} could not finish: ${text}`, details);
  }
}
