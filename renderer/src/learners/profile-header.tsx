import type { JSX } from 'react';
import type { FamilyContact, LearnerProfile } from '../../../preload/contract/index.js';
import { gradeLabel } from '../format/grade-label.js';
import { learnerName } from '../format/learner-name.js';
import { LearnerAvatar } from './learner-avatar.js';
import { Sensitive } from './sensitive.js';
import './profile-header.css';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "Swedish" for `sv`, the tag itself for anything Intl does not know. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Who this learner is: name (and the one they go by), pronouns, classes, languages, and — private,
 * hidden while the screen is shared — supports and accommodations and the family to contact.
 */
export function ProfileHeader({ profile, supportsSlot }: { profile: LearnerProfile; supportsSlot: JSX.Element }): JSX.Element {
  const { learner } = profile;
  const name = learnerName(learner);
  const full = `${learner.givenName} ${learner.familyName}`;
  return (
    <section className="profile-header" aria-labelledby="view-title">
      <div className="profile-header__who">
        <span className="profile-header__avatar">
          <LearnerAvatar learnerId={learner.learnerId} display={name.display} />
        </span>
        <div className="profile-header__names">
          <h1 id="view-title" className="profile-header__name" tabIndex={-1}>
            {name.display}
          </h1>
          <p className="profile-header__facts">
            {name.rosterFirstName !== null && <span>On the roster as {full}</span>}
            {learner.pronouns && <span>Pronouns: {learner.pronouns}</span>}
            {learner.gradeLevel && <span>{gradeLabel(learner.gradeLevel)}</span>}
            {learner.status === 'inactive' && <span className="profile-header__inactive">No longer enrolled</span>}
          </p>
        </div>
      </div>
      <dl className="profile-facts">
        <div className="profile-facts__item">
          <dt>Classes</dt>
          <dd>{learner.classes.length === 0 ? 'Not in a class now' : learner.classes.map((item) => item.title).join(', ')}</dd>
        </div>
        <div className="profile-facts__item">
          <dt>Languages</dt>
          <dd>{learner.languages.length === 0 ? 'None recorded' : learner.languages.map(languageName).join(', ')}</dd>
        </div>
        <div className="profile-facts__item profile-facts__item--wide">
          <dt>Supports and accommodations</dt>
          <dd>
            <Sensitive>{supportsSlot}</Sensitive>
          </dd>
        </div>
        <div className="profile-facts__item profile-facts__item--wide">
          <dt>Family contacts</dt>
          <dd>
            <Sensitive>
              <Contacts contacts={profile.contacts} />
            </Sensitive>
          </dd>
        </div>
      </dl>
    </section>
  );
}

function Contacts({ contacts }: { contacts: FamilyContact[] }): JSX.Element {
  if (contacts.length === 0) return <p className="profile-empty">No family contact recorded. Contacts arrive with a OneRoster import.</p>;
  return (
    <ul className="contacts">
      {contacts.map((contact) => (
        <li key={contact.contactId} className="contact">
          <span className="contact__name">{contact.name}</span>
          <span className="contact__relation">{contact.relationship}</span>
          {contact.phone && <span className="contact__way">{contact.phone}</span>}
          {contact.email && <span className="contact__way">{contact.email}</span>}
          {contact.preferredLanguage && <span className="contact__language">Prefers {languageName(contact.preferredLanguage)}</span>}
        </li>
      ))}
    </ul>
  );
}
