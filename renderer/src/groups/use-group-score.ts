import { useEffect, useState } from 'react';
import type { GroupScore, RequestOf } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';

/** How long after the last move the groups are measured: a run of arrow-key moves asks once. */
export const scoreDelayMs = 300;

/** While checking, `previous` is the last report measured (for groups a move or two ago), kept on screen so it does not flicker. */
export type LiveScore = { status: 'idle' } | { status: 'checking'; previous: GroupScore | null } | { status: 'ready'; score: GroupScore } | { status: 'failed' };

/**
 * The fit report for the groups as they are on the board, asked of groups:score a moment after the
 * teacher stops moving learners. Null asks nothing (no moves yet: the proposal's own report holds).
 * An answer for groups the teacher has since changed again is never shown.
 */
export function useGroupScore(request: RequestOf<'groups:score'> | null): LiveScore {
  const key = request === null ? null : JSON.stringify(request);
  const [answer, setAnswer] = useState<{ key: string; score: GroupScore | null } | null>(null);
  const [previous, setPrevious] = useState<GroupScore | null>(null);

  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      call('groups:score', JSON.parse(key) as RequestOf<'groups:score'>).then(
        (score) => {
          if (!current) return;
          setAnswer({ key, score });
          setPrevious(score);
        },
        () => current && setAnswer({ key, score: null }),
      );
    }, scoreDelayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  if (key === null) return { status: 'idle' };
  if (answer === null || answer.key !== key) return { status: 'checking', previous };
  return answer.score === null ? { status: 'failed' } : { status: 'ready', score: answer.score };
}
