import type { GrowthPoint } from '../../../preload/contract/reports.js';

/** Where the growth line's points and labels sit inside the chart's drawing box (SVG user units). */
export type GrowthChartLayout = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  points: { x: number; y: number; point: GrowthPoint }[];
  /** The polyline's `points` attribute. */
  line: string;
  /** Horizontal guides at 0%, 25% … 100%. */
  yTicks: { y: number; share: number }[];
  /** A few week labels along the bottom: the first, the last, and evenly between, never crowded. */
  xTicks: { x: number; weekEnding: string }[];
};

// as wide on the right as on the left: the last week's date is centred on the last point and must not be cut
const margin = { left: 44, top: 12, right: 44, bottom: 28 };

/**
 * Share of the class's cells mastered week by week, laid out on a fixed 0–100% scale (a line that
 * starts at the bottom and fills the height would make 3% look like a leap). Pure, so it is tested.
 */
export function growthChartLayout(points: readonly GrowthPoint[], width = 640, height = 220, maxLabels = 6): GrowthChartLayout {
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const span = Math.max(1, points.length - 1);
  const xAt = (index: number) => (points.length === 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * index) / span);
  const yAt = (share: number) => plot.bottom - (plot.bottom - plot.top) * Math.min(1, Math.max(0, share));
  const placed = points.map((point, index) => ({ x: round(xAt(index)), y: round(yAt(point.masteredShare)), point }));
  const step = Math.max(1, Math.ceil(points.length / maxLabels));
  const labelled = placed.filter((_, index) => index % step === 0 || index === placed.length - 1);
  // the last label wins over a neighbour that would overlap it
  const xTicks = labelled.filter((tick, index) => index === labelled.length - 1 || labelled.length < 2 || labelled[labelled.length - 1]!.x - tick.x >= (plot.right - plot.left) / (maxLabels + 1));
  return {
    width,
    height,
    plot,
    points: placed,
    line: placed.map((p) => `${p.x},${p.y}`).join(' '),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((share) => ({ y: round(yAt(share)), share })),
    xTicks: xTicks.map((tick) => ({ x: tick.x, weekEnding: tick.point.weekEnding })),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
