import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { FONT_SIZES, LAYOUTS, saveSetting, THEMES, TYPEFACES, UI_LANGUAGES, useReadingSettings, type ReadingSettings } from './reading-settings';
import './settings.css';

/** Radio group for one setting; native radios give arrow-key navigation for free. */
function Choice<K extends keyof ReadingSettings>({ name, options, value: stored, label }: { name: K; options: readonly ReadingSettings[K][]; value: ReadingSettings[K]; label: (option: ReadingSettings[K]) => string }) {
  const { t } = useTranslation('views');
  const { db } = useApp();
  // Shown at once; the stored value catches up when the write lands (live query).
  const [chosen, setChosen] = useState<{ value: ReadingSettings[K]; over: ReadingSettings[K] } | null>(null);
  const value = chosen && chosen.over === stored ? chosen.value : stored;
  return (
    <fieldset className="settings-group">
      <legend>{t(`settings.${name}.label`)}</legend>
      <div className="settings-options">
        {options.map((option) => (
          <label key={String(option)} className="settings-option">
            <input type="radio" name={`setting-${name}`} value={String(option)} checked={option === value} onChange={() => {
                setChosen({ value: option, over: stored });
                void saveSetting(db, name, option);
              }} />
            <span>{label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Font size, typeface, theme, layout and language — each saved the moment it changes. */
export function SettingsPanel() {
  const { t } = useTranslation('views');
  const { db } = useApp();
  const settings = useReadingSettings(db);
  if (!settings) return <p>{t('loading')}</p>;
  return (
    <form className="settings-panel" onSubmit={(e) => e.preventDefault()}>
      <Choice name="fontSize" options={FONT_SIZES} value={settings.fontSize} label={(size) => t('settings.fontSize.px', { size })} />
      <Choice name="typeface" options={TYPEFACES} value={settings.typeface} label={(face) => t(`settings.typeface.${face}`)} />
      <Choice name="theme" options={THEMES} value={settings.theme} label={(theme) => t(`settings.theme.${theme}`)} />
      <Choice name="layout" options={LAYOUTS} value={settings.layout} label={(layout) => t(`settings.layout.${layout}`)} />
      <Choice name="language" options={UI_LANGUAGES} value={settings.language} label={(language) => t(`settings.language.${language}`)} />
      <p className="settings-sample" lang="zh-CN">
        {t('settings.sample')}
      </p>
    </form>
  );
}
