import { readFile, rename, rm, writeFile } from 'node:fs/promises';

/** In the user data folder: the sync password as safeStorage ciphertext, never as text. */
export const SYNC_PASSWORD_FILE = 'sync-password.bin';

/** The part of Electron's safeStorage used here, so the file logic is testable without Electron. */
export interface Encryption {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Where the password is kept: encrypted on disk, or (no OS keychain) in memory for this run only. */
export type PasswordKeeping = 'encrypted' | 'session';

/**
 * The sync password on the desktop (issue #19: "kept with Electron's
 * safeStorage"). It is encrypted with the OS keychain (safeStorage) and
 * written to the user data folder, which backups never include (backups are
 * made from the renderer's library). Where the OS offers no encryption
 * (a Linux session without a keyring), it is kept in memory until the app
 * quits and the form says so; plain text never reaches the disk. Nothing
 * here logs the password.
 */
export class SyncPasswordStore {
  private sessionOnly: string | null = null;

  constructor(
    private readonly file: string,
    private readonly encryption: Encryption,
  ) {}

  /** How a password given now would be kept. */
  keeping(): PasswordKeeping {
    return this.encryption.isEncryptionAvailable() ? 'encrypted' : 'session';
  }

  async save(password: unknown): Promise<PasswordKeeping> {
    if (typeof password !== 'string') throw new TypeError('The sync password must be a string.');
    if (!this.encryption.isEncryptionAvailable()) {
      this.sessionOnly = password;
      // An older encrypted one would come back at the next start: it is not the reader's password any more.
      await rm(this.file, { force: true });
      return 'session';
    }
    this.sessionOnly = null;
    await writeFile(`${this.file}.tmp`, this.encryption.encryptString(password), { mode: 0o600 });
    await rename(`${this.file}.tmp`, this.file);
    return 'encrypted';
  }

  /** The password, or null when none is kept (or the kept one cannot be decrypted any more, e.g. another OS user). */
  async load(): Promise<string | null> {
    if (this.sessionOnly !== null) return this.sessionOnly;
    if (!this.encryption.isEncryptionAvailable()) return null;
    let encrypted: Buffer;
    try {
      encrypted = await readFile(this.file);
    } catch {
      return null;
    }
    try {
      return this.encryption.decryptString(encrypted);
    } catch {
      return null;
    }
  }

  async forget(): Promise<void> {
    this.sessionOnly = null;
    await rm(this.file, { force: true });
  }
}
