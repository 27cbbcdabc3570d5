import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncPasswordKeeping } from '../../src-shared/host';
import { useApp } from '../app/app-context';

/**
 * The password field of 设置 → 同步, and where the host keeps the password,
 * said plainly: encrypted on this computer (desktop, safeStorage), for this
 * run only (desktop without an OS keychain), or — in the browser — for this
 * session unless the reader ticks "remember on this computer", whose warning
 * is read with the box.
 */
export function SyncPasswordField({
  password,
  onPassword,
  remember,
  onRemember,
}: {
  password: string;
  onPassword: (password: string) => void;
  remember: boolean;
  onRemember: (remember: boolean) => void;
}) {
  const { t } = useTranslation('sync');
  const { host } = useApp();
  const [keeping, setKeeping] = useState<SyncPasswordKeeping | null>(null);
  const warningId = useId();
  useEffect(() => {
    let live = true;
    void host.sync.passwordKeeping().then((found) => live && setKeeping(found));
    return () => void (live = false);
  }, [host]);
  return (
    <>
      <label>
        <span>{t('field.password')}</span>
        <input type="password" value={password} onChange={(e) => onPassword(e.target.value)} autoComplete="current-password" />
      </label>
      {keeping === 'reader-choice' ? (
        <div className="sync-remember">
          <label>
            <input type="checkbox" checked={remember} onChange={(e) => onRemember(e.target.checked)} aria-describedby={warningId} />
            <span>{t('password.remember')}</span>
          </label>
          <p id={warningId} className="sync-hint" data-testid="sync-password-keeping">
            {t(remember ? 'password.rememberWarning' : 'password.browserSession')}
          </p>
        </div>
      ) : keeping ? (
        <p className="sync-hint" data-testid="sync-password-keeping">
          {t(`password.${keeping}`)}
        </p>
      ) : null}
    </>
  );
}
