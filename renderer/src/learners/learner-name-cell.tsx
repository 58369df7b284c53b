import type { JSX } from 'react';
import type { LearnerName } from '../format/learner-name.js';
import { LearnerAvatar } from './learner-avatar.js';

/** The name the learner goes by, with the roster's first name quietly beside it when it differs. */
export function LearnerNameCell({ learnerId, name }: { learnerId: string; name: LearnerName }): JSX.Element {
  return (
    <span className="learner">
      <LearnerAvatar learnerId={learnerId} display={name.display} />
      <span className="learner__name">{name.display}</span>
      {name.rosterFirstName !== null && (
        <span className="learner__roster-name" title="First name on the roster">
          <span className="visually-hidden">, on the roster as </span>
          {name.rosterFirstName}
        </span>
      )}
    </span>
  );
}
