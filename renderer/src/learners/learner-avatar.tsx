import type { JSX } from 'react';

const tones = 6;

/** A stable tone per learner (from the id), so a face-less list still has landmarks for the eye. */
function toneOf(learnerId: string): number {
  let hash = 0;
  for (const char of learnerId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % tones;
}

function initialsOf(display: string): string {
  const parts = display.split(/\s+/).filter((part) => part !== '');
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

export function LearnerAvatar({ learnerId, display }: { learnerId: string; display: string }): JSX.Element {
  return (
    <span className={`avatar avatar--tone-${toneOf(learnerId)}`} aria-hidden="true">
      {initialsOf(display)}
    </span>
  );
}
