import { GradebookError } from '../../db/errors.js';
import type { Gradebook } from '../../db/open.js';
import { contract, isChannelName, type ChannelName, type ContractError, type Result } from '../../preload/contract/index.js';
import { noHandlerContext, type HandlerContext } from './handler-context.js';
import { handlers, type Handler } from './handlers.js';

/**
 * The one entry point for every request, from Electron IPC, the HTTP harness and the CLI alike:
 * known channel → valid request → handler → typed result. Nothing reaches the database unvalidated,
 * and no exception crosses the boundary as anything but a `ContractError`.
 */
export function dispatch(
  gradebook: Gradebook | null,
  channel: string,
  request: unknown,
  context: HandlerContext = noHandlerContext,
): Result<unknown> {
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
  if (!gradebook) {
    return failure({ code: 'no_gradebook', message: 'No gradebook is open.', details: { channel } });
  }
  try {
    const handler = handlers[channel] as Handler<ChannelName>;
    return { ok: true, value: handler(gradebook, parsed.data as never, context) };
  } catch (error) {
    return failure(toContractError(error, channel));
  }
}

export function toContractError(error: unknown, channel?: string): ContractError {
  if (error instanceof GradebookError) return { code: error.code, message: error.message, details: error.details };
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal',
    message: 'Proficio hit an unexpected problem and did not change anything. Please report it.',
    details: { channel, cause: message },
  };
}

function failure(error: ContractError): Result<never> {
  return { ok: false, error };
}
