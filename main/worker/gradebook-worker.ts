/**
 * Entry of the gradebook worker thread. SQL runs here, off the thread that serves the window, the
 * way Signal Desktop runs its database in workers: a long report never freezes the UI.
 * Commands are handled strictly one after another, so no two requests interleave on the database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerMessage, WorkerReply, WorkerRequest, WorkerStartOptions } from './protocol.js';
import { createGradebookSession } from './session.js';

if (!parentPort) throw new Error('gradebook-worker must run as a worker thread');
const port = parentPort;
// events are posted straight away, even mid-command: postMessage needs no turn of this thread's loop
const session = createGradebookSession((workerData ?? {}) as WorkerStartOptions, (event) => port.postMessage(event satisfies WorkerMessage));

let queue: Promise<void> = Promise.resolve();
port.on('message', (message: WorkerRequest) => {
  queue = queue.then(async () => {
    const result = await session.run(message.command);
    port.postMessage({ id: message.id, result } satisfies WorkerReply);
  });
});
