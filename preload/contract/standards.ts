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

/** CCSS-style framework prefixes a code starts with: `CCSS.Math.Content.`, `CCSS.Math.Practice.`, `CCSS.ELA-Literacy.`. */
const frameworkPrefix = /^CCSS\.[A-Za-z-]+\.(?:(?:Content|Practice)\.|(?!(?:Content|Practice)$))/;

/** A code as people say it: the part after a common framework prefix (`CCSS.Math.Content.5.NF.A.1` → `5.NF.A.1`). */
export function shortCode(code: string | null): string | null {
  if (code === null) return null;
  const rest = code.replace(frameworkPrefix, '');
  return rest === '' ? code : rest;
}

/** A grade as a filter takes it: `K`, `PK`, `KG` or a number such as `5` or `05`. */
export const gradeFilter = z
  .string()
  .trim()
  .regex(/^(?:K|KG|PK|\d{1,2})$/i, 'expected a grade such as 5 or K');

/** A learning-related skill (habits of work, collaboration…): the school's list, scored apart from academic standards. */
export type Skill = { standardId: string; frameworkId: string; code: string | null; statement: string; retired: boolean; classCount: number };

const skillText = z.string().trim().min(1, 'cannot be empty').max(500, 'at most 500 characters');

export const standardsChannels = {
  'frameworks:list': read<FrameworkSummary[]>()(noRequest),
  'standards:tree': read<StandardNode[]>()(z.object({ frameworkId: id }).strict()),
  'standards:search': read<StandardNode[]>()(
    z.object({ frameworkId: id.optional(), grade: gradeFilter.optional(), query: z.string().trim().min(1, 'type part of a code or a word').max(200) }).strict(),
  ),
  'standards:tracked': read<StandardNode[]>()(z.object({ classId: id }).strict()),
  'standards:setTracked': write<StandardNode[]>(['standards', 'mastery'])(
    z.object({ classId: id, standardIds: z.array(id).max(5000) }).strict(),
  ),
  'standards:skills': read<Skill[]>()(noRequest),
  /** Adds a skill (no `standardId`) to the school's list, tracked by the classes that track skills, or renames one. */
  'standards:saveSkill': write<Skill>(['standards', 'mastery'])(
    z.object({ standardId: id.optional(), statement: skillText, code: z.string().trim().max(40).nullable().optional() }).strict(),
  ),
  /** Retires a skill (no class tracks it any more; its evidence stays) or brings it back. */
  'standards:retireSkill': write<Skill>(['standards', 'mastery'])(z.object({ standardId: id, retired: z.boolean() }).strict()),
};
