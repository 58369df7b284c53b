import type { JSX } from 'react';
import { shortCode } from '../../../preload/contract/index.js';
import type { ClassReport, StandardReport } from '../../../preload/contract/reports.js';
import { formatCount } from '../format/numbers.js';
import { levelWords, partOf } from './report-words.js';

/** Per standard: how the class spreads across the levels, and how many are at or above the threshold. */
export function StandardSummary({ report }: { report: ClassReport }): JSX.Element {
  return (
    <table className="report-table">
      <caption className="visually-hidden">Each standard: the spread of levels and the share at or above the mastery threshold</caption>
      <thead>
        <tr>
          <th scope="col">Standard</th>
          <th scope="col">Spread of levels</th>
          <th scope="col">At or above the threshold</th>
          <th scope="col">Evidence in the window</th>
        </tr>
      </thead>
      <tbody>
        {report.standards.map((standard) => (
          <tr key={standard.standardId}>
            <th scope="row" className="report-table__standard">
              <span className="report-table__code">{shortCode(standard.code) ?? ''}</span> <span className="report-table__statement">{standard.statement}</span>
            </th>
            <td>
              <Spread report={report} standard={standard} />
            </td>
            <td className="report-table__number">{partOf(standard.masteredCount, report.learners.length)}</td>
            <td className="report-table__number">{formatCount(standard.evidenceCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A bar split by level in the scale's colours (SVG: no inline styles under the CSP), with the counts in words. */
function Spread({ report, standard }: { report: ClassReport; standard: StandardReport }): JSX.Element {
  const width = 160;
  const parts = [...report.levels.map((level) => ({ key: String(level.value), count: standard.levelCounts[String(level.value)] ?? 0, colour: level.colour, words: levelWords(report.levels, level.value) })), { key: 'none', count: standard.levelCounts['none'] ?? 0, colour: 'none', words: 'no level yet' }];
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  let at = 0;
  const words = parts.filter((part) => part.count > 0).map((part) => `${part.words}: ${formatCount(part.count)}`).join(', ');
  return (
    <span className="report-spread">
      <svg width={width} height={14} aria-hidden="true" className="report-spread__bar">
        {parts.map((part) => {
          const w = total === 0 ? 0 : (width * part.count) / total;
          const x = at;
          at += w;
          return w > 0 ? <rect key={part.key} x={x} y={0} width={w} height={14} fill={part.colour} className={part.key === 'none' ? 'report-spread__none' : undefined} /> : null;
        })}
      </svg>
      <span className="report-spread__words">{words || 'no learners'}</span>
    </span>
  );
}
