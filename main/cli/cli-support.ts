import type { ContractError } from '../../preload/contract/index.js';
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

/** A contract error as one line on stderr, exit code 1. */
export function fail(out: CliOutput, error: ContractError): number {
  out.stderr.write(`proficio: ${error.message} [${error.code}]\n`);
  return 1;
}
