import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { EditionRecord } from '../../store/library-db';
import { fullDate, lunarDate } from '../dates/edition-date';
import { editionDate, editionPaper } from '../edition-queries';
import { editionHref } from '../routes';
import { DateCorrection } from './DateCorrection';

/**
 * The nameplate: the paper's name set large between two ears — the date
 * with weekday and lunar date on one side, issue number and page count on
 * the other — and, when the date was not printed on the masthead or the
 * paper's name was not, a quiet note saying so with a way to correct it.
 */
export function Masthead({
  edition,
  previous,
  next,
  papers,
}: {
  edition: EditionRecord;
  previous: EditionRecord | null;
  next: EditionRecord | null;
  /** Every paper in the library with its newest edition: where there are several, the reader switches here. */
  papers: readonly { paper: string; newest: EditionRecord }[];
}) {
  const { t, i18n } = useTranslation('views');
  const date = editionDate(edition);
  const named = editionPaper(edition);
  const paper = named ?? t('masthead.unknownPaper');
  // (A page whose masthead printed its date but not its paper's name offers the correction too: there the reader names it.)
  const showCorrection = edition.dateSource !== 'masthead' || edition.corrected !== null || named === null;
  return (
    <header className="masthead" aria-labelledby="masthead-paper">
      <div className="masthead-ear masthead-ear-date">
        {date ? (
          <>
            <p className="masthead-date" data-testid="masthead-date">
              {fullDate(date, i18n.language)}
            </p>
            <p className="masthead-lunar" data-testid="masthead-lunar" lang="zh-CN">
              {t('masthead.lunar', { date: lunarDate(date) })}
            </p>
          </>
        ) : (
          <p className="masthead-date">{t('masthead.undated')}</p>
        )}
      </div>
      {/* An unknown name is said quietly, not set as if it were the paper's nameplate. */}
      <h1 id="masthead-paper" className={named === null ? 'masthead-paper masthead-paper-unknown' : 'masthead-paper'}>
        {paper}
      </h1>
      <div className="masthead-ear masthead-ear-issue">
        {edition.issueNumber !== null && (
          <p className="masthead-issue" data-testid="masthead-issue">
            {t('masthead.issue', { number: edition.issueNumber })}
          </p>
        )}
        {edition.pageCount !== null && <p className="masthead-pages">{t('masthead.pageCount', { count: edition.pageCount })}</p>}
        <p className="masthead-articles">{t('masthead.articleCount', { count: edition.articleCount })}</p>
      </div>
      {papers.length > 1 && (
        <nav className="masthead-papers" aria-label={t('masthead.papers')}>
          {papers.map(({ paper: name, newest }) =>
            name === paper ? (
              <span key={name} aria-current="true">
                {name}
              </span>
            ) : (
              <Link key={name} href={editionHref(newest.key)}>
                {name}
              </Link>
            ),
          )}
        </nav>
      )}
      <nav className="masthead-editions" aria-label={t('masthead.editionNav')}>
        {previous ? (
          <Link href={editionHref(previous.key)} rel="prev">
            {t('masthead.previousEdition')} <kbd aria-hidden="true">[</kbd>
          </Link>
        ) : (
          <span aria-hidden="true" />
        )}
        {showCorrection ? <DateCorrection edition={edition} /> : <span aria-hidden="true" />}
        {next ? (
          <Link href={editionHref(next.key)} rel="next">
            <kbd aria-hidden="true">]</kbd> {t('masthead.nextEdition')}
          </Link>
        ) : (
          <span aria-hidden="true" />
        )}
      </nav>
    </header>
  );
}
