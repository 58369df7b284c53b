import { useEffect, useId, useState, type JSX } from 'react';
import { shortCode, type StandardNode } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { plural } from '../format/plural.js';
import { Field } from '../ui/field.js';
import { gradeLabel } from '../format/grade-label.js';
import { gradeChoices } from './grade-filter.js';
import { HighlightedText } from './highlighted-text.js';
import './standards-search.css';

const debounceMs = 220;

export type SearchState = { query: string; results: StandardNode[] };

/**
 * Search by part of a code ("5.NF", shown short, the full code on hover) or words ("unlike denominators"), asked of the gradebook after the
 * teacher pauses typing. Picking a result reveals it in the tree; Enter in the box picks the first. The
 * Grade select beside it narrows the results and the tree alike (the browser holds the grade).
 */
export function StandardsSearch(props: {
  frameworkId: string;
  grade: string;
  onGradeChange: (grade: string) => void;
  onResults: (search: SearchState) => void;
  onReveal: (standardId: string) => void;
}): JSX.Element {
  const id = useId();
  const { frameworkId, grade, onResults, onReveal } = props;
  const [query, setQuery] = useState('');
  // kept with the query they answer, so the answer to an earlier query is never shown as this one's
  const [answer, setAnswer] = useState<SearchState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') {
      onResults({ query: '', results: [] });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      call('standards:search', grade === '' ? { frameworkId, query: trimmed } : { frameworkId, grade, query: trimmed })
        .then((found) => {
          if (!current) return;
          setAnswer({ query: `${grade}\u0000${trimmed}`, results: found });
          setError(null);
          onResults({ query: trimmed, results: found });
        })
        .catch((failure: unknown) => {
          if (current) setError(asContractFailure(failure).message);
        });
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, grade, frameworkId, onResults]);

  const answerKey = `${grade}\u0000${trimmed}`;
  const shown: StandardNode[] | null = answer !== null && answer.query === answerKey && trimmed !== '' ? answer.results : null;
  return (
    <div className="standards-search">
      <div className="standards-search__fields">
      <Field layout="stack" label="Search" describedBy={`${id}-status`}>
        {(control) => (
          <input
            {...control}
            type="search"
            className="field field--search standards-search__input"
            placeholder="A code such as 5.NF, or words from a statement"
            value={query}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              const first = shown?.[0];
              if (event.key === 'Enter' && first) onReveal(first.id);
              if (event.key === 'Escape' && query !== '') {
                event.preventDefault();
                setQuery('');
              }
            }}
          />
        )}
      </Field>
      <Field layout="stack" label="Grade">
        {(control) => (
          <select {...control} className="field standards-search__grade" value={grade} onChange={(event) => props.onGradeChange(event.target.value)}>
            <option value="">Any grade</option>
            {gradeChoices.map((value) => (
              <option key={value} value={value}>
                {gradeLabel(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      </div>
      <p id={`${id}-status`} className="standards-search__status" aria-live="polite">
        {error ?? (shown === null ? '' : shown.length === 0 ? `No standard matches “${trimmed}”.` : `${plural(shown.length, 'standard')} match “${trimmed}”${shown.length >= 100 ? ' (the first 100)' : ''}.`)}
      </p>
      {shown && shown.length > 0 && (
        <ul className="search-results" aria-label="Search results">
          {shown.map((standard) => (
            <li key={standard.id}>
              <button type="button" className="search-result" onClick={() => onReveal(standard.id)}>
                <span className="search-result__code" title={standard.code ?? undefined}>
                  {standard.code === null ? '—' : <HighlightedText text={shortCode(standard.code) ?? standard.code} query={trimmed} />}
                </span>
                <span className="search-result__statement">
                  <HighlightedText text={standard.statement} query={trimmed} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
