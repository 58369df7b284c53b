import { useId, useState, type JSX } from 'react';
import { profileAuthors, type ProfileAuthor } from '../../../preload/contract/index.js';
import { Field } from '../ui/field.js';
import { useEducatorName } from './educator-name.js';
import { authorLabels } from './profile-words.js';
import './authorship-fields.css';

/** Who is writing, as a form holds it until it is sent. */
export type AuthorDraft = { author: ProfileAuthor; educatorName: string; familyName: string };

export function useAuthorDraft(initial: ProfileAuthor = 'educator'): [AuthorDraft, (next: Partial<AuthorDraft>) => void] {
  const remembered = useEducatorName((state) => state.name);
  const [draft, setDraft] = useState<AuthorDraft>({ author: initial, educatorName: remembered, familyName: '' });
  return [draft, (next) => setDraft((current) => ({ ...current, ...next }))];
}

/**
 * The author and name to send, or the sentence saying what is missing. The learner's name is the
 * gradebook's to fill in.
 */
export type Authorship = { author: ProfileAuthor; authorName?: string };

export function authorshipOf(draft: AuthorDraft): { ok: true; who: Authorship } | { ok: false; problem: string } {
  switch (draft.author) {
    case 'learner':
      return { ok: true, who: { author: 'learner' } };
    case 'educator': {
      const name = draft.educatorName.trim();
      if (name === '') return { ok: false, problem: 'Write your name, so the profile shows who wrote this. It is remembered on this computer.' };
      return { ok: true, who: { author: 'educator', authorName: name } };
    }
    case 'family': {
      const name = draft.familyName.trim();
      if (name === '') return { ok: false, problem: 'Write the family member’s name, for example “Maria (mother)”.' };
      return { ok: true, who: { author: 'family', authorName: name } };
    }
  }
}

/** Keeps the educator's name for the next entry, once a form was sent with it. */
export function rememberAuthor(authorship: Authorship): void {
  if (authorship.author === 'educator' && authorship.authorName) useEducatorName.getState().remember(authorship.authorName);
}

/** "Who is speaking?" — the learner, an educator or a family member — and that person's name. */
export function AuthorshipFields({ draft, onChange, firstName, problem }: { draft: AuthorDraft; onChange: (next: Partial<AuthorDraft>) => void; firstName: string; problem: string | null }): JSX.Element {
  const id = useId();
  return (
    <>
      <fieldset className="author-choice">
        <legend className="field-label">Who is speaking?</legend>
        {profileAuthors.map((author) => (
          <label key={author} className="check">
            <input type="radio" name={`${id}-author`} value={author} checked={draft.author === author} onChange={() => onChange({ author })} />
            {author === 'learner' ? `${firstName}, in their own words` : authorLabels[author]}
          </label>
        ))}
      </fieldset>
      {draft.author === 'educator' && (
        <Field label="Your name" layout="stack" hint="Remembered on this computer and shown beside what you write." problem={problem ? `${id}-problem` : null}>
          {(control) => <input {...control} className="field" value={draft.educatorName} autoComplete="name" onChange={(event) => onChange({ educatorName: event.target.value })} />}
        </Field>
      )}
      {draft.author === 'family' && (
        <Field label="Family member’s name" layout="stack" hint="For example “Maria (mother)”." problem={problem ? `${id}-problem` : null}>
          {(control) => <input {...control} className="field" value={draft.familyName} onChange={(event) => onChange({ familyName: event.target.value })} />}
        </Field>
      )}
      {problem && (
        <p id={`${id}-problem`} className="form-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
