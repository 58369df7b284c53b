import type { JSX } from 'react';
import type { ClassReport } from '../../../preload/contract/reports.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { learnerName } from '../format/learner-name.js';
import { formatCount } from '../format/numbers.js';
import { Button } from '../ui/button.js';
import { partOf } from './report-words.js';

/** Per learner: standards mastered of those tracked, evidence, and each report-card mark with its reason. */
export function LearnerSummary({ report, onAddRule }: { report: ClassReport; onAddRule?: () => void }): JSX.Element {
  const anyMarks = report.learners.some((learner) => learner.marks.length > 0);
  return (
    <>
      {/* rules live in the teacher's own gradebook: a teacher's file read in coach mode offers none to add */}
      {!anyMarks && onAddRule !== undefined && (
        <p className="report-note">
          No report-card rule covers these standards yet.{' '}
          <Button small variant="quiet" onClick={onAddRule}>
            Add a report-card rule
          </Button>{' '}
          to see each learner’s mark and the reason for it here.
        </p>
      )}
      <table className="report-table">
        <caption className="visually-hidden">Each learner: standards mastered, evidence and report-card marks</caption>
        <thead>
          <tr>
            <th scope="col">Learner</th>
            <th scope="col">Mastered</th>
            <th scope="col">Evidence</th>
            <th scope="col">Latest evidence</th>
            {anyMarks && <th scope="col">Report-card marks</th>}
          </tr>
        </thead>
        <tbody>
          {report.learners.map((learner) => (
            <tr key={learner.learnerId}>
              <th scope="row">{learnerName(learner).display}</th>
              <td className="report-table__number">{partOf(learner.masteredCount, learner.trackedCount)}</td>
              <td className="report-table__number">{formatCount(learner.evidenceCount)}</td>
              <td>{learner.lastObservedOn === null ? 'None yet' : formatIsoDate(learner.lastObservedOn)}</td>
              {anyMarks && (
                <td>
                  <ul className="report-marks">
                    {learner.marks.map((mark) => (
                      <li key={mark.ruleId}>
                        <strong>{mark.mark}</strong> <span className="report-marks__rule">({mark.title})</span>: {mark.explanation}
                      </li>
                    ))}
                  </ul>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
