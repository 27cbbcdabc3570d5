import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapPattern, LayoutProfile } from '../../../src-shared/model/edition';
import { parseProfileName, profileName } from '../../../src-shared/parser/layout-profile';
import { useApp } from '../../app/app-context';
import type { EditionRecord, SourceRecord } from '../../store/library-db';

const GAP_PATTERNS: GapPattern[] = ['every-paragraph', 'between-stories', 'mixed', 'none'];
const DETECTED = 'detected';

/**
 * The profiles worth offering for a file: indented or flush, with each
 * blank-line pattern. Hard wrapping and column interleaving are measured
 * facts of the file, not a reading of it, so they stay as detected.
 */
function offeredProfiles(detected: LayoutProfile): LayoutProfile[] {
  return [true, false].flatMap((indented) => GAP_PATTERNS.map((gaps) => ({ ...detected, indented, gaps })));
}

/** A profile in the reader's words: 段首缩进、只在稿件之间空行. */
function useDescribe(): (profile: LayoutProfile) => string {
  const { t } = useTranslation('views');
  return (profile) =>
    [
      t(profile.indented ? 'layout.indented' : 'layout.flush'),
      t(`layout.gaps.${profile.gaps}`),
      ...(profile.wrapped ? [t('layout.wrapped')] : []),
      ...(profile.interleaved ? [t('layout.interleaved')] : []),
    ].join(t('layout.separator'));
}

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; count: number } | { kind: 'failed'; reason: string };

/** One file's layout: the profile, the figures behind it, and a choice of another. */
function SourceLayout({ source }: { source: SourceRecord }) {
  const { t, i18n } = useTranslation('views');
  const { db } = useApp();
  const describe = useDescribe();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { layout } = source;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const choose = async (value: string) => {
    const choice = value === DETECTED ? 'detected' : parseProfileName(value);
    if (choice === null) return;
    setStatus({ kind: 'working' });
    try {
      // Loaded when used: the parser is not part of the front page's script; it runs in a worker (a large file never holds the page).
      const { reparseSourceOffThread } = await import('../../store/reparse-worker');
      const outcome = await reparseSourceOffThread(db, source.sha256, choice);
      setStatus({ kind: 'done', count: outcome.kind === 'skipped' ? 0 : outcome.articles.filter((a) => a.sourceSha === source.sha256).length });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  const current = layout?.chosen ? profileName(layout.profile) : DETECTED;
  const offered = layout ? offeredProfiles(layout.detected) : [];
  if (layout?.chosen && !offered.some((p) => profileName(p) === current)) offered.push(layout.profile);
  const f = layout?.figures;
  return (
    <section className="edition-layout" data-testid="source-layout" aria-label={source.fileName}>
      <p className="edition-layout-file">{source.page ? t('layout.filePage', { file: source.fileName, page: source.page }) : source.fileName}</p>
      {layout && f ? (
        <>
          <p data-testid="layout-profile">
            {layout.chosen
              ? t('layout.chosenAs', { profile: describe(layout.profile), detected: describe(layout.detected) })
              : t('layout.detectedAs', { profile: describe(layout.profile) })}
          </p>
          <ul className="edition-layout-figures" data-testid="layout-figures">
            <li>{t('layout.figures.indent', { share: percent.format(f.indentedShare), lines: f.contentLines })}</li>
            <li>
              {f.gaps === 0
                ? t('layout.figures.noGaps')
                : t('layout.figures.gaps', { share: percent.format(f.gappedBreakShare), gaps: f.gaps, usual: f.usualGap })}
            </li>
            <li>{t('layout.figures.lengths', { median: f.medianLength, spread: f.lengthSpread })}</li>
            <li>
              {f.wrapWidth === null
                ? t('layout.figures.noWrap')
                : t(f.wrapInColumns ? 'layout.figures.wrapColumns' : 'layout.figures.wrap', { width: f.wrapWidth })}
            </li>
            <li>{t('layout.figures.interleave', { share: percent.format(f.narrowRunShare) })}</li>
            {f.pageDays ? <li data-testid="layout-page-days">{t('layout.figures.pageDays', { count: f.pageDays.length, days: f.pageDays.join('、') })}</li> : null}
            {f.unpunctuated ? <li data-testid="layout-unpunctuated">{t('layout.figures.unpunctuated')}</li> : null}
            {f.columnsReadAcross ? <li data-testid="layout-columns">{t('layout.figures.columnsReadAcross', { lines: f.columnsReadAcross })}</li> : null}
            {f.catalogueRecords ? <li data-testid="layout-catalogue">{t('layout.figures.catalogueRecords', { records: f.catalogueRecords })}</li> : null}
            {source.replaced ? <li data-testid="layout-replaced">{t('layout.figures.replaced', { count: source.replaced })}</li> : null}
          </ul>
        </>
      ) : (
        <p>{t('layout.unrecorded')}</p>
      )}
      {source.text === undefined ? (
        <p>{t('layout.noText')}</p>
      ) : (
        <label className="edition-layout-choice">
          {t('layout.choose')}
          <select value={current} disabled={status.kind === 'working'} onChange={(e) => void choose(e.target.value)}>
            <option value={DETECTED}>{layout ? t('layout.detectedOption', { profile: describe(layout.detected) }) : t('layout.detectedOptionUnknown')}</option>
            {offered.map((profile) => (
              <option key={profileName(profile)} value={profileName(profile)}>
                {describe(profile)}
              </option>
            ))}
          </select>
        </label>
      )}
      <p role="status" className="edition-layout-status">
        {status.kind === 'working' && t('layout.working')}
        {status.kind === 'done' && t('layout.done', { count: status.count })}
        {status.kind === 'failed' && t('layout.failed', { reason: status.reason })}
      </p>
    </section>
  );
}

/**
 * "版式": how each of the edition's files is laid out, as the parser read
 * it from the file's own statistics, and a way to have a file read with
 * another layout (store/reparse-source.ts).
 */
export function EditionLayouts({ edition }: { edition: EditionRecord }) {
  const { t } = useTranslation('views');
  const { db } = useApp();
  const sources = useLiveQuery(
    async () => (await db.sources.bulkGet(edition.sourceShas)).filter((s): s is SourceRecord => s !== undefined),
    [db, edition.sourceShas.join(',')],
  );
  if (!sources || sources.length === 0) return null;
  return (
    <details className="edition-layouts" data-testid="edition-layouts">
      <summary>{t('layout.summary', { count: sources.length })}</summary>
      <div className="edition-layouts-body">
        {sources.map((source) => (
          <SourceLayout key={source.sha256} source={source} />
        ))}
      </div>
    </details>
  );
}
