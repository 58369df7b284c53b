import { useId, useState, type JSX } from 'react';
import type { ContractError, ProgressionStandard } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { Button } from '../ui/button.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { Field } from '../ui/field.js';
import { standardLabel } from './board-model.js';
import './standard-links-panel.css';

type Asking = { kind: 'none' } | { kind: 'add' } | { kind: 'remove'; prerequisite: number } | { kind: 'order' };

/**
 * One standard of the progression graph, chosen there: what it comes after, and the teacher's hand on
 * that — add a prerequisite (a circle is refused with the circle named), remove one (after saying which
 * link goes), or order the standard's cluster as the framework lists it. Every change is the
 * gradebook's to refuse; the graph and the board follow the change event.
 */
export function StandardLinksPanel(props: {
  /** The class whose graph this is: ordering a cluster chains only the standards it tracks. */
  classId: string;
  standards: readonly ProgressionStandard[];
  index: number;
  onShowReady: (index: number) => void;
  onClose: () => void;
}): JSX.Element | null {
  const { standards, index } = props;
  const id = useId();
  const [asking, setAsking] = useState<Asking>({ kind: 'none' });
  const [adding, setAdding] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ContractError | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const standard = standards[index];
  if (!standard) return null;
  const label = standardLabel(standard);
  const candidates = standards.map((item, at) => ({ item, at })).filter(({ item, at }) => at !== index && !standard.prerequisites.includes(at) && item.standardId !== standard.standardId);

  async function write(run: () => Promise<string>): Promise<void> {
    setBusy(true);
    setProblem(null);
    setSaid(null);
    try {
      setSaid(await run());
      setAsking({ kind: 'none' });
      setAdding('');
    } catch (error) {
      setProblem(asContractFailure(error).toContractError());
    } finally {
      setBusy(false);
    }
  }

  const add = (at: number) =>
    write(async () => {
      const prerequisite = standards[at]!;
      const { added } = await call('paths:addPrerequisite', { standardId: standard.standardId, prerequisiteId: prerequisite.standardId });
      return added ? `${standardLabel(prerequisite)} now comes before ${label}.` : `${standardLabel(prerequisite)} already came before ${label}.`;
    });
  const remove = (at: number) =>
    write(async () => {
      const prerequisite = standards[at]!;
      await call('paths:removePrerequisite', { standardId: standard.standardId, prerequisiteId: prerequisite.standardId });
      return `${standardLabel(prerequisite)} no longer comes before ${label}.`;
    });
  const order = (cluster: { clusterId: string; label: string }) =>
    write(async () => {
      const { added } = await call('paths:orderCluster', { clusterId: cluster.clusterId, classId: props.classId });
      return added === 0 ? `The standards of ${cluster.label} were already in order.` : `The standards of ${cluster.label} now follow one another as listed (${added === 1 ? '1 link' : `${added} links`} added).`;
    });

  const asked = asking.kind === 'remove' ? standards[asking.prerequisite] : undefined;
  return (
    <section className="standard-links" aria-labelledby={`${id}-title`}>
      <div className="standard-links__head">
        <h2 id={`${id}-title`} className="standard-links__title">
          {label}
          {standard.code !== null && <span className="standard-links__statement"> {standard.statement}</span>}
        </h2>
        <Button small variant="quiet" onClick={props.onClose}>
          Close
        </Button>
      </div>

      <h3 className="standard-links__subtitle">Comes after</h3>
      {standard.prerequisites.length === 0 && standard.assumed.length === 0 ? (
        <p className="standard-links__none">No prerequisite: every learner can start it.</p>
      ) : (
        <ul className="standard-links__list" aria-label={`Prerequisites of ${label}`}>
          {standard.prerequisites.map((at) => {
            const prerequisite = standards[at];
            if (!prerequisite) return null;
            const name = standardLabel(prerequisite);
            return (
              <li key={prerequisite.standardId}>
                <span className="standard-links__code">{name}</span> <span className="standard-links__muted">{prerequisite.statement}</span>{' '}
                <Button small variant="quiet" disabled={busy} aria-label={`Remove ${name} as a prerequisite of ${label}…`} onClick={() => setAsking({ kind: 'remove', prerequisite: at })}>
                  Remove…
                </Button>
              </li>
            );
          })}
          {standard.assumed.map((code) => (
            <li key={code}>
              <span className="standard-links__code">{code}</span> <span className="standard-links__muted">not tracked by this class, so assumed</span>
            </li>
          ))}
        </ul>
      )}

      {asked && asking.kind === 'remove' && (
        <div className="standard-links__confirm" role="group" aria-label="Confirm removing the link">
          <p>
            Remove the link “{standardLabel(asked)} before {label}”? Learners will no longer wait for {standardLabel(asked)} to be ready for {label}.
          </p>
          <Button small variant="primary" disabled={busy} onClick={() => void remove(asking.prerequisite)}>
            Remove the link
          </Button>
          <Button small disabled={busy} onClick={() => setAsking({ kind: 'none' })}>
            Keep it
          </Button>
        </div>
      )}

      {asking.kind === 'add' ? (
        <form
          className="standard-links__add"
          aria-label={`Add a prerequisite to ${label}`}
          onSubmit={(event) => {
            event.preventDefault();
            if (adding !== '') void add(Number(adding));
          }}
        >
          <Field label={`Master this before ${label}`} layout="stack">
            {(control) => (
              <select {...control} className="field field--select" value={adding} onChange={(event) => setAdding(event.target.value)}>
                <option value="">Choose a standard…</option>
                {candidates.map(({ item, at }) => (
                  <option key={item.standardId} value={at}>
                    {standardLabel(item)} — {item.statement.length > 70 ? `${item.statement.slice(0, 69).trimEnd()}…` : item.statement}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Button type="submit" small variant="primary" disabled={busy || adding === ''}>
            Add the prerequisite
          </Button>
          <Button small disabled={busy} onClick={() => setAsking({ kind: 'none' })}>
            Cancel
          </Button>
        </form>
      ) : asking.kind === 'order' && standard.cluster ? (
        <div className="standard-links__confirm" role="group" aria-label="Confirm ordering the cluster">
          <p>
            Make each standard of {standard.cluster.label} a prerequisite of the next, in the order the framework lists them? Links already drawn stay; if a new one would make a
            circle, nothing is added.
          </p>
          <Button small variant="primary" disabled={busy} onClick={() => standard.cluster && void order(standard.cluster)}>
            Order {standard.cluster.label}
          </Button>
          <Button small disabled={busy} onClick={() => setAsking({ kind: 'none' })}>
            Cancel
          </Button>
        </div>
      ) : (
        <p className="standard-links__actions">
          <Button small disabled={busy || candidates.length === 0} onClick={() => setAsking({ kind: 'add' })}>
            Add a prerequisite…
          </Button>
          {standard.cluster && (
            <Button small disabled={busy} onClick={() => setAsking({ kind: 'order' })}>
              Order this cluster as listed…
            </Button>
          )}
          <Button small variant="quiet" onClick={() => props.onShowReady(index)}>
            Show who is ready for {label}
          </Button>
        </p>
      )}
      <p className="standard-links__said" role="status">
        {said}
      </p>
      {problem && <ErrorPanel error={problem} compact title="That link was not changed" />}
    </section>
  );
}
