/** The scales capability: proficiency and learning-skills scales, their levels and mastery threshold. */
import { z } from 'zod';
import { id, noRequest, read, write } from './channel.js';
import { scalePurposes, type ScalePurpose } from './vocabulary.js';

export type ScaleLevel = { value: number; label: string; shortLabel: string; colour: string; description: string };
export type Scale = {
  id: string;
  title: string;
  purpose: ScalePurpose;
  masteryThreshold: number;
  halfSteps: boolean;
  levels: ScaleLevel[];
};

/** How many pieces of evidence were recorded at one level of a scale. */
export type LevelUse = { value: number; evidenceCount: number };

/**
 * A scale as the scales editor edits it: with the levels evidence sits on (only those, lowest first),
 * so the editor can say why such a level cannot be removed before the teacher tries.
 */
export type EditableScale = Scale & { levelsInUse: LevelUse[] };

export const scalesChannels = {
  'scales:list': read<EditableScale[]>()(noRequest),
  'scales:save': write<EditableScale>(['scales', 'mastery'])(
    z
      .object({
        /** Absent: a new scale. */
        id: id.optional(),
        title: z.string().trim().min(1, 'give the scale a name').max(100),
        purpose: z.enum(scalePurposes),
        masteryThreshold: z.number().finite(),
        halfSteps: z.boolean(),
        levels: z
          .array(
            z
              .object({
                value: z.number().finite().min(0).max(100),
                label: z.string().trim().min(1, 'every level needs a label').max(60),
                shortLabel: z.string().trim().min(1).max(3, 'a short label has at most 3 characters'),
                colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #2C72A3'),
                description: z.string().trim().max(500),
              })
              .strict(),
          )
          .min(2, 'a scale needs at least two levels')
          .max(10),
      })
      .strict(),
  ),
};
