import { useId, useState, type JSX } from 'react';
import { goalStatuses, profileTextLimits, type GoalStatus, type LearnerGoal, type LearnerProfile } from '../../../preload/contract/index.js';
import { localToday } from '../../../preload/contract/shared.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { Button } from '../ui/button.js';
import { AuthorshipFields, authorshipOf, rememberAuthor, useAuthorDraft } from './authorship-fields.js';
import { authorLine } from './entry-item.js';
import { useProfileStore } from './profile-store.js';
import { goalStatusLabels } from './profile-words.js';
import { standardLabel } from './standing-groups.js';
import './goals-section.css';

const statusOf = (value: string): GoalStatus => goalStatuses.find((status) => status === value) ?? 'active';

type SectionProps = { profile: LearnerProfile; firstName: string; editable: boolean; onAdd: () => void };

/** Personal learning goals: what they work toward, how far along they are, and the conversation about them. */
export function GoalsSection({ profile, firstName, editable, onAdd }: SectionProps): JSX.Element {
  return (
    <section className="profile-card" aria-labelledby="profile-goals">
      <div className="profile-card__head">
        <h2 id="profile-goals" className="profile-card__title">
          Goals
        </h2>
        {editable && (
          <Button small onClick={onAdd}>
            Add a goal…
          </Button>
        )}
      </div>
      {profile.goals.length === 0 ? (
        <p className="profile-empty">No goals yet. Set one with {firstName}, linked to the standards it works toward: its progress then follows the gradebook.</p>
      ) : (
        <ul className="goals">
          {profile.goals.map((goal) => (
            <GoalCard key={goal.goalId} goal={goal} firstName={firstName} editable={editable} />
          ))}
        </ul>
      )}
    </section>
  );
}

function GoalCard({ goal, firstName, editable }: { goal: LearnerGoal; firstName: string; editable: boolean }): JSX.Element {
  const id = useId();
  const setGoalStatus = useProfileStore((state) => state.setGoalStatus);
  const [suggestionDeclined, setSuggestionDeclined] = useState(false);
  const [reflecting, setReflecting] = useState(false);
  const pending = goal.goalId.startsWith('pending:');
  const percent = goal.progress === null ? null : Math.round(goal.progress * 100);
  const mastered = goal.standards.filter((standard) => standard.mastered).length;
  const reflections = [...goal.reflections].sort((a, b) => a.reflectedOn.localeCompare(b.reflectedOn));
  return (
    <li className={`goal goal--${goal.status}${pending ? ' is-pending' : ''}`} aria-labelledby={`${id}-body`} aria-busy={pending || undefined}>
      <div className="goal__head">
        <p id={`${id}-body`} className={goal.author === 'learner' ? 'goal__body goal__body--voice' : 'goal__body'}>
          {goal.body}
        </p>
        {editable && !pending ? (
          <span className="goal__status">
            <label htmlFor={`${id}-status`} className="field-label">
              Status
            </label>
            <select id={`${id}-status`} className="field field--select" value={goal.status} onChange={(event) => void setGoalStatus(goal, statusOf(event.target.value))}>
              {goalStatuses.map((status) => (
                <option key={status} value={status}>
                  {goalStatusLabels[status]}
                </option>
              ))}
            </select>
          </span>
        ) : (
          <span className={`goal__badge goal__badge--${goal.status}`}>{goalStatusLabels[goal.status]}</span>
        )}
      </div>
      <p className="goal__meta">
        {authorLine(goal, firstName)} · set {formatIsoDate(goal.createdOn)}
        {goal.targetOn && <> · aim: {formatIsoDate(goal.targetOn)}</>}
      </p>
      {goal.standards.length > 0 && (
        <ul className="goal__standards" aria-label="Linked standards">
          {goal.standards.map((standard) => (
            <li key={standard.standardId} className={standard.mastered ? 'goal__standard is-mastered' : 'goal__standard'} title={standard.statement}>
              {standardLabel(standard)}
              {standard.mastered && <span aria-hidden="true"> ✓</span>}
              <span className="visually-hidden">{standard.mastered ? ', mastered' : ', not mastered yet'}</span>
            </li>
          ))}
        </ul>
      )}
      {percent !== null && (
        <div className="goal__progress">
          <progress id={`${id}-progress`} className="goal__bar" max={100} value={percent} aria-label="Progress" />
          <span className="goal__progress-text">
            {mastered} of {goal.standards.length} standards mastered
          </span>
        </div>
      )}
      {goal.suggestMet && editable && !suggestionDeclined && (
        <div className="goal__suggest" role="status">
          <span>All its standards are mastered — mark as met?</span>
          <Button small variant="primary" onClick={() => void setGoalStatus(goal, 'met')}>
            Mark as met
          </Button>
          <Button small onClick={() => setSuggestionDeclined(true)}>
            Not yet
          </Button>
        </div>
      )}
      <div className="goal__reflections">
        <h3 className="goal__reflections-title">Reflections</h3>
        {reflections.length === 0 ? (
          <p className="profile-empty">No reflections yet.</p>
        ) : (
          <ul className="reflections">
            {reflections.map((reflection) => (
              <li key={reflection.reflectionId} className={reflection.author === 'learner' ? 'reflection reflection--voice' : 'reflection'} data-author={reflection.author}>
                {reflection.author === 'learner' ? (
                  <blockquote className="entry__quote">
                    <p>{reflection.body}</p>
                  </blockquote>
                ) : (
                  <p className="entry__body">{reflection.body}</p>
                )}
                <span className="entry__by">
                  {authorLine(reflection, firstName)} · <time dateTime={reflection.reflectedOn}>{formatIsoDate(reflection.reflectedOn)}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
        {editable && !pending && (reflecting ? <ReflectionForm goal={goal} firstName={firstName} onDone={() => setReflecting(false)} /> : (
          <Button small variant="quiet" onClick={() => setReflecting(true)}>
            Add a reflection…
          </Button>
        ))}
      </div>
    </li>
  );
}

/** A dated reflection on a goal, by the learner, an educator or a family member. */
function ReflectionForm({ goal, firstName, onDone }: { goal: LearnerGoal; firstName: string; onDone: () => void }): JSX.Element {
  const id = useId();
  const addReflection = useProfileStore((state) => state.addReflection);
  const learnerId = useProfileStore((state) => state.key?.learnerId ?? '');
  const [body, setBody] = useState('');
  const [author, setAuthor] = useAuthorDraft('learner');
  const [problem, setProblem] = useState<string | null>(null);

  function submit(): void {
    if (body.trim() === '') return setProblem('Write the reflection first.');
    const authorship = authorshipOf(author);
    if (!authorship.ok) return setProblem(authorship.problem);
    rememberAuthor(authorship.who);
    // dated by the teacher's calendar, like entries
    void addReflection({ learnerId, goalId: goal.goalId, body: body.trim(), reflectedOn: localToday(), ...authorship.who });
    onDone();
  }

  return (
    <form
      className="reflection-form"
      aria-label="New reflection"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <label htmlFor={`${id}-text`} className="field-label">
        Reflection
      </label>
      <textarea
        id={`${id}-text`}
        className="field field--area"
        rows={2}
        maxLength={profileTextLimits.body}
        value={body}
        autoFocus
        placeholder="How is it going? What helped? What next?"
        onChange={(event) => setBody(event.target.value)}
      />
      <AuthorshipFields draft={author} onChange={setAuthor} firstName={firstName} problem={problem} />
      <div className="entry__actions">
        <Button small type="submit" variant="primary">
          Add the reflection
        </Button>
        <Button small onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
