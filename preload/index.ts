/**
 * The preload: runs sandboxed, before the page, and exposes exactly one object, `window.proficio`,
 * built from the contract. Each method invokes its own channel; the page never sees `ipcRenderer`.
 * Bundled into a single CommonJS file because a sandboxed preload cannot load ES modules or packages.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildProficioApi, type Result } from './contract/index.js';

const api = buildProficioApi(
  (channel, request) => ipcRenderer.invoke(channel, request) as Promise<Result<unknown>>,
  (event, listener) => {
    const relay = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, relay);
    return () => ipcRenderer.removeListener(event, relay);
  },
);

contextBridge.exposeInMainWorld('proficio', api);
