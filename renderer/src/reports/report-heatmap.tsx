import type { JSX } from 'react';
import { shortCode } from '../../../preload/contract/index.js';
import type { ClassReport } from '../../../preload/contract/reports.js';
import { formatCount } from '../format/numbers.js';
import { learnerName } from '../format/learner-name.js';
import { bandOf } from './report-levels.js';
import { levelWords } from './report-words.js';
import './report-heatmap.css';

/**
 * Learners × standards, each cell the level reached on the scale's colour, mastered cells bold with a
 * tick (never colour alone). One scrolling table with the names and codes held in place: 30 × 80 is
 * 2,400 small cells, which the browser draws at once, so no learner waits behind a "next page".
 */
export function ReportHeatmap({ report }: { report: ClassReport }): JSX.Element {
  return (
    <div className="report-heatmap" tabIndex={0} role="region" aria-label="Levels of each learner on each standard (scrolls)">
      <table className="report-heatmap__table">
        <caption className="visually-hidden">Current level of each learner on each standard; a tick marks mastered.</caption>
        <thead>
          <tr>
            <th scope="col" className="report-heatmap__corner">
              Learner
            </th>
            {report.standards.map((standard) => (
              <th key={standard.standardId} scope="col" className="report-heatmap__standard" title={standard.statement}>
                <span>{shortCode(standard.code) ?? standard.statement.slice(0, 12)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.learners.map((learner, row) => (
            <tr key={learner.learnerId}>
              <th scope="row" className="report-heatmap__learner">
                {learnerName(learner).display}
              </th>
              {report.standards.map((standard, column) => {
                const value = report.heatmap[row]?.[column] ?? null;
                const band = bandOf(report.levels, value);
                const mastered = value !== null && value >= standard.threshold;
                const words = value === null ? 'no level yet' : `${levelWords(report.levels, value)}${mastered ? ', mastered' : ''}`;
                return (
                  <td
                    key={standard.standardId}
                    className={band === null ? 'report-cell report-cell--none' : `report-cell lvl-${band}${mastered ? ' is-mastered' : ''}`}
                    title={`${learnerName(learner).display}, ${shortCode(standard.code) ?? standard.statement}: ${words}`}
                  >
                    {value === null ? '·' : formatCount(value)}
                    {mastered && <span aria-hidden="true">✓</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
