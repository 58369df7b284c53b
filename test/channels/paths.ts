import type { pathsChannels } from '../../preload/contract/paths.js';
import type { ChannelSamples } from './samples.js';

/** Empty until the paths issue lands its channels. */
export const pathsSamples = {} satisfies ChannelSamples<typeof pathsChannels>;
