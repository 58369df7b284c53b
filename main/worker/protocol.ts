import type { Result } from '../../preload/contract.js';

/** Messages main sends to the gradebook worker. */
export type WorkerCommand =
  | { op: 'open'; path: string; create: boolean; demoIfNew: boolean }
  | { op: 'dispatch'; channel: string; request: unknown }
  | { op: 'backup'; destination: string }
  | { op: 'close' };

export type WorkerRequest = { id: number; command: WorkerCommand };
export type WorkerReply = { id: number; result: Result<unknown> };

export type OpenedGradebook = { path: string; title: string | null; schemaVersion: number; createdDemo: boolean };

export type WorkerStartOptions = {
  /** better-sqlite3 binary built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
};
