import { useEffect, useState, type JSX } from 'react';
import type { LearnerReadiness, PathTemplate, ProgressionStandard } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { plural } from '../format/plural.js';
import { concernsClass, onGradebookChange, touches } from '../session/gradebook-changes.js';
import { Button } from '../ui/button.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { GiveTemplateDialog, givenWords } from './give-template-dialog.js';
import { TemplateEditorDialog } from './template-editor-dialog.js';

type Open = { kind: 'edit'; template: PathTemplate | null } | { kind: 'give'; template: PathTemplate } | null;

/**
 * The class's path templates: make one (steps over the tracked standards, options in each), edit it,
 * and give it to learners — each gets their own copy, which their path page then shows.
 */
export function PathTemplates(props: { classId: string; standards: readonly ProgressionStandard[]; learners: readonly LearnerReadiness[] }): JSX.Element {
  const templates = useTemplates(props.classId);
  const [open, setOpen] = useState<Open>(null);
  const [said, setSaid] = useState<string | null>(null);

  return (
    <section className="path-templates" aria-labelledby="path-templates-title">
      <div className="path-templates__head">
        <h2 id="path-templates-title" className="path-templates__title">
          Path templates
        </h2>
        <Button small variant="primary" onClick={() => setOpen({ kind: 'edit', template: null })}>
          New path template…
        </Button>
      </div>
      {templates === null && <p className="paths-hint">Reading the class’s path templates…</p>}
      {templates instanceof Error && <ErrorPanel error={templates.toContractError()} compact title="The path templates could not be read" />}
      {Array.isArray(templates) && templates.length === 0 && (
        <p className="paths-hint">No path template yet. Make one — the standards in the order to learn them, with activities to choose from — then give it to the class.</p>
      )}
      {Array.isArray(templates) && templates.length > 0 && (
        <ul className="path-templates__list">
          {templates.map((template) => (
            <li key={template.templateId} className="path-templates__item">
              <span className="path-templates__name">{template.title}</span>
              <span className="path-templates__facts">
                {plural(template.steps.length, 'step')} · {template.learnerCount === 0 ? 'not given to anyone yet' : `${plural(template.learnerCount, 'learner')} have it`}
              </span>
              <Button small onClick={() => setOpen({ kind: 'give', template })}>
                Give to learners…
              </Button>
              <Button small variant="quiet" aria-label={`Edit ${template.title}`} onClick={() => setOpen({ kind: 'edit', template })}>
                Edit
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="path-templates__said">
        {said}
      </p>
      {open?.kind === 'edit' && (
        <TemplateEditorDialog
          classId={props.classId}
          standards={props.standards}
          template={open.template}
          onClose={() => setOpen(null)}
          onSaved={(template) => {
            setOpen(null);
            setSaid(`Saved “${template.title}” with ${plural(template.steps.length, 'step')}.`);
          }}
        />
      )}
      {open?.kind === 'give' && (
        <GiveTemplateDialog
          template={open.template}
          learners={props.learners}
          onClose={() => setOpen(null)}
          onGiven={(result) => {
            setOpen(null);
            setSaid(`${givenWords(result)} Open a learner’s name on the board to see their path.`);
          }}
        />
      )}
    </section>
  );
}

/** The class's templates, read again whenever paths change (a save here, a path given elsewhere). */
function useTemplates(classId: string): PathTemplate[] | ContractFailure | null {
  const [templates, setTemplates] = useState<PathTemplate[] | ContractFailure | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      onGradebookChange((change) => {
        if (concernsClass(change, classId) && touches(change, ['paths', 'standards', 'classes'])) setVersion((value) => value + 1);
      }),
    [classId],
  );
  useEffect(() => {
    let current = true;
    call('paths:templates', { classId }).then(
      (value) => current && setTemplates(value),
      (error: unknown) => current && setTemplates(asContractFailure(error)),
    );
    return () => {
      current = false;
    };
  }, [classId, version]);
  return templates;
}
