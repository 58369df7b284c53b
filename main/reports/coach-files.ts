import { basename } from 'node:path';
import { contract, type ChannelName, type ContractError, type Result } from '../../preload/contract/index.js';
import type { CoachFile } from '../../preload/contract/reports.js';
import type { GradebookWorker } from '../worker/client.js';
import { fileLabels } from './file-labels.js';

/**
 * Main's half of coach mode. The page may never name a file (it sends nothing that is a path), so the
 * process that owns the worker chooses the teachers' gradebooks itself — Electron with its own open
 * dialog, the browser harness from the list it was started with — opens each READ-ONLY in the worker
 * and hands the page opaque ids. reports:chooseFiles and reports:closeFiles are answered here; every
 * other channel goes on to the worker, where the coach reports read those ids.
 *
 * One set of files at a time: a new choice closes the files chosen before. A page that was reloaded
 * forgot its ids: it asks reports:openFiles on load and shows the files still open, with their close button.
 */
export type ChoosePaths = () => Promise<readonly string[] | null>;
type Worker = Pick<GradebookWorker, 'dispatch' | 'openReadOnly' | 'closeReadOnly' | 'call'>;

export function withCoachFiles<W extends Worker>(worker: W, choosePaths: ChoosePaths): W {
  let open: CoachFile[] = [];

  async function close(files: readonly CoachFile[]): Promise<void> {
    for (const file of files) await worker.closeReadOnly(file.sourceId);
  }

  async function choose(): Promise<Result<{ chosen: boolean; files: CoachFile[] }>> {
    const paths = [...new Set(await choosePaths())];
    if (paths.length === 0) return { ok: true, value: { chosen: false, files: open } };
    const opened: CoachFile[] = [];
    // two teachers' "gradebook.proficio" read "gradebook.proficio (2)" here, in the summary and the command line
    const labels = fileLabels(paths);
    for (const [index, path] of paths.entries()) {
      const file = await openOne(path, labels[index] ?? basename(path));
      if (!file.ok) {
        // all or nothing: the coach sees the files they chose, or why one of them could not be read
        await close(opened);
        return file;
      }
      opened.push(file.value);
    }
    await close(open);
    open = opened;
    return { ok: true, value: { chosen: true, files: opened } };
  }

  async function openOne(path: string, fileName: string): Promise<Result<CoachFile>> {
    const opened = await worker.openReadOnly(path);
    if (!opened.ok) return { ok: false, error: { ...opened.error, message: `${fileName}: ${opened.error.message}` } };
    const sourceId = opened.value.gradebookId;
    const classes = await worker.call('reports:classes', {}, sourceId);
    const terms = await worker.call('reports:terms', {}, sourceId);
    if (!classes.ok || !terms.ok) {
      await worker.closeReadOnly(sourceId);
      const error = !classes.ok ? classes.error : !terms.ok ? terms.error : unexpected();
      return { ok: false, error: { ...error, message: `${fileName}: ${error.message}` } };
    }
    return { ok: true, value: { sourceId, fileName, title: opened.value.title, classes: classes.value, terms: terms.value } };
  }

  const answeredHere: Partial<Record<ChannelName, () => Promise<Result<unknown>>>> = {
    'reports:chooseFiles': choose,
    // a reloaded page asks what is still open, so the files it forgot come back rather than staying open unseen
    'reports:openFiles': () => Promise.resolve({ ok: true, value: { files: open } }),
    'reports:closeFiles': async () => {
      const closed = open.length;
      await close(open);
      open = [];
      return { ok: true, value: { closed } };
    },
  };

  return {
    ...worker,
    dispatch(channel, request, gradebookId) {
      const here = gradebookId === undefined ? answeredHere[channel as ChannelName] : undefined;
      if (here === undefined) return worker.dispatch(channel, request, gradebookId);
      // the same check the worker makes: these channels take an empty request
      const parsed = contract[channel as ChannelName].request.safeParse(request);
      if (!parsed.success) return Promise.resolve({ ok: false, error: invalid(channel) });
      return here();
    },
  };
}

function invalid(channel: string): ContractError {
  return { code: 'invalid_request', message: `The request ${channel} is not valid: it takes no fields.`, details: { channel, issues: [] } };
}

function unexpected(): ContractError {
  return { code: 'internal', message: 'Proficio hit an unexpected problem and did not change anything. Please report it.', details: {} };
}
