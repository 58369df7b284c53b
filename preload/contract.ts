/**
 * The IPC contract: every channel between the renderer and the gradebook, in one place.
 *
 * main validates each request against the channel's zod schema before a handler runs; the preload
 * (Electron) and the HTTP bridge (browser test harness) both build `window.proficio` from this list,
 * so the two paths cannot drift. Channel names are `domain:verb`; the API object is
 * `proficio.<domain>.<verb>(request)`.
 */
import { z } from 'zod';

// ── shared request pieces ──────────────────────────────────────────────────────────────────────────
const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a Proficio id');
const noRequest = z.object({}).strict();

// ── response types ─────────────────────────────────────────────────────────────────────────────────
export type GradebookInfo = {
  path: string;
  schemaVersion: number;
  title: string | null;
  counts: Record<string, number>;
};

export type ClassSummary = {
  id: string;
  title: string;
  code: string | null;
  termTitle: string | null;
  courseTitle: string | null;
  learnerCount: number;
};

export type RosterEntry = {
  learnerId: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  evidenceCount: number;
  /** ISO date of the most recent evidence this class holds for the learner, or null when none. */
  lastEvidenceOn: string | null;
};

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
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type ContractError = { code: ErrorCode; message: string; details: Record<string, unknown> };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

// ── channels ───────────────────────────────────────────────────────────────────────────────────────
type Channel<Request extends z.ZodType, Response> = { request: Request; response?: Response };

/** Declares a channel: the response type is given explicitly, the request by its schema. */
function channel<Response>() {
  return <Request extends z.ZodType>(request: Request): Channel<Request, Response> => ({ request });
}

export const contract = {
  'gradebook:info': channel<GradebookInfo>()(noRequest),
  'classes:list': channel<ClassSummary[]>()(noRequest),
  'learners:roster': channel<RosterEntry[]>()(z.object({ classId: id }).strict()),
};

export type ChannelName = keyof typeof contract;
export const channelNames = Object.keys(contract) as ChannelName[];

/** What the renderer sends. */
export type RequestOf<C extends ChannelName> = z.input<(typeof contract)[C]['request']>;
/** What a handler receives, after validation. */
export type ValidRequestOf<C extends ChannelName> = z.output<(typeof contract)[C]['request']>;
export type ResponseOf<C extends ChannelName> = (typeof contract)[C] extends Channel<z.ZodType, infer R> ? R : never;

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

// ── events from main to the renderer (a fixed list, nothing else is ever sent) ─────────────────────
export type EventPayloads = {
  /** Another gradebook file was opened (File → Open, New, Recent): every view reloads. */
  'gradebook:opened': { path: string; title: string | null };
};
export type EventName = keyof EventPayloads;
export const eventNames = ['gradebook:opened'] as const satisfies readonly EventName[];

// ── the API object exposed as window.proficio ──────────────────────────────────────────────────────
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;

export type ProficioApi = {
  [D in DomainOf<ChannelName>]: {
    [C in ChannelName as C extends `${D}:${infer Verb}` ? Verb : never]: (
      request: RequestOf<C>,
    ) => Promise<Result<ResponseOf<C>>>;
  };
} & {
  events: {
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  };
};

export type Invoke = (channel: ChannelName, request: unknown) => Promise<Result<unknown>>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/**
 * Builds the API object from the channel list. Each method is bound to its own channel name, so the
 * page can never reach a channel the contract does not declare.
 */
export function buildProficioApi(invoke: Invoke, subscribe: Subscribe): ProficioApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of channelNames) {
    const [domain, verb] = name.split(':') as [string, string];
    (api[domain] ??= {})[verb] = (request: unknown) => invoke(name, request ?? {});
  }
  api['events'] = {
    on: (event: EventName, listener: (payload: unknown) => void) => {
      if (!eventNames.includes(event)) throw new Error(`Unknown event ${String(event)}`);
      return subscribe(event, listener);
    },
  };
  // the loop above fills exactly the shape ProficioApi describes; TypeScript cannot follow it
  return api as unknown as ProficioApi;
}
