import { useId, useMemo, useState, type JSX } from 'react';
import type { ContractError, GroupSet } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractError } from '../bridge/contract-failure.js';
import { enqueue } from '../bridge/write-queue.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { plural } from '../format/plural.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { downloadBase64, downloadText } from '../ui/download.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { FitReport } from './fit-report.js';
import { GroupBoard } from './group-board.js';
import { draftFrom, draftProblem, groupsForRequest, type GroupDraft } from './group-draft.js';
import { learnerNote, staleWords, strategyLabels, targetLabel } from './group-words.js';
import { SetDetailsForm, type SetDetails } from './set-details-form.js';

/**
 * One saved group set (`#/groups/<classId>/<groupSetId>`): its groups with adult, space and task; a
 * plain warning when new evidence has moved a member since it was saved; edit (move learners, rename,
 * details), print the group cards (PDF), download a CSV, delete.
 */
export function GroupSetPage(props: { set: GroupSet; classLearnerIds: readonly string[]; nameOf: (learnerId: string) => string }): JSX.Element {
  const { set, nameOf } = props;
  const openItem = useNavigationStore((state) => state.openItem);
  const [editing, setEditing] = useState<GroupDraft | null>(null);
  const [busy, setBusy] = useState<'save' | 'cards' | 'csv' | 'delete' | null>(null);
  const [problem, setProblem] = useState<{ title: string; error: ContractError } | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const byLearner = useMemo(() => new Map(set.learners.map((learner) => [learner.learnerId, learner])), [set.learners]);
  const staleIds = useMemo(() => new Set(set.staleMembers.map((member) => member.learnerId)), [set.staleMembers]);
  const saved = useMemo(() => draftFrom(set.groups, []), [set.groups]);
  const label = (learnerId: string) => ({ name: nameOf(learnerId), note: learnerNote(byLearner.get(learnerId)), flag: staleIds.has(learnerId) ? 'Has moved since' : null });

  async function run<T>(kind: NonNullable<typeof busy>, title: string, work: () => Promise<T>): Promise<T | null> {
    setBusy(kind);
    setProblem(null);
    setSaid(null);
    try {
      return await work();
    } catch (error) {
      setProblem({ title, error: asContractError(error) });
      return null;
    } finally {
      setBusy(null);
    }
  }

  async function saveEdits(draft: GroupDraft, details: SetDetails): Promise<void> {
    const updated = await run('save', 'The changes were not saved', () =>
      enqueue(() =>
        call('groups:update', {
          groupSetId: set.groupSetId,
          date: details.date,
          purpose: details.purpose,
          theme: details.theme === '' ? null : details.theme,
          notes: details.notes === '' ? null : details.notes,
          groups: groupsForRequest(draft),
        }),
      ),
    );
    if (updated) {
      setEditing(null);
      setSaid('Changes saved.');
    }
  }

  async function cards(): Promise<void> {
    const file = await run('cards', 'The group cards could not be made', () => call('groups:cards', { groupSetId: set.groupSetId }));
    if (file) {
      downloadBase64(file.fileName, file.pdfBase64, 'application/pdf');
      setSaid(`The group cards are saved as ${file.fileName}.`);
    }
  }

  async function csv(): Promise<void> {
    const file = await run('csv', 'The CSV could not be made', () => call('groups:csv', { groupSetId: set.groupSetId }));
    if (file) {
      downloadText(file.fileName, file.csv, 'text/csv');
      setSaid(`The group set is saved as ${file.fileName}.`);
    }
  }

  async function remove(): Promise<void> {
    setConfirmDelete(false);
    const done = await run('delete', 'The group set was not deleted', () => enqueue(() => call('groups:delete', { groupSetId: set.groupSetId })));
    if (done) openItem('groups', null);
  }

  const facts = [formatIsoDate(set.date), strategyLabels[set.strategy], set.target ? `for ${targetLabel(set.target)}` : null, set.theme ? `theme: ${set.theme}` : null, plural(set.learnerCount, 'learner')].filter(Boolean);
  return (
    <article className="group-set" aria-labelledby="group-set-title">
      <p className="group-set__back">
        <Button small variant="quiet" onClick={() => openItem('groups', null)}>
          ← All groups
        </Button>
      </p>
      <div className="group-set__head">
        <div>
          <h2 id="group-set-title" className="group-set__title">
            {set.purpose}
          </h2>
          <p className="group-set__facts">{facts.join(' · ')}</p>
          {set.target && <p className="group-set__facts">{set.target.statement}</p>}
        </div>
        {editing === null && (
          <div className="group-set__actions">
            <Button small variant="primary" onClick={() => setEditing(draftFrom(set.groups, props.classLearnerIds))}>
              Edit
            </Button>
            <Button small disabled={busy !== null} onClick={() => void cards()}>
              {busy === 'cards' ? 'Making the cards…' : 'Print group cards (PDF)'}
            </Button>
            <Button small disabled={busy !== null} onClick={() => void csv()}>
              Download CSV
            </Button>
            <Button small variant="quiet" disabled={busy !== null} onClick={() => setConfirmDelete(true)}>
              Delete…
            </Button>
          </div>
        )}
      </div>

      {set.stale && (
        <div className="group-set__stale" role="note" aria-label="These groups may be out of date">
          <Badge tone="flag">May be out of date</Badge>
          <div>
            <p>New evidence has moved {plural(set.staleMembers.length, 'learner')} since these groups were made:</p>
            <ul>
              {set.staleMembers.map((member) => (
                <li key={member.learnerId}>
                  {nameOf(member.learnerId)} {staleWords(member)}
                </li>
              ))}
            </ul>
            <p>Move them here with Edit, or make new groups.</p>
          </div>
        </div>
      )}
      {set.notes && <p className="group-set__notes">{set.notes}</p>}
      <p className="group-set__said" role="status">
        {said}
      </p>
      {problem && <ErrorPanel error={problem.error} compact title={problem.title} />}

      {editing === null ? (
        <>
          <GroupBoard draft={saved} onChange={() => undefined} label={label} title={`Groups: ${set.purpose}`} editable={false} />
          {set.fit.length > 0 && <FitReport fit={set.fit} nameOf={nameOf} title="How well the saved groups fit" />}
        </>
      ) : (
        <>
          <GroupBoard draft={editing} onChange={setEditing} label={label} title={`Groups: ${set.purpose}`} />
          <SetDetailsForm
            initial={{ date: set.date, purpose: set.purpose, theme: set.theme ?? '', notes: set.notes ?? '' }}
            submitLabel="Save changes"
            blocked={draftProblem(editing)}
            warning={editing.unplaced.length > 0 ? `${plural(editing.unplaced.length, 'learner is', 'learners are')} not in a group; they will not be in this set.` : null}
            busy={busy === 'save'}
            error={null}
            onSubmit={(details) => void saveEdits(editing, details)}
            onCancel={() => setEditing(null)}
          />
        </>
      )}
      {confirmDelete && <ConfirmDelete purpose={set.purpose} onCancel={() => setConfirmDelete(false)} onDelete={() => void remove()} />}
    </article>
  );
}

function ConfirmDelete(props: { purpose: string; onCancel: () => void; onDelete: () => void }): JSX.Element {
  const id = useId();
  return (
    <Dialog labelledBy={id} onClose={props.onCancel}>
      <div className="dialog__form">
        <h2 id={id} className="dialog__title">
          Delete “{props.purpose}”?
        </h2>
        <p>The groups go from the history; the audit log keeps a record of them.</p>
        <div className="dialog__actions">
          <Button onClick={props.onDelete}>Delete the group set</Button>
          <Button variant="primary" onClick={props.onCancel}>
            Keep it
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
