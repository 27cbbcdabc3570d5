import type { SyncHost, SyncPasswordKeeping } from '../../src-shared/host';

const SESSION_KEY = 'broadsheet.sync.password';
const REMEMBERED_KEY = 'broadsheet.sync.password.remembered';

/**
 * The browser host's part of sync. The password is kept in sessionStorage
 * (gone when the browser session ends) unless the reader ticks "remember on
 * this computer": then in localStorage, in plain text in the browser profile,
 * which the form says before they tick it. The page's CSP is static
 * (tooling/csp.ts), so setting a server needs no reload.
 */
export class BrowserSyncHost implements SyncHost {
  async passwordKeeping(): Promise<SyncPasswordKeeping> {
    return 'reader-choice';
  }

  async loadPassword(): Promise<string | null> {
    return sessionStorage.getItem(SESSION_KEY) ?? localStorage.getItem(REMEMBERED_KEY);
  }

  async savePassword(password: string, remember: boolean): Promise<'session' | 'remembered'> {
    if (remember) {
      localStorage.setItem(REMEMBERED_KEY, password);
      sessionStorage.removeItem(SESSION_KEY);
      return 'remembered';
    }
    sessionStorage.setItem(SESSION_KEY, password);
    localStorage.removeItem(REMEMBERED_KEY);
    return 'session';
  }

  async forgetPassword(): Promise<void> {
    sessionStorage.removeItem(SESSION_KEY);
    localStorage.removeItem(REMEMBERED_KEY);
  }

  async setServer(): Promise<boolean> {
    return false;
  }

  /** For the form: whether a remembered password is in this profile now. */
  static remembers(): boolean {
    return localStorage.getItem(REMEMBERED_KEY) !== null;
  }
}
