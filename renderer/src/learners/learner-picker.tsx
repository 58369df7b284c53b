import { useEffect, useId, useMemo, useState, type JSX, type KeyboardEvent } from 'react';
import type { RosterEntry } from '../../../preload/contract/index.js';
import { learnerName } from '../format/learner-name.js';
import { plural } from '../format/plural.js';
import { useGradebookStore } from '../session/gradebook-store.js';
import { formatRoute } from '../session/hash-route.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { LearnerAvatar } from './learner-avatar.js';
import { indexLearners, matchLearners } from '../../../preload/contract/learner-match.js';
import { useRosterStore } from './roster-store.js';
import './learner-picker.css';

type PickerEntry = RosterEntry & { classIds: string[] };

/** "Find a learner…": a button that opens the picker, for the header. */
export function LearnerPickerButton(): JSX.Element {
  const [open, setOpen] = useState(false);
  const hasClasses = useGradebookStore((state) => state.classes.length > 0);
  return (
    <>
      <Button small onClick={() => setOpen(true)} disabled={!hasClasses} title={hasClasses ? 'Open a learner’s profile by name' : 'Learners arrive with a roster import'}>
        Find a learner…
      </Button>
      {open && <LearnerPickerDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/**
 * Every learner of every class, found by any part of their name (accents ignored). Arrow keys move
 * through the matches, Enter opens the profile — in the class on screen when the learner is in it —
 * and Escape closes it.
 */
function LearnerPickerDialog({ onClose }: { onClose: () => void }): JSX.Element {
  const id = useId();
  const classes = useGradebookStore((state) => state.classes);
  const currentClassId = useNavigationStore((state) => state.classId);
  const rosters = useRosterStore((state) => state.byClass);
  const loadRoster = useRosterStore((state) => state.load);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  useEffect(() => {
    for (const item of classes) void loadRoster(item.id);
  }, [classes, loadRoster]);

  const loading = classes.some((item) => rosters[item.id]?.status !== 'ready');
  const index = useMemo(() => {
    const byLearner = new Map<string, PickerEntry>();
    for (const item of classes) {
      const roster = rosters[item.id];
      if (roster?.status !== 'ready') continue;
      for (const entry of roster.entries) {
        const known = byLearner.get(entry.learnerId);
        if (known) known.classIds.push(item.id);
        else byLearner.set(entry.learnerId, { ...entry, classIds: [item.id] });
      }
    }
    return indexLearners([...byLearner.values()]);
  }, [classes, rosters]);
  const matches = useMemo(() => matchLearners(index, query, 12), [index, query]);
  const titles = new Map(classes.map((item) => [item.id, item.title]));

  function openProfile(entry: PickerEntry): void {
    const classId = currentClassId !== null && entry.classIds.includes(currentClassId) ? currentClassId : entry.classIds[0];
    if (classId === undefined) return;
    onClose();
    // one history entry for the whole move (class and learner), followed by the navigation store
    location.hash = formatRoute({ view: 'learners', classId, itemId: entry.learnerId });
  }

  function onKey(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((at) => (matches.length === 0 ? 0 : (at + step + matches.length) % matches.length));
    } else if (event.key === 'Escape') {
      // a search box would swallow Escape to clear itself; here it closes the picker, as in any dialog
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = matches[active];
      if (chosen) openProfile(chosen);
    }
  }

  const status = query.trim() === '' ? `Type any part of a name${loading ? ' (reading the class lists…)' : ''}.` : matches.length === 0 ? (loading ? 'Reading the class lists…' : `No learner’s name contains “${query.trim()}”.`) : plural(matches.length, 'learner') + ' found';

  return (
    <Dialog labelledBy={`${id}-title`} onClose={onClose} className="learner-picker">
      <div className="dialog__form">
        <h2 id={`${id}-title`} className="dialog__title">
          Find a learner
        </h2>
        <input
          type="search"
          className="field field--search learner-picker__input"
          role="combobox"
          aria-label="Learner’s name"
          aria-expanded={matches.length > 0}
          aria-controls={`${id}-list`}
          aria-activedescendant={matches[active] ? `${id}-option-${active}` : undefined}
          aria-describedby={`${id}-status`}
          placeholder="Any part of a name, e.g. jose"
          autoComplete="off"
          value={query}
          autoFocus
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKey}
        />
        <p id={`${id}-status`} className="learner-picker__status" role="status">
          {status}
        </p>
        <ul id={`${id}-list`} role="listbox" aria-label="Matching learners" className="learner-picker__list">
          {matches.map((entry, at) => {
            const name = learnerName(entry);
            return (
              <li
                key={entry.learnerId}
                id={`${id}-option-${at}`}
                role="option"
                aria-selected={at === active}
                className="learner-picker__option"
                onMouseEnter={() => setActive(at)}
                onClick={() => openProfile(entry)}
              >
                <LearnerAvatar learnerId={entry.learnerId} display={name.display} />
                <span className="learner-picker__name">
                  {name.display}
                  {name.rosterFirstName !== null && <span className="learner-picker__roster"> ({entry.givenName})</span>}
                </span>
                <span className="learner-picker__classes">{entry.classIds.map((classId) => titles.get(classId) ?? classId).join(', ')}</span>
              </li>
            );
          })}
        </ul>
        <div className="dialog__actions">
          <Button onClick={onClose}>Close</Button>
        </div>
      </div>
    </Dialog>
  );
}
