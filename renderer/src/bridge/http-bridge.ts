import { buildProficioApi, errorCodes, type ContractError, type ProficioApi, type Result, type Subscribe } from '../../../preload/contract/index.js';

/**
 * `window.proficio` for the browser test harness: the same API object the Electron preload exposes,
 * built from the same contract, but each channel is a `POST /api/<channel>` to the loopback server.
 * The token comes from the meta tag the harness injects into the page of a browser holding its session
 * cookie; the server refuses requests without both (the cookie goes with every same-origin request).
 *
 * Events arrive as Server-Sent Events from `/events`, opened on the first subscription. No secret is
 * ever put in an address: the stream is authorised by the session cookie alone.
 */
export function createHttpBridge(
  token: string,
  fetchImpl: typeof fetch = fetch,
  EventSourceImpl: typeof EventSource = globalThis.EventSource,
): ProficioApi {
  return buildProficioApi(
    async (channel, request) => {
      let response: Response;
      try {
        response = await fetchImpl(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-proficio-token': token },
          body: JSON.stringify(request),
        });
      } catch (error) {
        return failure({
          code: 'internal',
          message: 'Proficio could not reach the gradebook server. It may have stopped; start it again and reload this page.',
          details: { channel, cause: String(error) },
        });
      }
      const text = await response.text();
      const result = parseResult(text);
      if (result) return result;
      // the server answers non-JSON only when it refuses the request itself (wrong token, wrong host)
      return failure({
        code: 'internal',
        message: `The gradebook server refused the request (HTTP ${response.status}). Reload the page to get a fresh session.`,
        details: { channel, status: response.status, body: text.slice(0, 500) },
      });
    },
    subscribeToServerEvents(EventSourceImpl),
  );
}

function subscribeToServerEvents(EventSourceImpl: typeof EventSource): Subscribe {
  let source: EventSource | null = null;
  return (event, listener) => {
    source ??= new EventSourceImpl('/events');
    const relay = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as unknown);
    source.addEventListener(event, relay);
    return () => source?.removeEventListener(event, relay);
  };
}

function parseResult(text: string): Result<unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const ok: unknown = Reflect.get(value, 'ok');
  if (ok === true && 'value' in value) return { ok: true, value: Reflect.get(value, 'value') };
  if (ok === false) {
    const error = asContractError(Reflect.get(value, 'error'));
    return error ? failure(error) : null;
  }
  return null;
}

function asContractError(value: unknown): ContractError | null {
  if (typeof value !== 'object' || value === null) return null;
  const code: unknown = Reflect.get(value, 'code');
  const message: unknown = Reflect.get(value, 'message');
  const details: unknown = Reflect.get(value, 'details');
  const knownCode = errorCodes.find((known) => known === code);
  if (!knownCode || typeof message !== 'string') return null;
  return {
    code: knownCode,
    message,
    details: typeof details === 'object' && details !== null ? { ...details } : {},
  };
}

function failure(error: ContractError): Result<never> {
  return { ok: false, error };
}
