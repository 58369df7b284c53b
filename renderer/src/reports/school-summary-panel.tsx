import type { JSX } from 'react';
import { shortCode } from '../../../preload/contract/index.js';
import type { SchoolSummary, SchoolUnmatched } from '../../../preload/contract/reports.js';
import { formatCount } from '../format/numbers.js';
import { plural } from '../format/plural.js';
import { partOf } from './report-words.js';

/** The school across the teachers' files: each standard, each class, then what could not be matched. */
export function SchoolSummaryPanel({ summary }: { summary: SchoolSummary }): JSX.Element {
  return (
    <>
      <section className="report-section" aria-labelledby="school-classes">
        <h2 id="school-classes" className="report-section__title">
          School summary: each class
        </h2>
        <table className="report-table">
          <caption className="visually-hidden">School summary: each class, with its teachers’ files and the share of learner × standard cells mastered</caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Teacher’s file</th>
              <th scope="col">Learners</th>
              <th scope="col">Standards</th>
              <th scope="col">Cells mastered</th>
            </tr>
          </thead>
          <tbody>
            {summary.classes.map((klass, index) => (
              <tr key={`${klass.sourcedId ?? klass.title}-${index}`}>
                <th scope="row">{klass.code === null ? klass.title : `${klass.title} (${klass.code})`}</th>
                <td>{klass.gradebooks.join(', ')}</td>
                <td className="report-table__number">{formatCount(klass.learners)}</td>
                <td className="report-table__number">{formatCount(klass.standards)}</td>
                <td className="report-table__number">{partOf(klass.masteredCells, klass.cells)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="report-section" aria-labelledby="school-standards">
        <h2 id="school-standards" className="report-section__title">
          School summary: each standard
        </h2>
        <table className="report-table">
          <caption className="visually-hidden">School summary: each standard across the classes, with the learners at or above the mastery threshold</caption>
          <thead>
            <tr>
              <th scope="col">Standard</th>
              <th scope="col">Classes</th>
              <th scope="col">At or above the threshold</th>
            </tr>
          </thead>
          <tbody>
            {summary.standards.map((standard, index) => (
              <tr key={`${standard.caseId ?? standard.statement}-${index}`}>
                <th scope="row" className="report-table__standard">
                  <span className="report-table__code">{shortCode(standard.code) ?? ''}</span> <span className="report-table__statement">{standard.statement}</span>
                </th>
                <td className="report-table__number">{formatCount(standard.classes)}</td>
                <td className="report-table__number">{partOf(standard.masteredCount, standard.learners)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="report-section" aria-labelledby="school-unmatched">
        <h2 id="school-unmatched" className="report-section__title">
          What could not be matched
        </h2>
        <UnmatchedWords unmatched={summary.unmatched} />
      </section>
    </>
  );
}

const shown = 8;

/** A few names, then how many more: "Ana Diaz, Ben Ode and 14 more". */
function someOf(names: readonly string[]): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${formatCount(names.length - shown)} more`;
}

/**
 * Learners are matched across files by their roster id, standards by their CASE identifier, classes by
 * their roster id. Whatever has none is counted on its own, and an id that names two different people
 * (or standards) is shown rather than hidden — said plainly, with what to do about it.
 */
function UnmatchedWords({ unmatched }: { unmatched: SchoolUnmatched }): JSX.Element {
  const { learners, standards, classes, conflicts } = unmatched;
  if (learners.length + standards.length + classes.length + conflicts.length === 0) {
    return <p className="report-note">Everything matched: every learner, standard and class has the same school id in every file.</p>;
  }
  return (
    <ul className="report-unmatched">
      {conflicts.map((conflict) => (
        <li key={`${conflict.kind}-${conflict.sourcedId}`}>
          {conflict.kind === 'learner' ? 'One roster id' : 'One standard id'} ({conflict.sourcedId}) names different {conflict.kind === 'learner' ? 'learners' : 'standards'} in different files: {conflict.names.join(' and ')}. They are counted as one; ask
          the teachers to re-import the school’s roster so each has their own.
        </li>
      ))}
      {learners.length > 0 && (
        <li>
          {plural(learners.length, 'learner')} came without a roster id, so each counts on their own in their teacher’s file: {someOf(learners.map((l) => `${l.name} (${l.gradebook})`))}.
        </li>
      )}
      {standards.length > 0 && (
        <li>
          {plural(standards.length, 'standard')} came without a CASE identifier, so each counts on its own: {someOf(standards.map((s) => `${shortCode(s.code) ?? 'a standard without a code'} (${s.gradebook})`))}.
        </li>
      )}
      {classes.length > 0 && (
        <li>
          {plural(classes.length, 'class', 'classes')} came without a roster id, so classes taught together are not joined: {someOf(classes.map((c) => `${c.title} (${c.gradebook})`))}.
        </li>
      )}
    </ul>
  );
}
