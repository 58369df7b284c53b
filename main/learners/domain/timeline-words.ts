import type { ProfileEntryCategory } from '../../../preload/contract/vocabulary.js';
import { profileEntryWords } from '../../../preload/contract/profile-entry-words.js';

/** The sentences a profile's timeline tells, one per item, in plain words. Pure. */

const sourceWords: Record<string, string> = {
  class: '',
  self: ' (self-assessment)',
  peer: ' (from a peer)',
  family: ' (seen at home)',
  community: ' (in the community)',
  online: ' (online)',
};

export function describeEvidence(standard: string, levelLabel: string | null, source: string): string {
  const where = sourceWords[source] ?? '';
  return levelLabel === null ? `Evidence on ${standard}, not scored${where}` : `Evidence on ${standard}: ${levelLabel}${where}`;
}

export function describeFeedback(standard: string, feedback: string): string {
  const text = feedback.length > 140 ? `${feedback.slice(0, 139)}…` : feedback;
  return `Feedback on ${standard}: ${text}`;
}

export function entryNoun(category: ProfileEntryCategory): string {
  return profileEntryWords[category].one;
}

export function describeEntry(category: ProfileEntryCategory, body: string): string {
  return `${entryNoun(category)}: ${body}`;
}

const statusWords: Record<string, string> = { active: 'active again', met: 'met', revised: 'revised', dropped: 'dropped' };

/** What changed in a goal, from its audited before and after; null when nothing a reader cares about did. */
export function describeGoalChange(goal: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): string | null {
  if (!before || !after) return null;
  if (before['status'] !== after['status'] && typeof after['status'] === 'string') return `Goal ${statusWords[after['status']] ?? after['status']}: ${goal}`;
  if (before['targetOn'] !== after['targetOn']) return after['targetOn'] ? `Goal’s target date moved to ${String(after['targetOn'])}: ${goal}` : `Goal’s target date removed: ${goal}`;
  if (before['body'] !== after['body']) return `Goal reworded: ${goal}`;
  if (JSON.stringify(before['standardIds']) !== JSON.stringify(after['standardIds'])) return `Goal’s standards changed: ${goal}`;
  return null;
}
