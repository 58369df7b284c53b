import type { EvidencePoint, Scale } from '../../../preload/contract/index.js';
import { dayNumber } from '../format/calendar-date.js';

export type SparklineShape = {
  /** The polyline's `points` attribute, oldest evidence on the left. */
  line: string;
  /** The newest point, drawn as a dot. */
  last: { x: number; y: number } | null;
  /** The height of the mastery threshold, for a faint guide line. */
  thresholdY: number;
};

/**
 * Where each piece of evidence sits in a small chart: x by date (evenly spread when all are on one day),
 * y by level between the scale's lowest and highest levels, with `pad` pixels kept free at each edge
 * so a dot is never cut.
 */
export function sparklineShape(points: readonly EvidencePoint[], scale: Pick<Scale, 'levels' | 'masteryThreshold'>, size: { width: number; height: number; pad: number }): SparklineShape {
  const values = scale.levels.map((level) => level.value);
  const low = Math.min(...values, ...points.map((point) => point.level));
  const high = Math.max(...values, ...points.map((point) => point.level));
  const span = high - low || 1;
  const innerWidth = size.width - 2 * size.pad;
  const innerHeight = size.height - 2 * size.pad;
  const y = (level: number) => round(size.pad + innerHeight * (1 - (level - low) / span));

  const days = points.map((point, index) => dayNumber(point.observedOn) ?? index);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const x = (index: number) => {
    if (points.length === 1) return round(size.width / 2);
    const share = last === first ? index / (points.length - 1) : ((days[index] ?? first) - first) / (last - first);
    return round(size.pad + innerWidth * share);
  };

  const coordinates = points.map((point, index) => ({ x: x(index), y: y(point.level) }));
  return {
    line: coordinates.map((point) => `${point.x},${point.y}`).join(' '),
    last: coordinates.at(-1) ?? null,
    thresholdY: y(scale.masteryThreshold),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
