import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src-shared/host';
import type { MenuLabels } from './menu-labels';

/**
 * Platform-specific accelerators. "CmdOrCtrl" is ⌘ on macOS and Ctrl
 * elsewhere; quitting and full screen follow each platform's convention.
 */
export function acceleratorsFor(platform: NodeJS.Platform) {
  const mac = platform === 'darwin';
  return {
    importFiles: 'CmdOrCtrl+O',
    importFolder: 'CmdOrCtrl+Shift+O',
    backup: 'CmdOrCtrl+Shift+B',
    exportNotes: 'CmdOrCtrl+Shift+E',
    print: 'CmdOrCtrl+P',
    quit: mac ? 'Cmd+Q' : platform === 'win32' ? 'Alt+F4' : 'Ctrl+Q',
    zoomIn: 'CmdOrCtrl+Plus',
    zoomOut: 'CmdOrCtrl+-',
    resetZoom: 'CmdOrCtrl+0',
    verticalLayout: 'CmdOrCtrl+Shift+L',
    fullScreen: mac ? 'Ctrl+Cmd+F' : 'F11',
    shortcuts: 'CmdOrCtrl+/',
  } as const;
}

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  labels: MenuLabels;
  /** Delivers a command to the renderer (webContents.send on the menu-command channel). */
  send: (command: MenuCommand) => void;
}

/**
 * The application menu: 文件 (import, back up, restore, export notes, print, quit),
 * 视图 (zoom, theme, vertical layout, full screen), 帮助 (shortcuts, about).
 * App actions are sent to the renderer as MenuCommands; zoom, full screen and
 * quit use Electron roles. macOS gets its app menu (where Quit and About live
 * there) and an Edit menu, without which ⌘C/⌘V do nothing.
 */
export function buildMenuTemplate({ platform, labels, send }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const keys = acceleratorsFor(platform);
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: cmd,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });

  const fileMenu: MenuItemConstructorOptions = {
    id: 'file',
    label: labels.file,
    submenu: [
      command(labels.importFiles, 'import-files', keys.importFiles),
      command(labels.importFolder, 'import-folder', keys.importFolder),
      { type: 'separator' },
      command(labels.backup, 'backup', keys.backup),
      command(labels.restore, 'restore'),
      command(labels.exportNotes, 'export-notes', keys.exportNotes),
      { type: 'separator' },
      // (Sent to the renderer, which prints the view it shows with its print styles; a BrowserWindow binds no key to print.)
      command(labels.print, 'print', keys.print),
      ...(mac ? [] : ([{ type: 'separator' }, { id: 'quit', role: 'quit', label: labels.quit, accelerator: keys.quit }] as MenuItemConstructorOptions[])),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    id: 'view',
    label: labels.view,
    submenu: [
      { id: 'zoom-in', role: 'zoomIn', label: labels.zoomIn, accelerator: keys.zoomIn },
      { id: 'zoom-out', role: 'zoomOut', label: labels.zoomOut, accelerator: keys.zoomOut },
      { id: 'reset-zoom', role: 'resetZoom', label: labels.resetZoom, accelerator: keys.resetZoom },
      { type: 'separator' },
      {
        id: 'theme',
        label: labels.theme,
        submenu: [
          command(labels.themeLight, 'theme-light'),
          command(labels.themeSepia, 'theme-sepia'),
          command(labels.themeDark, 'theme-dark'),
          command(labels.themeSystem, 'theme-system'),
        ],
      },
      command(labels.verticalLayout, 'toggle-vertical', keys.verticalLayout),
      { type: 'separator' },
      { id: 'full-screen', role: 'togglefullscreen', label: labels.fullScreen, accelerator: keys.fullScreen },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    id: 'help',
    label: labels.help,
    role: 'help',
    submenu: [command(labels.shortcuts, 'show-shortcuts', keys.shortcuts), ...(mac ? [] : [command(labels.about, 'show-about')])],
  };

  if (!mac) return [fileMenu, viewMenu, helpMenu];

  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    role: 'appMenu',
    submenu: [
      command(labels.about, 'show-about'),
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { id: 'quit', role: 'quit', label: labels.quit, accelerator: keys.quit },
    ],
  };
  return [appMenu, fileMenu, { id: 'edit', role: 'editMenu', label: labels.edit }, viewMenu, { id: 'window', role: 'windowMenu', label: labels.window }, helpMenu];
}
