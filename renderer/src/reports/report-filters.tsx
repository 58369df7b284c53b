import type { JSX } from 'react';
import { evidenceKinds, type EvidenceKind } from '../../../preload/contract/index.js';
import type { SchoolTerm } from '../../../preload/contract/reports.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { AsOfField } from '../ui/as-of-field.js';
import { Field } from '../ui/field.js';
import { withDates, withTerm } from './report-filter.js';
import { evidenceKindWords } from './report-words.js';

/**
 * What the teacher has chosen; the class comes from the Class menu (the route), or in coach mode from
 * the report's own class picker. `term`: the term whose dates `from`–`to` are ('' for none).
 */
export type ReportChoices = { asOf: string | null; term: string; from: string; to: string; cluster: string; kinds: EvidenceKind[]; quietDays: string };
export const noChoices: ReportChoices = { asOf: null, term: '', from: '', to: '', cluster: '', kinds: [], quietDays: '14' };

export type ClusterOption = { id: string; code: string };

/**
 * The report's filters: the day levels stand on, the window of evidence, one cluster, the kinds of
 * evidence, and how long without evidence counts as quiet. Empty dates mean the class's term; one of
 * the school's terms (from the roster) sets both dates to it.
 */
export function ReportFilters(props: {
  choices: ReportChoices;
  clusters: readonly ClusterOption[];
  terms: readonly SchoolTerm[];
  onChange: (choices: ReportChoices) => void;
  dateProblem: string | null;
}): JSX.Element {
  const { choices } = props;
  const set = (patch: Partial<ReportChoices>) => props.onChange({ ...choices, ...patch });
  return (
    <div className="report-filters" role="group" aria-label="What the report covers">
      <AsOfField asOf={choices.asOf} onChange={(asOf) => set({ asOf })} showing="levels" />
      <span className="report-filters__field">
        <Field label="Term">
          {(control) => (
            <select
              {...control}
              className="field"
              value={choices.term}
              onChange={(event) => props.onChange(withTerm(choices, props.terms.find((term) => term.termId === event.target.value) ?? null))}
            >
              <option value="">{choices.term === '' && (choices.from !== '' || choices.to !== '') ? 'The dates chosen' : 'The class’s own term'}</option>
              {props.terms.map((term) => (
                <option key={term.termId} value={term.termId}>
                  {`${term.title} (${formatIsoDate(term.startsOn)} – ${formatIsoDate(term.endsOn)})`}
                </option>
              ))}
            </select>
          )}
        </Field>
      </span>
      <span className="report-filters__field">
        <Field label="Evidence from">
          {(control) => <input {...control} type="date" className="field field--date" value={choices.from} onChange={(event) => props.onChange(withDates(choices, { from: event.target.value }))} />}
        </Field>
        <Field label="to" problem={props.dateProblem === null ? null : 'report-date-problem'}>
          {(control) => <input {...control} type="date" className="field field--date" value={choices.to} onChange={(event) => props.onChange(withDates(choices, { to: event.target.value }))} />}
        </Field>
      </span>
      {props.dateProblem !== null && (
        <p id="report-date-problem" className="report-exports__problem" role="alert">
          {props.dateProblem}
        </p>
      )}
      <span className="report-filters__field">
        <Field label="Cluster">
          {(control) => (
            <select {...control} className="field" value={choices.cluster} onChange={(event) => set({ cluster: event.target.value })}>
              <option value="">Every tracked standard</option>
              {props.clusters.map((cluster) => (
                <option key={cluster.id} value={cluster.id}>
                  {cluster.code}
                </option>
              ))}
            </select>
          )}
        </Field>
      </span>
      <fieldset className="report-filters__kinds">
        <legend className="field-label">Evidence that counts</legend>
        {evidenceKinds.map((kind) => (
          <label key={kind} className="report-filters__check">
            <input
              type="checkbox"
              checked={choices.kinds.length === 0 || choices.kinds.includes(kind)}
              onChange={(event) => {
                const shown = choices.kinds.length === 0 ? [...evidenceKinds] : choices.kinds;
                const next = event.target.checked ? [...shown, kind] : shown.filter((item) => item !== kind);
                // none ticked would leave nothing to report: keep the last one ticked
                if (next.length === 0) return;
                set({ kinds: next.length === evidenceKinds.length ? [] : evidenceKinds.filter((item) => next.includes(item)) });
              }}
            />{' '}
            {evidenceKindWords[kind]}
          </label>
        ))}
      </fieldset>
      <span className="report-filters__field">
        <Field label="Quiet after (days)">
          {(control) => <input {...control} type="number" min={1} max={366} className="field report-filters__days" value={choices.quietDays} onChange={(event) => set({ quietDays: event.target.value })} />}
        </Field>
      </span>
    </div>
  );
}
