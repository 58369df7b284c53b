import type { JSX } from 'react';
import { colouredLevels } from '../format/level-colours.js';

/**
 * A level on its colour (ui/level-chip.css): a tint of the colour, or — mastered — the full colour in bold
 * with a tick, so mastery never rests on colour alone. `band` is the index of the level's colour among the
 * CSS properties a scale sets (format/level-colours.ts); null draws a chip without a level.
 */
export function Chip(props: { text: string; band: number | null; mastered: boolean; large?: boolean; title?: string | undefined }): JSX.Element {
  const names = ['chip'];
  names.push(props.band === null ? 'chip--none' : `lvl-${Math.min(props.band, colouredLevels - 1)}`);
  if (props.mastered) names.push('is-mastered');
  if (props.large) names.push('chip--large');
  return (
    <span className={names.join(' ')} title={props.title}>
      {props.text}
      {props.mastered && (
        <span className="chip__tick" aria-hidden="true">
          ✓
        </span>
      )}
    </span>
  );
}
