import { create } from 'zustand';
import type { RosterEntry } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';

export type RosterLoad =
  | { status: 'loading' }
  | { status: 'ready'; entries: RosterEntry[] }
  | { status: 'error'; error: ContractFailure };

type RosterState = {
  /** Rosters by class id, kept while the app runs so switching back to a class is instant. */
  byClass: Partial<Record<string, RosterLoad>>;
  /** Loads a class's roster unless it is loaded or loading; `force` reloads it regardless. */
  load(classId: string, options?: { force?: boolean }): Promise<void>;
  /** Forgets every roster, e.g. when another gradebook file was opened. */
  clear(): void;
};

export const useRosterStore = create<RosterState>()((set, get) => ({
  byClass: {},
  async load(classId, { force = false } = {}) {
    const current = get().byClass[classId];
    if (!force && (current?.status === 'ready' || current?.status === 'loading')) return;
    const loading: RosterLoad = { status: 'loading' };
    const put = (next: RosterLoad) => {
      // a newer load (or clear) for this class may have replaced ours while we waited
      if (get().byClass[classId] === loading) set((state) => ({ byClass: { ...state.byClass, [classId]: next } }));
    };
    set((state) => ({ byClass: { ...state.byClass, [classId]: loading } }));
    try {
      put({ status: 'ready', entries: await call('learners:roster', { classId }) });
    } catch (error) {
      put({ status: 'error', error: asContractFailure(error) });
    }
  },
  clear: () => set({ byClass: {} }),
}));
