import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { qb } from '../../db/handle.js';
import { openGradebook, type Gradebook } from '../../db/open.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { localToday } from '../domain/local-today.js';
import { setUpNewGradebook } from '../gradebook/new-gradebook.js';
import { dispatch, toContractError } from '../ipc/dispatch.js';
import type { Result } from '../../preload/contract/index.js';
import type { HandlerContext } from '../ipc/handler-context.js';
import type { OpenedGradebook, WorkerCommand, WorkerEvent, WorkerStartOptions } from './protocol.js';

/**
 * What the worker thread does, without the thread: holds the one open gradebook and runs commands
 * against it one at a time. Electron, the test harness and the CLI all drive this same object.
 */
export type GradebookSession = { run(command: WorkerCommand): Promise<Result<unknown>> };

export function createGradebookSession(options: WorkerStartOptions = {}, emit: (event: WorkerEvent) => void = () => undefined): GradebookSession {
  let gradebook: Gradebook | null = null;
  const context: HandlerContext = {
    emit: (event, payload) => emit({ event, payload } as WorkerEvent),
    cancelFlag: options.cancelFlag === undefined ? null : new Int32Array(options.cancelFlag),
  };

  async function open(path: string, create: boolean, demoIfNew: boolean): Promise<OpenedGradebook> {
    const isNew = !existsSync(path);
    const next = await openGradebook(path, {
      create,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    });
    const createdDemo = isNew && demoIfNew;
    if (createdDemo) generateDemoGradebook(next.writer, { seed: 1, today: demoToday() });
    else if (isNew) setUpNewGradebook(next.writer, basename(path).replace(/\.[^.]+$/, ''));
    gradebook?.close();
    gradebook = next;
    const title = next.reader.first(qb.selectFrom('settings').select('value').where('key', '=', 'title'))?.value ?? null;
    return { path, title, schemaVersion: next.schemaVersion, createdDemo };
  }

  return {
    async run(command) {
      try {
        switch (command.op) {
          case 'open':
            return { ok: true, value: await open(command.path, command.create, command.demoIfNew) };
          case 'dispatch':
            return dispatch(gradebook, command.channel, command.request, context);
          case 'backup':
            if (!gradebook) return { ok: false, error: { code: 'no_gradebook', message: 'No gradebook is open.', details: {} } };
            await gradebook.backupTo(command.destination);
            return { ok: true, value: { destination: command.destination } };
          case 'close':
            gradebook?.close();
            gradebook = null;
            return { ok: true, value: null };
        }
      } catch (error) {
        return { ok: false, error: toContractError(error) };
      }
    },
  };
}

/**
 * A new user's demo is dated around today, so "last seen 2 days ago" reads true. Tests pin the day
 * with PROFICIO_DEMO_TODAY (YYYY-MM-DD) to get the same gradebook every run.
 */
function demoToday(): string {
  return process.env['PROFICIO_DEMO_TODAY'] || localToday();
}
