import { create } from 'zustand';
import type { ContractError, HubGradebook, HubLogin } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { asContractFailure } from '../bridge/contract-failure.js';

/**
 * The Reports section's "School hub" source: the coach's hub login and what the hub holds. Main keeps a
 * password the coach asked to keep (safeStorage) and fills it in; one not kept stays here, in this
 * window's memory, only while the hub is the source, and goes with every hub request.
 */
export type HubConnection = { address: string; password: string | null; gradebooks: HubGradebook[]; /** The login as shown: user@host:port/database. */ shown: string };

type HubSourceState = {
  /** What main remembers for a coach: the last hub address, and whether its password is kept. */
  login: HubLogin | null;
  connection: HubConnection | null;
  connecting: boolean;
  problem: ContractError | null;
  /** Asks main what it remembers (when the hub becomes the source). */
  recall(): Promise<void>;
  connect(request: { address: string; password: string; keepPassword: boolean }): Promise<void>;
  /** Forgets the connection (and a password held in memory): the form shows again. */
  disconnect(): void;
};

export const useHubSourceStore = create<HubSourceState>()((set) => ({
  login: null,
  connection: null,
  connecting: false,
  problem: null,
  async recall() {
    try {
      set({ login: await call('hub:login', { use: 'report' }) });
    } catch {
      set({ login: { address: null, shown: null, passwordKept: false, canKeepPassword: false } });
    }
  },
  async connect({ address, password, keepPassword }) {
    set({ connecting: true, problem: null });
    try {
      const typed = password === '' ? {} : { password };
      const gradebooks = await call('hub:gradebooks', { address, ...typed, rememberPassword: keepPassword });
      const login = await call('hub:login', { use: 'report', address });
      // a kept password is main's to fill in; one not kept goes with each request from here
      set({ login, connection: { address, password: password !== '' && !keepPassword ? password : null, gradebooks, shown: login.shown ?? address } });
    } catch (error) {
      set({ problem: asContractFailure(error).toContractError() });
    } finally {
      set({ connecting: false });
    }
  },
  disconnect: () => set({ connection: null, problem: null }),
}));

/** The login part of every hub request made for this connection. */
export function hubLoginOf(connection: HubConnection): { address: string; password?: string } {
  return connection.password === null ? { address: connection.address } : { address: connection.address, password: connection.password };
}
