import { useEffect } from 'react';
import { loadSettings, saveSetting } from '../views/settings/reading-settings';
import { useApp } from './app-context';

/** Application-menu commands that belong to reading: theme, vertical layout, shortcut help, printing the view shown. */
export function MenuCommands({ showHelp }: { showHelp: () => void }) {
  const { host, db } = useApp();
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        switch (command) {
          case 'theme-light':
            return void saveSetting(db, 'theme', 'light');
          case 'theme-sepia':
            return void saveSetting(db, 'theme', 'sepia');
          case 'theme-dark':
            return void saveSetting(db, 'theme', 'dark');
          case 'theme-system':
            return void saveSetting(db, 'theme', 'system');
          case 'toggle-vertical':
            return void loadSettings(db).then((s) => saveSetting(db, 'layout', s.layout === 'vertical' ? 'horizontal' : 'vertical'));
          case 'show-shortcuts':
            return showHelp();
          case 'print':
            return window.print();
          default:
            return undefined;
        }
      }),
    [host, db, showHelp],
  );
  return null;
}
