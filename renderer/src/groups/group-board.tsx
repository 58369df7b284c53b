import { useEffect, useId, useRef, useState, type DragEvent, type JSX, type KeyboardEvent } from 'react';
import { plural } from '../format/plural.js';
import { Button, IconButton } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { addGroup, moveLearner, neighbourPlace, placeName, placeOf, removeGroup, updateGroup, type GroupDraft, type Place } from './group-draft.js';
import './group-board.css';

/** What the board knows about a learner besides their id: the name to show and an optional short note. */
export type LearnerLabel = { name: string; note?: string | null; flag?: string | null };

const dragType = 'application/x-proficio-learner';

/**
 * Groups side by side, each a card of learner chips the teacher can rearrange three ways: drag a chip
 * onto another group (or onto a learner, to go before them); choose a chip and pick "Move to…"; or,
 * on a chip, press the left and right arrow keys. Every move is said aloud through a live region, and
 * the moved chip keeps the focus, so a keyboard user can carry a learner across several groups.
 */
export function GroupBoard(props: {
  draft: GroupDraft;
  onChange: (draft: GroupDraft) => void;
  label: (learnerId: string) => LearnerLabel;
  /** The board's accessible name, e.g. "Groups for 5.NF.A.1". */
  title: string;
  /** Name, adult and space can be typed in each group; off for a read-only view. */
  editable?: boolean;
}): JSX.Element {
  const { draft, onChange } = props;
  const board = useRef<HTMLDivElement>(null);
  const keysId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  // the chip to focus once the moved learner is drawn in their new group
  const focusOn = useRef<string | null>(null);
  const [dropTarget, setDropTarget] = useState<Place | null>(null);
  const editable = props.editable ?? true;

  useEffect(() => {
    if (focusOn.current === null) return;
    board.current?.querySelector<HTMLElement>(`[data-learner-id="${CSS.escape(focusOn.current)}"]`)?.focus();
    focusOn.current = null;
  }, [draft]);

  function move(learnerId: string, to: Place, before?: string, keepFocus = false): void {
    const from = placeOf(draft, learnerId);
    if (from === null) return;
    const next = moveLearner(draft, learnerId, to, before);
    if (next === draft) return;
    onChange(next);
    const name = props.label(learnerId).name;
    setSaid(from === to ? `${name} moved within ${placeName(next, to)}.` : `${name} moved from ${placeName(draft, from)} to ${placeName(next, to)}.`);
    if (keepFocus) focusOn.current = learnerId;
  }

  function onChipKey(event: KeyboardEvent, learnerId: string): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const from = placeOf(draft, learnerId);
    if (from !== null) move(learnerId, neighbourPlace(draft, from, step), undefined, true);
  }

  function dropOn(event: DragEvent, to: Place, before?: string): void {
    const learnerId = event.dataTransfer.getData(dragType) || event.dataTransfer.getData('text/plain');
    event.preventDefault();
    event.stopPropagation();
    setDropTarget(null);
    if (learnerId !== '' && learnerId !== before) move(learnerId, to, before);
  }

  const places: Place[] = [...draft.groups.map((_, index) => index), 'unplaced'];
  const chosenPlace = chosen === null ? null : placeOf(draft, chosen);

  function column(place: Place): JSX.Element {
    const group = place === 'unplaced' ? null : draft.groups[place];
    const ids = group ? group.learnerIds : draft.unplaced;
    const title = placeName(draft, place);
    const headingId = `group-${place}-title`;
    return (
      <section
        key={place}
        className={`group-card${place === 'unplaced' ? ' group-card--unplaced' : ''}${dropTarget === place ? ' group-card--drop' : ''}`}
        aria-labelledby={headingId}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes(dragType)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          setDropTarget(place);
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropTarget(null);
        }}
        onDrop={(event) => dropOn(event, place)}
      >
        <div className="group-card__head">
          <h3 id={headingId} className="group-card__title">
            {title} <span className="group-card__count">· {plural(ids.length, 'learner')}</span>
          </h3>
          {editable && group && typeof place === 'number' && (
            <IconButton label={`Remove ${title} (its learners go to “Not in a group”)`} className="group-card__remove" onClick={() => onChange(removeGroup(draft, place))}>
              ×
            </IconButton>
          )}
        </div>
        {editable && group && typeof place === 'number' && (
          <div className="group-card__fields">
            <Field label="Name" layout="stack">
              {(control) => <input {...control} className="field" value={group.name} maxLength={80} onChange={(event) => onChange(updateGroup(draft, place, { name: event.target.value }))} aria-label={`Name of group ${place + 1}`} />}
            </Field>
            <Field label="Adult" layout="stack">
              {(control) => (
                <input {...control} className="field" value={group.adult} maxLength={120} placeholder="optional" onChange={(event) => onChange(updateGroup(draft, place, { adult: event.target.value }))} aria-label={`Adult with ${title}`} />
              )}
            </Field>
            <Field label="Space" layout="stack">
              {(control) => (
                <input {...control} className="field" value={group.space} maxLength={120} placeholder="e.g. table 3" onChange={(event) => onChange(updateGroup(draft, place, { space: event.target.value }))} aria-label={`Space for ${title}`} />
              )}
            </Field>
            <Field label="Task" layout="stack" className="group-card__task">
              {(control) => (
                <input {...control} className="field" value={group.task} maxLength={500} placeholder="printed on the card" onChange={(event) => onChange(updateGroup(draft, place, { task: event.target.value }))} aria-label={`Task for ${title}`} />
              )}
            </Field>
          </div>
        )}
        {!editable && group && (group.adult !== '' || group.space !== '') && (
          <p className="group-card__facts">{[group.adult !== '' ? `Adult: ${group.adult}` : '', group.space !== '' ? `Where: ${group.space}` : ''].filter(Boolean).join(' · ')}</p>
        )}
        {!editable && group && group.task !== '' && <p className="group-card__facts">Task: {group.task}</p>}
        <ul className="group-card__learners" aria-label={`Learners in ${title}`}>
          {ids.map((learnerId) => {
            const label = props.label(learnerId);
            const content = (
              <>
                <span className="learner-chip__name">{label.name}</span>
                {label.note && <span className="learner-chip__note">{label.note}</span>}
                {label.flag && <span className="learner-chip__flag">{label.flag}</span>}
              </>
            );
            if (!editable) {
              return (
                <li key={learnerId}>
                  <span className="learner-chip learner-chip--fixed">{content}</span>
                </li>
              );
            }
            return (
              <li key={learnerId} onDragOver={(event) => event.dataTransfer.types.includes(dragType) && event.preventDefault()} onDrop={(event) => dropOn(event, place, learnerId)}>
                <button
                  type="button"
                  className="learner-chip"
                  data-learner-id={learnerId}
                  draggable
                  aria-pressed={chosen === learnerId}
                  aria-describedby={keysId}
                  onClick={() => setChosen((was) => (was === learnerId ? null : learnerId))}
                  onKeyDown={(event) => onChipKey(event, learnerId)}
                  onDragStart={(event) => {
                    event.dataTransfer.setData(dragType, learnerId);
                    event.dataTransfer.setData('text/plain', learnerId);
                    event.dataTransfer.effectAllowed = 'move';
                  }}
                  onDragEnd={() => setDropTarget(null)}
                >
                  {content}
                </button>
              </li>
            );
          })}
        </ul>
        {ids.length === 0 && <p className="group-card__empty">{place === 'unplaced' ? 'Everyone is in a group.' : editable ? 'Drop a learner here, or choose one and use “Move to…”.' : 'No one in this group.'}</p>}
      </section>
    );
  }

  return (
    <div className="group-board" ref={board}>
      {editable && (
        <div className="group-board__bar">
          <p id={keysId} className="group-board__hint">
            Drag a learner to another group, or choose a learner and use “Move to…”; on a learner, the left and right arrow keys move them to the next group.
          </p>
          <Button small onClick={() => onChange(addGroup(draft))}>
            Add a group
          </Button>
        </div>
      )}
      {editable && chosen !== null && chosenPlace !== null && (
        <div className="group-board__move">
          <Field label={`Move ${props.label(chosen).name} to`}>
            {(control) => (
              <select
                {...control}
                className="field field--select"
                value={String(chosenPlace)}
                onChange={(event) => {
                  const to: Place = event.target.value === 'unplaced' ? 'unplaced' : Number(event.target.value);
                  move(chosen, to, undefined, true);
                }}
              >
                {places.map((place) => (
                  <option key={place} value={String(place)}>
                    {placeName(draft, place)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Button small variant="quiet" onClick={() => setChosen(null)}>
            Done
          </Button>
        </div>
      )}
      <div className="group-board__groups" role="group" aria-label={props.title}>
        {places.filter((place) => place !== 'unplaced' || draft.unplaced.length > 0).map(column)}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
