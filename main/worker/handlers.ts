import type { ChannelName } from '../../preload/contract/index.js';
import { gradebookHandlers } from '../gradebook/handlers.js';
import { groupsHandlers } from '../groups/handlers.js';
import { hubHandlers } from '../hub/handlers.js';
import { importHandlers } from '../import/handlers.js';
import { learnersHandlers } from '../learners/handlers.js';
import { pathsHandlers } from '../paths/handlers.js';
import { reportsHandlers } from '../reports/handlers.js';
import { scalesHandlers } from '../scales/handlers.js';
import { standardsHandlers } from '../standards/handlers.js';
import type { Handler } from './handler-context.js';

/** Every channel's handler, one complete set per capability; `satisfies` makes a missing one a compile error. */
export const handlers = {
  ...gradebookHandlers,
  ...learnersHandlers,
  ...standardsHandlers,
  ...scalesHandlers,
  ...importHandlers,
  ...pathsHandlers,
  ...groupsHandlers,
  ...reportsHandlers,
  ...hubHandlers,
} satisfies { [C in ChannelName]: Handler<C> };
