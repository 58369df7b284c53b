/**
 * The school hub's password in the app: kept only encrypted with Electron's `safeStorage` (the
 * operating system's keychain: Keychain on macOS, DPAPI on Windows, the secret service on Linux), in a
 * small JSON file in the user's profile, one entry per hub login (user@host:port/database — never the
 * password itself in the clear). Where the system offers no encryption, nothing is saved: the teacher
 * types the password each time instead of it lying in a plain file.
 *
 * No Electron here (the caller passes `safeStorage`), so it is tested with real files and a stand-in
 * cipher (hub-passwords.test.ts). A publish from the app passes the password to the worker as the
 * PGPASSWORD of its environment (main/hub/hub-connection.ts reads it from there), never in the URL.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What of Electron's safeStorage this needs. */
export type PasswordCipher = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
};

export type HubPasswords = {
  /** False when the system cannot encrypt: then `save` refuses and the app asks every time. */
  canSave(): boolean;
  save(login: string, password: string): void;
  read(login: string): string | null;
  forget(login: string): void;
};

type PasswordFile = { version: 1; encrypted: Record<string, string> };

export function hubPasswords(cipher: PasswordCipher, file: string): HubPasswords {
  const load = (): PasswordFile => {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<PasswordFile>;
      const entries = parsed.version === 1 && typeof parsed.encrypted === 'object' && parsed.encrypted !== null ? parsed.encrypted : {};
      return { version: 1, encrypted: Object.fromEntries(Object.entries(entries).filter(([, value]) => typeof value === 'string')) };
    } catch {
      // no file yet, or one we cannot trust: no saved passwords (the teacher is asked again)
      return { version: 1, encrypted: {} };
    }
  };
  const store = (contents: PasswordFile): void => {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(contents, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, file);
  };
  return {
    canSave: () => cipher.isEncryptionAvailable(),
    save(login, password) {
      if (!cipher.isEncryptionAvailable()) throw new Error('This computer offers no safe place for passwords, so the hub password is not saved: you will be asked for it when you publish.');
      const contents = load();
      contents.encrypted[login] = cipher.encryptString(password).toString('base64');
      store(contents);
    },
    read(login) {
      const encrypted = load().encrypted[login];
      if (encrypted === undefined || !cipher.isEncryptionAvailable()) return null;
      try {
        return cipher.decryptString(Buffer.from(encrypted, 'base64'));
      } catch {
        // encrypted under another system account or keychain: as good as not saved
        return null;
      }
    },
    forget(login) {
      const contents = load();
      if (!(login in contents.encrypted)) return;
      delete contents.encrypted[login];
      store(contents);
    },
  };
}
