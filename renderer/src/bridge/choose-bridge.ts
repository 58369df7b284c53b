import type { ProficioApi } from '../../../preload/contract/index.js';
import { createHttpBridge } from './http-bridge.js';
import { isProficioApi } from './is-proficio-api.js';

export type BridgeChoice =
  | { kind: 'electron'; api: ProficioApi }
  | { kind: 'harness'; api: ProficioApi }
  | { kind: 'none'; reason: string };

export const harnessTokenMeta = 'proficio-harness-token';

/**
 * Which way this page reaches the gradebook. The Electron preload wins: when it ran, it is the only
 * trustworthy path. Otherwise the browser test harness announces itself with a token meta tag.
 * Anything else (the file opened directly, a stray dev server) has no gradebook at all.
 */
export function chooseBridge(scope: { window: object; document: Pick<Document, 'querySelector'> }): BridgeChoice {
  const preloaded: unknown = Reflect.get(scope.window, 'proficio');
  if (preloaded !== undefined) {
    if (isProficioApi(preloaded)) return { kind: 'electron', api: preloaded };
    return { kind: 'none', reason: 'The desktop app provided a gradebook connection this version of the window does not recognise.' };
  }
  const token = scope.document.querySelector<HTMLMetaElement>(`meta[name="${harnessTokenMeta}"]`)?.content;
  if (token) return { kind: 'harness', api: createHttpBridge(token) };
  return { kind: 'none', reason: 'This page was opened without the Proficio desktop app or its test harness, so there is no gradebook behind it.' };
}
