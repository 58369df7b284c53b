import type { pathsChannels } from '../../preload/contract/paths.js';
import type { HandlersFor } from '../worker/handler-context.js';
import { classReadiness, explainCell } from './class-readiness.js';

/** Progression and readiness; learning paths and pacing come next. */
export const pathsHandlers = {
  'paths:readiness': (gradebook, request) => classReadiness(gradebook.reader, request),
  'paths:explain': (gradebook, request) => explainCell(gradebook.reader, request),
} satisfies HandlersFor<typeof pathsChannels>;
