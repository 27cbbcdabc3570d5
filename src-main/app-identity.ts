/**
 * The app's Windows identity: the AppUserModelID groups its windows under one taskbar button. It must
 * equal electron-builder.yml's appId, which the NSIS installer stamps on the Start menu and desktop
 * shortcuts; otherwise a pinned shortcut and the running window are two buttons with the same icon.
 */
export const APP_USER_MODEL_ID = 'org.broadsheet.reader';

/** Sets the AppUserModelID on Windows (the call exists only there); says whether it did. Call before any window opens. */
export function applyAppUserModelId(app: { setAppUserModelId?: (id: string) => void }, platform: NodeJS.Platform): boolean {
  if (platform !== 'win32') return false;
  if (!app.setAppUserModelId) throw new Error('app.setAppUserModelId is missing on Windows');
  app.setAppUserModelId(APP_USER_MODEL_ID);
  return true;
}
