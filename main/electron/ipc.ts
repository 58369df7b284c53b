/**
 * One `ipcMain.handle` per contract channel, each forwarding to the gradebook worker, where dispatch
 * validates the request. Nothing else is registered, so the page can reach no other channel; and a
 * request is answered only when it comes from the top frame of our own page.
 */
import type { IpcMain } from 'electron';
import { channelNames, type ChannelName, type Result } from '../../preload/contract/index.js';
import type { GradebookWorker } from '../worker/client.js';
import { isTrustedSender } from './policy.js';

export function enableGradebookIpc(ipcMain: IpcMain, worker: Pick<GradebookWorker, 'dispatch'>, rendererIndexUrl: string): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, request: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame, rendererIndexUrl)) {
        console.warn(`[security] refused ${channel} from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
        return Promise.resolve(refusal(channel));
      }
      return worker.dispatch(channel, request);
    });
  }
}

function refusal(channel: ChannelName): Result<never> {
  return {
    ok: false,
    error: {
      code: 'invalid_request',
      message: 'Proficio answers requests from its own window only.',
      details: { channel, reason: 'untrusted_sender' },
    },
  };
}
