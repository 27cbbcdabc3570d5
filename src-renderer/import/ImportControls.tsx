import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../src-shared/host';
import { useApp } from '../app/app-context';
import { BackupError, backupFileName, createBackup, parseBackup, restoreBackup } from '../store/backup';
import { importQueueFor } from './import-session';
import { isQuotaError } from './quota-error';
import './import.css';

/** Accepted by the file chooser; anything else can still be dropped and gets its own message. */
const TEXT_FILES = ['.txt', '.text', 'text/plain'];

type Message = { text: string; tone: 'info' | 'error' };

/**
 * The header's 导入 menu (import files / folder, back up, restore), also
 * reachable from the application menu through `host.onMenuCommand`.
 */
export function ImportControls() {
  const { t } = useTranslation('import');
  const { host, db } = useApp();
  const queue = importQueueFor(db);
  const menu = useRef<HTMLDetailsElement>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const run = useCallback(
    async (command: MenuCommand) => {
      if (menu.current) menu.current.open = false;
      if (command === 'import-files' || command === 'import-folder') {
        const folder = command === 'import-folder';
        const files = await host.pickFiles({ folder, accept: folder ? undefined : TEXT_FILES });
        if (files.length) void queue.add(folder ? [...files].sort((a, b) => a.name.localeCompare(b.name)) : files);
        return;
      }
      if (command === 'import-launch-files') {
        // A second launch (or macOS open-file) handed main more files while the app was running.
        const files = await host.takeLaunchFiles();
        if (files.length) void queue.add(files);
        return;
      }
      if (command === 'backup') {
        const backup = await createBackup(db);
        const saved = await host.saveFile({ suggestedName: backupFileName(), mimeType: 'application/json', data: JSON.stringify(backup, null, 1) });
        setMessage({ text: saved ? t('backup.saved') : t('backup.cancelled'), tone: 'info' });
        return;
      }
      if (command === 'restore') {
        const [file] = await host.pickFiles({ folder: false, accept: ['.json', 'application/json'] });
        if (!file) return;
        try {
          const text = new TextDecoder('utf-8').decode(await file.read());
          const result = await restoreBackup(db, parseBackup(text));
          const { bookmarks, annotations, settings, corrections } = result;
          const parts = [t('backup.restored', { bookmarks, annotations, settings, corrections })];
          if (result.missingSources.length) {
            parts.push(t('backup.missingSources', { count: result.missingSources.length, names: result.missingSources.map((s) => s.fileName).join('、') }));
          }
          setMessage({ text: parts.join(' '), tone: 'info' });
        } catch (error) {
          if (error instanceof BackupError) {
            const { entry } = error;
            const text =
              error.code === 'newer'
                ? t('backup.newer', { version: error.version })
                : entry
                  ? t('backup.damaged', { list: t(`backup.list.${entry.list}`), position: entry.position, problem: t(`backup.problem.${entry.problem}`) })
                  : t('backup.malformed');
            setMessage({ text, tone: 'error' });
          } else if (isQuotaError(error)) {
            setMessage({ text: t('storage.quota'), tone: 'error' });
          } else throw error;
        }
      }
    },
    [db, host, queue, t],
  );

  useEffect(() => host.onMenuCommand((command) => void run(command)), [host, run]);

  // A <details> menu stays open on its own; close it on a click elsewhere or Escape, like a menu.
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !details.contains(event.target as Node)) {
        details.open = false;
        if (event instanceof KeyboardEvent) details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  return (
    <div className="import-controls">
      <details className="import-menu" ref={menu}>
        <summary>{t('menu.label')}</summary>
        <div className="import-menu-items" role="menu">
          <button type="button" role="menuitem" onClick={() => void run('import-files')}>
            {t('menu.importFiles')}
          </button>
          <button type="button" role="menuitem" onClick={() => void run('import-folder')}>
            {t('menu.importFolder')}
          </button>
          <button type="button" role="menuitem" onClick={() => void run('backup')}>
            {t('menu.backup')}
          </button>
          <button type="button" role="menuitem" onClick={() => void run('restore')}>
            {t('menu.restore')}
          </button>
        </div>
      </details>
      {message && (
        <div className="import-message" role={message.tone === 'error' ? 'alert' : 'status'} data-testid="import-message">
          <span>{message.text}</span>
          <button type="button" onClick={() => setMessage(null)}>
            {t('backup.close')}
          </button>
        </div>
      )}
    </div>
  );
}
