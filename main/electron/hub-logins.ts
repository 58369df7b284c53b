/**
 * The school hub's logins in the app: passwords kept only with safeStorage (hub-passwords.ts), the
 * last address per use in a small JSON file beside them (an address holds no password: hub-address.ts
 * refuses one). safeStorage is reached only when a hub request comes, after the app is ready.
 */
import { safeStorage } from 'electron';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HubUse } from '../../preload/contract/index.js';
import type { HubLoginStore } from '../hub/hub-logins.js';
import { hubPasswords, type HubPasswords } from './hub-passwords.js';

export function electronHubLogins(userData: string): HubLoginStore {
  let passwords: HubPasswords | null = null;
  const kept = (): HubPasswords => (passwords ??= hubPasswords(safeStorage, join(userData, 'hub-passwords.json')));
  const addressFile = join(userData, 'hub-addresses.json');
  const addresses = (): Partial<Record<HubUse, string>> => {
    try {
      const parsed = JSON.parse(readFileSync(addressFile, 'utf8')) as unknown;
      return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<Record<HubUse, string>>) : {};
    } catch {
      // none remembered yet (or a file we cannot read): the teacher types the address
      return {};
    }
  };
  return {
    canKeepPasswords: () => kept().canSave(),
    password: (login) => kept().read(login),
    keepPassword: (login, password) => kept().save(login, password),
    forgetPassword: (login) => {
      const had = kept().read(login) !== null;
      kept().forget(login);
      return had;
    },
    address: (use) => {
      const address = addresses()[use];
      return typeof address === 'string' ? address : null;
    },
    rememberAddress: (use, address) => {
      mkdirSync(dirname(addressFile), { recursive: true });
      writeFileSync(`${addressFile}.tmp`, `${JSON.stringify({ ...addresses(), [use]: address }, null, 2)}\n`);
      renameSync(`${addressFile}.tmp`, addressFile);
    },
  };
}
