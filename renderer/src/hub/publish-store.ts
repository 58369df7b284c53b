import { create } from 'zustand';
import type { ContractError, HubLogin, HubProgress, HubPublished } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';
import { currentBridge } from '../bridge/current-bridge.js';
import { enqueue } from '../bridge/write-queue.js';

/** Where the publish dialog is: asking, sending (with progress), done, or failed (the form stays filled). */
export type PublishPhase =
  | { step: 'asking' }
  | { step: 'sending'; progress: HubProgress | null; stopping: boolean }
  | { step: 'done'; summary: HubPublished }
  /** The teacher stopped it: its one transaction was rolled back, the hub is as it was before. */
  | { step: 'stopped' }
  | { step: 'failed'; error: ContractError };

type PublishState = {
  open: boolean;
  /** What main remembers: the last address, and whether a password is kept for it. */
  login: HubLogin | null;
  phase: PublishPhase;
  openDialog(): void;
  closeDialog(): void;
  /** Asks main whether a password is kept for this address (after the teacher edits it). */
  checkAddress(address: string): Promise<void>;
  forgetPassword(address: string): Promise<void>;
  publish(request: { address: string; password: string; keepPassword: boolean }): Promise<void>;
  /** Asks the publish running to stop (hub:cancel): the hub keeps nothing of it. */
  stop(): Promise<void>;
};

/**
 * File → Publish to school hub…: the open gradebook goes to the school's hub. The dialog asks for the
 * address and password (main fills in a kept password, never the page); the publish itself runs in
 * the worker, whose progress arrives as hub:progress events.
 */
export const usePublishStore = create<PublishState>()((set, get) => ({
  open: false,
  login: null,
  phase: { step: 'asking' },
  openDialog: () => {
    if (get().open) return;
    set({ open: true, phase: { step: 'asking' }, login: null });
    call('hub:login', { use: 'publish' }).then(
      (login) => set({ login }),
      // nothing remembered can be read: the teacher types the address
      () => set({ login: { address: null, shown: null, passwordKept: false, canKeepPassword: false } }),
    );
  },
  closeDialog: () => {
    // a publish runs to its end in the worker either way; closing only hides it
    if (get().phase.step !== 'sending') set({ open: false });
  },
  async checkAddress(address) {
    if (address.trim() === '') return;
    try {
      const login = await call('hub:login', { use: 'publish', address });
      set({ login: { ...login, address: get().login?.address ?? login.address } });
    } catch {
      // an address that does not read as one is said when the teacher publishes
    }
  },
  async forgetPassword(address) {
    await call('hub:forgetPassword', { address });
    await get().checkAddress(address);
  },
  async publish({ address, password, keepPassword }) {
    set({ phase: { step: 'sending', progress: null, stopping: false } });
    const stop = currentBridge().events.on('hub:progress', (progress) => {
      const phase = get().phase;
      if (phase.step === 'sending') set({ phase: { ...phase, progress } });
    });
    try {
      // the first publish gives the gradebook the lasting id a hub knows it by: a write, queued as writes are
      await enqueue(() => call('hub:prepare', {}));
      const summary = await call('hub:publish', { address, ...(password === '' ? {} : { password }), rememberPassword: keepPassword });
      set({ phase: { step: 'done', summary } });
      void get().checkAddress(address);
    } catch (error) {
      const failure = asContractFailure(error).toContractError();
      set({ phase: isStoppedPublish(failure) ? { step: 'stopped' } : { step: 'failed', error: failure } });
      void get().checkAddress(address);
    } finally {
      stop();
    }
  },
  async stop() {
    const phase = get().phase;
    if (phase.step !== 'sending' || phase.stopping) return;
    set({ phase: { ...phase, stopping: true } });
    // answered at once; the publish itself answers 'cancelled' once its transaction is rolled back
    await call('hub:cancel', {}).catch(() => undefined);
  },
}));

/** The answer of a publish the teacher stopped (hub:cancel), as opposed to one that failed. */
export function isStoppedPublish(error: ContractError): boolean {
  return error.code === 'conflict' && error.details['reason'] === 'cancelled';
}
