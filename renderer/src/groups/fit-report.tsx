import type { JSX } from 'react';
import type { FitLine, RotationFlag, UnmetConstraint } from '../../../preload/contract/index.js';
import { Badge } from '../ui/badge.js';

/**
 * How well the groups meet the teacher's rules, in the gradebook's own sentences: each rule met or
 * not, then anything that could not be done at all (which learners, and why), then the learners the
 * rotation guard asks the teacher to look at. Never a score or a formula.
 */
export function FitReport(props: {
  fit: readonly FitLine[];
  unmet?: readonly UnmetConstraint[];
  rotation?: readonly RotationFlag[];
  nameOf: (learnerId: string) => string;
  /** Said under the heading, e.g. that the teacher has moved learners since the report was made. */
  note?: string | null;
  title?: string;
  /** The groups were moved by hand: what is unmet is a rule the moves break, not something impossible. */
  movedByHand?: boolean;
}): JSX.Element {
  const unmet = props.unmet ?? [];
  const unmetTitle = props.movedByHand ? 'Rules these groups break' : 'What could not be done';
  const rotation = props.rotation ?? [];
  return (
    <section className="fit-report" aria-labelledby="fit-report-title">
      <h3 id="fit-report-title" className="fit-report__title">
        {props.title ?? 'How well these groups fit'}
      </h3>
      {props.note && <p className="fit-report__note">{props.note}</p>}
      {props.fit.length === 0 && unmet.length === 0 && <p className="fit-report__note">No rules to check for these groups.</p>}
      {props.fit.length > 0 && (
        <ul className="fit-report__list">
          {props.fit.map((line) => (
            <li key={line.rule} className="fit-report__line">
              <Badge tone={line.satisfied ? 'neutral' : 'flag'}>{line.satisfied ? 'Met' : 'Not fully met'}</Badge>
              <span>{line.sentence}</span>
            </li>
          ))}
        </ul>
      )}
      {unmet.length > 0 && (
        <div className="fit-report__unmet" role="note" aria-label={unmetTitle}>
          <h4 className="fit-report__subtitle">{unmetTitle}</h4>
          <ul className="fit-report__list">
            {unmet.map((item, index) => {
              // the gradebook's sentence usually names the learners already; only the others are added
              const unnamed = item.learnerIds.map(props.nameOf).filter((name) => !item.reason.includes(name));
              return (
                <li key={`${item.rule}-${index}`} className="fit-report__line">
                  <Badge tone="danger">{props.movedByHand ? 'Not met' : 'Not possible'}</Badge>
                  <span>
                    {item.reason}
                    {unnamed.length > 0 && <> ({unnamed.join(', ')})</>}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {rotation.length > 0 && (
        <div className="fit-report__rotation">
          <h4 className="fit-report__subtitle">Time for a change?</h4>
          <ul className="fit-report__list">
            {rotation.map((flag) => (
              <li key={flag.learnerId} className="fit-report__line">
                <Badge tone="flag">Same group again</Badge>
                <span>
                  {props.nameOf(flag.learnerId)}: {flag.sentence}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
