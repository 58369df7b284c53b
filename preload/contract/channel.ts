/**
 * How a channel is declared: its request schema, its response type, and whether it reads or writes.
 * Every capability's contract file declares its channels with `read` and `write` from here.
 */
import { z } from 'zod';

// ── request pieces every capability uses ─────────────────────────────────────────────────────────
export const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a Proficio id');
export const noRequest = z.object({}).strict();
export const isoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });

// ── errors and results ─────────────────────────────────────────────────────────────────────────────
export const errorCodes = [
  'invalid_request',
  'unknown_channel',
  'not_found',
  'not_a_gradebook',
  'newer_version',
  'migration_failed',
  'conflict',
  'invalid_data',
  'no_gradebook',
  'read_only',
  'busy',
  'in_use',
  'damaged',
  /** The school hub refused or could not be reached; `details.reason` says which (main/hub/hub-error.ts). */
  'hub',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type ContractError = { code: ErrorCode; message: string; details: Record<string, unknown> };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

// ── channels ───────────────────────────────────────────────────────────────────────────────────────
/**
 * What a write changed, named by DOMAIN.md nouns, so each store reloads only what it shows. A write
 * channel declares its aggregates; the worker announces them after the write (`gradebook:changed`).
 */
export const changedAggregates = ['classes', 'learners', 'evidence', 'assessments', 'mastery', 'scales', 'frameworks', 'standards', 'paths', 'groups'] as const;
export type ChangedAggregate = (typeof changedAggregates)[number];

/**
 * A read runs with a read-only handle (it may run on a gradebook opened read-only); a write gets the
 * writer and says what it changes.
 */
export type ReadChannel<Request extends z.ZodType = z.ZodType, Response = unknown> = { access: 'read'; request: Request; response?: Response };
export type WriteChannel<Request extends z.ZodType = z.ZodType, Response = unknown> = {
  access: 'write';
  changes: readonly ChangedAggregate[];
  request: Request;
  response?: Response;
};
export type Channel<Request extends z.ZodType = z.ZodType, Response = unknown> = ReadChannel<Request, Response> | WriteChannel<Request, Response>;
export type ChannelSet = Record<string, Channel>;

/** Declares a read channel: the response type is given explicitly, the request by its schema. */
export function read<Response>() {
  return <Request extends z.ZodType>(request: Request): ReadChannel<Request, Response> => ({ access: 'read', request });
}

/** Declares a write channel and the aggregates it changes. */
export function write<Response>(changes: readonly ChangedAggregate[]) {
  return <Request extends z.ZodType>(request: Request): WriteChannel<Request, Response> => ({ access: 'write', changes, request });
}
