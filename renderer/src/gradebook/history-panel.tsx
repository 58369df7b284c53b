import { useEffect, useId, useRef, useState, type JSX } from 'react';
import type { CellHistory, RecordedEvidence, Scale } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { enqueue } from '../bridge/write-queue.js';
import { callApplyingAnswer } from './grid-echoes.js';
import { useGridStore } from './grid-store.js';
import type { CellUpdate } from './grid-patch.js';
import { IconButton } from '../ui/button.js';
import { formatIsoDate } from '../format/calendar-date.js';
import { EvidenceItem } from './evidence-item.js';
import { describeChange, kindLabels } from './evidence-words.js';
import { LevelChip } from './level-chip.js';
import { formatLevel } from './level-scale.js';
import { scaleStep } from './level-display.js';
import { plainSummary } from './plain-history.js';
import { LikelihoodSummary } from './likelihood-summary.js';
import { levelColourProperties } from '../format/level-colours.js';
import { AddEvidenceForm } from './add-evidence-form.js';
import { OverrideForm } from './override-form.js';
import { Badge } from '../ui/badge.js';
import './history-panel.css';

export type HistoryTarget = { classId: string; learnerId: string; standardId: string; learner: string; code: string; statement: string };

type Load = { status: 'loading' } | { status: 'ready'; history: CellHistory } | { status: 'error'; message: string };

/**
 * Why a cell shows what it shows: first in one plain sentence (the level in the scale's words, the
 * recent evidence, what counts most), then behind "Details" the method's arithmetic and the
 * likelihood from knowledge tracing; the evidence used in order,
 * every piece of evidence (trash included) with its feedback, and the edits — plus the teacher's
 * actions on it: add evidence (in class or out of it), trash or restore evidence, add feedback, override the
 * level or clear the override.
 */
export function HistoryPanel(props: { target: HistoryTarget; asOf: string | null; scale: Scale; today: string; onClose: () => void }): JSX.Element {
  const { target, asOf, scale, onClose } = props;
  const titleId = useId();
  const revision = useGridStore((state) => state.revision);
  const applyCells = useGridStore((state) => state.applyCells);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [actionError, setActionError] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);

  // read again whenever any cell changed (an entry in the grid, an undo, an action here): it may be this one
  useEffect(() => {
    let current = true;
    call('mastery:history', { classId: target.classId, learnerId: target.learnerId, standardId: target.standardId, asOf }).then(
      (history) => current && setLoad({ status: 'ready', history }),
      (error: unknown) => current && setLoad({ status: 'error', message: asContractFailure(error).message }),
    );
    return () => {
      current = false;
    };
  }, [target.classId, target.learnerId, target.standardId, asOf, revision]);

  /**
   * Runs one change, shows the cell's new level in the grid, or says why it was refused. Each change
   * answers with its cell and roll-ups, so its echo need not read the whole grid again (grid-echoes.ts).
   */
  async function act(work: () => Promise<CellUpdate>): Promise<boolean> {
    setActionError(null);
    try {
      const update = await enqueue(work);
      applyCells([update]);
      return true;
    } catch (error) {
      setActionError(asContractFailure(error).message);
      return false;
    }
  }
  const onEvidence = (work: () => Promise<RecordedEvidence>) =>
    act(async () => {
      const { evidence, cell, rollups } = await work();
      return { learnerId: evidence.learnerId, standardId: evidence.standardId, cell, rollups };
    });
  const cellOf = { classId: target.classId, learnerId: target.learnerId, standardId: target.standardId };
  const past = asOf !== null;

  return (
    <aside
      ref={panel}
      className="history"
      // the chips here wear the colours of this standard's scale, whatever the grid's first scale is
      style={levelColourProperties(scale)}
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <header className="history__header">
        <div className="history__heading">
          <h2 id={titleId} className="history__title">
            {target.code} <span className="history__learner">· {target.learner}</span>
          </h2>
          <p className="history__statement">{target.statement}</p>
        </div>
        <IconButton label="Close the history" title="Close (Escape)" onClick={onClose}>
          ×
        </IconButton>
      </header>
      {load.status === 'loading' && <p className="history__muted">Reading the evidence…</p>}
      {load.status === 'error' && (
        <p className="history__error" role="alert">
          {load.message}
        </p>
      )}
      {load.status === 'ready' && (
        <HistoryBody
          target={target}
          today={props.today}
          history={load.history}
          scale={scale}
          past={past}
          actionError={actionError}
          onTrash={(evidenceId) => onEvidence(() => callApplyingAnswer('evidence:delete', { evidenceId }))}
          onRestore={(evidenceId) => onEvidence(() => callApplyingAnswer('evidence:restore', { evidenceId }))}
          onFeedback={(evidenceId, feedback) => onEvidence(() => callApplyingAnswer('evidence:update', { evidenceId, changes: { feedback } }))}
          onOverride={(level, reason) => act(async () => ({ ...cellOf, ...(await callApplyingAnswer('mastery:override', { ...cellOf, level, reason })) }))}
          onClearOverride={() => act(async () => ({ ...cellOf, ...(await callApplyingAnswer('mastery:clearOverride', cellOf)) }))}
        />
      )}
    </aside>
  );
}

type BodyProps = {
  target: HistoryTarget;
  today: string;
  history: CellHistory;
  scale: Scale;
  past: boolean;
  actionError: string | null;
  onTrash: (evidenceId: string) => Promise<boolean>;
  onRestore: (evidenceId: string) => Promise<boolean>;
  onFeedback: (evidenceId: string, feedback: string) => Promise<boolean>;
  onOverride: (level: number, reason: string) => Promise<boolean>;
  onClearOverride: () => Promise<boolean>;
};

function HistoryBody(props: BodyProps): JSX.Element {
  const { target, history, scale, past } = props;
  const { cell } = history;
  return (
    <div className="history__body">
      <section className="history__summary" aria-label="Current level">
        <LevelChip level={cell.level === null ? null : scaleStep(cell.level, scale)} scale={scale} large />
        <div>
          <p className="history__plain" data-testid="plain-summary">
            {plainSummary(history, scale)}
          </p>
          <p className="history__level-text">
            {cell.level === null ? 'No level yet' : cell.mastered ? 'Mastered' : 'Not yet mastered'}
            {cell.override && <Badge tone="neutral">Set by the teacher</Badge>}
          </p>
        </div>
      </section>
      {/* the arithmetic and the second opinion of knowledge tracing, for whoever asks: two numbers side by side confuse */}
      <details className="history__details" data-testid="history-details">
        <summary>Details</summary>
        <p className="history__method">
          {cell.level === null ? history.methodLabel : `${formatLevel(cell.level)} by ${history.methodLabel}`}
        </p>
        <p className="history__arithmetic" data-testid="arithmetic">
          <code>{history.arithmetic}</code>
        </p>
        {history.notes.length > 0 && (
          <ul className="history__notes">
            {history.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        <LikelihoodSummary likelihood={history.likelihood} />
      </details>
      {props.actionError && (
        <p className="history__error" role="alert">
          {props.actionError}
        </p>
      )}
      {!past && (
        <div className="history__actions">
          <AddEvidenceForm
            cell={{ classId: target.classId, learnerId: target.learnerId, standardId: target.standardId }}
            learner={target.learner}
            code={target.code}
            scale={scale}
            today={props.today}
          />
          <OverrideForm cell={cell} scale={scale} onOverride={props.onOverride} onClear={props.onClearOverride} />
        </div>
      )}

      <section className="history__section">
        <h3 className="history__section-title">Evidence used, oldest first</h3>
        {history.used.length === 0 ? (
          <p className="history__muted">No evidence with a level yet.</p>
        ) : (
          <ol className="history__used">
            {history.used.map((used, index) => (
              <li key={`${used.evidenceId}-${index}`} className={used.included ? 'used' : 'used used--excluded'}>
                <span className="used__date">{formatIsoDate(used.observedOn)}</span>
                <LevelChip level={used.level} scale={scale} />
                <span className="used__kind">{kindLabels[used.kind]}</span>
                <span className="used__state">{used.included ? 'counted' : `left out${used.reason ? `: ${used.reason}` : ''}`}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="history__section">
        <h3 className="history__section-title">All evidence, newest first</h3>
        <ul className="history__evidence">
          {history.evidence.map((evidence) => (
            <EvidenceItem
              key={evidence.id}
              evidence={evidence}
              scale={scale}
              readOnly={past}
              onTrash={() => props.onTrash(evidence.id)}
              onRestore={() => props.onRestore(evidence.id)}
              onFeedback={(text) => props.onFeedback(evidence.id, text)}
            />
          ))}
        </ul>
      </section>

      {history.changes.length > 0 && (
        <section className="history__section">
          <h3 className="history__section-title">Changes</h3>
          <ul className="history__changes">
            {history.changes.map((change, index) => (
              <li key={`${change.evidenceId}-${change.at}-${index}`}>
                <span className="history__change-date">{formatIsoDate(change.at)}</span> {describeChange(change)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
