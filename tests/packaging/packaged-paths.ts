import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the packaged app keeps its profile and its log, per OS — app.getPath('userData') and
 * app.getPath('logs') for the product name, as src-main/logging.ts documents them. On Linux the
 * profile follows XDG_CONFIG_HOME, which the checks point at a throw-away folder; on Windows and
 * macOS they use the account's real profile (a fresh one on CI runners).
 */
const PRODUCT_NAME = '读报 Broadsheet';

export function packagedUserData(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

export function packagedLogFile(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Logs', PRODUCT_NAME, 'main.log');
  return join(packagedUserData(env), 'logs', 'main.log');
}

/** The line src-main/index.ts logs once the window is made. */
export const START_UP_LINE = /读报 Broadsheet \S+ started \((\w+), Electron ([\d.]+)\)/;
