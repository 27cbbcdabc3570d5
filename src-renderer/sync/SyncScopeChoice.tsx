import { useTranslation } from 'react-i18next';
import type { SyncScope } from './sync-docs';

/** What syncs: notes only (the default, said so in the form), or notes and the files they were made on; reading settings if ticked. */
export function SyncScopeChoice({
  scope,
  onChange,
  readingSettings,
  onReadingSettings,
}: {
  scope: SyncScope;
  onChange: (scope: SyncScope) => void;
  readingSettings: boolean;
  onReadingSettings: (on: boolean) => void;
}) {
  const { t } = useTranslation('sync');
  return (
    <fieldset className="sync-scope">
      <legend>{t('scope.title')}</legend>
      {(['notes', 'notes-and-sources'] as const).map((value) => (
        <label key={value}>
          <input type="radio" name="sync-scope" value={value} checked={scope === value} onChange={() => onChange(value)} />
          <span>{t(`scope.${value}`)}</span>
        </label>
      ))}
      <p className="sync-hint">{t(`scope.hint.${scope}`)}</p>
      <label>
        <input type="checkbox" checked={readingSettings} onChange={(e) => onReadingSettings(e.target.checked)} />
        <span>{t('scope.readingSettings')}</span>
      </label>
    </fieldset>
  );
}
