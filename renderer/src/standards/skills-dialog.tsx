import { useEffect, useId, useState, type JSX } from 'react';
import type { ContractError, Skill } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { enqueue } from '../bridge/write-queue.js';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { Field } from '../ui/field.js';
import { DiscardChangesDialog } from '../ui/discard-changes-dialog.js';
import { hasUnsavedSkillEdits, noSkillEdits, skillReach, skillsInListOrder, startRename, type SkillEdits } from './skill-edits.js';
import './skills-dialog.css';

type ListLoad = { status: 'loading' } | { status: 'ready'; skills: Skill[] } | { status: 'error'; error: ContractError };

/** An empty code box means "no code": the gradebook keeps null rather than an empty string. */
function codeOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The school's list of learning-related skills (habits of work, collaboration, self-direction…): add a
 * skill, rename one in its row, retire one or bring it back. A modal <dialog>; Escape or Close first asks
 * before something typed and not saved is thrown away. Writes go through the write queue, behind any
 * gradebook write still on its way.
 */
export function SkillsDialog({ onClose }: { onClose: () => void }): JSX.Element {
  const id = useId();
  const [load, setLoad] = useState<ListLoad>({ status: 'loading' });
  const [edits, setEdits] = useState<SkillEdits>(noSkillEdits);
  const [working, setWorking] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ title: string; error: ContractError } | null>(null);
  const [askingToDiscard, setAskingToDiscard] = useState(false);

  useEffect(() => {
    let current = true;
    call('standards:skills', {}).then(
      (skills) => current && setLoad({ status: 'ready', skills }),
      (error: unknown) => current && setLoad({ status: 'error', error: asContractFailure(error).toContractError() }),
    );
    return () => {
      current = false;
    };
  }, []);

  const skills = load.status === 'ready' ? load.skills : [];

  function leave(): void {
    if (hasUnsavedSkillEdits(edits, skills)) setAskingToDiscard(true);
    else onClose();
  }

  /** Puts the gradebook's answer in the list: in place when it is there, at the end when it is new. */
  function keep(saved: Skill): void {
    setLoad((now) => {
      const list = now.status === 'ready' ? now.skills : [];
      const known = list.some((skill) => skill.standardId === saved.standardId);
      return { status: 'ready', skills: known ? list.map((skill) => (skill.standardId === saved.standardId ? saved : skill)) : [...list, saved] };
    });
  }

  async function write(title: string, run: () => Promise<Skill>, after: (saved: Skill) => void): Promise<void> {
    setWorking(true);
    setRefusal(null);
    setNote(null);
    try {
      const saved = await enqueue(run);
      keep(saved);
      after(saved);
    } catch (error) {
      setRefusal({ title, error: asContractFailure(error).toContractError() });
    } finally {
      setWorking(false);
    }
  }

  function add(): void {
    const statement = edits.newStatement.trim();
    if (statement === '') return;
    void write(
      'The skill was not added',
      () => call('standards:saveSkill', { statement, code: codeOrNull(edits.newCode) }),
      (saved) => {
        setEdits((now) => ({ ...now, newStatement: '', newCode: '' }));
        setNote(`Added “${saved.statement}”. ${saved.classCount > 0 ? `${skillReach(saved)} now.` : 'No class tracks skills yet.'}`);
      },
    );
  }

  function rename(): void {
    const renaming = edits.renaming;
    if (renaming === null || renaming.statement.trim() === '') return;
    void write(
      'The skill was not renamed',
      () => call('standards:saveSkill', { standardId: renaming.standardId, statement: renaming.statement.trim(), code: codeOrNull(renaming.code) }),
      (saved) => {
        setEdits((now) => ({ ...now, renaming: null }));
        setNote(`Renamed to “${saved.statement}”. Evidence already recorded stays with it.`);
      },
    );
  }

  function setRetired(skill: Skill, retired: boolean): void {
    void write(
      retired ? 'The skill was not retired' : 'The skill was not brought back',
      () => call('standards:retireSkill', { standardId: skill.standardId, retired }),
      (saved) =>
        setNote(
          retired
            ? `Retired “${saved.statement}”. No class tracks it now; the evidence already recorded is kept.`
            : `Brought back “${saved.statement}”. ${skillReach(saved)}.`,
        ),
    );
  }

  return (
    <>
      <Dialog labelledBy={`${id}-title`} className="dialog--skills" busy={working || load.status === 'loading'} onClose={leave}>
        <div className="dialog__form skills">
          <h2 id={`${id}-title`} className="dialog__title">
            Learning-related skills
          </h2>
          <p className="skills__intro">
            The school’s list of habits of work, collaboration, self-direction and the like. Skills are scored on the skills scale and never mixed into
            academic mastery.
          </p>
          <p className="skills__intro">
            <strong>Retire</strong>: no class will track it; evidence already recorded is kept. <strong>Bring back</strong>: the classes that track skills track it
            again.
          </p>

          {load.status === 'loading' && <p className="skills__reading">Reading the school’s skills…</p>}
          {load.status === 'error' && <ErrorPanel error={load.error} compact title="The skill list could not be read" />}
          {load.status === 'ready' && skills.length === 0 && <p className="skills__reading">No skills yet. Add the first one below.</p>}

          {skills.length > 0 && (
            <ul className="skills__list" aria-label="Skills">
              {skillsInListOrder(skills).map((skill) =>
                edits.renaming?.standardId === skill.standardId ? (
                  <li key={skill.standardId} className="skills__row skills__row--renaming">
                    <form
                      className="skills__rename"
                      aria-label={`Rename ${skill.statement}`}
                      onSubmit={(event) => {
                        event.preventDefault();
                        rename();
                      }}
                    >
                      <Field label="Skill" layout="stack" className="skills__statement-field">
                        {(control) => (
                          <input
                            {...control}
                            className="field"
                            // focus goes where the teacher just asked to type
                            autoFocus
                            value={edits.renaming?.statement ?? ''}
                            onChange={(event) => setEdits((now) => (now.renaming ? { ...now, renaming: { ...now.renaming, statement: event.target.value } } : now))}
                          />
                        )}
                      </Field>
                      <Field label="Code" layout="stack" className="skills__code-field">
                        {(control) => (
                          <input
                            {...control}
                            className="field"
                            value={edits.renaming?.code ?? ''}
                            onChange={(event) => setEdits((now) => (now.renaming ? { ...now, renaming: { ...now.renaming, code: event.target.value } } : now))}
                          />
                        )}
                      </Field>
                      <div className="skills__row-actions">
                        <Button small type="submit" variant="primary" disabled={working || (edits.renaming?.statement.trim() ?? '') === ''}>
                          Save
                        </Button>
                        <Button small onClick={() => setEdits((now) => ({ ...now, renaming: null }))}>
                          Cancel
                        </Button>
                      </div>
                    </form>
                  </li>
                ) : (
                  <li key={skill.standardId} className={skill.retired ? 'skills__row skills__row--retired' : 'skills__row'}>
                    <div className="skills__text">
                      <span className="skills__statement">
                        {skill.code && <span className="skills__code">{skill.code}</span>}
                        {skill.statement}
                      </span>
                      <span className="skills__reach">{skillReach(skill)}</span>
                    </div>
                    <div className="skills__row-actions">
                      {!skill.retired && (
                        <Button small aria-label={`Rename ${skill.statement}`} disabled={working} onClick={() => setEdits((now) => ({ ...now, renaming: startRename(skill) }))}>
                          Rename
                        </Button>
                      )}
                      <Button small aria-label={`${skill.retired ? 'Bring back' : 'Retire'} ${skill.statement}`} disabled={working} onClick={() => setRetired(skill, !skill.retired)}>
                        {skill.retired ? 'Bring back' : 'Retire'}
                      </Button>
                    </div>
                  </li>
                ),
              )}
            </ul>
          )}

          <form
            className="skills__add"
            aria-label="Add a skill"
            onSubmit={(event) => {
              event.preventDefault();
              add();
            }}
          >
            <Field label="New skill" layout="stack" className="skills__statement-field" describedBy={`${id}-add-hint`}>
              {(control) => (
                <input
                  {...control}
                  className="field"
                  placeholder="e.g. Asks for help when stuck"
                  value={edits.newStatement}
                  onChange={(event) => setEdits((now) => ({ ...now, newStatement: event.target.value }))}
                />
              )}
            </Field>
            <Field label="Code (optional)" layout="stack" className="skills__code-field">
              {(control) => <input {...control} className="field" value={edits.newCode} onChange={(event) => setEdits((now) => ({ ...now, newCode: event.target.value }))} />}
            </Field>
            <Button type="submit" variant="primary" disabled={working || edits.newStatement.trim() === ''}>
              Add skill
            </Button>
          </form>
          <p id={`${id}-add-hint`} className="skills__hint">
            A new skill is tracked by every class that tracks skills.
          </p>

          {refusal && <ErrorPanel error={refusal.error} compact title={refusal.title} />}
          <div className="dialog__actions">
            <p className="skills__note" role="status">
              {working ? 'Saving…' : note}
            </p>
            <Button onClick={leave}>Close</Button>
          </div>
        </div>
      </Dialog>
      {/* beside the dialog, not inside it: React would pass its Escape on to the dialog's own */}
      {askingToDiscard && (
        <DiscardChangesDialog
          what="What you typed in the skill list is not saved yet. Closing now throws it away."
          onKeepEditing={() => setAskingToDiscard(false)}
          onDiscard={() => {
            setAskingToDiscard(false);
            onClose();
          }}
        />
      )}
    </>
  );
}
