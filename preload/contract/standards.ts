/** The standards capability: frameworks, their standards, and which standards a class tracks. */
import { z } from 'zod';
import { id, noRequest, read, write } from './channel.js';

export type FrameworkSummary = {
  id: string;
  title: string;
  creator: string;
  version: string | null;
  subject: string | null;
  standardCount: number;
  retiredCount: number;
  prerequisiteCount: number;
  lastChangedAt: string | null;
};

export type StandardNode = {
  id: string;
  frameworkId: string;
  parentId: string | null;
  position: number;
  code: string | null;
  statement: string;
  type: string;
  gradeLevels: string[];
  retired: boolean;
};

export const standardsChannels = {
  'frameworks:list': read<FrameworkSummary[]>()(noRequest),
  'standards:tree': read<StandardNode[]>()(z.object({ frameworkId: id }).strict()),
  'standards:search': read<StandardNode[]>()(
    z.object({ frameworkId: id.optional(), query: z.string().trim().min(1, 'type part of a code or a word').max(200) }).strict(),
  ),
  'standards:tracked': read<StandardNode[]>()(z.object({ classId: id }).strict()),
  'standards:setTracked': write<StandardNode[]>(['standards', 'mastery'])(
    z.object({ classId: id, standardIds: z.array(id).max(5000) }).strict(),
  ),
};
