import type { CellHistory, EvidenceKind, EvidenceSource } from '../../../preload/contract/index.js';
import { formatLevel } from './level-scale.js';

export const kindLabels = {
  of: 'of learning',
  for: 'for learning',
  as: 'as learning',
} as const satisfies Record<EvidenceKind, string>;

/** What each kind means, in plain words, for a teacher choosing one (DOMAIN.md: assessment of / for / as learning). */
export const kindHints = {
  of: 'Summative',
  for: 'Formative, to adjust teaching',
  as: 'The activity itself is evidence, e.g. a self-assessment',
} as const satisfies Record<EvidenceKind, string>;

export const sourceLabels = {
  class: 'In class',
  self: 'Self-assessment',
  peer: 'Peer',
  family: 'Family',
  community: 'Community',
  online: 'Online',
} as const satisfies Record<EvidenceSource, string>;

type Change = CellHistory['changes'][number];

const levelText = (value: unknown) => (typeof value === 'number' ? formatLevel(value) : 'none');

/**
 * One line of a cell's change history in words: "Level 2 → 3", "Moved to the trash (level 3)",
 * "Feedback added". The audit keeps whole records before and after; this picks out what changed.
 */
export function describeChange(change: Change): string {
  const before = change.before ?? {};
  const after = change.after ?? {};
  const level = `level ${levelText(after['level'] ?? before['level'])}`;
  switch (change.action) {
    case 'delete':
      return `Moved to the trash (${level})`;
    case 'restore':
      return `Restored from the trash (${level})`;
    case 'update': {
      const parts: string[] = [];
      if (before['level'] !== after['level']) parts.push(`Level ${levelText(before['level'])} → ${levelText(after['level'])}`);
      if (before['observedOn'] !== after['observedOn']) parts.push(`Date ${String(before['observedOn'])} → ${String(after['observedOn'])}`);
      if (before['kind'] !== after['kind']) parts.push(`Kind ${String(before['kind'])} → ${String(after['kind'])}`);
      if (before['feedback'] !== after['feedback']) parts.push(before['feedback'] ? 'Feedback changed' : 'Feedback added');
      return parts.length > 0 ? parts.join('; ') : 'Edited';
    }
    default:
      return change.action.charAt(0).toUpperCase() + change.action.slice(1);
  }
}
