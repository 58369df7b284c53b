import { useEffect, useState, type JSX } from 'react';
import type { ContractError, PathTemplate } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { Button } from '../ui/button.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { localToday } from '../../../preload/contract/shared.js';

/** "Give them <template>" for each of the class's templates, or the way to make the first one. */
export function GiveTemplateButtons(props: { classId: string; learnerId: string; onMakeTemplate: () => void }): JSX.Element {
  const [templates, setTemplates] = useState<PathTemplate[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ContractError | null>(null);

  useEffect(() => {
    let current = true;
    call('paths:templates', { classId: props.classId }).then(
      (value) => current && setTemplates(value),
      (error: unknown) => current && setProblem(asContractFailure(error).toContractError()),
    );
    return () => {
      current = false;
    };
  }, [props.classId]);

  async function give(templateId: string): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      // the page re-reads the path when the gradebook says paths changed
      await call('paths:applyTemplate', { templateId, learnerIds: [props.learnerId], startOn: localToday() });
    } catch (error) {
      setProblem(asContractFailure(error).toContractError());
      setBusy(false);
    }
  }

  return (
    <>
      {templates === null && !problem && <p>Looking for the class’s path templates…</p>}
      {templates !== null && templates.length === 0 && (
        <p className="empty-state__action">
          The class has no path template yet.{' '}
          <Button variant="primary" onClick={props.onMakeTemplate}>
            Make a path template…
          </Button>
        </p>
      )}
      {templates?.map((template) => (
        <p key={template.templateId} className="empty-state__action">
          <Button variant="primary" disabled={busy} onClick={() => void give(template.templateId)}>
            Give “{template.title}”
          </Button>
        </p>
      ))}
      {problem && <ErrorPanel error={problem} compact title="The path was not given" />}
    </>
  );
}
