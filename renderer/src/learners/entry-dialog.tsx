import { useId, useState, type JSX } from 'react';
import { profileEntryCategories, profileTextLimits, type ProfileEntryCategory } from '../../../preload/contract/index.js';
import { localToday } from '../../../preload/contract/shared.js';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { Field } from '../ui/field.js';
import { AuthorshipFields, authorshipOf, rememberAuthor, useAuthorDraft } from './authorship-fields.js';
import { useProfileStore } from './profile-store.js';
import { categoryChoices } from './profile-words.js';

const categoryOf = (value: string): ProfileEntryCategory => profileEntryCategories.find((category) => category === value) ?? 'note';

/**
 * "Add to the profile": a strength, need, interest… or a note, with who said it. The dialog closes as
 * soon as it is sent — the entry shows at once and is taken back, with the gradebook's sentence, if the
 * gradebook refuses it.
 */
export function EntryDialog(props: { learnerId: string; firstName: string; category: ProfileEntryCategory; onClose: () => void }): JSX.Element {
  const id = useId();
  const addEntry = useProfileStore((state) => state.addEntry);
  const [category, setCategory] = useState<ProfileEntryCategory>(props.category);
  const [body, setBody] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const [author, setAuthor] = useAuthorDraft(props.category === 'note' || props.category === 'support' ? 'educator' : 'learner');
  const [problem, setProblem] = useState<{ field: 'body' | 'author'; text: string } | null>(null);

  function submit(): void {
    if (body.trim() === '') return setProblem({ field: 'body', text: 'Write what to add to the profile.' });
    const authorship = authorshipOf(author);
    if (!authorship.ok) return setProblem({ field: 'author', text: authorship.problem });
    rememberAuthor(authorship.who);
    // dated by the teacher's calendar, which is the day they wrote it wherever the gradebook's clock is
    void addEntry({ learnerId: props.learnerId, category, body: body.trim(), notedOn: localToday(), ...authorship.who, ...(category === 'note' ? { private: isPrivate } : {}) });
    props.onClose();
  }

  return (
    <Dialog labelledBy={`${id}-title`} onClose={props.onClose} className="profile-dialog">
      <form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id={`${id}-title`} className="dialog__title">
          Add to {props.firstName}’s profile
        </h2>
        <Field label="What is it?" layout="stack">
          {(control) => (
            <select {...control} className="field field--select" value={category} onChange={(event) => setCategory(categoryOf(event.target.value))}>
              {profileEntryCategories.map((choice) => (
                <option key={choice} value={choice}>
                  {categoryChoices[choice]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="In words" layout="stack" problem={problem?.field === 'body' ? `${id}-body-problem` : null}>
          {(control) => (
            <textarea
              {...control}
              className="field field--area"
              rows={4}
              maxLength={profileTextLimits.body}
              value={body}
              onChange={(event) => setBody(event.target.value)}
            />
          )}
        </Field>
        {problem?.field === 'body' && (
          <p id={`${id}-body-problem`} className="form-error" role="alert">
            {problem.text}
          </p>
        )}
        {category === 'note' && (
          <label className="check">
            <input type="checkbox" checked={isPrivate} onChange={(event) => setPrivate(event.target.checked)} />
            Private: hide this note while the screen is shared
          </label>
        )}
        {category === 'support' && <p className="field-hint">Supports and accommodations are always hidden while the screen is shared.</p>}
        <AuthorshipFields draft={author} onChange={setAuthor} firstName={props.firstName} problem={problem?.field === 'author' ? problem.text : null} />
        <div className="dialog__actions">
          <Button onClick={props.onClose}>Cancel</Button>
          <Button type="submit" variant="primary">
            Add to the profile
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
