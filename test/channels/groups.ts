import type { groupsChannels } from '../../preload/contract/groups.js';
import type { ChannelSamples } from './samples.js';

/** Empty until the groups issue lands its channels. */
export const groupsSamples = {} satisfies ChannelSamples<typeof groupsChannels>;
