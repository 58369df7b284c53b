import type { ReadableGradebook, WritableGradebook } from '../../db/open.js';
import type { ChannelName, ChannelSet, contract, EventName, EventPayloads, ReadOnlyOpening, ResponseOf, ValidRequestOf } from '../../preload/contract/index.js';

/**
 * What a handler may use besides the gradebook: events to the window (import progress) and the
 * cancel flag shared with main's thread. Both work while the worker is busy inside one synchronous
 * transaction: posting a message needs no turn of the event loop, and the flag is shared memory.
 */
export type HandlerContext = {
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** A slot non-zero = the user asked to stop that work (cancel-slots.ts). null when nobody can cancel. */
  cancelFlag: Int32Array | null;
  /**
   * Another teacher's gradebook this session opened read-only (a coach's chosen file), by the id
   * `openReadOnly` gave it; throws `not_found` for any other id. Absent where none can be open.
   */
  readOnlyGradebook?: (gradebookId: string) => ReadableGradebook;
};

export const noHandlerContext: HandlerContext = { emit: () => undefined, cancelFlag: null };


/**
 * A gradebook as the session holds it. `readOnly`: why the teacher's own gradebook could only be opened
 * for reading (another Proficio has it, it is read-only, it is damaged); absent for one opened to write,
 * or opened read-only on purpose (another teacher's file).
 */
export type SessionGradebook = (ReadableGradebook | WritableGradebook) & { readonly readOnly?: ReadOnlyOpening | null };
/** What a read handler gets: the reader, and why the gradebook is read-only if it is. */
export type ReadHandlerGradebook = ReadableGradebook & { readonly readOnly: ReadOnlyOpening | null };

/**
 * A handler is a plain function of the gradebook and a validated request: testable without Electron.
 * A channel the contract declares `read` gets a reader only, so a read cannot write by accident (or
 * write to a gradebook opened read-only).
 *
 * A read handler may answer with a promise (exceljs writes a workbook only asynchronously). It reads
 * everything it needs from SQLite synchronously, before its first `await`, and never uses the reader
 * after yielding: what it read is then one consistent moment of the gradebook, and its answer cannot
 * depend on the gradebook staying open (or unwritten) while the promise settles.
 * A write handler answers synchronously, always: its work is one synchronous transaction, which can
 * never stay open across an `await`, and the window hears of the change only once it is done.
 */
export type Handler<C extends ChannelName> = (typeof contract)[C]['access'] extends 'write'
  ? (gradebook: WritableGradebook, request: ValidRequestOf<C>, context: HandlerContext) => ResponseOf<C>
  : (gradebook: ReadHandlerGradebook, request: ValidRequestOf<C>, context: HandlerContext) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** The complete handler set of one capability's contract file: a missing or stray handler is a compile error. */
export type HandlersFor<Channels extends ChannelSet> = { [C in keyof Channels & ChannelName]: Handler<C> };
