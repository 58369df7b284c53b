import type { JSX } from 'react';
import type { GrowthPoint } from '../../../preload/contract/reports.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { formatPercent } from '../format/numbers.js';
import { growthChartLayout } from './growth-chart-model.js';
import { partOf } from './report-words.js';

/**
 * Growth over the term: the share of the class's learner × standard cells mastered at the end of each
 * week, drawn by hand in SVG (a line and a few labels do not need a charting library, and SVG's own
 * attributes keep to the page's Content-Security-Policy). The numbers sit in a table below for anyone
 * who cannot see the line.
 */
export function GrowthChart({ growth }: { growth: readonly GrowthPoint[] }): JSX.Element {
  if (growth.length === 0) return <p className="report-note">No weeks with evidence in this window yet, so there is no line to draw.</p>;
  const layout = growthChartLayout(growth);
  const first = growth[0]!;
  const last = growth[growth.length - 1]!;
  const summary = `Mastered cells went from ${formatPercent(first.masteredCells, first.cells)} in the week ending ${formatIsoDate(first.weekEnding)} to ${formatPercent(last.masteredCells, last.cells)} in the week ending ${formatIsoDate(last.weekEnding)}.`;
  return (
    <figure className="growth-chart">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} className="growth-chart__svg" role="img" aria-label={summary}>
        {layout.yTicks.map((tick) => (
          <g key={tick.share}>
            <line x1={layout.plot.left} x2={layout.plot.right} y1={tick.y} y2={tick.y} className="growth-chart__guide" />
            <text x={layout.plot.left - 6} y={tick.y + 4} textAnchor="end" className="growth-chart__label">
              {formatPercent(tick.share * 100, 100)}
            </text>
          </g>
        ))}
        {layout.xTicks.map((tick) => (
          <text key={tick.weekEnding} x={tick.x} y={layout.height - 8} textAnchor="middle" className="growth-chart__label">
            {formatIsoDate(tick.weekEnding)}
          </text>
        ))}
        <polyline points={layout.line} className="growth-chart__line" />
        {layout.points.map((point) => (
          <circle key={point.point.weekEnding} cx={point.x} cy={point.y} r={3} className="growth-chart__point">
            <title>{`Week ending ${formatIsoDate(point.point.weekEnding)}: ${partOf(point.point.masteredCells, point.point.cells)} mastered`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="report-note">{summary}</figcaption>
      <details className="growth-chart__numbers">
        <summary>The numbers, week by week</summary>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Week ending</th>
              <th scope="col">Cells mastered</th>
            </tr>
          </thead>
          <tbody>
            {growth.map((point) => (
              <tr key={point.weekEnding}>
                <th scope="row">{formatIsoDate(point.weekEnding)}</th>
                <td className="report-table__number">{partOf(point.masteredCells, point.cells)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
