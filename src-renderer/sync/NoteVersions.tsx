import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationRecord } from '../store/library-db';
import { useSettledSync, useSyncStatus } from './SyncSettings';
import { noteVersions, resolveNoteVersions, syncOtherVersions } from './sync-service';
import './sync.css';

type Versions = NonNullable<Awaited<ReturnType<typeof noteVersions>>>;

const ANNOTATION_PREFIX = 'annotation:';

/**
 * The ids of the notes that have other versions, for the lists of notes to mark them. Read from the mirror
 * each time sync has settled (useSettledSync), not at every change on the way.
 */
export function useNotesWithOtherVersions(): ReadonlySet<string> {
  const settledTimes = useSettledSync();
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    if (settledTimes === 0) return;
    let live = true;
    void syncOtherVersions().then(
      (found) => live && setIds(new Set(found.flatMap(({ id }) => (id.startsWith(ANNOTATION_PREFIX) ? [id.slice(ANNOTATION_PREFIX.length)] : [])))),
    );
    return () => void (live = false);
  }, [settledTimes]);
  return ids;
}

/** Beside a listed note that has other versions: says so (the editor shows them). */
export function OtherVersionsMark({ annotationId, among }: { annotationId: string; among: ReadonlySet<string> }) {
  const { t } = useTranslation('sync');
  if (!among.has(annotationId)) return null;
  return (
    <span className="note-versions-mark" data-testid="note-versions-mark">
      {t('versions.badge')}
    </span>
  );
}

/** The texts of every version, joined for the reader to edit into one (the shown one first). */
export function joinedNotes(versions: Versions): string {
  return [versions.shown, ...versions.others]
    .map((version) => version.note.trim())
    .filter((text, index, all) => text !== '' && all.indexOf(text) === index)
    .join('\n\n');
}

/**
 * In the note editor, for a note changed on two machines before they met:
 * the text of the version shown and of each other one, and keep this one /
 * keep the other / merge (both texts joined, editable, then saved). Choosing
 * settles it everywhere (sync-docs.ts resolutionWrites). Nothing shows while
 * the note has one version or sync is off.
 */
export function NoteVersions({ annotation, onResolved }: { annotation: AnnotationRecord; onResolved: () => void }) {
  const { t } = useTranslation('sync');
  const status = useSyncStatus();
  const [versions, setVersions] = useState<Versions | null>(null);
  const [merged, setMerged] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void noteVersions(annotation.id).then((found) => live && setVersions(found));
    return () => void (live = false);
  }, [annotation.id, annotation.updatedAt, status]);
  if (!versions) return null;
  const keep = (chosen: AnnotationRecord) => {
    setProblem(null);
    resolveNoteVersions(chosen).then(onResolved, (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  };
  return (
    <section className="note-versions" aria-labelledby={`note-versions-${annotation.id}`} data-testid="note-versions">
      <h3 id={`note-versions-${annotation.id}`}>{t('versions.title', { count: versions.others.length })}</h3>
      <div className="note-version" data-testid="note-version-shown">
        <h4>{t('versions.shown')}</h4>
        <p>{versions.shown.note || t('versions.empty')}</p>
        <button type="button" onClick={() => keep(versions.shown)}>
          {t('versions.keepThis')}
        </button>
      </div>
      {versions.others.map((other, index) => (
        <div key={index} className="note-version" data-testid="note-version-other">
          <h4>{t('versions.other')}</h4>
          <p>{other.note || t('versions.empty')}</p>
          <button type="button" onClick={() => keep(other)}>
            {t('versions.keepOther')}
          </button>
        </div>
      ))}
      {merged === null ? (
        <button type="button" onClick={() => setMerged(joinedNotes(versions))}>
          {t('versions.merge')}
        </button>
      ) : (
        <div className="note-version-merge">
          <textarea
            aria-label={t('versions.mergedLabel')}
            value={merged}
            rows={5}
            onChange={(event) => setMerged(event.target.value)}
            // Ctrl+Enter here saves the merge, not the editor's own draft.
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                event.stopPropagation();
                keep({ ...versions.shown, note: merged });
              }
            }}
          />
          <div className="note-version-actions">
            <button type="button" onClick={() => keep({ ...versions.shown, note: merged })}>
              {t('versions.saveMerged')}
            </button>
            <button type="button" onClick={() => setMerged(null)}>
              {t('versions.cancelMerge')}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p role="alert" className="sync-problem">
          {t('versions.failed', { detail: problem })}
        </p>
      )}
    </section>
  );
}
