/**
 * Native menu labels. The menu is built in the main process, outside the
 * renderer's i18next catalogues, so its two languages live here; the app
 * follows the system language (Chinese unless the system asks for English).
 */
export interface MenuLabels {
  file: string;
  importFiles: string;
  importFolder: string;
  backup: string;
  restore: string;
  exportNotes: string;
  print: string;
  quit: string;
  edit: string;
  view: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  theme: string;
  themeLight: string;
  themeSepia: string;
  themeDark: string;
  themeSystem: string;
  verticalLayout: string;
  fullScreen: string;
  window: string;
  help: string;
  shortcuts: string;
  about: string;
}

const zhCN: MenuLabels = {
  file: '文件',
  importFiles: '导入文件…',
  importFolder: '导入文件夹…',
  backup: '备份…',
  restore: '恢复…',
  exportNotes: '导出笔记…',
  print: '打印…',
  quit: '退出',
  edit: '编辑',
  view: '视图',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '实际大小',
  theme: '主题',
  themeLight: '浅色',
  themeSepia: '纸黄',
  themeDark: '深色',
  themeSystem: '跟随系统',
  verticalLayout: '竖排',
  fullScreen: '全屏',
  window: '窗口',
  help: '帮助',
  shortcuts: '键盘快捷键',
  about: '关于读报 Broadsheet',
};

const en: MenuLabels = {
  file: 'File',
  importFiles: 'Import Files…',
  importFolder: 'Import Folder…',
  backup: 'Back Up…',
  restore: 'Restore…',
  exportNotes: 'Export Notes…',
  print: 'Print…',
  quit: 'Quit',
  edit: 'Edit',
  view: 'View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  theme: 'Theme',
  themeLight: 'Light',
  themeSepia: 'Sepia',
  themeDark: 'Dark',
  themeSystem: 'Follow System',
  verticalLayout: 'Vertical Layout',
  fullScreen: 'Full Screen',
  window: 'Window',
  help: 'Help',
  shortcuts: 'Keyboard Shortcuts',
  about: 'About 读报 Broadsheet',
};

/** English for an English system locale ("en", "en-GB"), Chinese otherwise. */
export function menuLabelsFor(locale: string): MenuLabels {
  return /^en(?:[-_]|$)/i.test(locale) ? en : zhCN;
}
