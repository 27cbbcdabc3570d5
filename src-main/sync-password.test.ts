import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncPasswordStore, type Encryption } from './sync-password';

/** A stand-in for safeStorage: a reversible transformation that never leaves the text readable, and a switch for "no keychain". */
function fakeEncryption(available = true) {
  const state = { available, encrypted: [] as string[] };
  const encryption: Encryption = {
    isEncryptionAvailable: () => state.available,
    encryptString: (plain) => (state.encrypted.push(plain), Buffer.from(`enc:${Buffer.from(plain, 'utf8').toString('base64').split('').reverse().join('')}`)),
    decryptString: (encrypted) => {
      const text = encrypted.toString('utf8');
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice(4).split('').reverse().join(''), 'base64').toString('utf8');
    },
  };
  return { encryption, state };
}

const PASSWORD = 'correct horse 电池 staple';

describe('SyncPasswordStore', () => {
  let dir = '';
  let file = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'broadsheet-sync-password-'));
    file = join(dir, 'sync-password.bin');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes only ciphertext to the user data folder, and reads it back in a later run', async () => {
    const { encryption, state } = fakeEncryption();
    const store = new SyncPasswordStore(file, encryption);
    expect(store.keeping()).toBe('encrypted');
    expect(await store.load()).toBeNull();
    expect(await store.save(PASSWORD)).toBe('encrypted');
    expect(state.encrypted).toEqual([PASSWORD]);
    const onDisk = readFileSync(file);
    expect(onDisk.toString('utf8')).not.toContain('correct horse');
    expect(onDisk.includes(Buffer.from(PASSWORD, 'utf8'))).toBe(false);
    // A new run (a new store on the same file) finds it.
    expect(await new SyncPasswordStore(file, encryption).load()).toBe(PASSWORD);
  });

  it('without OS encryption keeps the password in memory for this run only, and says so', async () => {
    const { encryption } = fakeEncryption(false);
    const store = new SyncPasswordStore(file, encryption);
    expect(store.keeping()).toBe('session');
    expect(await store.save(PASSWORD)).toBe('session');
    expect(existsSync(file)).toBe(false);
    expect(await store.load()).toBe(PASSWORD);
    expect(await new SyncPasswordStore(file, encryption).load()).toBeNull();
  });

  it('removes an older encrypted password when a new one can only be kept for the session', async () => {
    const { encryption, state } = fakeEncryption();
    await new SyncPasswordStore(file, encryption).save('old one');
    state.available = false;
    const store = new SyncPasswordStore(file, encryption);
    await store.save(PASSWORD);
    expect(existsSync(file)).toBe(false);
  });

  it('forgets the password, and treats a file it cannot decrypt as no password', async () => {
    const { encryption } = fakeEncryption();
    const store = new SyncPasswordStore(file, encryption);
    await store.save(PASSWORD);
    await store.forget();
    expect(existsSync(file)).toBe(false);
    expect(await store.load()).toBeNull();
    writeFileSync(file, 'not ciphertext');
    expect(await store.load()).toBeNull();
    await expect(store.save(42)).rejects.toThrow(TypeError);
  });
});
