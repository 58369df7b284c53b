import { useMemo, type FormEvent, type JSX } from 'react';
import { groupStrategies, type StandardNode } from '../../../preload/contract/index.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { clusterChoices, standardUse, type GroupingOptions } from './grouping-options.js';
import { strategyHints, strategyLabels, targetLabel } from './group-words.js';
import { PairRules } from './pair-rules.js';

/**
 * The grouping page's choices: how to group (strategy), for which standard, how big, the shuffle
 * number (the same number gives the same groups), "mix it up", and keep-apart/together rules.
 */
export function GroupingForm(props: {
  options: GroupingOptions;
  onChange: (options: GroupingOptions) => void;
  standards: readonly StandardNode[];
  learners: readonly { learnerId: string; name: string }[];
  nameOf: (learnerId: string) => string;
  busy: boolean;
  problem: string | null;
  onPropose: () => void;
  /** Proposes again with the next shuffle number. */
  onShuffle: () => void;
}): JSX.Element {
  const { options } = props;
  const navigate = useNavigationStore((state) => state.navigate);
  const edit = (patch: Partial<GroupingOptions>) => props.onChange({ ...options, ...patch });
  const use = standardUse(options.strategy);
  const clusters = useMemo(() => clusterChoices(props.standards), [props.standards]);
  const manual = options.strategy === 'manual';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onPropose();
  };
  return (
    <form className="grouping-form" onSubmit={submit} aria-label="How to group">
      <div className="grouping-form__grid">
        <Field label="Group by" layout="stack" hint={strategyHints[options.strategy]}>
          {(control) => (
            <select {...control} className="field field--select" value={options.strategy} onChange={(event) => {
                const strategy = groupStrategies.find((choice) => choice === event.target.value) ?? 'readiness';
                // a cluster is a choice of proficiency bands only
                edit({ strategy, ...(strategy !== 'bands' && options.standardId.startsWith('cluster:') ? { standardId: '' } : {}) });
              }}>
              {groupStrategies.map((strategy) => (
                <option key={strategy} value={strategy}>
                  {strategyLabels[strategy]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {use !== 'none' && (
          <Field
            label="Standard"
            layout="stack"
            className="grouping-form__standard-field"
            hint={use === 'optional' ? (manual ? 'Optional: what the groups will work on.' : 'Optional: levels on this standard; without one, levels across every standard the class tracks.') : undefined}
          >
            {(control) => (
              <select {...control} className="field field--select grouping-form__standard" value={options.standardId} onChange={(event) => edit({ standardId: event.target.value })}>
                <option value="">{use === 'required' ? 'Choose a standard' : 'No particular standard'}</option>
                {props.standards.map((standard) => (
                  <option key={standard.id} value={standard.id}>
                    {targetLabel(standard)} — {standard.statement.length > 70 ? `${standard.statement.slice(0, 69).trimEnd()}…` : standard.statement}
                  </option>
                ))}
                {options.strategy === 'bands' && clusters.length > 0 && (
                  <optgroup label="Clusters (levels across their standards)">
                    {clusters.map((cluster) => (
                      <option key={cluster.value} value={cluster.value}>
                        {cluster.label}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            )}
          </Field>
        )}
        {manual ? (
          <Field label="How many groups" layout="stack">
            {(control) => <input {...control} className="field field--number" inputMode="numeric" value={options.groupCount} onChange={(event) => edit({ groupCount: event.target.value })} />}
          </Field>
        ) : (
          <Field label={options.strategy === 'balanced' ? 'Learners per group' : 'At most per group'} layout="stack" hint={options.strategy === 'balanced' ? 'Groups differ by one learner at most.' : 'Optional: larger groups are split.'}>
            {(control) => <input {...control} className="field field--number" inputMode="numeric" value={options.size} onChange={(event) => edit({ size: event.target.value })} />}
          </Field>
        )}
        {!manual && (
          <Field label="Shuffle number" layout="stack" hint="The same number gives the same groups.">
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                className="field field--number"
                value={options.seed}
                onChange={(event) => edit({ seed: Math.max(0, Math.trunc(Number(event.target.value) || 0)) })}
              />
            )}
          </Field>
        )}
      </div>
      {use === 'required' && props.standards.length === 0 && (
        <p className="grouping-form__note">
          This class tracks no standards yet, so there is nothing to group for. Choose its standards first, or group by interests, as mixed groups or by hand.{' '}
          <Button small onClick={() => navigate('standards')}>
            Choose standards…
          </Button>
        </p>
      )}
      {!manual && (
        <>
          <label className="grouping-form__check">
            <input type="checkbox" checked={options.mixItUp} onChange={(event) => edit({ mixItUp: event.target.checked })} />
            Mix it up: avoid pairing learners who were together in recent group sets
          </label>
          <PairRules learners={props.learners} rules={options.rules} nameOf={props.nameOf} onChange={(rules) => edit({ rules })} />
        </>
      )}
      <div className="grouping-form__actions">
        <Button type="submit" variant="primary" disabled={props.busy}>
          {props.busy ? 'Making the groups…' : manual ? 'Start the groups' : 'Make the groups'}
        </Button>
        {!manual && (
          <Button disabled={props.busy} onClick={props.onShuffle} title="A new shuffle number gives other groups from the same choices">
            Shuffle again
          </Button>
        )}
        <p className="grouping-form__problem" role="status">
          {props.problem}
        </p>
      </div>
    </form>
  );
}
