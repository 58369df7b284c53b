import { create } from 'zustand';
import type { RosterEntry } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { concernsClass, onGradebookChange, touches } from '../session/gradebook-changes.js';

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

// one ticket per class: only the newest read of a class may write, and clear() voids them all
const tickets = new Map<string, number>();

export const useRosterStore = create<RosterState>()((set, get) => ({
  byClass: {},
  async load(classId, { force = false } = {}) {
    const current = get().byClass[classId];
    if (!force && (current?.status === 'ready' || current?.status === 'loading')) return;
    const ticket = (tickets.get(classId) ?? 0) + 1;
    tickets.set(classId, ticket);
    const put = (next: RosterLoad) => {
      if (tickets.get(classId) === ticket) set((state) => ({ byClass: { ...state.byClass, [classId]: next } }));
    };
    // a reload keeps the roster on screen until the new one arrives, so the table does not flash
    if (current?.status !== 'ready') put({ status: 'loading' });
    try {
      put({ status: 'ready', entries: await call('learners:roster', { classId }) });
    } catch (error) {
      put({ status: 'error', error: asContractFailure(error) });
    }
  },
  clear: () => {
    tickets.clear();
    set({ byClass: {} });
  },
}));

/**
 * A roster shows enrolments and each learner's evidence count and latest evidence: it is out of date
 * after a change to classes, learners or evidence of its class. Rosters read before are read again.
 */
export function listenForRosterChanges(): () => void {
  return onGradebookChange((change) => {
    if (!touches(change, ['classes', 'learners', 'evidence'])) return;
    const store = useRosterStore.getState();
    for (const classId of Object.keys(store.byClass)) {
      if (concernsClass(change, classId)) void store.load(classId, { force: true });
    }
  });
}
