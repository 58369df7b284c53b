import type { groupsChannels } from '../../preload/contract/groups.js';
import type { HandlersFor } from '../worker/handler-context.js';

/** Placeholder while the services land: every channel answers plainly that grouping is not ready yet. */
function notYet(): never {
  // an unexpected error: the worker answers `internal` with its plain sentence
  throw new Error('The groups handlers are not wired yet.');
}

/** Proposals, group sets, history and output. */
export const groupsHandlers = {
  'groups:propose': notYet,
  'groups:save': notYet,
  'groups:update': notYet,
  'groups:delete': notYet,
  'groups:list': notYet,
  'groups:get': notYet,
  'groups:history': notYet,
  'groups:cards': notYet,
  'groups:csv': notYet,
} satisfies HandlersFor<typeof groupsChannels>;
