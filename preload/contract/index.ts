/**
 * The IPC contract: every channel between the renderer and the gradebook, one file per capability
 * (gradebook, learners, standards, scales, import, paths, groups, reports), combined here.
 *
 * main validates each request against the channel's zod schema before a handler runs; the preload
 * (Electron) and the HTTP bridge (browser test harness) both build `window.proficio` from this list,
 * so the two paths cannot drift. Channel names are `domain:verb`; the API object is
 * `proficio.<domain>.<verb>(request)`.
 */
import type { z } from 'zod';
import type { Channel, Result } from './channel.js';
import { gradebookChannels, type GradebookEvents } from './gradebook.js';
import { groupsChannels } from './groups.js';
import { hubChannels, type HubEvents } from './hub.js';
import { importChannels, type ImportEvents } from './import.js';
import { learnersChannels } from './learners.js';
import { pathsChannels } from './paths.js';
import { reportsChannels, type ReportsEvents } from './reports.js';
import { scalesChannels } from './scales.js';
import { standardsChannels } from './standards.js';

export * from './channel.js';
export * from './gradebook.js';
export * from './import.js';
export * from './learners.js';
export * from './groups.js';
export * from './hub.js';
export * from './paths.js';
export * from './reports.js';
export * from './scales.js';
export * from './standards.js';
export * from './vocabulary.js';

export const contract = {
  ...gradebookChannels,
  ...learnersChannels,
  ...standardsChannels,
  ...scalesChannels,
  ...importChannels,
  ...pathsChannels,
  ...groupsChannels,
  ...reportsChannels,
  ...hubChannels,
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
export type EventPayloads = GradebookEvents & ImportEvents & ReportsEvents & HubEvents;
export type EventName = keyof EventPayloads;
export const eventNames = ['gradebook:changed', 'gradebook:opened', 'mastery:progress', 'import:progress', 'import:requested', 'reports:progress', 'hub:progress', 'hub:publishRequested'] as const satisfies readonly EventName[];

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
