import type { ActivityModality, PathTemplate, ProgressionStandard, RequestOf } from '../../../preload/contract/index.js';

/** A path template as the teacher edits it: steps in order, each with its options (link may be empty). */
export type DraftOption = { modality: ActivityModality; title: string; link: string };
export type DraftStep = { standardId: string; options: DraftOption[] };
export type TemplateDraft = { title: string; steps: DraftStep[] };

export const emptyOption = (): DraftOption => ({ modality: 'small_group', title: '', link: '' });

export function draftFrom(template: PathTemplate | null): TemplateDraft {
  if (!template) return { title: '', steps: [] };
  return {
    title: template.title,
    steps: template.steps.map((step) => ({ standardId: step.standardId, options: step.options.map((option) => ({ ...option, link: option.link ?? '' })) })),
  };
}

/** The next standard a new step should target: the first tracked one (in the class's order) not in the path yet. */
export function nextStandard(standards: readonly ProgressionStandard[], steps: readonly DraftStep[]): string | null {
  const taken = new Set(steps.map((step) => step.standardId));
  return (standards.find((standard) => !taken.has(standard.standardId)) ?? standards[0])?.standardId ?? null;
}

/** Moves the item at `from` to `to` (both in range), returning a new list. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const list = [...items];
  const [item] = list.splice(from, 1);
  if (item !== undefined) list.splice(to, 0, item);
  return list;
}

/**
 * The saveTemplate request, or the one sentence saying what to fix first. Options with neither title
 * nor link are left out (an "Add an option" row never filled in); one with a link but no title is asked about.
 */
export function templateRequest(classId: string, templateId: string | null, draft: TemplateDraft): { request: RequestOf<'paths:saveTemplate'> } | { problem: string } {
  const title = draft.title.trim();
  if (title === '') return { problem: 'Give the path a title.' };
  if (draft.steps.length === 0) return { problem: 'Add at least one step.' };
  const steps: RequestOf<'paths:saveTemplate'>['steps'] = [];
  for (const [index, step] of draft.steps.entries()) {
    const filled = step.options.filter((option) => option.title.trim() !== '' || option.link.trim() !== '');
    const untitled = filled.findIndex((option) => option.title.trim() === '');
    if (untitled >= 0) return { problem: `Step ${index + 1}: option ${untitled + 1} has a link but no title.` };
    if (filled.length > 8) return { problem: `Step ${index + 1} offers ${filled.length} options; 8 is the most.` };
    steps.push({ standardId: step.standardId, options: filled.map((option) => ({ modality: option.modality, title: option.title.trim(), link: option.link.trim() === '' ? null : option.link.trim() })) });
  }
  return { request: { classId, ...(templateId === null ? {} : { templateId }), title, steps } };
}
