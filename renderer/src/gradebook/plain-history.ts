import type { CellHistory, MasteryMethodInput, Scale } from '../../../preload/contract/index.js';
import { assertNever } from '../../../preload/contract/shared.js';
import { formatLevel } from './level-scale.js';
import { scaleStep } from './level-display.js';

/** How many of the newest levels the sentence names: enough to see a trend, few enough to read at once. */
const recentShown = 4;

/** What counts under a method, in a teacher's words ("newest counts most"). */
export function howItCounts(method: MasteryMethodInput): string {
  switch (method.kind) {
    case 'most_recent':
      return 'the newest counts';
    case 'highest':
      return 'the highest counts';
    case 'mean':
      return 'all count equally';
    case 'mode':
      return 'the most frequent level counts';
    case 'median_recent':
      return `the middle of the newest ${method.n} counts`;
    case 'mean_recent':
      return `the newest ${method.n} count equally`;
    case 'mean_highest':
      return `the ${method.n} highest count equally`;
    case 'weighted_average':
      return `the newest counts for ${Math.round(method.weight * 100)}%`;
    case 'decaying_average':
      return 'newest counts most';
    case 'n_mastery':
      return `mastered once shown ${method.n} times`;
    case 'power_law':
      return 'the trend over time counts';
    default:
      return assertNever(method);
  }
}

/**
 * The history panel's first line, before any arithmetic: the level in the scale's words and the
 * evidence behind it — "Developing — recent evidence 1, 1, 1, 2, newest counts most". Levels are the
 * counted ones, oldest first, so the newest is the last one read.
 */
export function plainSummary(history: Pick<CellHistory, 'cell' | 'used' | 'method'>, scale: Scale): string {
  const { cell } = history;
  if (cell.level === null) return history.used.length === 0 ? 'No level yet — no evidence with a level.' : 'No level yet — the evidence so far does not count toward one.';
  const label = scale.levels.find((level) => level.value === scaleStep(cell.level!, scale))?.label ?? formatLevel(cell.level);
  if (cell.override) return `${label} — set by the teacher: ${cell.override.reason}`;
  const counted = history.used.filter((used) => used.included && used.level !== null).map((used) => formatLevel(used.level));
  if (counted.length === 0) return label;
  const recent = counted.length > recentShown ? `recent evidence ${counted.slice(-recentShown).join(', ')}` : `evidence ${counted.join(', ')}`;
  return `${label} — ${recent}${history.method ? `, ${howItCounts(history.method)}` : ''}`;
}
