import { basename } from 'node:path';
import { GradebookError } from '../../db/errors.js';
import { ensureGradebookId, gradebookTitle, publishedGradebookId, publishedTableNames } from '../../db/publish-source.js';
import type { GradebookWriter } from '../../db/handle.js';
import type { HubProgress, HubPublished } from '../../preload/contract/hub.js';
import { cancelChannels, cancelRequested } from '../worker/cancel-slots.js';
import type { ReadHandlerGradebook } from '../worker/handler-context.js';
import { inAppWords } from './app-words.js';
import { parseHubAddress } from './hub-address.js';
import { HubError } from './hub-error.js';
import { publishFrom } from './publish.js';

export type AppPublishRequest = { address: string; password?: string | undefined };

/** hub:prepare — the lasting id a hub knows this gradebook by, made on its first publish. */
export function prepareForHub(writer: GradebookWriter): { gradebookId: string } {
  return { gradebookId: ensureGradebookId(writer) };
}

/**
 * hub:publish — publishes the gradebook the worker session holds, through its open reader (the file
 * is not opened a second time), as `proficio publish` does from a file: one PostgreSQL transaction.
 *
 * It reads the gradebook across the publish's round trips to the hub. That is one consistent moment
 * all the same: the worker runs one command at a time, so nothing writes to the gradebook until the
 * publish has answered, and no other program may write to a gradebook this Proficio holds (db/lock.ts).
 */
export async function publishOpenGradebook(
  gradebook: ReadHandlerGradebook,
  request: AppPublishRequest,
  onProgress: (progress: HubProgress) => void,
  cancelFlag: Int32Array | null = null,
): Promise<HubPublished> {
  const shown = shownAddress(request.address);
  const gradebookId = publishedGradebookId(gradebook.reader);
  if (gradebookId === null) {
    if (gradebook.readOnly !== null) {
      throw new GradebookError(
        'read_only',
        'This gradebook is open for reading only and has never been published, so the hub has no name for it yet: open it where it can be changed, then publish.',
        { path: gradebook.path },
      );
    }
    throw new GradebookError('conflict', 'This gradebook was not made ready to publish (hub:prepare); try again.', { path: gradebook.path });
  }
  const title = gradebookTitle(gradebook.reader) ?? basename(gradebook.path).replace(/\.[^.]+$/, '');
  try {
    const summary = await publishFrom({ reader: gradebook.reader, gradebookId, title }, request.address, {
      ...(request.password === undefined ? {} : { password: request.password }),
      onProgress: ({ table, sent, total }) => {
        // called between two batches, inside the publish's one transaction: throwing here rolls it all back
        if (cancelRequested(cancelFlag, cancelChannels['hub:publish'].slot)) throw publishStoppedError();
        onProgress({ table, tableIndex: publishedTableNames.indexOf(table) + 1, tableCount: publishedTableNames.length, sent, total });
      },
    });
    return { ...summary, publishedAt: new Date().toISOString() };
  } catch (error) {
    throw error instanceof HubError ? inAppWords(error, shown) : error;
  }
}

/** A publish the teacher stopped (hub:cancel): `conflict` with `details.reason` 'cancelled', as a stopped export. */
export function publishStoppedError(): GradebookError {
  return new GradebookError('conflict', 'Stopped: the school hub is as it was before this publish (nothing of it was kept). Publish again when you are ready.', { reason: 'cancelled' });
}

/** How the hub is named in a sentence; an address that does not even read as one is said as it is refused. */
export function shownAddress(address: string): string {
  try {
    return parseHubAddress(address).shown;
  } catch (error) {
    throw error instanceof HubError ? inAppWords(error, address) : error;
  }
}
