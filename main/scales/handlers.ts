import type { scalesChannels } from '../../preload/contract/scales.js';
import type { HandlersFor } from '../worker/handler-context.js';
import { listEditableScales } from './list-scales.js';
import { saveScale } from './save-scale.js';

/** The gradebook's scales. */
export const scalesHandlers = {
  'scales:list': (gradebook) => listEditableScales(gradebook.reader),
  'scales:save': (gradebook, request) => saveScale(gradebook.writer, request),
} satisfies HandlersFor<typeof scalesChannels>;
