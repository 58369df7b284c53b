import { useId, useState, type JSX } from 'react';
import { profileTextLimits, type StandardStanding } from '../../../preload/contract/index.js';
import { plural } from '../format/plural.js';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { Field } from '../ui/field.js';
import { AuthorshipFields, authorshipOf, rememberAuthor, useAuthorDraft } from './authorship-fields.js';
import { foldName } from '../../../preload/contract/learner-match.js';
import { useProfileStore } from './profile-store.js';
import { standardLabel } from './standing-groups.js';
import './goal-dialog.css';

/** A tracked standard matches when its code or statement holds every typed word (accents ignored). */
function matches(standing: StandardStanding, query: string): boolean {
  const words = foldName(query).split(' ').filter((word) => word !== '');
  const text = foldName(`${standing.code ?? ''} ${standing.statement}`);
  return words.every((word) => text.includes(word));
}

/**
 * A new personal learning goal, linked to the class's tracked standards so its progress is worked out
 * from their mastery. Set with the learner: by default it is the learner's own goal.
 */
export function GoalDialog(props: { learnerId: string; classId: string; firstName: string; tracked: readonly StandardStanding[]; onClose: () => void }): JSX.Element {
  const id = useId();
  const addGoal = useProfileStore((state) => state.addGoal);
  const [body, setBody] = useState('');
  const [targetOn, setTargetOn] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [author, setAuthor] = useAuthorDraft('learner');
  const [problem, setProblem] = useState<{ field: 'body' | 'author'; text: string } | null>(null);
  const shown = props.tracked.filter((standing) => chosen.includes(standing.standardId) || matches(standing, search));

  function submit(): void {
    if (body.trim() === '') return setProblem({ field: 'body', text: 'Write the goal, for example “I can add fractions with unlike denominators”.' });
    const authorship = authorshipOf(author);
    if (!authorship.ok) return setProblem({ field: 'author', text: authorship.problem });
    rememberAuthor(authorship.who);
    // in the class's order, which is the framework's
    const standardIds = props.tracked.map((standing) => standing.standardId).filter((standardId) => chosen.includes(standardId));
    void addGoal({ learnerId: props.learnerId, classId: props.classId, body: body.trim(), standardIds, targetOn: targetOn === '' ? null : targetOn, ...authorship.who });
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
          New goal for {props.firstName}
        </h2>
        <Field label="The goal" layout="stack" problem={problem?.field === 'body' ? `${id}-body-problem` : null}>
          {(control) => (
            <textarea {...control} className="field field--area" rows={2} maxLength={profileTextLimits.body} value={body} autoFocus onChange={(event) => setBody(event.target.value)} />
          )}
        </Field>
        {problem?.field === 'body' && (
          <p id={`${id}-body-problem`} className="form-error" role="alert">
            {problem.text}
          </p>
        )}
        <Field label="Target date (optional)" layout="stack">
          {(control) => <input {...control} type="date" className="field field--date" value={targetOn} onChange={(event) => setTargetOn(event.target.value)} />}
        </Field>
        <fieldset className="goal-standards">
          <legend className="field-label">
            Standards it works toward <span className="goal-standards__count">{plural(chosen.length, 'chosen', 'chosen')}</span>
          </legend>
          {props.tracked.length === 0 ? (
            <p className="field-hint">The class tracks no standards yet; the goal can still be written, and linked later.</p>
          ) : (
            <>
              <input type="search" className="field field--search" aria-label="Search the tracked standards" placeholder="Search by code or words" value={search} onChange={(event) => setSearch(event.target.value)} />
              <ul className="goal-standards__list">
                {shown.map((standing) => (
                  <li key={standing.standardId}>
                    <label className="check goal-standards__item">
                      <input
                        type="checkbox"
                        checked={chosen.includes(standing.standardId)}
                        onChange={(event) => setChosen((list) => (event.target.checked ? [...list, standing.standardId] : list.filter((item) => item !== standing.standardId)))}
                      />
                      <span className="goal-standards__code">{standardLabel(standing)}</span>
                      <span className="goal-standards__statement">{standing.statement}</span>
                    </label>
                  </li>
                ))}
                {shown.length === 0 && <li className="goal-standards__none">No tracked standard matches “{search}”.</li>}
              </ul>
            </>
          )}
        </fieldset>
        <AuthorshipFields draft={author} onChange={setAuthor} firstName={props.firstName} problem={problem?.field === 'author' ? problem.text : null} />
        <div className="dialog__actions">
          <Button onClick={props.onClose}>Cancel</Button>
          <Button type="submit" variant="primary">
            Add the goal
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
