import log from 'electron-log/main';

/**
 * The support log: electron-log writes main-process messages (and renderer
 * errors forwarded by index.ts) to <logs>/main.log — on Windows
 * %APPDATA%\读报 Broadsheet\logs, on macOS ~/Library/Logs/读报 Broadsheet,
 * on Linux ~/.config/读报 Broadsheet/logs. Nothing is ever sent anywhere.
 */
export function startLogging(): typeof log {
  log.transports.file.level = 'info';
  log.transports.file.maxSize = 5 * 1024 * 1024;
  log.transports.console.level = process.env.NODE_ENV === 'production' ? false : 'debug';
  // Uncaught errors and rejections in main go to the log instead of a modal dialog.
  log.errorHandler.startCatching({ showDialog: false });
  return log;
}

export { log };
