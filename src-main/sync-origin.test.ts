import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncOrigin, SyncOriginError, loadSyncOrigin, parseSyncServer, saveSyncOrigin } from './sync-origin';

describe('SyncOrigin', () => {
  it('keeps the origin of a server the settings form accepts, path and all dropped', () => {
    const origin = new SyncOrigin();
    expect(origin.set('https://couch.example.org:6984/some/path/')).toBe(true);
    expect(origin.get()).toBe('https://couch.example.org:6984');
    expect(origin.set('https://couch.example.org:6984/other')).toBe(false);
    expect(origin.set('http://127.0.0.1:5984')).toBe(true);
    expect(origin.get()).toBe('http://127.0.0.1:5984');
    expect(origin.set(null)).toBe(true);
    expect(origin.get()).toBeNull();
  });

  it('refuses what the form refuses, and keeps the previous origin then', () => {
    const origin = new SyncOrigin('https://couch.example.org');
    for (const bad of ['http://couch.example.org', 'https://alice:secret@couch.example.org', 'ftp://127.0.0.1', 'file:///etc/passwd', 'couch', 42, undefined, {}]) {
      expect(() => origin.set(bad), String(bad)).toThrow(SyncOriginError);
    }
    expect(origin.get()).toBe('https://couch.example.org');
    expect(() => parseSyncServer('http://10.0.0.5:5984')).toThrow(/only https: or http: on 127\.0\.0\.1\/localhost/);
  });

  it('admits exactly the configured origin: same scheme, host and port', () => {
    const origin = new SyncOrigin('https://couch.example.org');
    expect(origin.admits('https://couch.example.org/reader-alice/_changes?feed=longpoll')).toBe(true);
    expect(origin.admits('https://couch.example.org:443/')).toBe(true);
    for (const url of ['http://couch.example.org/', 'https://couch.example.org:6984/', 'https://evil.couch.example.org/', 'https://couch.example.org.evil.com/', 'wss://couch.example.org/', 'garbage']) {
      expect(origin.admits(url), url).toBe(false);
    }
    expect(new SyncOrigin().admits('https://couch.example.org/')).toBe(false);
  });
});

describe('the saved sync origin', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through the user data folder, and a refused or broken file means no origin', async () => {
    dir = mkdtempSync(join(tmpdir(), 'broadsheet-sync-origin-'));
    const file = join(dir, 'sync-origin.json');
    expect(await loadSyncOrigin(file)).toBeNull();
    await saveSyncOrigin(file, 'http://localhost:5984');
    expect(await loadSyncOrigin(file)).toBe('http://localhost:5984');
    await saveSyncOrigin(file, null);
    expect(await loadSyncOrigin(file)).toBeNull();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ origin: null });
    writeFileSync(file, JSON.stringify({ origin: 'http://attacker.example' }));
    expect(await loadSyncOrigin(file)).toBeNull();
    writeFileSync(file, '{not json');
    expect(await loadSyncOrigin(file)).toBeNull();
  });
});
