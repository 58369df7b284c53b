import type { ReadableGradebook } from '../../db/open.js';
import type { ChannelName, RequestOf } from '../../preload/contract/index.js';
import { gradebookSamples } from './gradebook.js';
import { groupsSamples } from './groups.js';
import { hubSamples } from './hub.js';
import { importSamples } from './import.js';
import { learnersSamples } from './learners.js';
import { pathsSamples } from './paths.js';
import { reportsSamples } from './reports.js';
import { demoLookup, type ChannelSamples } from './samples.js';
import { scalesSamples } from './scales.js';
import { standardsSamples } from './standards.js';

/** Every channel's samples; `satisfies` makes a channel without them a compile error. */
export const channelSamples = {
  ...gradebookSamples,
  ...learnersSamples,
  ...standardsSamples,
  ...scalesSamples,
  ...importSamples,
  ...pathsSamples,
  ...groupsSamples,
  ...reportsSamples,
  ...hubSamples,
} satisfies ChannelSamples<Record<ChannelName, unknown>>;

/** One valid request per channel, against a demo gradebook, for the dispatch and read-only suites. */
export function validRequestsFor(gradebook: ReadableGradebook): { [C in ChannelName]: () => RequestOf<C> } {
  const demo = demoLookup(gradebook);
  const requests: Partial<Record<ChannelName, () => unknown>> = {};
  for (const channel of Object.keys(channelSamples) as ChannelName[]) requests[channel] = () => channelSamples[channel].valid(demo);
  // the loop fills every channel with its own sample
  return requests as { [C in ChannelName]: () => RequestOf<C> };
}
