import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';

/** safeStorage stands in at the edge of the operating system: reversible, and visibly not the plain text. */
const encryption = vi.hoisted(() => ({ available: true }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => encryption.available,
    encryptString: (text: string) => Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a)),
    decryptString: (encrypted: Buffer) => Buffer.from(encrypted.map((byte) => byte ^ 0x5a)).toString('utf8'),
  },
}));
const { electronHubLogins } = await import('./hub-logins.js');

describe('the app’s hub logins', () => {
  const tempDir = useTempDir();
  const login = 'ms_lee@hub.school.org:5432/proficio';

  it('keeps a password only encrypted and the address in the clear, per use, and forgets the password on request', () => {
    encryption.available = true;
    const dir = tempDir();
    const logins = electronHubLogins(dir);
    expect(logins.address('publish')).toBeNull();
    logins.rememberAddress('publish', 'postgres://ms_lee@hub.school.org/proficio');
    logins.rememberAddress('report', 'postgres://coach@hub.school.org/proficio');
    logins.keepPassword(login, 'correct horse');

    const again = electronHubLogins(dir);
    expect(again.address('publish')).toBe('postgres://ms_lee@hub.school.org/proficio');
    expect(again.address('report')).toBe('postgres://coach@hub.school.org/proficio');
    expect(again.password(login)).toBe('correct horse');
    for (const file of readdirSync(dir)) expect(readFileSync(`${dir}/${file}`, 'utf8')).not.toContain('correct horse');
    expect(again.forgetPassword(login)).toBe(true);
    expect(again.password(login)).toBeNull();
    expect(again.forgetPassword(login)).toBe(false);
  });

  it('offers no keeping where the system cannot encrypt, and keeps nothing', () => {
    encryption.available = false;
    const logins = electronHubLogins(tempDir());
    expect(logins.canKeepPasswords()).toBe(false);
    expect(() => logins.keepPassword(login, 'correct horse')).toThrow(/no safe place for passwords/);
    expect(logins.password(login)).toBeNull();
  });
});
