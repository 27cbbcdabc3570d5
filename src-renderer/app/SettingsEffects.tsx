import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadingSettings } from '../views/settings/reading-settings';
import { useApp } from './app-context';

/**
 * Applies the persisted reading settings to the document: theme, typeface,
 * size and layout as attributes/variables on <html> (the CSS does the rest),
 * and the UI language through i18next.
 */
export function SettingsEffects() {
  const { db } = useApp();
  const settings = useReadingSettings(db);
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!settings) return;
    const root = document.documentElement;
    if (settings.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
    root.dataset.typeface = settings.typeface;
    if (settings.typeface === 'kai') void import('lxgw-wenkai-webfont/lxgwwenkai-regular.css');
    root.dataset.layout = settings.layout;
    root.style.setProperty('--reading-size', `${settings.fontSize}px`);
    if (i18n.language !== settings.language) void i18n.changeLanguage(settings.language);
  }, [settings, i18n]);
  return null;
}
