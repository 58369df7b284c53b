/** The groups capability (learning-aligned grouping: group sets, strategies, fit reports). Its channels land with its issue. */
import type { ChannelSet } from './channel.js';

export const groupsChannels = {} satisfies ChannelSet;
