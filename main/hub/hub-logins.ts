import { contract, type ContractError, type HubUse } from '../../preload/contract/index.js';
import { hubNetworkChannels } from '../../preload/contract/hub.js';
import type { GradebookWorker } from '../worker/client.js';
import { parseHubAddress } from './hub-address.js';

/**
 * What main remembers of the hub for the teacher: the last address that worked, per use (a teacher
 * publishing, a coach reading reports), and passwords per hub login (user@host:port/database). The
 * app keeps passwords with safeStorage (main/electron/hub-logins.ts); the test harness in memory.
 */
export type HubLoginStore = {
  canKeepPasswords(): boolean;
  password(login: string): string | null;
  keepPassword(login: string, password: string): void;
  forgetPassword(login: string): boolean;
  address(use: HubUse): string | null;
  rememberAddress(use: HubUse, address: string): void;
};

/** The harness's store: nothing on disk, everything gone when the session ends. */
export function memoryHubLogins(): HubLoginStore {
  const passwords = new Map<string, string>();
  const addresses = new Map<HubUse, string>();
  return {
    canKeepPasswords: () => true,
    password: (login) => passwords.get(login) ?? null,
    keepPassword: (login, password) => void passwords.set(login, password),
    forgetPassword: (login) => passwords.delete(login),
    address: (use) => addresses.get(use) ?? null,
    rememberAddress: (use, address) => void addresses.set(use, address),
  };
}

type Dispatcher = Pick<GradebookWorker, 'dispatch'>;
const networkChannels: readonly string[] = hubNetworkChannels;
function isNetworkChannel(channel: string): channel is (typeof hubNetworkChannels)[number] {
  return networkChannels.includes(channel);
}

/**
 * The worker as the page reaches it, with the hub's logins filled in: a hub request without a typed
 * password gets the one kept for its login; after a request that worked, the address is remembered and
 * a typed password kept if the teacher asked. `hub:login` and `hub:forgetPassword` are answered here.
 * Everything else goes to the worker untouched.
 */
export function withHubLogins<W extends Dispatcher>(worker: W, store: HubLoginStore): W {
  return {
    ...worker,
    async dispatch(channel, request, gradebookId) {
      if (channel === 'hub:login') {
        const parsed = contract['hub:login'].request.safeParse(request);
        if (!parsed.success) return worker.dispatch(channel, request, gradebookId);
        const address = parsed.data.address ?? store.address(parsed.data.use);
        const shown = address === null ? null : loginOf(address);
        const value = { address, shown, passwordKept: shown !== null && store.password(shown) !== null, canKeepPassword: store.canKeepPasswords() };
        return { ok: true, value };
      }
      if (channel === 'hub:forgetPassword') {
        const parsed = contract['hub:forgetPassword'].request.safeParse(request);
        if (!parsed.success) return worker.dispatch(channel, request, gradebookId);
        const shown = loginOf(parsed.data.address);
        return { ok: true, value: { forgotten: shown !== null && store.forgetPassword(shown) } };
      }
      if (!isNetworkChannel(channel)) return worker.dispatch(channel, request, gradebookId);
      // each by its own schema (every one of them holds the login's fields): a class report's request is no publish's
      const parsed = contract[channel].request.safeParse(request);
      const shown = parsed.success ? loginOf(parsed.data.address) : null;
      // an invalid request, or an address that reads as no login: the worker says what is wrong with it
      if (!parsed.success || shown === null) return worker.dispatch(channel, request, gradebookId);
      const typed = parsed.data.password;
      const kept = typed === undefined ? store.password(shown) : null;
      const filled = kept === null ? request : { ...(request as object), password: kept };
      const result = await worker.dispatch(channel, filled, gradebookId);
      if (result.ok) {
        store.rememberAddress(channel === 'hub:publish' ? 'publish' : 'report', parsed.data.address.trim());
        if (typed !== undefined && parsed.data.rememberPassword && store.canKeepPasswords()) store.keepPassword(shown, typed);
        else if (typed !== undefined && !parsed.data.rememberPassword) store.forgetPassword(shown);
        return result;
      }
      if (kept !== null && result.error.details['reason'] === 'hub_login_refused') {
        // the kept password no longer works (IT changed it): forget it, so the next try asks for it
        store.forgetPassword(shown);
        return { ok: false, error: keptPasswordRefused(result.error) };
      }
      return result;
    },
  };
}

function keptPasswordRefused(error: ContractError): ContractError {
  return { ...error, message: `${error.message} The password Proficio kept for this login no longer works, so it has been forgotten: type the current one.`, details: { ...error.details, keptPasswordForgotten: true } };
}

/** The login an address names (user@host:port/database), or null where it does not read as one. */
function loginOf(address: string): string | null {
  try {
    return parseHubAddress(address.trim()).shown;
  } catch {
    return null;
  }
}
