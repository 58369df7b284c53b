import { useId, useState, type JSX } from 'react';
import type { EvidenceKind, MasteryMethodInput } from '../../../preload/contract.js';
import { plural } from '../format/plural.js';
import { useGridStore } from '../stores/grid-store.js';
import { kindLabels } from './evidence-words.js';
import { draftOf, initialParameter, methodInfo, methodKinds, methodOf, type MethodDraft, type MethodKind } from './method-options.js';

/**
 * Choosing the class's mastery method: pick it and its parameter, Preview what would change (the grid
 * marks those cells, the counts show here), then Apply. Nothing changes until Apply.
 */
export function MethodPopover(props: { current: MasteryMethodInput; onClose: () => void }): JSX.Element {
  const id = useId();
  const preview = useGridStore((state) => state.preview);
  const busy = useGridStore((state) => state.busy);
  const previewMethod = useGridStore((state) => state.previewMethod);
  const clearPreview = useGridStore((state) => state.clearPreview);
  const applyMethod = useGridStore((state) => state.applyMethod);
  const [draft, setDraft] = useState<MethodDraft>(() => draftOf(props.current));
  const parsed = methodOf(draft);
  const info = methodInfo[draft.kind];
  const previewMatches = preview !== null && parsed.ok && JSON.stringify(preview.result.method) === JSON.stringify(parsed.method);

  const change = (next: Partial<MethodDraft>) => {
    clearPreview();
    setDraft((current) => ({ ...current, ...next }));
  };
  const toggleKind = (kind: EvidenceKind, excluded: boolean) =>
    change({ excludeKinds: excluded ? [...draft.excludeKinds, kind] : draft.excludeKinds.filter((k) => k !== kind) });

  return (
    <div
      className="popover method"
      role="dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        props.onClose();
      }}
    >
      <h2 id={`${id}-title`} className="popover__title">
        Mastery method
      </h2>
      <p className="popover__hint">How each learner’s evidence on a standard becomes one level, for the whole class.</p>
      <div className="form-grid">
        <label htmlFor={`${id}-kind`} className="field-label">
          Method
        </label>
        <select
          id={`${id}-kind`}
          className="field field--select"
          value={draft.kind}
          onChange={(event) => {
            const kind = event.target.value as MethodKind;
            change({ kind, parameter: initialParameter(kind) });
          }}
        >
          {methodKinds.map((kind) => (
            <option key={kind} value={kind}>
              {methodInfo[kind].label}
            </option>
          ))}
        </select>
        {info.parameter !== 'none' && (
          <>
            <label htmlFor={`${id}-parameter`} className="field-label">
              {info.parameter === 'n' ? 'N' : 'Weight of the newest'}
            </label>
            <input
              id={`${id}-parameter`}
              className="field field--number"
              inputMode="decimal"
              value={draft.parameter}
              onChange={(event) => change({ parameter: event.target.value })}
            />
          </>
        )}
      </div>
      <fieldset className="method__kinds">
        <legend className="field-label">Leave out evidence</legend>
        {(Object.keys(kindLabels) as EvidenceKind[]).map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={draft.excludeKinds.includes(kind)} onChange={(event) => toggleKind(kind, event.target.checked)} />
            {kindLabels[kind]}
          </label>
        ))}
      </fieldset>
      {!parsed.ok && (
        <p className="form-error" role="alert">
          {parsed.message}
        </p>
      )}
      {previewMatches && (
        <div className="method__preview" role="status">
          <p className="method__preview-count">
            <strong>{plural(preview.result.changes.length, 'cell')}</strong> would change
          </p>
          <p>
            Mastered: <strong>{preview.result.masteredBefore}</strong> → <strong>{preview.result.masteredAfter}</strong>
          </p>
          <p className="popover__hint">Changed cells are outlined in the grid; hover one to see before → after.</p>
        </div>
      )}
      <div className="popover__actions">
        <button type="button" className="button" disabled={!parsed.ok || busy} onClick={() => parsed.ok && void previewMethod(parsed.method)}>
          Preview
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!parsed.ok || busy}
          onClick={() => parsed.ok && void applyMethod(parsed.method).then((ok) => ok && props.onClose())}
        >
          Apply
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            clearPreview();
            props.onClose();
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
