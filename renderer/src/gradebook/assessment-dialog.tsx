import { useId, useState, type JSX } from 'react';
import type { Assessment, EvidenceKind, GridColumn } from '../../../preload/contract/index.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { plural } from '../format/plural.js';
import { useGridStore } from './grid-store.js';
import { evidenceKindOf, KindOptions, ModalityOptions } from './evidence-options.js';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { Field } from '../ui/field.js';
import { columnText, findByWords } from './standard-search.js';
import './assessment-dialog.css';

/**
 * A new assessment: one task that scores several standards at once. A modal <dialog>: the browser
 * traps focus inside it and Escape closes it.
 */
export function AssessmentDialog(props: {
  classId: string;
  columns: readonly GridColumn[];
  today: string;
  onCreated: (assessment: Assessment) => void;
  onClose: () => void;
}): JSX.Element {
  const id = useId();
  const createAssessment = useGridStore((state) => state.createAssessment);
  const [title, setTitle] = useState('');
  const [assessedOn, setAssessedOn] = useState(props.today);
  const [kind, setKind] = useState<EvidenceKind>('for');
  const [modality, setModality] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const shown = findByWords(props.columns, search, columnText);

  async function submit(): Promise<void> {
    setError(null);
    if (title.trim() === '') return setError('Give the assessment a title.');
    if (chosen.length === 0) return setError('Choose at least one standard.');
    setSaving(true);
    try {
      // in the grid's order, which is the framework's
      const standardIds = props.columns.map((c) => c.standardId).filter((s) => chosen.includes(s));
      const created = await createAssessment({ classId: props.classId, title: title.trim(), assessedOn, kind, modality: modality || null, standardIds });
      props.onCreated(created);
    } catch (failure) {
      setError(asContractFailure(failure).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog labelledBy={`${id}-title`} onClose={props.onClose}>
      <form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${id}-title`} className="dialog__title">
          New assessment
        </h2>
        <div className="form-grid">
          <Field label="Title">
            {(control) => <input {...control} className="field" value={title} onChange={(event) => setTitle(event.target.value)} placeholder="e.g. Quiz: adding fractions" />}
          </Field>
          <Field label="Date">
            {(control) => <input {...control} type="date" className="field field--date" value={assessedOn} onChange={(event) => setAssessedOn(event.target.value)} />}
          </Field>
          <Field label="Kind">
            {(control) => (
              <select {...control} className="field field--select" value={kind} onChange={(event) => setKind(evidenceKindOf(event.target.value))}>
                <KindOptions prefix="Assessment" />
              </select>
            )}
          </Field>
          <Field label="Modality">
            {(control) => (
              <select {...control} className="field field--select" value={modality} onChange={(event) => setModality(event.target.value)}>
                <ModalityOptions />
              </select>
            )}
          </Field>
        </div>
        <fieldset className="assessment-dialog__standards">
          <legend className="field-label">
            Standards <span className="assessment-dialog__count">{plural(chosen.length, 'chosen', 'chosen')}</span>
          </legend>
          <input
            type="search"
            className="field"
            aria-label="Search standards"
            placeholder="Search by code or words"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <ul className="assessment-dialog__list">
            {shown.map((column) => (
              <li key={column.standardId}>
                <label className="check assessment-dialog__standard">
                  <input
                    type="checkbox"
                    checked={chosen.includes(column.standardId)}
                    onChange={(event) =>
                      setChosen((list) => (event.target.checked ? [...list, column.standardId] : list.filter((s) => s !== column.standardId)))
                    }
                  />
                  <span className="assessment-dialog__code">{column.code}</span>
                  <span className="assessment-dialog__statement">{column.statement}</span>
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="assessment-dialog__none">No tracked standard matches “{search}”.</li>}
          </ul>
        </fieldset>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <Button onClick={props.onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={saving}>
            Create assessment
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
