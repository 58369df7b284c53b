/**
 * Entry of the gradebook worker thread. SQL runs here, off the thread that serves the window, the
 * way Signal Desktop runs its database in workers: a long report never freezes the UI.
 * Commands are handled strictly one after another, so no two requests interleave on the database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest, WorkerStartOptions } from './protocol.js';
import { createGradebookSession } from './session.js';

if (!parentPort) throw new Error('gradebook-worker must run as a worker thread');
const port = parentPort;
const session = createGradebookSession((workerData ?? {}) as WorkerStartOptions);

let queue: Promise<void> = Promise.resolve();
port.on('message', (message: WorkerRequest) => {
  queue = queue.then(async () => {
    const result = await session.run(message.command);
    port.postMessage({ id: message.id, result } satisfies WorkerReply);
  });
});
