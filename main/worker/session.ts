import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { qb } from '../../db/handle.js';
import { isAwaitingDamageCheck } from '../../db/damage-check.js';
import { GradebookError } from '../../db/errors.js';
import { newId } from '../../db/ids.js';
import { openGradebookReadOnly, type ReadOnlyGradebook } from '../../db/open-read-only.js';
import { listBackups } from '../../db/migrate.js';
import { openGradebook, type Gradebook, type ReadableGradebook, type WritableGradebook } from '../../db/open.js';
import { keepStoredLevelsCurrent } from '../gradebook/mastery-grid.js';
import { generateDemoGradebook } from '../demo/generate-demo.js';
import { localToday } from '../../preload/contract/shared.js';
import { setUpNewGradebook } from '../gradebook/new-gradebook.js';
import { previewImportPath } from '../import/commit/preview-source.js';
import { dispatch, toContractError } from './dispatch.js';
import { contract, isChannelName, type ReadOnlyOpening, type Result } from '../../preload/contract/index.js';
import type { HandlerContext } from './handler-context.js';
import type { DemoSizes, OpenedGradebook, OpenedReadOnlyGradebook, WorkerCommand, WorkerEvent, WorkerStartOptions } from './protocol.js';

/**
 * What the worker thread does, without the thread: holds the teacher's open gradebook (and any others
 * opened read-only) and runs commands against them one at a time. Electron, the test harness and the CLI all drive this same object.
 */
export type GradebookSession = { run(command: WorkerCommand): Promise<Result<unknown>> };

export function createGradebookSession(options: WorkerStartOptions = {}, emit: (event: WorkerEvent) => void = () => undefined): GradebookSession {
  /** The teacher's own gradebook: writable, or read-only when it could not be written (see `open`). */
  let gradebook: Gradebook | (ReadOnlyGradebook & { readOnly: ReadOnlyOpening }) | null = null;
  /** Other teachers' gradebooks, open to read only, by the id the session gave each. */
  const readOnly = new Map<string, ReadOnlyGradebook>();
  const context: HandlerContext = {
    emit: (event, payload) => emit({ event, payload } as WorkerEvent),
    cancelFlag: options.cancelFlag === undefined ? null : new Int32Array(options.cancelFlag),
    // coach mode's channels read several of the read-only gradebooks at once, by the ids the page holds
    readOnlyGradebook: (gradebookId) => {
      const found = readOnly.get(gradebookId);
      if (!found) throw new GradebookError('not_found', 'That teacher’s gradebook is no longer open. Choose the files again.', { gradebookId });
      return found;
    },
  };

  /**
   * Opens the teacher's gradebook to write. One that cannot be written — another Proficio has it open,
   * the file or its folder is read-only, or it is damaged — opens for reading only instead, and the
   * answer says why, so the window can show it rather than refuse the file.
   */
  async function open(path: string, create: boolean, demoIfNew: boolean, demo: DemoSizes = {}): Promise<OpenedGradebook> {
    const isNew = !existsSync(path);
    let next: Gradebook;
    try {
      next = await openGradebook(path, {
        create,
        // a big file opens at once and is checked while the teacher reads; writes wait (checkedBeforeWriting)
        damageCheck: 'in_background',
        ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
      });
    } catch (error) {
      const readOnlyOpening = readOnlyOpeningFor(error, path);
      if (readOnlyOpening === null) throw error;
      return openForReadingOnly(path, readOnlyOpening);
    }
    const createdDemo = isNew && demoIfNew;
    try {
      if (createdDemo) generateDemoGradebook(next.writer, { seed: 1, ...demo, today: demoToday() });
      else if (isNew) setUpNewGradebook(next.writer, basename(path).replace(/\.[^.]+$/, ''));
      // after a migration, or a newer engine, the stored levels may be stale: reads expect them current
      await afterDamageCheckIfItWrites(next, () => keepStoredLevelsCurrent(next.writer, null));
    } catch (error) {
      next.close();
      const readOnlyOpening = readOnlyOpeningFor(error, path);
      if (readOnlyOpening === null) throw error;
      return openForReadingOnly(path, readOnlyOpening);
    }
    gradebook?.close();
    gradebook = next;
    return { path, title: titleOf(next), schemaVersion: next.schemaVersion, createdDemo, readOnly: null };
  }

  /** The teacher's gradebook, open for reading only, and why (see `open`). */
  async function openForReadingOnly(path: string, readOnlyOpening: ReadOnlyOpening): Promise<OpenedGradebook> {
    const opened = await openGradebookReadOnly(path, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding });
    gradebook?.close();
    // a copy of a damaged file would copy the damage: File → Save a copy… saves what can be read
    const held = { ...opened, readOnly: readOnlyOpening };
    gradebook = readOnlyOpening.reason === 'damaged' ? { ...held, backupTo: async (destination) => void (await opened.rescueTo(destination)) } : held;
    return { path, title: titleOf(opened), schemaVersion: opened.schemaVersion, createdDemo: false, readOnly: readOnlyOpening };
  }

  /**
   * A big file is checked for damage after it opens (see openGradebook): its first write (or copy)
   * waits here for the check, and a file found damaged turns read-only as if found so on opening —
   * the write is then refused with that same sentence, and nothing was written to the damaged file.
   */
  async function checkedBeforeWriting(): Promise<void> {
    const current = gradebook;
    if (current === null || !('whenChecked' in current)) return;
    try {
      await current.whenChecked();
    } catch (error) {
      const readOnlyOpening = readOnlyOpeningFor(error, current.path);
      if (readOnlyOpening === null || gradebook !== current) throw error;
      // closed first: read-only, it is then read through a copy, and leaves no -wal beside the file
      current.close();
      gradebook = null;
      await openForReadingOnly(current.path, readOnlyOpening);
    }
  }

  async function openReadOnly(path: string): Promise<OpenedReadOnlyGradebook> {
    const opened = await openGradebookReadOnly(path, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding });
    const gradebookId = newId();
    readOnly.set(gradebookId, opened);
    return { gradebookId, path, title: titleOf(opened), schemaVersion: opened.schemaVersion, readsCopy: opened.readsCopy };
  }

  function target(gradebookId: string | undefined): ReadableGradebook | WritableGradebook | null {
    if (gradebookId === undefined) return gradebook;
    const found = readOnly.get(gradebookId);
    if (!found) throw new GradebookError('not_found', 'That gradebook is no longer open.', { gradebookId });
    return found;
  }

  return {
    async run(command) {
      try {
        switch (command.op) {
          case 'open':
            return { ok: true, value: await open(command.path, command.create, command.demoIfNew, command.demo) };
          case 'dispatch':
            if (command.gradebookId === undefined && isWrite(command.channel)) await checkedBeforeWriting();
            // awaited inside the try: an asynchronous read (an XLSX export) settles before the next command runs
            return await dispatch(target(command.gradebookId), command.channel, command.request, context);
          case 'openReadOnly':
            return { ok: true, value: await openReadOnly(command.path) };
          case 'closeReadOnly':
            readOnly.get(command.gradebookId)?.close();
            readOnly.delete(command.gradebookId);
            return { ok: true, value: null };
          case 'previewImportPath': {
            if (!gradebook) return { ok: false, error: { code: 'no_gradebook', message: 'No gradebook is open.', details: {} } };
            const { path, schemaVersion, reader } = gradebook;
            return { ok: true, value: previewImportPath({ path, schemaVersion, reader }, { path: command.path, options: command.options }, context) };
          }
          case 'backup':
            await checkedBeforeWriting();
            if (!gradebook) return { ok: false, error: { code: 'no_gradebook', message: 'No gradebook is open.', details: {} } };
            await gradebook.backupTo(command.destination);
            return { ok: true, value: { destination: command.destination } };
          case 'close':
            gradebook?.close();
            gradebook = null;
            for (const other of readOnly.values()) other.close();
            readOnly.clear();
            return { ok: true, value: null };
        }
      } catch (error) {
        return { ok: false, error: toContractError(error) };
      }
    },
  };
}

function isWrite(channel: string): boolean {
  return isChannelName(channel) && contract[channel].access === 'write';
}

/**
 * Work on opening that normally writes nothing (stale stored levels are rare): when it must write to a
 * big file still being checked for damage, it waits for the check — the teacher waits only then.
 */
async function afterDamageCheckIfItWrites(gradebook: Gradebook, work: () => void): Promise<void> {
  try {
    work();
  } catch (error) {
    if (!isAwaitingDamageCheck(error)) throw error;
    await gradebook.whenChecked();
    work();
  }
}

/** The refusals of a writable open that still let the teacher read the file. */
function readOnlyOpeningFor(error: unknown, path: string): ReadOnlyOpening | null {
  if (!(error instanceof GradebookError)) return null;
  switch (error.code) {
    case 'in_use':
      return {
        reason: 'in_use',
        message: `${error.message} It is open here for reading only, so neither can overwrite the other’s work: close it there, then open it again here to make changes.`,
        backups: [],
      };
    case 'read_only':
      return { reason: 'read_only', message: `${error.message} It is open for reading only.`, backups: [] };
    case 'damaged': {
      const backups = listBackups(path);
      const kept = backups.length === 0 ? '' : ` Proficio also kept ${backups.length === 1 ? 'a copy' : `${backups.length} copies`} from before it last updated the file’s format, beside it.`;
      return {
        reason: 'damaged',
        message: `${error.message} It is open for reading only, so nothing more is lost. File → Save a copy… saves what can still be read to a new file.${kept}`,
        backups,
      };
    }
    default:
      return null;
  }
}

function titleOf(gradebook: ReadableGradebook): string | null {
  return gradebook.reader.first(qb.selectFrom('settings').select('value').where('key', '=', 'title'))?.value ?? null;
}

/**
 * A new user's demo is dated around today, so "last seen 2 days ago" reads true. Tests pin the day
 * with PROFICIO_DEMO_TODAY (YYYY-MM-DD) to get the same gradebook every run.
 */
function demoToday(): string {
  return process.env['PROFICIO_DEMO_TODAY'] || localToday();
}
