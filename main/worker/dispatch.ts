import { busyMessage, GradebookError, isSqliteBusy } from '../../db/errors.js';
import { contract, isChannelName, type ChannelName, type ContractError, type GradebookChange, type Result } from '../../preload/contract/index.js';
import { HubError } from '../hub/hub-error.js';
import { brokenTextPath } from './broken-text.js';
import { noHandlerContext, type Handler, type HandlerContext, type ReadHandlerGradebook, type SessionGradebook } from './handler-context.js';
import { handlers } from './handlers.js';

/** Channels whose handler may answer with a promise (reads only: see `Handler`). */
export type AsyncChannelName = {
  [C in ChannelName]: [Extract<ReturnType<(typeof handlers)[C]>, PromiseLike<unknown>>] extends [never] ? never : C;
}[ChannelName];
/** Channels whose handler answers at once: dispatch answers them synchronously too. */
export type SyncChannelName = Exclude<ChannelName, AsyncChannelName>;

/**
 * The one entry point for every request, from Electron IPC, the HTTP harness and the CLI alike:
 * known channel → valid request → handler → typed result. Nothing reaches the database unvalidated,
 * and no exception crosses the boundary as anything but a `ContractError` — nor does a rejected promise.
 *
 * A read channel's handler gets the reader only. A write channel needs a writable gradebook (one
 * opened read-only refuses it), and after it succeeds the window hears what changed.
 *
 * The answer is a promise only when the channel's handler answers with one (an XLSX export): the
 * worker session awaits whatever comes back, and the many synchronous channels stay simple to call.
 */
export function dispatch(gradebook: SessionGradebook | null, channel: SyncChannelName, request: unknown, context?: HandlerContext): Result<unknown>;
export function dispatch(
  gradebook: SessionGradebook | null,
  channel: string,
  request: unknown,
  context?: HandlerContext,
): Result<unknown> | Promise<Result<unknown>>;
export function dispatch(
  gradebook: SessionGradebook | null,
  channel: string,
  request: unknown,
  context: HandlerContext = noHandlerContext,
): Result<unknown> | Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return failure({ code: 'unknown_channel', message: `Proficio has no request called "${channel}".`, details: { channel } });
  }
  const parsed = contract[channel].request.safeParse(request);
  if (!parsed.success) {
    return failure({
      code: 'invalid_request',
      message: `The request ${channel} is not valid: ${parsed.error.issues
        .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'request'}: ${issue.message}`)
        .join('; ')}.`,
      details: { channel, issues: parsed.error.issues.map(({ path, message, code }) => ({ path, message, code })) },
    });
  }
  const broken = brokenTextPath(parsed.data);
  if (broken !== null) {
    return failure({
      code: 'invalid_request',
      message: `The request ${channel} is not valid: ${broken}: the text holds a broken character (copied from another program?); retype it.`,
      details: { channel, issues: [{ path: broken.split('.'), message: 'lone UTF-16 surrogate', code: 'broken_text' }] },
    });
  }
  if (!gradebook) {
    return failure({ code: 'no_gradebook', message: 'No gradebook is open.', details: { channel } });
  }
  const declared = contract[channel];
  try {
    // each handler matches its own channel's access; the lookup by a runtime name loses that pairing
    const handler = handlers[channel] as Handler<ChannelName> as (gradebook: ReadHandlerGradebook, request: unknown, context: HandlerContext) => unknown;
    if (declared.access === 'read') {
      const { path, schemaVersion, reader } = gradebook;
      const value = handler({ path, schemaVersion, reader, readOnly: gradebook.readOnly ?? null }, parsed.data, context);
      return isPromiseLike(value) ? settled(value, channel) : { ok: true, value };
    }
    if (!('writer' in gradebook)) {
      return failure({
        code: 'read_only',
        message: gradebook.readOnly?.message ?? 'This gradebook is open for reading only, so nothing in it can be changed here.',
        details: { channel, path: gradebook.path },
      });
    }
    const value = handler({ ...gradebook, readOnly: null }, parsed.data, context);
    // the types forbid it; were one to slip through, the change event would go out before its work ended
    if (isPromiseLike(value)) throw new Error(`The write ${channel} answered with a promise; a write must finish inside its transaction.`);
    context.emit('gradebook:changed', { channel, aggregates: [...declared.changes], classIds: changedClassIds(parsed.data, value) });
    return { ok: true, value };
  } catch (error) {
    return failure(toContractError(error, channel));
  }
}

/**
 * The classes a write touched: the request's class, or the class of the evidence it answers with
 * (an edit names only the evidence). null when a write may touch any class (imports, scales).
 */
function changedClassIds(request: unknown, value: unknown): GradebookChange['classIds'] {
  const classId = stringField(request, 'classId') ?? stringField(field(value, 'evidence'), 'classId');
  return classId === undefined ? null : [classId];
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function stringField(value: unknown, key: string): string | undefined {
  const found = field(value, key);
  return typeof found === 'string' ? found : undefined;
}

export function toContractError(error: unknown, channel?: string): ContractError {
  if (error instanceof GradebookError) return { code: error.code, message: error.message, details: error.details };
  // the hub's own sentence (never a password); its code goes to the details a person can open
  if (error instanceof HubError) return { code: 'hub', message: error.message, details: { reason: error.code, channel, hub: error.details } };
  const message = error instanceof Error ? error.message : String(error);
  // a statement run outside a transaction can meet another program's write lock too
  if (isSqliteBusy(error)) return { code: 'busy', message: busyMessage, details: { channel, cause: message } };
  return {
    code: 'internal',
    message: 'Proficio hit an unexpected problem and did not change anything. Please report it.',
    details: { channel, cause: message },
  };
}

/** An asynchronous read's answer as a result: a rejection becomes a `ContractError` exactly as a throw does. */
function settled(answer: PromiseLike<unknown>, channel: string): Promise<Result<unknown>> {
  return Promise.resolve(answer).then(
    (value): Result<unknown> => ({ ok: true, value }),
    (error: unknown) => failure(toContractError(error, channel)),
  );
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function failure(error: ContractError): Result<never> {
  return { ok: false, error };
}
