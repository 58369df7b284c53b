import type { EventName, EventPayloads, ReadOnlyOpening, Result } from '../../preload/contract/index.js';

/** Messages main sends to the gradebook worker. */
export type WorkerCommand =
  /** `demo`: the demo generator's seed and sizes, for a new demo file (`proficio demo --seed …`). */
  | { op: 'open'; path: string; create: boolean; demoIfNew: boolean; demo?: DemoSizes }
  /** `gradebookId`: one of the read-only gradebooks this session holds; absent, the teacher's own. */
  | { op: 'dispatch'; channel: string; request: unknown; gradebookId?: string }
  | { op: 'backup'; destination: string }
  /** Opens another gradebook to read (a coach's view of a teacher's file) beside the teacher's own. */
  | { op: 'openReadOnly'; path: string }
  | { op: 'closeReadOnly'; gradebookId: string }
  /**
   * The command line's import of a file or folder on disk (import:preview's twin). Not a channel: only
   * the process that owns the worker can send it, never a page.
   */
  | { op: 'previewImportPath'; path: string; options?: unknown }
  | { op: 'close' };

/** What `proficio demo` may choose of the generated demo: its seed and its sizes. */
export type DemoSizes = { seed?: string; learners?: number; standards?: number; evidence?: number };

export type WorkerRequest = { id: number; command: WorkerCommand };
export type WorkerReply = { id: number; result: Result<unknown> };

/** An event the worker posts on its own, even while a command is still running (import progress). */
export type WorkerEvent = { [E in EventName]: { event: E; payload: EventPayloads[E] } }[EventName];
/** Everything the worker posts to main. */
export type WorkerMessage = WorkerReply | WorkerEvent;

/** `readOnly`: why the teacher's gradebook could only be opened to read (null: it is open to write, as usual). */
export type OpenedGradebook = { path: string; title: string | null; schemaVersion: number; createdDemo: boolean; readOnly: ReadOnlyOpening | null };
export type OpenedReadOnlyGradebook = { gradebookId: string; path: string; title: string | null; schemaVersion: number; readsCopy: boolean };

export type WorkerStartOptions = {
  /** better-sqlite3 binary built for Electron's ABI, when running inside Electron. */
  nativeBinding?: string;
  /**
   * Shared Int32Array memory main sets to cancel running work (one slot per kind, cancel-slots.ts: 0 an
   * import, 1 a big mastery read): a cancel message would wait behind the very command it means to
   * stop, shared memory does not.
   */
  cancelFlag?: SharedArrayBuffer;
};
