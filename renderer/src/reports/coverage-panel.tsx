import type { JSX, ReactElement } from 'react';
import { shortCode } from '../../../preload/contract/index.js';
import type { ClassReport } from '../../../preload/contract/reports.js';
import { formatDaysAgo, dayNumber, todayDayNumber } from '../format/calendar-date.js';
import { learnerName } from '../format/learner-name.js';
import { formatCount } from '../format/numbers.js';
import { plural } from '../format/plural.js';
import { turnaroundWords } from './report-words.js';

/** Where evidence is thin (standards, quiet learners) and how quickly feedback follows evidence. */
export function CoveragePanel({ report }: { report: ClassReport }): JSX.Element {
  const { coverage, feedback } = report;
  const reference = (report.to ?? report.asOf) === null ? todayDayNumber() : (dayNumber(report.to ?? report.asOf ?? '') ?? todayDayNumber());
  return (
    <div className="report-columns">
      <section className="report-card" aria-labelledby="report-thin">
        <h3 id="report-thin" className="report-card__title">
          Standards with little evidence
        </h3>
        {coverage.thinStandards.length === 0 ? (
          <p className="report-note">Every standard has at least {plural(coverage.thinBelow, 'piece')} of evidence per learner in this window.</p>
        ) : (
          <LongList
            items={coverage.thinStandards.map((standard) => (
              <li key={standard.standardId}>
                <strong>{shortCode(standard.code) ?? 'A standard'}</strong>:{' '}
                {standard.evidenceCount === 0 ? 'no evidence yet' : `${plural(standard.evidenceCount, 'piece')} of evidence, from ${plural(standard.learnersWithEvidence, 'learner')}`}
              </li>
            ))}
            more={(count) => `${plural(count, 'more standard')}`}
          />
        )}
      </section>
      <section className="report-card" aria-labelledby="report-quiet">
        <h3 id="report-quiet" className="report-card__title">
          Learners with no evidence in the last {plural(coverage.quietDays, 'day')}
        </h3>
        {coverage.quietLearners.length === 0 ? (
          <p className="report-note">Every learner has evidence from the last {plural(coverage.quietDays, 'day')}.</p>
        ) : (
          <LongList
            items={coverage.quietLearners.map((learner) => {
              const last = learner.lastObservedOn === null ? null : dayNumber(learner.lastObservedOn);
              return (
                <li key={learner.learnerId}>
                  <strong>{learnerName({ ...learner, preferredName: null }).display}</strong>: {last === null ? 'no evidence yet' : `latest evidence ${formatDaysAgo(last, reference)}`}
                </li>
              );
            })}
            more={(count) => `${plural(count, 'more learner')}`}
          />
        )}
      </section>
      <section className="report-card" aria-labelledby="report-feedback">
        <h3 id="report-feedback" className="report-card__title">
          Feedback turnaround
        </h3>
        <p className="report-big-number">
          {feedback.medianDays === null ? '—' : plural(Math.round(feedback.medianDays), 'day')}
          <span className="report-big-number__what"> median from evidence to feedback</span>
        </p>
        <p className="report-note">{turnaroundWords(feedback)}</p>
        <p className="report-note">
          {formatCount(feedback.withFeedback)} with feedback, {formatCount(feedback.awaitingFeedback)} waiting for it.
        </p>
      </section>
    </div>
  );
}

/** The first few of a list, and the rest behind "Show N more" so one long list does not push the others off the screen. */
function LongList({ items, more }: { items: ReactElement[]; more: (count: number) => string }): JSX.Element {
  const shown = 6;
  return (
    <>
      <ul className="report-list">{items.slice(0, shown)}</ul>
      {items.length > shown && (
        <details className="report-more">
          <summary>Show {more(items.length - shown)}</summary>
          <ul className="report-list">{items.slice(shown)}</ul>
        </details>
      )}
    </>
  );
}
