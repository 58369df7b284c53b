import { afterEach } from 'vitest';
import { createGradebookSession, type GradebookSession } from '../../main/worker/session.js';

/** Worker sessions run in the test's own thread (no worker thread), each closed after its test. */
export function useGradebookSessions(): () => GradebookSession {
  const sessions: GradebookSession[] = [];
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.run({ op: 'close' });
  });
  return () => {
    const created = createGradebookSession();
    sessions.push(created);
    return created;
  };
}
