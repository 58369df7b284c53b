import type { JSX } from 'react';
import type { LearnerName } from '../format/learner-name.js';
import { LearnerAvatar } from './learner-avatar.js';

/**
 * The name the learner goes by, with the roster's first name quietly beside it when it differs; with
 * `href`, the name is the link to the learner's profile.
 */
export function LearnerNameCell({ learnerId, name, href }: { learnerId: string; name: LearnerName; href?: string }): JSX.Element {
  return (
    <span className="learner">
      <LearnerAvatar learnerId={learnerId} display={name.display} />
      {href === undefined ? (
        <span className="learner__name">{name.display}</span>
      ) : (
        <a className="learner__name learner__link" href={href}>
          {name.display}
        </a>
      )}
      {name.rosterFirstName !== null && (
        <span className="learner__roster-name" title="First name on the roster">
          <span className="visually-hidden">, on the roster as </span>
          {name.rosterFirstName}
        </span>
      )}
    </span>
  );
}
