import { useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import { databaseProblem, serverProblem } from './sync-config';
import type { AnnotationRecord } from '../store/library-db';
import { BrowserSyncHost } from '../host/browser-sync-host';
import { SyncPasswordField } from './SyncPasswordField';
import { forgetSync, savedSyncFields, startSync, stopSync, subscribeSyncStatus, syncNow, syncOtherVersions, syncStatus, type ServiceStatus } from './sync-service';
import { SyncScopeChoice } from './SyncScopeChoice';
import type { SyncScope } from './sync-docs';
import './sync.css';

export function useSyncStatus(): ServiceStatus {
  return useSyncExternalStore(subscribeSyncStatus, syncStatus);
}

/** How long sync must stay settled before lists read from the whole mirror are read again. */
const SETTLED_FOR_MS = 1500;

/**
 * A number that changes each time sync has stayed settled (synced, or off) for a moment: when to read what is read
 * from the whole mirror (the notes with other versions). A large first sync passes through "synced" between batches
 * many times, and each read goes over every note.
 */
export function useSettledSync(): number {
  const settled = ['synced', 'off'].includes(useSyncStatus().state);
  const [times, setTimes] = useState(0);
  useEffect(() => {
    if (!settled) return;
    const timer = setTimeout(() => setTimes((n) => n + 1), SETTLED_FOR_MS);
    return () => clearTimeout(timer);
  }, [settled]);
  return times;
}

/** The status in words: synced / n to send / receiving / offline / error with the reason. */
export function SyncStatusText({ status }: { status: ServiceStatus }) {
  const { t } = useTranslation('sync');
  switch (status.state) {
    case 'sending':
      return <>{t('status.sending', { count: status.pending })}</>;
    case 'offline':
      return <>{t('status.offline', { count: status.pending })}</>;
    case 'error':
      return <>{t(`status.error.${status.reason}`, { detail: status.detail })}</>;
    default:
      return <>{t(`status.${status.state}`)}</>;
  }
}

type Conflicts = Awaited<ReturnType<typeof syncOtherVersions>>;

/**
 * Notes changed on two machines: the version shown, and the others kept beside it (nothing is thrown away). Read when
 * the form opens and each time sync has settled (useSettledSync), never at each status update on the way: a large
 * first sync changes its count thousands of times, and each read goes over every note in the mirror.
 */
function OtherVersions() {
  const { t } = useTranslation('sync');
  const [conflicts, setConflicts] = useState<Conflicts>([]);
  const settledTimes = useSettledSync();
  useEffect(() => {
    let live = true;
    void syncOtherVersions().then((found) => live && setConflicts(found));
    return () => void (live = false);
  }, [settledTimes]);
  const notes = conflicts.filter((c) => c.shown.record && 'note' in c.shown.record);
  if (notes.length === 0) return null;
  return (
    <section className="sync-other-versions" data-testid="sync-other-versions" aria-label={t('conflicts.title')}>
      <h4>{t('conflicts.title')}</h4>
      <ul>
        {notes.map(({ id, shown, others }) => (
          <li key={id}>
            <p>{t('conflicts.shown', { note: (shown.record as AnnotationRecord).note, headline: (shown.record as AnnotationRecord).headline ?? '' })}</p>
            <ul>
              {others.map((other) => (
                <li key={other._rev}>{t('conflicts.other', { note: (other.record as AnnotationRecord).note })}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 设置 → 同步: server, database, user, password; status; sync now; stop. */
export function SyncSettings() {
  const { t } = useTranslation('sync');
  const { db, host } = useApp();
  const saved = savedSyncFields();
  const status = useSyncStatus();
  const [server, setServer] = useState(saved?.server ?? '');
  const [database, setDatabase] = useState(saved?.database ?? '');
  const [user, setUser] = useState(saved?.user ?? '');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(() => __BROADSHEET_HOST__ === 'browser' && BrowserSyncHost.remembers());
  const [scope, setScope] = useState<SyncScope>(saved?.scope ?? 'notes');
  const [readingSettings, setReadingSettings] = useState(saved?.readingSettings ?? false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const invalid = serverProblem(server.trim()) ?? databaseProblem(database.trim());
    setProblem(invalid);
    if (invalid) return;
    void startSync(db, host.sync, { server: server.trim(), database: database.trim(), user: user.trim(), password, scope, readingSettings }, remember);
  };
  const forget = () => {
    void forgetSync(host.sync);
    setPassword('');
    setRemember(false);
  };
  const running = status.state !== 'off' && status.state !== 'stopped';
  return (
    <form className="sync-settings" aria-labelledby="sync-settings-title" onSubmit={submit}>
      <h3 id="sync-settings-title">{t('title')}</h3>
      <p className="sync-hint">{t('hint')}</p>
      <label>
        <span>{t('field.server')}</span>
        <input type="url" value={server} onChange={(e) => setServer(e.target.value)} placeholder="https://" autoComplete="url" required />
      </label>
      <label>
        <span>{t('field.database')}</span>
        <input value={database} onChange={(e) => setDatabase(e.target.value)} autoComplete="off" required />
      </label>
      <label>
        <span>{t('field.user')}</span>
        <input value={user} onChange={(e) => setUser(e.target.value)} autoComplete="username" />
      </label>
      <SyncPasswordField password={password} onPassword={setPassword} remember={remember} onRemember={setRemember} />
      <SyncScopeChoice scope={scope} onChange={setScope} readingSettings={readingSettings} onReadingSettings={setReadingSettings} />
      {problem && (
        <p role="alert" className="sync-problem">
          {t(`invalid.${problem}`)}
        </p>
      )}
      <p className="sync-status" role="status" data-testid="sync-status" data-state={status.state}>
        <SyncStatusText status={status} />
      </p>
      <OtherVersions />
      <div className="sync-actions">
        <button type="submit">{t('action.start')}</button>
        <button type="button" disabled={!running} onClick={() => void syncNow()}>
          {t('action.now')}
        </button>
        <button type="button" disabled={!running} onClick={() => stopSync()}>
          {t('action.stop')}
        </button>
        <button type="button" disabled={!saved} onClick={forget}>
          {t('action.forget')}
        </button>
      </div>
    </form>
  );
}

/** In the header while sync runs, so its state is always in view. */
export function SyncIndicator() {
  const status = useSyncStatus();
  if (status.state === 'off') return null;
  return (
    <span className="sync-indicator" data-state={status.state} data-testid="sync-indicator">
      <SyncStatusText status={status} />
    </span>
  );
}
