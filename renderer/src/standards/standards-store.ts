import { create } from 'zustand';
import type { FrameworkSummary, StandardNode } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure, type ContractFailure } from '../bridge/contract-failure.js';
import { concernsClass, onGradebookChange, touches } from '../session/gradebook-changes.js';
import { buildTree, type StandardsTree } from './standards-tree-model.js';

export type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: ContractFailure };
export type LoadedTree = { nodes: StandardNode[]; tree: StandardsTree };

type StandardsState = {
  frameworks: Load<FrameworkSummary[]> | null;
  /** The framework on screen; null until the list arrives (then the first one). */
  frameworkId: string | null;
  trees: Partial<Record<string, Load<LoadedTree>>>;
  /** The ids each class tracks, in the class's order (its gradebook's column order). */
  tracked: Partial<Record<string, Load<string[]>>>;
  loadFrameworks(options?: { force?: boolean }): Promise<void>;
  selectFramework(frameworkId: string): void;
  loadTree(frameworkId: string, options?: { force?: boolean }): Promise<void>;
  loadTracked(classId: string, options?: { force?: boolean }): Promise<void>;
  /** All or nothing; throws the gradebook's refusal for the view to show. Returns what the class now tracks. */
  saveTracked(classId: string, standardIds: string[]): Promise<StandardNode[]>;
  clear(): void;
};

/** Frameworks, their trees and each class's tracked standards, for the Standards view. */
export const useStandardsStore = create<StandardsState>()((set, get) => {
  // one ticket per slot and key: only the newest load of a key may write, and clear() voids them all
  const tickets = new Map<string, number>();

  /** Loads into one slot of a keyed map unless it is there already (or `force`). */
  async function keyed<T>(slot: 'trees' | 'tracked', key: string, force: boolean, read: () => Promise<T>): Promise<void> {
    const current = get()[slot][key];
    if (!force && (current?.status === 'ready' || current?.status === 'loading')) return;
    const name = `${slot}:${key}`;
    const ticket = (tickets.get(name) ?? 0) + 1;
    tickets.set(name, ticket);
    const put = (next: Load<T>) => {
      if (tickets.get(name) === ticket) set((state) => ({ [slot]: { ...state[slot], [key]: next } }));
    };
    // a forced reload keeps showing what was there until the answer comes, so the tree does not flash
    if (current?.status !== 'ready') put({ status: 'loading' });
    try {
      put({ status: 'ready', value: await read() });
    } catch (error) {
      put({ status: 'error', error: asContractFailure(error) });
    }
  }

  return {
    frameworks: null,
    frameworkId: null,
    trees: {},
    tracked: {},
    async loadFrameworks({ force = false } = {}) {
      const current = get().frameworks;
      if (!force && (current?.status === 'ready' || current?.status === 'loading')) return;
      if (current?.status !== 'ready') set({ frameworks: { status: 'loading' } });
      try {
        const list = await call('frameworks:list', {});
        const chosen = get().frameworkId;
        const frameworkId = list.some((item) => item.id === chosen) ? chosen : (list[0]?.id ?? null);
        set({ frameworks: { status: 'ready', value: list }, frameworkId });
      } catch (error) {
        set({ frameworks: { status: 'error', error: asContractFailure(error) } });
      }
    },
    selectFramework: (frameworkId) => set({ frameworkId }),
    loadTree: (frameworkId, { force = false } = {}) =>
      keyed('trees', frameworkId, force, async () => {
        const nodes = await call('standards:tree', { frameworkId });
        return { nodes, tree: buildTree(nodes) };
      }),
    loadTracked: (classId, { force = false } = {}) =>
      keyed('tracked', classId, force, async () => (await call('standards:tracked', { classId })).map((standard) => standard.id)),
    async saveTracked(classId, standardIds) {
      const saved = await call('standards:setTracked', { classId, standardIds });
      tickets.set(`tracked:${classId}`, (tickets.get(`tracked:${classId}`) ?? 0) + 1);
      set((state) => ({ tracked: { ...state.tracked, [classId]: { status: 'ready', value: saved.map((standard) => standard.id) } } }));
      return saved;
    },
    clear: () => {
      tickets.clear();
      set({ frameworks: null, trees: {}, tracked: {} });
    },
  };
});

/**
 * Frameworks and their trees change with an import (a re-import retires and renames standards); a
 * class's tracked standards change with tracking and with the standards themselves. What was read
 * before is read again, still shown until the new answer arrives.
 */
export function listenForStandardsChanges(): () => void {
  return onGradebookChange((change) => {
    const store = useStandardsStore.getState();
    if (touches(change, ['frameworks', 'standards'])) {
      if (store.frameworks !== null) void store.loadFrameworks({ force: true });
      for (const frameworkId of Object.keys(store.trees)) void store.loadTree(frameworkId, { force: true });
    }
    if (touches(change, ['classes', 'frameworks', 'standards'])) {
      for (const classId of Object.keys(store.tracked)) {
        if (concernsClass(change, classId)) void store.loadTracked(classId, { force: true });
      }
    }
  });
}
