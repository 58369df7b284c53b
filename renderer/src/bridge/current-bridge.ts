import type { ProficioApi } from '../../../preload/contract/index.js';

/**
 * The one API object chosen at startup. A module-level slot rather than React context, because the
 * stores (plain zustand, outside React) are what call the gradebook.
 */
let installed: ProficioApi | null = null;

export function installBridge(api: ProficioApi): void {
  installed = api;
}

export function currentBridge(): ProficioApi {
  if (!installed) throw new Error('Proficio asked the gradebook for data before a bridge was installed.');
  return installed;
}
