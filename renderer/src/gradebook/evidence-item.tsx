import { useState, type JSX } from 'react';
import type { Evidence, Scale } from '../../../preload/contract/index.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { kindLabels, sourceLabels } from './evidence-words.js';
import { LevelChip } from './level-chip.js';
import { Button } from '../ui/button.js';
import { Badge } from '../ui/badge.js';
import './evidence-item.css';

/** One piece of evidence in the history: what, when, from where, its feedback, and what can be done to it. */
export function EvidenceItem(props: {
  evidence: Evidence;
  scale: Scale;
  readOnly: boolean;
  onTrash: () => Promise<boolean>;
  onRestore: () => Promise<boolean>;
  onFeedback: (text: string) => Promise<boolean>;
}): JSX.Element {
  const { evidence, scale, readOnly } = props;
  const [writing, setWriting] = useState(false);
  const [draft, setDraft] = useState(evidence.feedback ?? '');
  const trashed = evidence.deletedAt !== null;
  const outside = evidence.source !== 'class';
  return (
    <li className={trashed ? 'evidence evidence--trashed' : 'evidence'}>
      <div className="evidence__line">
        <LevelChip level={evidence.level} scale={scale} />
        <span className="evidence__date">{formatIsoDate(evidence.observedOn)}</span>
        <span className="evidence__meta">
          {kindLabels[evidence.kind]}
          {outside ? '' : ` · ${sourceLabels.class}`}
        </span>
        {trashed && <Badge tone="danger">In the trash</Badge>}
      </div>
      {outside && (
        // learning outside the classroom says where it happened (DOMAIN.md: anytime, anywhere learning)
        <p className="evidence__source">
          <span className="evidence__source-name">{sourceLabels[evidence.source]}</span>
          {evidence.sourceDescription ? ` · ${evidence.sourceDescription}` : ''}
        </p>
      )}
      {evidence.feedback ? (
        <p className="evidence__feedback">
          “{evidence.feedback}”{evidence.feedbackOn && <span className="evidence__feedback-date"> — {formatIsoDate(evidence.feedbackOn)}</span>}
        </p>
      ) : (
        evidence.feedbackStatus === 'awaiting' && !trashed && <p className="evidence__awaiting">Awaiting feedback</p>
      )}
      {writing && (
        <form
          className="evidence__feedback-form"
          onSubmit={(event) => {
            event.preventDefault();
            void props.onFeedback(draft.trim()).then((ok) => ok && setWriting(false));
          }}
        >
          <label className="visually-hidden" htmlFor={`feedback-${evidence.id}`}>
            Feedback
          </label>
          <textarea
            id={`feedback-${evidence.id}`}
            className="field field--area"
            rows={2}
            value={draft}
            // the teacher just asked to write here
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
          />
          <div className="evidence__actions">
            <Button type="submit" variant="primary" small disabled={draft.trim() === ''}>
              Save feedback
            </Button>
            <Button small onClick={() => setWriting(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {!readOnly && !writing && (
        <div className="evidence__actions">
          {trashed ? (
            <Button small onClick={() => void props.onRestore()}>
              Restore
            </Button>
          ) : (
            <>
              <Button small onClick={() => setWriting(true)}>
                {evidence.feedback ? 'Edit feedback' : 'Add feedback'}
              </Button>
              <Button small variant="quiet" onClick={() => void props.onTrash()}>
                Move to trash
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
