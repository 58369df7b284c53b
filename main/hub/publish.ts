import { basename } from 'node:path';
import { sql, type Transaction } from 'kysely';
import type { GradebookReader } from '../../db/handle.js';
import { GradebookError } from '../../db/errors.js';
import { openGradebook } from '../../db/open.js';
import { ensureGradebookId, gradebookTitle, publishedTableNames } from '../../db/publish-source.js';
import { connectToHub } from './hub-connection.js';
import { explainHubError, HubError } from './hub-error.js';
import type { HubDatabase } from './hub-schema.js';
import { requireCurrentHub } from './migrate-hub.js';
import { publishTable, type TableProgress, type TablePublished } from './publish-table.js';

export type PublishSummary = {
  gradebookId: string;
  title: string;
  hub: string;
  /** Rows the hub added or changed, and rows it marked deleted (tombstones). */
  changedRows: number;
  tombstonedRows: number;
  tables: TablePublished[];
};

export type PublishOptions = {
  env?: Readonly<Record<string, string | undefined>>;
  onProgress?: (progress: TableProgress) => void;
};

/**
 * Publishes a teacher's gradebook to the school hub: everything that changed since the last publish,
 * in ONE PostgreSQL transaction, so the hub shows all of this publish or none of it (a publish killed
 * midway leaves the hub as it was, and the next one sends it all again). The gradebook stays the
 * teacher's source of truth: it is only read, except that its first publish gives it a lasting id.
 */
export async function publishGradebook(path: string, hubUrl: string, options: PublishOptions = {}): Promise<PublishSummary> {
  const gradebook = await openGradebook(path, { create: false });
  try {
    const gradebookId = ensureGradebookId(gradebook.writer);
    const title = gradebookTitle(gradebook.reader) ?? basename(path);
    return await publishFrom({ reader: gradebook.reader, gradebookId, title }, hubUrl, options);
  } finally {
    gradebook.close();
  }
}

/** What a publish reads: an open gradebook's reader, the id the hub knows it by, and its title. */
export type PublishSource = { reader: GradebookReader; gradebookId: string; title: string };

/**
 * The publish itself, from a gradebook already open: the command line's own open (above), or the
 * app's worker session, which publishes the gradebook it holds without opening the file again.
 * `password`: the app's typed or kept password, for this connection only (see connectToHub).
 */
export async function publishFrom(source: PublishSource, hubUrl: string, options: PublishOptions & { password?: string } = {}): Promise<PublishSummary> {
  const { reader, gradebookId, title } = source;
  const hub = await connectToHub(hubUrl, options.env, options.password);
  try {
    await requireCurrentHub(hub.db, hub.address.shown);
    const tables = await hub.db.transaction().execute(async (trx) => {
      const titleOnHub = await claimGradebook(trx, gradebookId, title, hub.address.shown);
      const published: TablePublished[] = [];
      for (const table of publishedTableNames) {
        published.push(await publishTable(trx, reader, gradebookId, table, options.onProgress ?? (() => undefined)));
      }
      if (titleOnHub !== title || published.some((table) => table.changed + table.tombstoned > 0)) {
        await trx.updateTable('proficio.gradebooks').set({ title, last_published_at: sql<Date>`now()` }).where('id', '=', gradebookId).execute();
      }
      return published;
    });
    return {
      gradebookId,
      title,
      hub: hub.address.shown,
      changedRows: tables.reduce((sum, table) => sum + table.changed, 0),
      tombstonedRows: tables.reduce((sum, table) => sum + table.tombstoned, 0),
      tables,
    };
  } catch (error) {
    // a stop the teacher asked for (thrown by onProgress inside the transaction, which rolled it back) is already said
    throw error instanceof GradebookError ? error : explainHubError(error, hub.address.shown);
  } finally {
    await hub.close();
  }
}

/**
 * The gradebook's row on the hub, made on its first publish with this login as its owner, and locked
 * for the publish (two publishes of one gradebook wait for each other). A gradebook first published
 * under another login is invisible to this one (row-level security) and refused. Returns the title
 * the hub has for it (a renamed gradebook's new title travels even when no row changed).
 */
async function claimGradebook(trx: Transaction<HubDatabase>, gradebookId: string, title: string, shown: string): Promise<string> {
  await trx.insertInto('proficio.gradebooks').values({ id: gradebookId, title }).onConflict((conflict) => conflict.column('id').doNothing()).execute();
  const mine = await trx.selectFrom('proficio.gradebooks').select('title').where('id', '=', gradebookId).forUpdate().executeTakeFirst();
  if (mine === undefined) {
    throw new HubError(
      'hub_not_yours',
      `The school hub at ${shown} already holds this gradebook under another teacher's login, and only that login may publish it. If this file is a copy of a colleague's gradebook, publish from their login or ask IT.`,
      { gradebookId },
    );
  }
  return mine.title;
}
