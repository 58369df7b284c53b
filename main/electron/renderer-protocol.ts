/**
 * The window's page is served from `app://proficio/`, a privileged scheme of our own, instead of
 * `file://` (see policy.ts). Which file a URL names is decided by `rendererFileFor` in policy.ts; this
 * module only registers the scheme and reads the file. Type-only imports of electron, so the handler
 * runs under plain Node in renderer-protocol.test.ts.
 */
import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { rendererFileFor, rendererResponseHeaders, rendererSchemePrivileges } from './policy.js';

/** Must run before `app` is ready, once. */
export function registerRendererScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([rendererSchemePrivileges]);
}

/** After `ready`, on the session the window uses. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(rendererSchemePrivileges.scheme, (request) => answerRendererRequest(request, rendererDir));
}

export async function answerRendererRequest(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('method not allowed', { status: 405 });
  const file = rendererFileFor(request.url, rendererDir);
  if (file === null) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    // missing, or a folder: the page asked for something the bundle does not have
    return notFound();
  }
  return new Response(new Uint8Array(body), { status: 200, headers: rendererResponseHeaders(file) });
}

function notFound(): Response {
  return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
