import { useEffect, useMemo, useState } from 'react';
import { cellKey } from '../../../preload/contract/shared.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { useGridStore } from './grid-store.js';

/** The scores entered for one assessment, by cell key (learner | standard); null score: observed, not scored. */
export type EnteredScores = { assessmentId: string; byCell: ReadonlyMap<string, number | null> };

/**
 * What the teacher has entered for the assessment being scored — Entry mode shows these, not the levels
 * they lead to, so a typed "3" reads as 3. Read again after every change to the grid (a level typed, an
 * undo, another window's write: the grid store's revision moves for each), so it never lags what the
 * gradebook holds; a score appears once the gradebook has it, never before (a refused entry must not
 * look recorded). A failed read says so in the grid's notice and leaves the cells empty.
 */
export function useEnteredScores(classId: string, assessmentId: string | null): EnteredScores | null {
  const revision = useGridStore((state) => state.revision);
  const [scores, setScores] = useState<EnteredScores | null>(null);
  // until the first read answers, nothing shows as entered (never the levels, as if they were scores)
  const none = useMemo<EnteredScores | null>(() => (assessmentId === null ? null : { assessmentId, byCell: new Map() }), [assessmentId]);

  useEffect(() => {
    if (assessmentId === null) return;
    let current = true;
    call('assessments:scores', { classId, assessmentId }).then(
      (rows) => current && setScores({ assessmentId, byCell: new Map(rows.map((row) => [cellKey(row.learnerId, row.standardId), row.level])) }),
      (error: unknown) => current && useGridStore.getState().say({ tone: 'error', text: asContractFailure(error).message }),
    );
    return () => {
      current = false;
    };
  }, [classId, assessmentId, revision]);

  return assessmentId !== null && scores?.assessmentId === assessmentId ? scores : none;
}
