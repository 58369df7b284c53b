/** The paths capability (learning paths: progression graph, readiness, each learner's route and pace). Its channels land with its issue. */
import type { ChannelSet } from './channel.js';

export const pathsChannels = {} satisfies ChannelSet;
