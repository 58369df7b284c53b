import { listClasses } from '../../db/classes.js';
import { summarizeGradebook } from '../../db/info.js';
import { classRoster } from '../../db/learners.js';
import type { Gradebook } from '../../db/open.js';
import type { ChannelName, ResponseOf, ValidRequestOf } from '../../preload/contract/index.js';
import type { HandlerContext } from './handler-context.js';
import { importHandlers } from './import-handlers.js';
import { masteryHandlers } from './mastery-handlers.js';

/**
 * A handler is a plain function of the open gradebook and a validated request: testable without Electron.
 * The context (events, cancel flag) matters only to long-running channels such as import:commit.
 */
export type Handler<C extends ChannelName> = (gradebook: Gradebook, request: ValidRequestOf<C>, context: HandlerContext) => ResponseOf<C>;
export type Handlers = { [C in ChannelName]: Handler<C> };

const gradebookHandlers = {
  'gradebook:info': (gradebook) => summarizeGradebook(gradebook.reader, gradebook.schemaVersion),
  'classes:list': (gradebook) => listClasses(gradebook.reader),
  'learners:roster': (gradebook, { classId }) => classRoster(gradebook.reader, classId),
} satisfies Partial<Handlers>;

/** Every channel's handler; `satisfies Handlers` makes a channel without one a compile error. */
export const handlers = { ...gradebookHandlers, ...masteryHandlers, ...importHandlers } satisfies Handlers;
