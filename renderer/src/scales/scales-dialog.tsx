import { useEffect, useId, useState, type JSX } from 'react';
import { scalePurposes, type ContractError, type EditableScale, type ScalePurpose } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { enqueue } from '../bridge/write-queue.js';
import { LevelsTable, contrastWarnings } from './levels-table.js';
import { addLevel, draftChanged, draftOfScale, newScaleDraft, removeLevel, sameDraft, scaleRequest, sortLevels, thresholdOptions, updateLevel, type ScaleDraft } from './scale-draft.js';
import './scales.css';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { Field } from '../ui/field.js';
import { DiscardChangesDialog } from '../ui/discard-changes-dialog.js';

type ListLoad = { status: 'loading' } | { status: 'ready'; scales: EditableScale[] } | { status: 'error'; error: ContractError };

const purposes = { academic: 'Academic standards', learning_skills: 'Learning-related skills' } as const satisfies Record<ScalePurpose, string>;

function scalePurposeOf(value: string): ScalePurpose {
  const purpose = scalePurposes.find((known) => known === value);
  if (!purpose) throw new Error(`"${value}" is not a purpose of a scale.`);
  return purpose;
}

/** Where the teacher meant to go when unsaved edits stood in the way: out, or to another scale (null: a new one). */
type Leaving = { to: 'close' } | { to: 'scale'; scale: EditableScale | null };

/**
 * The gradebook's proficiency scales: pick one to edit (name, purpose, which level counts as
 * mastered, half steps, and its levels) or start a new one. A level that evidence uses cannot be
 * removed and says so on its row (the gradebook refuses it too). A modal <dialog>: the browser traps
 * focus inside it; Escape, Close or another scale first asks before unsaved edits are thrown away.
 */
export function ScalesDialog(props: { initialScaleId: string | null; usedScaleIds: readonly string[]; onClose: () => void }): JSX.Element {
  const id = useId();
  const [load, setLoad] = useState<ListLoad>({ status: 'loading' });
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<ScaleDraft | null>(null);
  // the form as it was opened or last saved: leaving asks first only when the draft has moved from it
  const [baseline, setBaseline] = useState<ScaleDraft | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [refusal, setRefusal] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  // the scale to show first is decided when the dialog opens
  const [initialScaleId] = useState(props.initialScaleId);


  useEffect(() => {
    let current = true;
    call('scales:list', {}).then(
      (scales) => {
        if (!current) return;
        setLoad({ status: 'ready', scales });
        const first = scales.find((scale) => scale.id === initialScaleId) ?? scales[0];
        if (first) {
          setSelected(first.id);
          start(draftOfScale(first));
        }
      },
      (error: unknown) => current && setLoad({ status: 'error', error: asContractFailure(error).toContractError() }),
    );
    return () => {
      current = false;
    };
  }, [initialScaleId]);

  const scales = load.status === 'ready' ? load.scales : [];
  const original = scales.find((scale) => scale.id === selected) ?? null;
  const parsed = draft ? scaleRequest(draft) : null;
  const warnings = draft ? contrastWarnings(draft) : new Map<string, string>();
  const changed = draft !== null && draftChanged(draft, original);
  const unsaved = draft !== null && baseline !== null && !sameDraft(draft, baseline);

  function start(next: ScaleDraft): void {
    setDraft(next);
    setBaseline(next);
  }

  /** Goes where the teacher asked, after asking first when that would throw away unsaved edits. */
  function leave(to: Leaving): void {
    if (unsaved) return setLeaving(to);
    go(to);
  }

  function go(to: Leaving): void {
    setLeaving(null);
    if (to.to === 'close') props.onClose();
    else choose(to.scale);
  }

  function choose(next: EditableScale | null): void {
    setSelected(next?.id ?? null);
    start(next ? draftOfScale(next) : newScaleDraft());
    setShowProblems(false);
    setRefusal(null);
    setSavedNote(null);
  }

  function edit(next: ScaleDraft): void {
    setDraft(next);
    setRefusal(null);
    setSavedNote(null);
  }

  async function save(): Promise<void> {
    if (!draft || !parsed) return;
    if (!parsed.ok) return setShowProblems(true);
    setSaving(true);
    setRefusal(null);
    try {
      // behind any grid write still on its way, so the levels it refers to are settled
      const saved = await enqueue(() => call('scales:save', parsed.request));
      const rest = scales.filter((scale) => scale.id !== saved.id);
      setLoad({ status: 'ready', scales: original ? scales.map((scale) => (scale.id === saved.id ? saved : scale)) : [...rest, saved] });
      setSelected(saved.id);
      start(draftOfScale(saved));
      setShowProblems(false);
      setSavedNote(`Saved “${saved.title}”. The gradebook shows its new labels, colours and threshold.`);
    } catch (error) {
      setRefusal(asContractFailure(error).toContractError());
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
    <Dialog labelledBy={`${id}-title`} className="dialog--scales" onClose={() => leave({ to: 'close' })}>
      <div className="scales">
        <nav className="scales__nav" aria-label="Scales">
          <h2 id={`${id}-title`} className="dialog__title">
            Scales
          </h2>
          {load.status === 'loading' && <p className="scales__reading">Reading the scales…</p>}
          {load.status === 'error' && <ErrorPanel error={load.error} compact />}
          <ul className="scales__list">
            {scales.map((scale) => (
              <li key={scale.id}>
                <button type="button" className="scales__item" aria-current={scale.id === selected ? 'true' : undefined} onClick={() => leave({ to: 'scale', scale })}>
                  <span className="scales__item-title">{scale.title}</span>
                  <span className="scales__item-meta">
                    {purposes[scale.purpose]}
                    {props.usedScaleIds.includes(scale.id) && <span className="scales__used"> · in this class</span>}
                  </span>
                  <span className="scales__swatches" aria-hidden="true">
                    {scale.levels.map((level) => (
                      <span key={level.value} className="scales__swatch" style={{ background: level.colour }} />
                    ))}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <Button small aria-current={draft !== null && draft.id === null ? 'true' : undefined} onClick={() => leave({ to: 'scale', scale: null })}>
            New scale…
          </Button>
        </nav>

        {draft && (
          <form
            className="scales__editor"
            aria-label={draft.id === null ? 'New scale' : `Edit ${original?.title ?? 'scale'}`}
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <h3 className="scales__heading">{draft.id === null ? 'New scale' : (original?.title ?? 'Scale')}</h3>
            <div className="form-grid scales__fields">
              <Field label="Name">
                {(control) => <input {...control} className="field" value={draft.title} onChange={(event) => edit({ ...draft, title: event.target.value })} />}
              </Field>
              <Field label="Used for">
                {(control) => (
                  <select {...control} className="field field--select" value={draft.purpose} onChange={(event) => edit({ ...draft, purpose: scalePurposeOf(event.target.value) })}>
                    {scalePurposes.map((purpose) => (
                      <option key={purpose} value={purpose}>
                        {purposes[purpose]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="Mastered at">
                {(control) => (
                  <div className="scales__inline">
                    <select {...control} className="field field--select scales__threshold" value={draft.threshold} onChange={(event) => edit({ ...draft, threshold: event.target.value })}>
                      {!thresholdOptions(draft).includes(Number(draft.threshold)) && <option value="">Choose a level</option>}
                      {thresholdOptions(draft).map((value) => (
                        <option key={value} value={String(value)}>
                          {value} — {draft.levels.find((level) => Number(level.value) === value)?.label || 'no label yet'}
                        </option>
                      ))}
                    </select>
                    <label className="check">
                      <input type="checkbox" checked={draft.halfSteps} onChange={(event) => edit({ ...draft, halfSteps: event.target.checked })} />
                      Half steps (2.5)
                    </label>
                  </div>
                )}
              </Field>
            </div>

            <LevelsTable
              draft={draft}
              levelsInUse={original?.levelsInUse ?? []}
              warnings={warnings}
              onChange={(key, patch) => edit(updateLevel(draft, key, patch))}
              onSort={() => setDraft((current) => (current ? sortLevels(current) : current))}
              onRemove={(key) => edit(removeLevel(draft, key, original?.levelsInUse))}
            />
            <div className="scales__table-actions">
              <Button small disabled={draft.levels.length >= 10} onClick={() => edit(addLevel(draft))}>
                Add a level
              </Button>
              <span className="scales__note">Levels are kept in order of value. A level that evidence uses cannot be removed.</span>
            </div>

            {warnings.size > 0 && (
              <ul className="scales__warnings" aria-label="Contrast warnings">
                {[...warnings.values()].map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            )}
            {showProblems && parsed && !parsed.ok && (
              <ul className="form-error scales__problems" role="alert">
                {parsed.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
            {refusal && <ErrorPanel error={refusal} compact title="The scale was not saved" />}
            {draft.id === null && <p className="scales__note">A new scale is kept in this gradebook, ready for a framework or class to use.</p>}

            <div className="dialog__actions">
              {savedNote && (
                <p className="scales__saved" role="status">
                  {savedNote}
                </p>
              )}
              {changed && !savedNote && <span className="scales__unsaved">Unsaved changes</span>}
              {changed && original && (
                <Button variant="quiet" onClick={() => choose(original)}>
                  Discard changes
                </Button>
              )}
              <Button onClick={() => leave({ to: 'close' })}>Close</Button>
              <Button type="submit" variant="primary" disabled={saving || !changed}>
                {draft.id === null ? 'Create scale' : 'Save scale'}
              </Button>
            </div>
          </form>
        )}
      </div>
    </Dialog>
    {/* beside the editor, not inside it: React would pass its Escape on to the editor's own */}
    {leaving && draft && (
      <DiscardChangesDialog
        what={unsavedScaleWords(draft.id === null ? null : (original?.title ?? draft.title), leaving.to === 'close' ? 'close' : 'switch')}
        onKeepEditing={() => setLeaving(null)}
        onDiscard={() => go(leaving)}
      />
    )}
    </>
  );
}

/** What "Discard your changes?" says about a scale's unsaved edits. */
function unsavedScaleWords(scaleTitle: string | null, leavingTo: 'close' | 'switch'): string {
  const what = scaleTitle === null ? 'this new scale' : `“${scaleTitle}”`;
  return `Your changes to ${what} are not saved yet. ${leavingTo === 'close' ? 'Closing' : 'Opening another scale'} now throws them away.`;
}
