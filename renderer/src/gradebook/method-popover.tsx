import { useId, useMemo, useRef, useState, type JSX } from 'react';
import { evidenceKinds, rollupMethods, type EvidenceKind, type GridColumn, type MasteryMethodInput, type RollupMethod } from '../../../preload/contract/index.js';
import { plural } from '../format/plural.js';
import { useGridStore } from './grid-store.js';
import { kindLabels } from './evidence-words.js';
import {
  draftOf,
  initialParameter,
  methodInfo,
  methodKindOf,
  methodKinds,
  methodOf,
  rollupInfo,
  standardChoices,
  type MethodDraft,
} from './method-options.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { Segmented } from '../ui/segmented.js';
import { findByWords } from './standard-search.js';
import './method-popover.css';
import { formatCount } from '../format/numbers.js';
import { PreviewProgress } from './workspace-banners.js';

type Scope = 'class' | 'standard';

/**
 * Choosing how levels are computed: the class's method and roll-up (Preview shows what would change,
 * class-wide), or one standard's own method. Nothing changes until Apply.
 */
export function MethodPopover(props: {
  current: MasteryMethodInput;
  currentLabel: string;
  rollupMethod: RollupMethod;
  columns: readonly GridColumn[];
  onClose: () => void;
}): JSX.Element {
  const id = useId();
  // Preview disables its button while it runs, which would drop focus to the page (and Esc with it)
  const root = useRef<HTMLDivElement>(null);
  const preview = useGridStore((state) => state.preview);
  const busy = useGridStore((state) => state.busy);
  const previewMethod = useGridStore((state) => state.previewMethod);
  const clearPreview = useGridStore((state) => state.clearPreview);
  const applyMethod = useGridStore((state) => state.applyMethod);
  const [scope, setScope] = useState<Scope>('class');
  const [draft, setDraft] = useState<MethodDraft>(() => draftOf(props.current));
  const [rollup, setRollup] = useState<RollupMethod>(props.rollupMethod);
  const [standardId, setStandardId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const choices = useMemo(() => standardChoices(props.columns), [props.columns]);
  const shown = useMemo(() => findByWords(choices, search, (choice) => `${choice.code} ${choice.statement}`), [choices, search]);
  const own = choices.filter((choice) => choice.methodLabel !== null);
  const chosen = choices.find((choice) => choice.standardId === standardId) ?? null;
  const parsed = methodOf(draft);
  const info = methodInfo[draft.kind];
  const previewMatches = scope === 'class' && preview !== null && parsed.ok && JSON.stringify(preview.result.method) === JSON.stringify(parsed.method);
  const canApply = parsed.ok && !busy && (scope === 'class' || chosen !== null);

  const change = (next: Partial<MethodDraft>) => {
    clearPreview();
    setDraft((current) => ({ ...current, ...next }));
  };
  const toggleKind = (kind: EvidenceKind, excluded: boolean) =>
    change({ excludeKinds: excluded ? [...draft.excludeKinds, kind] : draft.excludeKinds.filter((k) => k !== kind) });
  const apply = () => {
    if (!parsed.ok) return;
    const done =
      scope === 'class'
        ? applyMethod(parsed.method, { kind: 'class', rollupMethod: rollup })
        : chosen && applyMethod(parsed.method, { kind: 'standard', standardId: chosen.standardId, code: chosen.code });
    if (done) void done.then((ok) => ok && props.onClose());
  };
  const returnToClassMethod = (choice: { standardId: string; code: string }) =>
    void applyMethod(null, { kind: 'standard', standardId: choice.standardId, code: choice.code });

  return (
    <div
      ref={root}
      className="popover method"
      role="dialog"
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        clearPreview();
        props.onClose();
      }}
    >
      <h2 id={`${id}-title`} className="popover__title">
        Mastery method
      </h2>
      <Segmented
        label="Apply to"
        className="method__scope"
        value={scope}
        onChange={(option) => {
          clearPreview();
          setScope(option);
        }}
        options={[
          { value: 'class', label: 'Whole class' },
          { value: 'standard', label: 'One standard only' },
        ]}
      />
      <p className="popover__hint">
        {scope === 'class'
          ? 'How each learner’s evidence on a standard becomes one level, for every standard without a method of its own.'
          : 'Give one standard its own method; the rest of the class keeps the class’s. Preview is for the whole class’s method only.'}
      </p>

      {scope === 'standard' && own.length > 0 && (
        <section className="method__own" aria-labelledby={`${id}-own`}>
          <h3 id={`${id}-own`} className="field-label">
            {plural(own.length, 'standard has', 'standards have')} a method of its own
          </h3>
          <ul className="method__own-list">
            {own.map((choice) => (
              <li key={choice.standardId} className="method__own-item">
                <span className="method__own-code" title={choice.statement}>
                  {choice.code}
                </span>
                <span className="method__own-label">{choice.methodLabel}</span>
                <Button
                  small
                  variant="quiet"
                  disabled={busy}
                  title={`${choice.code} goes back to the class’s method (${props.currentLabel}) and follows it from now on.`}
                  onClick={() => returnToClassMethod(choice)}
                >
                  Use the class’s method
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {scope === 'standard' && (
        <Field layout="stack" label="Standard">
          {(control) => (
            <>
              <input
                type="search"
                className="field field--search"
                placeholder="Search by code or words"
                aria-label="Find a standard"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
              />
              <select {...control} className="field method__standards" size={5} value={standardId ?? ''} onChange={(event) => setStandardId(event.target.value || null)}>
                {/* without it React would show the first standard as chosen before the teacher chose one */}
                <option value="" hidden>
                  Choose a standard
                </option>
                {shown.map((choice) => (
                  <option key={choice.standardId} value={choice.standardId} title={choice.statement}>
                    {choice.code} — {choice.statement}
                    {choice.methodLabel ? ` (own: ${choice.methodLabel})` : ''}
                  </option>
                ))}
              </select>
              {shown.length === 0 && <p className="popover__hint">No tracked standard matches “{search}”.</p>}
              <p className="popover__hint" data-testid="chosen-standard">
                {chosen
                  ? `${chosen.code} now uses ${chosen.methodLabel ?? `the class’s method (${props.currentLabel})`}.`
                  : 'Choose a standard from the list.'}
              </p>
            </>
          )}
        </Field>
      )}

      <div className="form-grid">
        <Field label="Method">
          {(control) => (
            <select
              {...control}
              className="field field--select"
              value={draft.kind}
              onChange={(event) => {
                const kind = methodKindOf(event.target.value);
                change({ kind, parameter: initialParameter(kind) });
              }}
            >
              {methodKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {methodInfo[kind].label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {info.parameter !== 'none' && (
          <Field label={info.parameter === 'n' ? 'N' : 'Weight of the newest'}>
            {(control) => (
              <input {...control} className="field field--number" inputMode="decimal" value={draft.parameter} onChange={(event) => change({ parameter: event.target.value })} />
            )}
          </Field>
        )}
      </div>
      <fieldset className="method__kinds">
        <legend className="field-label">Leave out evidence</legend>
        {evidenceKinds.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={draft.excludeKinds.includes(kind)} onChange={(event) => toggleKind(kind, event.target.checked)} />
            {kindLabels[kind]}
          </label>
        ))}
      </fieldset>

      {scope === 'class' && (
        <fieldset className="method__rollups">
          <legend className="field-label">Roll-up of a cluster</legend>
          {rollupMethods.map((method) => (
            <label key={method} className="method__rollup">
              <input type="radio" name={`${id}-rollup`} value={method} checked={rollup === method} onChange={() => setRollup(method)} />
              <span className="method__rollup-label">{rollupInfo[method].label}</span>
              <span className="method__rollup-hint">{rollupInfo[method].hint}</span>
            </label>
          ))}
        </fieldset>
      )}
      {scope === 'class' && own.length > 0 && (
        <p className="popover__hint">
          {plural(own.length, 'standard keeps its', 'standards keep their')} own method; see “One standard only”.
        </p>
      )}

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
            Mastered: <strong>{formatCount(preview.result.masteredBefore)}</strong> → <strong>{formatCount(preview.result.masteredAfter)}</strong>
          </p>
          <p className="popover__hint">Changed cells are outlined in the grid; hover one to see before → after.</p>
        </div>
      )}
      <div className="popover__actions">
        <PreviewProgress />
        {scope === 'class' && (
          <Button disabled={!parsed.ok || busy} onClick={() => {
              if (!parsed.ok) return;
              root.current?.focus({ preventScroll: true });
              void previewMethod(parsed.method);
            }}>
            Preview
          </Button>
        )}
        <Button variant="primary" disabled={!canApply} onClick={apply}>
          {scope === 'standard' && chosen ? `Apply to ${chosen.code}` : 'Apply'}
        </Button>
        <Button
          variant="quiet"
          onClick={() => {
            clearPreview();
            props.onClose();
          }}
        >
          Cancel
        </Button>
      </div>

    </div>
  );
}
