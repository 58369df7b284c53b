import { useState, type JSX } from 'react';
import { Button } from '../ui/button.js';
import { Field } from '../ui/field.js';
import { withRule, type PairRule } from './grouping-options.js';

/**
 * "Keep apart" and "keep together": two learners chosen from the class, the rule added to a list the
 * teacher can read back and take rules out of. The grouping honours them or says plainly why it cannot.
 */
export function PairRules(props: {
  learners: readonly { learnerId: string; name: string }[];
  rules: readonly PairRule[];
  onChange: (rules: PairRule[]) => void;
  nameOf: (learnerId: string) => string;
}): JSX.Element {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const ready = first !== '' && second !== '' && first !== second;
  const add = (kind: PairRule['kind']) => {
    if (!ready) return;
    props.onChange(withRule(props.rules, { kind, learnerIds: [first, second] }));
    setFirst('');
    setSecond('');
  };
  const picker = (label: string, value: string, set: (value: string) => void) => (
    <Field label={label}>
      {(control) => (
        <select {...control} className="field field--select pair-rules__select" value={value} onChange={(event) => set(event.target.value)}>
          <option value="">Choose a learner</option>
          {props.learners.map((learner) => (
            <option key={learner.learnerId} value={learner.learnerId}>
              {learner.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <fieldset className="pair-rules">
      <legend className="pair-rules__legend">Keep apart or together (optional)</legend>
      <div className="pair-rules__pick">
        {picker('Learner', first, setFirst)}
        {picker('and', second, setSecond)}
        <Button small disabled={!ready} onClick={() => add('apart')}>
          Keep apart
        </Button>
        <Button small disabled={!ready} onClick={() => add('together')}>
          Keep together
        </Button>
      </div>
      {props.rules.length > 0 && (
        <ul className="pair-rules__list" aria-label="Rules for these groups">
          {props.rules.map((rule) => {
            const [a, b] = rule.learnerIds;
            const words = `${rule.kind === 'apart' ? 'Keep apart' : 'Keep together'}: ${props.nameOf(a)} and ${props.nameOf(b)}`;
            return (
              <li key={`${a}|${b}`} className="pair-rules__rule">
                <span>{words}</span>
                <Button small variant="quiet" aria-label={`Remove the rule “${words}”`} onClick={() => props.onChange(props.rules.filter((other) => other !== rule))}>
                  Remove
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
