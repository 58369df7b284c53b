import { resolve } from 'node:path';
import type { ChannelName, ClassSummary, ContractError, RequestOf, ResponseOf, Result } from '../../preload/contract/index.js';
import { startGradebookWorker, type GradebookWorker } from '../worker/client.js';

export type CliOutput = { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } };

/** Every command talks to the gradebook through the same worker as the app; it is always stopped. */
export async function withWorker(work: (worker: GradebookWorker) => Promise<number>): Promise<number> {
  const worker = startGradebookWorker();
  try {
    return await work(worker);
  } finally {
    await worker.stop();
  }
}

/** Asks one gradebook the worker holds: a typed request on its channel. */
export type GradebookCall = <C extends ChannelName>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

/**
 * For the commands that only read (`info`, `mastery`): the file is opened read-only, so running them
 * never changes a byte of it — not even the statistics a writable connection saves on close.
 */
export async function withReadOnlyGradebook(file: string, out: CliOutput, work: (call: GradebookCall) => Promise<number>): Promise<number> {
  return withWorker(async (worker) => {
    const opened = await worker.openReadOnly(resolve(file));
    if (!opened.ok) return fail(out, opened.error);
    return work((channel, request) => worker.call(channel, request, opened.value.gradebookId));
  });
}

/** A contract error as one line on stderr, exit code 1. */
export function fail(out: CliOutput, error: ContractError): number {
  out.stderr.write(`proficio: ${error.message} [${error.code}]\n`);
  return 1;
}

/** The class a command names by its id, code or exact title; null (and the classes listed on stderr) when none. */
export async function findClass(call: GradebookCall, wanted: string, file: string, out: CliOutput): Promise<ClassSummary | null> {
  const classes = await call('classes:list', {});
  if (!classes.ok) {
    fail(out, classes.error);
    return null;
  }
  const match = classes.value.find((c) => c.id === wanted || c.code === wanted || c.title === wanted);
  if (!match) {
    const named = classes.value.map((c) => (c.code ? `${c.title} (${c.code})` : c.title));
    out.stderr.write(`proficio: no class "${wanted}" in ${file}. Classes: ${named.join('; ') || 'none yet'}\n`);
  }
  return match ?? null;
}
