import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { hubPasswords, type PasswordCipher } from './hub-passwords.js';

/** Stands in for safeStorage at the edge of the operating system: reversible, and visibly not the plain text. */
function cipher(available = true): PasswordCipher {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a)),
    decryptString: (encrypted) => Buffer.from(encrypted.map((byte) => byte ^ 0x5a)).toString('utf8'),
  };
}

describe('hub passwords kept with safeStorage', () => {
  const tempDir = useTempDir();
  const login = 'ms_lee@hub.school.org:5432/proficio';

  it('saves a password only encrypted, reads it back, and forgets it', () => {
    const file = join(tempDir(), 'profile', 'hub-passwords.json');
    const passwords = hubPasswords(cipher(), file);
    passwords.save(login, 'correct horse');
    expect(readFileSync(file, 'utf8')).not.toContain('correct horse');
    expect(hubPasswords(cipher(), file).read(login)).toBe('correct horse');
    passwords.forget(login);
    expect(passwords.read(login)).toBeNull();
  });

  it('saves nothing where the system cannot encrypt', () => {
    const file = join(tempDir(), 'hub-passwords.json');
    const passwords = hubPasswords(cipher(false), file);
    expect(passwords.canSave()).toBe(false);
    expect(() => passwords.save(login, 'correct horse')).toThrow(/not saved/);
    expect(passwords.read(login)).toBeNull();
  });

  it('treats a damaged file or an undecryptable entry as no saved password', () => {
    const dir = tempDir();
    const file = join(dir, 'hub-passwords.json');
    const broken: PasswordCipher = { ...cipher(), decryptString: () => { throw new Error('other keychain'); } };
    hubPasswords(cipher(), file).save(login, 'x');
    expect(hubPasswords(broken, file).read(login)).toBeNull();
    writeFileSync(file, '{ not json');
    expect(hubPasswords(cipher(), file).read(login)).toBeNull();
  });
});
