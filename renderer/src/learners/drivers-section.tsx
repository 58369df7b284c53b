import type { JSX } from 'react';
import { driverCategories, type LearnerProfile, type ProfileEntryCategory } from '../../../preload/contract/index.js';
import { Button } from '../ui/button.js';
import { EntryList } from './entry-item.js';
import { profileEntryWords } from '../../../preload/contract/profile-entry-words.js';
import './drivers-section.css';

type Props = { profile: LearnerProfile; firstName: string; editable: boolean; onAdd: (category: ProfileEntryCategory) => void };

/**
 * What drives the learner — strengths, needs, interests, motivations, aspirations, preferred ways to
 * learn, culture and languages — each entry with who wrote it. Kinds with nothing yet are named in one
 * line with a way to add the first.
 */
export function DriversSection({ profile, firstName, editable, onAdd }: Props): JSX.Element {
  const byCategory = new Map(driverCategories.map((category) => [category, profile.drivers.filter((entry) => entry.category === category)]));
  const empty = driverCategories.filter((category) => (byCategory.get(category) ?? []).length === 0);
  return (
    <section className="profile-card" aria-labelledby="profile-drivers">
      <div className="profile-card__head">
        <h2 id="profile-drivers" className="profile-card__title">
          What drives {firstName}
        </h2>
        {editable && (
          <Button small onClick={() => onAdd('interest')}>
            Add to the profile…
          </Button>
        )}
      </div>
      {profile.drivers.length === 0 && (
        <p className="profile-empty">
          Nothing written yet. Sit with {firstName} and add what they enjoy, what they are good at and what helps them learn — in their own words where you can.
        </p>
      )}
      <div className="drivers">
        {driverCategories.map((category) => {
          const entries = byCategory.get(category) ?? [];
          if (entries.length === 0) return null;
          return (
            <div key={category} className="drivers__group">
              <h3 className="profile-card__subtitle">{profileEntryWords[category].heading}</h3>
              <EntryList entries={entries} firstName={firstName} editable={editable} label={profileEntryWords[category].heading} />
            </div>
          );
        })}
      </div>
      {profile.drivers.length > 0 && empty.length > 0 && (
        <p className="drivers__missing">
          Nothing yet about: {empty.map((category) => profileEntryWords[category].heading.toLowerCase()).join(', ')}.
        </p>
      )}
    </section>
  );
}

/** Notes about the learner; private ones are hidden while the screen is shared. */
export function NotesSection({ profile, firstName, editable, onAdd }: Props): JSX.Element {
  return (
    <section className="profile-card" aria-labelledby="profile-notes">
      <div className="profile-card__head">
        <h2 id="profile-notes" className="profile-card__title">
          Notes
        </h2>
        {editable && (
          <Button small onClick={() => onAdd('note')}>
            Add a note…
          </Button>
        )}
      </div>
      {profile.notes.length === 0 ? (
        <p className="profile-empty">No notes yet. A note marked private is hidden while the screen is shared.</p>
      ) : (
        <EntryList entries={profile.notes} firstName={firstName} editable={editable} label="Notes" />
      )}
    </section>
  );
}
