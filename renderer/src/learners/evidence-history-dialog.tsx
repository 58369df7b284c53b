import { useEffect, useId, useState, type JSX } from 'react';
import type { CellHistory, EvidenceKind, EvidenceSource, StandardStanding } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { Button } from '../ui/button.js';
import { Chip } from '../ui/chip.js';
import { Dialog } from '../ui/dialog.js';
import { LoadingState } from '../ui/loading-state.js';
import { paletteBand, type ProfileScales } from './profile-scales.js';
import { describeLevel, standardLabel } from './standing-groups.js';
import './evidence-history-dialog.css';

const kindWords = { of: 'Assessment of learning', for: 'Assessment for learning', as: 'Assessment as learning' } as const satisfies Record<EvidenceKind, string>;
const sourceWords = { class: 'in class', self: 'self-assessment', peer: 'peer assessment', family: 'with family', community: 'in the community', online: 'online' } as const satisfies Record<EvidenceSource, string>;

type Props = {
  classId: string;
  learnerId: string;
  firstName: string;
  asOf: string | null;
  standing: StandardStanding;
  scales: ProfileScales;
  onOpenGradebook: () => void;
  onClose: () => void;
};

/**
 * One cell's evidence history, opened from a standard in the profile: every piece of evidence on it
 * (newest first, with feedback), the level and the method that made it, and the way to the gradebook
 * where evidence is entered and changed.
 */
export function EvidenceHistoryDialog({ classId, learnerId, firstName, asOf, standing, scales, onOpenGradebook, onClose }: Props): JSX.Element {
  const id = useId();
  const [history, setHistory] = useState<{ status: 'loading' } | { status: 'ready'; value: CellHistory } | { status: 'error'; message: string }>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    call('mastery:history', { classId, learnerId, standardId: standing.standardId, ...(asOf === null ? {} : { asOf }) }).then(
      (value) => current && setHistory({ status: 'ready', value }),
      (error: unknown) => current && setHistory({ status: 'error', message: asContractFailure(error).message }),
    );
    return () => {
      current = false;
    };
  }, [classId, learnerId, standing.standardId, asOf]);

  const scale = scales.byId.get(standing.scaleId)?.scale;
  const evidence = history.status === 'ready' ? history.value.evidence.filter((item) => item.deletedAt === null) : [];
  return (
    <Dialog labelledBy={`${id}-title`} onClose={onClose} className="profile-dialog evidence-history" busy={history.status === 'loading'}>
      <div className="dialog__form" style={scales.properties}>
        <h2 id={`${id}-title`} className="dialog__title">
          {firstName} on {standardLabel(standing)}
        </h2>
        <p className="evidence-history__statement">{standing.statement}</p>
        <p className="evidence-history__level">
          <Chip text={standing.level === null ? '—' : describeLevel(standing.level, scale)} band={paletteBand(scales, standing.scaleId, standing.level)} mastered={standing.mastered} />
          <span>
            {standing.mastered ? 'Mastered' : standing.level === null ? 'No level yet' : 'Not mastered yet'} · worked out by {standing.methodLabel.toLowerCase()}
          </span>
        </p>
        {history.status === 'loading' && <LoadingState label="Reading the evidence…" />}
        {history.status === 'error' && (
          <p className="form-error" role="alert">
            {history.message}
          </p>
        )}
        {history.status === 'ready' &&
          (evidence.length === 0 ? (
            <p className="profile-empty">No evidence on this standard yet. Record some in the gradebook.</p>
          ) : (
            <ol className="evidence-history__list" aria-label="Evidence, newest first">
              {evidence.map((item) => (
                <li key={item.id} className="evidence-history__item">
                  <Chip text={item.level === null ? '—' : String(item.level)} band={paletteBand(scales, standing.scaleId, item.level)} mastered={false} />
                  <span className="evidence-history__what">
                    <span>
                      <time dateTime={item.observedOn}>{formatIsoDate(item.observedOn)}</time> · {kindWords[item.kind]}, {sourceWords[item.source]}
                      {item.sourceDescription ? ` (${item.sourceDescription})` : ''}
                    </span>
                    {item.feedback && <span className="evidence-history__feedback">Feedback: {item.feedback}</span>}
                  </span>
                </li>
              ))}
            </ol>
          ))}
        <div className="dialog__actions">
          <Button onClick={onOpenGradebook}>Open the class gradebook</Button>
          <Button variant="primary" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
