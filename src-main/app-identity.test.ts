import { resolve } from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';
import { APP_USER_MODEL_ID, applyAppUserModelId } from './app-identity';

describe('the Windows AppUserModelID', () => {
  it('is electron-builder.yml’s appId, which the installer gives the shortcuts', async () => {
    const config = await getConfig(resolve(__dirname, '..'), null, null);
    expect(APP_USER_MODEL_ID).toBe(config.appId);
  });

  it('is set on Windows only', () => {
    const set: string[] = [];
    const app = { setAppUserModelId: (id: string) => void set.push(id) };
    expect(applyAppUserModelId(app, 'darwin')).toBe(false);
    expect(applyAppUserModelId(app, 'linux')).toBe(false);
    expect(set).toEqual([]);
    expect(applyAppUserModelId(app, 'win32')).toBe(true);
    expect(set).toEqual(['org.broadsheet.reader']);
  });
});
