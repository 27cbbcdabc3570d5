import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileDialogs, MAX_SAVE_BYTES, parsePickOptions, parseSaveRequest, safeSuggestedName, type Dialogs } from './file-dialogs';
import { FileTokenRegistry } from './file-tokens';
import { menuLabelsFor } from './menu-labels';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-dialogs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A scripted stand-in for Electron's dialog module: answers with the paths a user would have picked. */
function scriptedDialogs(answer: { open?: string[] | 'cancel'; save?: string | 'cancel' }) {
  const calls: unknown[] = [];
  const dialogs: Dialogs = {
    showOpenDialog: async (options) => {
      calls.push(options);
      return answer.open === 'cancel' || !answer.open ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: answer.open };
    },
    showSaveDialog: async (options) => {
      calls.push(options);
      return answer.save === 'cancel' || !answer.save ? { canceled: true } : { canceled: false, filePath: answer.save };
    },
  };
  return { dialogs, calls };
}

describe('FileDialogs.pick', () => {
  it('issues tokens only for the files the user picked, and those read back', async () => {
    writeFileSync(join(dir, 'a.txt'), '甲');
    writeFileSync(join(dir, 'not-picked.txt'), '乙');
    const tokens = new FileTokenRegistry();
    const { dialogs, calls } = scriptedDialogs({ open: [join(dir, 'a.txt')] });
    const picked = await new FileDialogs(dialogs, tokens, () => menuLabelsFor('zh-CN')).pick({ folder: false, accept: ['.txt'] });
    expect(picked.map((t) => t.name)).toEqual(['a.txt']);
    expect(tokens.size).toBe(1);
    expect(new TextDecoder().decode(await tokens.read(picked[0]!.token))).toBe('甲');
    expect(calls[0]).toMatchObject({ properties: ['openFile', 'multiSelections'], filters: [{ extensions: ['txt'] }] });
  });

  it('walks a picked folder for its text files', async () => {
    mkdirSync(join(dir, 'papers', 'june'), { recursive: true });
    writeFileSync(join(dir, 'papers', 'june', '1.txt'), '1');
    writeFileSync(join(dir, 'papers', 'cover.png'), 'png');
    const { dialogs, calls } = scriptedDialogs({ open: [join(dir, 'papers')] });
    const picked = await new FileDialogs(dialogs, new FileTokenRegistry(), () => menuLabelsFor('en')).pick({ folder: true });
    expect(picked.map((t) => t.name)).toEqual(['papers/june/1.txt']);
    expect(calls[0]).toMatchObject({ properties: ['openDirectory'] });
  });

  it('returns nothing and issues nothing when the dialog is cancelled', async () => {
    const tokens = new FileTokenRegistry();
    const { dialogs } = scriptedDialogs({ open: 'cancel' });
    expect(await new FileDialogs(dialogs, tokens, () => menuLabelsFor('en')).pick({ folder: false })).toEqual([]);
    expect(tokens.size).toBe(0);
  });
});

describe('FileDialogs.save', () => {
  it('writes text or bytes where the user chose', async () => {
    const target = join(dir, 'notes.md');
    const { dialogs, calls } = scriptedDialogs({ save: target });
    const files = new FileDialogs(dialogs, new FileTokenRegistry(), () => menuLabelsFor('en'));
    expect(await files.save({ suggestedName: 'notes.md', mimeType: 'text/markdown', data: '# 笔记' })).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('# 笔记');
    expect(calls[0]).toMatchObject({ defaultPath: 'notes.md', filters: [{ extensions: ['md'] }] });
    expect(await files.save({ suggestedName: 'b.bin', mimeType: 'application/octet-stream', data: new Uint8Array([1, 2, 3]) })).toBe(true);
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  });

  it('writes nothing when cancelled', async () => {
    const { dialogs } = scriptedDialogs({ save: 'cancel' });
    expect(await new FileDialogs(dialogs, new FileTokenRegistry(), () => menuLabelsFor('en')).save({ suggestedName: 'x.json', mimeType: 'application/json', data: '{}' })).toBe(false);
  });

  it('never lets the renderer aim the dialog at a directory', async () => {
    const { dialogs, calls } = scriptedDialogs({ save: 'cancel' });
    await new FileDialogs(dialogs, new FileTokenRegistry(), () => menuLabelsFor('en')).save({ suggestedName: '../../.bashrc', mimeType: 'text/plain', data: '' });
    expect(calls[0]).toMatchObject({ defaultPath: '.bashrc' });
    expect(safeSuggestedName('C:\\Windows\\evil.exe')).toBe('evil.exe');
    expect(safeSuggestedName('/etc/')).toBe('etc');
    expect(safeSuggestedName('..')).toBe('broadsheet-export');
    expect(safeSuggestedName('a<b>:c.txt')).toBe('a_b__c.txt');
  });
});

describe('argument validation', () => {
  it('accepts well-formed pick options and rejects anything else', () => {
    expect(parsePickOptions({ folder: true })).toEqual({ folder: true });
    expect(parsePickOptions({ folder: false, accept: ['.txt', 3] })).toEqual({ folder: false, accept: ['.txt'] });
    expect(() => parsePickOptions({ folder: 'yes' })).toThrow(TypeError);
    expect(() => parsePickOptions('/etc')).toThrow(TypeError);
    expect(() => parsePickOptions(null)).toThrow(TypeError);
  });

  it('accepts save requests with string or byte data, rejects other data and oversized data', () => {
    expect(parseSaveRequest({ suggestedName: 'a.json', mimeType: 'application/json', data: '{}' })).toEqual({ suggestedName: 'a.json', mimeType: 'application/json', data: '{}' });
    expect(() => parseSaveRequest({ suggestedName: 'a', mimeType: 'x', data: { path: '/etc/passwd' } })).toThrow(TypeError);
    expect(() => parseSaveRequest({ suggestedName: 1, mimeType: 'x', data: '' })).toThrow(TypeError);
    const huge = { byteLength: MAX_SAVE_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(() => parseSaveRequest({ suggestedName: 'a', mimeType: 'x', data: huge })).toThrow(RangeError);
  });
});
