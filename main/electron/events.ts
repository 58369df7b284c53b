/** Events from main to the page: only names from the contract's fixed list, with their payload types. */
import type { BrowserWindow } from 'electron';
import type { EventName, EventPayloads } from '../../preload/contract/index.js';

export function sendEvent<E extends EventName>(window: BrowserWindow | null, event: E, payload: EventPayloads[E]): void {
  if (!window || window.isDestroyed()) return;
  window.webContents.send(event, payload);
}
