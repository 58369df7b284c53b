import type { GradebookWriter } from '../../db/handle.js';
import { insertScale } from '../../db/scales.js';
import { setSetting } from '../../db/settings.js';
import { academicScale, learningSkillsScale } from '../scales/default-scales.js';

/**
 * What a brand-new, empty gradebook starts with, so that evidence can be recorded as soon as a roster
 * and standards are imported: the default 1–4 proficiency scale and the learning-skills scale.
 */
export function setUpNewGradebook(writer: GradebookWriter, title: string): void {
  writer.transaction(() => {
    insertScale(writer, academicScale);
    insertScale(writer, learningSkillsScale);
    setSetting(writer, 'title', title);
  });
}
