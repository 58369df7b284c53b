import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { contract, type ChannelName, type ContractError, type RequestOf, type ResponseOf, type Result } from '../../preload/contract/index.js';
import type { DemoSizes, OpenedGradebook, OpenedReadOnlyGradebook, WorkerCommand, WorkerEvent, WorkerMessage, WorkerStartOptions } from './protocol.js';
import { cancelChannels, cancelFlagSlots, cancelSlotOf, type CancelSlot } from './cancel-slots.js';
import { maxRequestDepth, nestsDeeperThan } from './request-depth.js';

export type GradebookWorker = {
  open(path: string, options?: { create?: boolean; demoIfNew?: boolean; demo?: DemoSizes }): Promise<Result<OpenedGradebook>>;
  /** `gradebookId`: a gradebook opened with `openReadOnly`; absent, the teacher's own. */
  dispatch(channel: string, request: unknown, gradebookId?: string): Promise<Result<unknown>>;
  openReadOnly(path: string): Promise<Result<OpenedReadOnlyGradebook>>;
  closeReadOnly(gradebookId: string): Promise<Result<null>>;
  call<C extends ChannelName>(channel: C, request: RequestOf<C>, gradebookId?: string): Promise<Result<ResponseOf<C>>>;
  backup(destination: string): Promise<Result<{ destination: string }>>;
  /** The command line's import preview of a file or folder on disk (no page can send this). */
  previewImportPath(path: string, options?: RequestOf<'import:preview'>['options']): Promise<Result<ResponseOf<'import:preview'>>>;
  /** Events the worker posts on its own (import progress); returns the unsubscribe function. */
  onEvent(listener: (event: WorkerEvent) => void): () => void;
  /** Closes the gradebook (PRAGMA optimize, WAL checkpoint) and stops the thread. */
  stop(): Promise<void>;
};

/**
 * Where the worker's code is. From source (harness, CLI under tsx) the thread loads tsx itself; from the
 * Electron bundle it is the sibling file electron-vite emits next to main's index.js. Tests name a bundle
 * in PROFICIO_WORKER_BUNDLE: the unit tests one made per run (test/helpers/worker-bundle.ts), the
 * end-to-end tests the app's own build (test/e2e/harness.ts).
 */
function workerLocation(): URL {
  const testBundle = process.env['PROFICIO_WORKER_BUNDLE'];
  if (testBundle) return pathToFileURL(testBundle);
  const fromSource = import.meta.url.endsWith('.ts');
  return fromSource
    ? new URL('./from-source.mjs', import.meta.url)
    : new URL('./gradebook-worker.js', import.meta.url);
}

export function startGradebookWorker(options: WorkerStartOptions = {}): GradebookWorker {
  const cancelFlag = options.cancelFlag ?? new SharedArrayBuffer(cancelFlagSlots * Int32Array.BYTES_PER_ELEMENT);
  const worker = new Worker(workerLocation(), { workerData: { ...options, cancelFlag } satisfies WorkerStartOptions });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(event: WorkerEvent) => void>();
  let nextId = 1;
  let exited = false;

  const failAll = (message: string) => {
    for (const resolve of pending.values()) {
      resolve({ ok: false, error: { code: 'internal', message, details: {} } });
    }
    pending.clear();
  };
  worker.on('message', (message: WorkerMessage) => {
    if ('event' in message) {
      for (const listener of listeners) listener(message);
      return;
    }
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  });
  worker.on('error', (error) => failAll(`The gradebook worker stopped unexpectedly: ${error.message}`));
  worker.on('exit', () => {
    exited = true;
    failAll('The gradebook worker has stopped.');
  });

  const send = (command: WorkerCommand): Promise<Result<unknown>> => {
    if (exited) return Promise.resolve({ ok: false, error: { code: 'internal', message: 'The gradebook worker has stopped.', details: {} } });
    const id = nextId++;
    try {
      worker.postMessage({ id, command });
    } catch (error) {
      // nothing was posted, so no reply will come: nothing may wait for one
      return Promise.resolve({ ok: false, error: unsendable(command, error) });
    }
    // a reply arrives on a later turn of the event loop, never before this line
    return new Promise((resolve) => pending.set(id, resolve));
  };

  /**
   * A cancel must not queue behind the work it cancels: while that work runs (or waits its turn), the
   * client raises its slot of the shared flag at once. With none running, import:cancel goes to the
   * worker, which drops its kept preview; mastery:cancel answers that nothing was running.
   */
  const flags = new Int32Array(cancelFlag);
  const running = new Map<CancelSlot, number>();
  const cancel = (slot: CancelSlot, channel: string, request: unknown): Promise<Result<unknown>> => {
    if ((running.get(slot) ?? 0) === 0 || !contract[channel as ChannelName]?.request.safeParse(request).success) {
      return send({ op: 'dispatch', channel, request });
    }
    Atomics.store(flags, slot, 1);
    return Promise.resolve({ ok: true, value: { cancelRequested: true } });
  };
  /** Sends cancellable work; the first of its kind lowers its flag, so an old cancel cannot stop it. */
  const cancellable = (slot: CancelSlot, command: WorkerCommand): Promise<Result<unknown>> => {
    const now = running.get(slot) ?? 0;
    if (now === 0) Atomics.store(flags, slot, 0);
    running.set(slot, now + 1);
    return send(command).finally(() => running.set(slot, (running.get(slot) ?? 1) - 1));
  };
  const dispatch = (channel: string, request: unknown, gradebookId?: string): Promise<Result<unknown>> => {
    // before anything is posted: a request too deep for structured clone would never come back
    if (nestsDeeperThan(request, maxRequestDepth)) return Promise.resolve({ ok: false, error: tooDeep(channel) });
    if (gradebookId !== undefined) return send({ op: 'dispatch', channel, request, gradebookId });
    const cancelling = Object.entries(cancelChannels).find(([, of]) => of.cancel === channel);
    if (cancelling) return cancel(cancelling[1].slot, channel, request);
    const slot = cancelSlotOf(channel);
    return slot === null ? send({ op: 'dispatch', channel, request }) : cancellable(slot, { op: 'dispatch', channel, request });
  };

  return {
    open: (path, { create = true, demoIfNew = false, demo } = {}) =>
      send({ op: 'open', path, create, demoIfNew, ...(demo === undefined ? {} : { demo }) }) as Promise<Result<OpenedGradebook>>,
    dispatch,
    openReadOnly: (path) => send({ op: 'openReadOnly', path }) as Promise<Result<OpenedReadOnlyGradebook>>,
    closeReadOnly: (gradebookId) => send({ op: 'closeReadOnly', gradebookId }) as Promise<Result<null>>,
    call: (channel, request, gradebookId) => dispatch(channel, request, gradebookId) as Promise<Result<never>>,
    backup: (destination) => send({ op: 'backup', destination }) as Promise<Result<{ destination: string }>>,
    previewImportPath: (path, options) => send({ op: 'previewImportPath', path, options }) as Promise<Result<ResponseOf<'import:preview'>>>,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      if (exited) return;
      await send({ op: 'close' });
      await worker.terminate();
    },
  };
}

function tooDeep(channel: string): ContractError {
  return {
    code: 'invalid_request',
    message: `The request ${channel} is not valid: it is nested more than ${maxRequestDepth} levels deep.`,
    details: { channel, reason: 'too_deep', maxDepth: maxRequestDepth },
  };
}

/** postMessage refused the command (structured clone cannot copy it): the request's fault when it carries one. */
function unsendable(command: WorkerCommand, error: unknown): ContractError {
  const cause = error instanceof Error ? error.message : String(error);
  if (command.op === 'dispatch') {
    return {
      code: 'invalid_request',
      message: `The request ${command.channel} is not valid: it holds something that cannot be passed to the gradebook.`,
      details: { channel: command.channel, reason: 'not_cloneable', cause },
    };
  }
  return { code: 'internal', message: 'Proficio hit an unexpected problem and did not change anything. Please report it.', details: { op: command.op, cause } };
}
