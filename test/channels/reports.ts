import type { reportsChannels } from '../../preload/contract/reports.js';
import type { ChannelSamples } from './samples.js';

/** Empty until the reports issue lands its channels. */
export const reportsSamples = {} satisfies ChannelSamples<typeof reportsChannels>;
