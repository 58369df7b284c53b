import { useId, useMemo, useState, type JSX } from 'react';
import type { ContractError, LearnerReadiness, PathTemplate } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { learnerName } from '../format/learner-name.js';
import { plural } from '../format/plural.js';
import { Button } from '../ui/button.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { localToday } from '../../../preload/contract/shared.js';

/** "Paths made for 24 learners; 2 already had it." — what giving a template did, in one sentence. */
export function givenWords(result: { created: number; alreadyHad: number }): string {
  const made = result.created === 0 ? 'No new paths made' : `Paths made for ${plural(result.created, 'learner')}`;
  return result.alreadyHad === 0 ? `${made}.` : `${made}; ${plural(result.alreadyHad, 'learner')} already had it.`;
}

/** Gives a template to chosen learners of the class — every one, unless the teacher unticks some. */
export function GiveTemplateDialog(props: {
  template: PathTemplate;
  learners: readonly LearnerReadiness[];
  onClose: () => void;
  onGiven: (result: { created: number; alreadyHad: number }) => void;
}): JSX.Element {
  const id = useId();
  const everyone = useMemo(() => props.learners.map((learner) => learner.learnerId), [props.learners]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(everyone));
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<ContractError | null>(null);

  async function give(): Promise<void> {
    setBusy(true);
    setRefused(null);
    try {
      props.onGiven(await call('paths:applyTemplate', { templateId: props.template.templateId, learnerIds: everyone.filter((learnerId) => chosen.has(learnerId)), startOn: localToday() }));
    } catch (error) {
      setRefused(asContractFailure(error).toContractError());
      setBusy(false);
    }
  }

  return (
    <Dialog labelledBy={`${id}-title`} onClose={props.onClose} busy={busy}>
      <form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void give();
        }}
      >
        <h2 id={`${id}-title`} className="dialog__title">
          Give “{props.template.title}” to learners
        </h2>
        <p>Each learner gets their own copy to choose options in, reorder and skip. A learner who already has it keeps theirs as it is.</p>
        <fieldset className="give-template__learners">
          <legend className="field-label">Learners ({plural(chosen.size, 'chosen', 'chosen')})</legend>
          <p className="give-template__all">
            <Button small onClick={() => setChosen(new Set(everyone))}>
              Everyone
            </Button>
            <Button small variant="quiet" onClick={() => setChosen(new Set())}>
              No one
            </Button>
          </p>
          <ul className="give-template__list">
            {props.learners.map((learner) => (
              <li key={learner.learnerId}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={chosen.has(learner.learnerId)}
                    onChange={(event) =>
                      setChosen((now) => {
                        const next = new Set(now);
                        if (event.target.checked) next.add(learner.learnerId);
                        else next.delete(learner.learnerId);
                        return next;
                      })
                    }
                  />{' '}
                  {learnerName(learner).display}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {refused && <ErrorPanel error={refused} compact title="No paths were given" />}
        <div className="dialog__actions">
          <Button onClick={props.onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy || chosen.size === 0}>
            {busy ? 'Giving…' : `Give to ${plural(chosen.size, 'learner')}`}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
