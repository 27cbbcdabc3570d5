import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../src-shared/host';
import { menuLabelsFor } from './menu-labels';
import { acceleratorsFor, buildMenuTemplate } from './menu-template';

function build(platform: NodeJS.Platform, locale = 'zh-CN') {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ platform, labels: menuLabelsFor(locale), send: (c) => sent.push(c) });
  return { template, sent };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function find(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const item = flatten(items).find((i) => i.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('application menu', () => {
  it('has 文件, 视图 and 帮助 on Windows and Linux, with every command the issue lists', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { template, sent } = build(platform);
      expect(template.map((m) => m.label)).toEqual(['文件', '视图', '帮助']);
      const commands: MenuCommand[] = ['import-files', 'import-folder', 'backup', 'restore', 'export-notes', 'print', 'theme-light', 'theme-sepia', 'theme-dark', 'theme-system', 'toggle-vertical', 'show-shortcuts', 'show-about'];
      for (const command of commands) click(find(template, command));
      expect(sent).toEqual(commands);
      expect(find(template, 'quit').role).toBe('quit');
      expect(find(template, 'zoom-in').role).toBe('zoomIn');
      expect(find(template, 'zoom-out').role).toBe('zoomOut');
      expect(find(template, 'reset-zoom').role).toBe('resetZoom');
      expect(find(template, 'full-screen').role).toBe('togglefullscreen');
      const file = find(template, 'file').submenu as MenuItemConstructorOptions[];
      expect(file.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual(['导入文件…', '导入文件夹…', '备份…', '恢复…', '导出笔记…', '打印…', '退出']);
    }
  });

  it('on macOS puts About and Quit in the app menu and adds Edit and Window menus', () => {
    const { template } = build('darwin');
    expect(template.map((m) => m.role ?? m.label)).toEqual(['appMenu', '文件', 'editMenu', '视图', 'windowMenu', 'help']);
    const app = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(app.map((i) => i.id ?? i.role ?? i.type)).toContain('show-about');
    expect(app.map((i) => i.id ?? i.role ?? i.type)).toContain('quit');
    const file = find(template, 'file').submenu as MenuItemConstructorOptions[];
    expect(file.some((i) => i.role === 'quit')).toBe(false);
  });

  it('uses each platform’s accelerators', () => {
    expect(find(build('darwin').template, 'quit').accelerator).toBe('Cmd+Q');
    expect(find(build('linux').template, 'print').accelerator).toBe('CmdOrCtrl+P');
    expect(find(build('win32').template, 'quit').accelerator).toBe('Alt+F4');
    expect(find(build('linux').template, 'quit').accelerator).toBe('Ctrl+Q');
    expect(find(build('darwin').template, 'full-screen').accelerator).toBe('Ctrl+Cmd+F');
    expect(find(build('win32').template, 'full-screen').accelerator).toBe('F11');
    expect(find(build('linux').template, 'import-files').accelerator).toBe('CmdOrCtrl+O');
  });

  it('gives no two items the same accelerator, and avoids the reader’s single-key shortcuts', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = Object.values(acceleratorsFor(platform));
      expect(new Set(accelerators).size).toBe(accelerators.length);
      // j/k, [ ], b, /, ?, Esc belong to the renderer: every menu accelerator needs a modifier or is a function key.
      for (const a of accelerators) expect(a, a).toMatch(/^(CmdOrCtrl|Cmd|Ctrl|Alt)\+|^F\d+$/);
    }
  });

  it('speaks English on an English system', () => {
    const { template } = build('linux', 'en-GB');
    expect(template.map((m) => m.label)).toEqual(['File', 'View', 'Help']);
    expect(menuLabelsFor('en').importFolder).toBe('Import Folder…');
    expect(menuLabelsFor('zh-TW').file).toBe('文件');
  });
});
