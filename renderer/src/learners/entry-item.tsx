import { useId, useState, type JSX, type KeyboardEvent } from 'react';
import { profileTextLimits, type ProfileEntry } from '../../../preload/contract/index.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { useProfileStore } from './profile-store.js';
import { useScreenShareStore } from '../session/screen-share-store.js';
import { Sensitive } from './sensitive.js';
import './entry-item.css';

/** "Ms. Rivera, educator · 12 Jan 2026" — or, for the learner's own entries, "In Ana’s words". */
export function authorLine(entry: Pick<ProfileEntry, 'author' | 'authorName'>, firstName: string): string {
  switch (entry.author) {
    case 'learner':
      return `In ${firstName}’s words`;
    case 'educator':
      return entry.authorName ? `${entry.authorName}, educator` : 'An educator';
    case 'family':
      return entry.authorName ? `${entry.authorName}, family` : 'A family member';
  }
}

type Props = { entry: ProfileEntry; firstName: string; editable: boolean };

/**
 * One entry of the profile with its author and date. The learner's own words read as a quote, so
 * their voice stands out from what others wrote about them. Edit and Remove work with keyboard and
 * mouse; in the editor Escape cancels and Ctrl+Enter saves.
 */
export function EntryItem({ entry, firstName, editable }: Props): JSX.Element {
  const id = useId();
  const updateEntry = useProfileStore((state) => state.updateEntry);
  const removeEntry = useProfileStore((state) => state.removeEntry);
  const [editing, setEditing] = useState<{ body: string; private: boolean } | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  // editing a hidden entry would show its text in the editor: not while the screen is shared
  const hidden = useScreenShareStore((state) => state.sharing) && entry.sensitive;
  const pending = entry.entryId.startsWith('pending:');
  const voice = entry.author === 'learner';
  const byline = (
    <span className="entry__by">
      {authorLine(entry, firstName)}
      <span className="entry__date">
        {' · '}
        <time dateTime={entry.notedOn}>{formatIsoDate(entry.notedOn)}</time>
      </span>
    </span>
  );

  function save(): void {
    if (!editing || editing.body.trim() === '') return;
    void updateEntry(entry, { body: editing.body, ...(entry.category === 'note' ? { private: editing.private } : {}) });
    setEditing(null);
  }

  function onEditorKey(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (event.key === 'Escape') {
      // only the editor closes, not a dialog around it
      event.preventDefault();
      event.stopPropagation();
      setEditing(null);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  }

  const body = voice ? (
    <blockquote className="entry__quote">
      <p>{entry.body}</p>
    </blockquote>
  ) : (
    <p className="entry__body">{entry.body}</p>
  );

  return (
    <li className={`entry${voice ? ' entry--voice' : ''}${pending ? ' is-pending' : ''}`} data-author={entry.author} aria-busy={pending || undefined}>
      {editing && !hidden ? (
        <div className="entry__editor">
          <label htmlFor={`${id}-text`} className="visually-hidden">
            Change the text
          </label>
          <textarea
            id={`${id}-text`}
            className="field field--area"
            rows={3}
            maxLength={profileTextLimits.body}
            value={editing.body}
            autoFocus
            onKeyDown={onEditorKey}
            onChange={(event) => setEditing({ ...editing, body: event.target.value })}
          />
          {entry.category === 'note' && (
            <label className="check">
              <input type="checkbox" checked={editing.private} onChange={(event) => setEditing({ ...editing, private: event.target.checked })} />
              Private: hide while the screen is shared
            </label>
          )}
          <div className="entry__actions">
            <Button small variant="primary" onClick={save} disabled={editing.body.trim() === ''}>
              Save
            </Button>
            <Button small onClick={() => setEditing(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <>
          {entry.sensitive && entry.category === 'note' ? <Sensitive>{body}</Sensitive> : body}
          <div className="entry__foot">
            {byline}
            {entry.category === 'note' && entry.sensitive && <Badge tone="neutral">Private</Badge>}
            {editable && !pending && !hidden && (
              <span className="entry__actions">
                {confirmingRemove ? (
                  <>
                    <span className="entry__confirm">Remove it?</span>
                    <Button small variant="primary" onClick={() => void removeEntry(entry)}>
                      Remove
                    </Button>
                    <Button small onClick={() => setConfirmingRemove(false)}>
                      Keep
                    </Button>
                  </>
                ) : (
                  <>
                    <Button small variant="quiet" aria-label={`Edit “${short(entry.body)}”`} onClick={() => setEditing({ body: entry.body, private: entry.sensitive })}>
                      Edit
                    </Button>
                    <Button small variant="quiet" aria-label={`Remove “${short(entry.body)}”`} onClick={() => setConfirmingRemove(true)}>
                      Remove
                    </Button>
                  </>
                )}
              </span>
            )}
          </div>
        </>
      )}
    </li>
  );
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

/** Entries of one kind, newest first as the gradebook sends them. */
export function EntryList({ entries, firstName, editable, label }: { entries: readonly ProfileEntry[]; firstName: string; editable: boolean; label: string }): JSX.Element {
  return (
    <ul className="entries" aria-label={label}>
      {entries.map((entry) => (
        <EntryItem key={entry.entryId} entry={entry} firstName={firstName} editable={editable} />
      ))}
    </ul>
  );
}
