import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useApp } from '../app/app-context';
import { monthTitle, shortDate } from './dates/edition-date';
import { DateField } from './dates/DateField';
import { editionNearDate, editionPaper } from './edition-queries';
import { groupByMonth, yearCounts, type EditionSummary } from './library/library-groups';
import { MonthCalendar } from './library/MonthCalendar';
import './library/library.css';
import { editionHref } from './routes';
import { useShortcutActions } from './shortcuts/shortcut-actions';

/** Which editions the library lists: every one, one paper's, or (null) those whose paper is not named. */
type PaperChoice = string | null | typeof ALL_PAPERS;
const ALL_PAPERS = Symbol('all papers');

/** The first and last year with an edition (this year when none is dated). */
function yearRange(editions: readonly EditionSummary[]): [number, number] {
  const years = editions.flatMap((e) => (e.date ? [Number(e.date.slice(0, 4))] : []));
  const now = new Date().getFullYear();
  return years.length ? [Math.min(...years), Math.max(...years)] : [now, now];
}

/**
 * Every edition in the library, by year and month: a calendar per month
 * with the days that have an edition marked, the editions listed beside it,
 * counts, and a jump to any date. Months are a virtualised list so a
 * library of thousands of editions scrolls as lightly as five.
 */
export function LibraryView() {
  const { t, i18n } = useTranslation('views');
  const { db } = useApp();
  const [, navigate] = useLocation();
  const editions = useLiveQuery(
    async () =>
      (await db.editions.toArray()).map((e): EditionSummary => ({ key: e.key, paper: editionPaper(e), date: e.date, articleCount: e.articleCount })),
    [db],
  );
  // With several papers in the library the reader can show one of them, or the editions whose masthead named none.
  const [paperShown, setPaperShown] = useState<PaperChoice>(ALL_PAPERS);
  const paperNames = useMemo(() => [...new Set((editions ?? []).map((e) => e.paper).filter((p): p is string => p !== null))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [editions]);
  const unnamedCount = useMemo(() => (editions ?? []).filter((e) => e.paper === null).length, [editions]);
  const listed = useMemo(() => (editions ?? []).filter((e) => paperShown === ALL_PAPERS || e.paper === paperShown), [editions, paperShown]);
  const groups = useMemo(() => groupByMonth(listed), [listed]);
  const years = useMemo(() => yearCounts(groups), [groups]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design; nothing here is memoised on them.
  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 260,
    overscan: 3,
    getItemKey: (index) => groups[index]?.id ?? index,
  });
  const [jumpDate, setJumpDate] = useState('');
  const [jumpMissed, setJumpMissed] = useState(false);

  useShortcutActions({ back: () => history.back() });

  const jump = async (event: FormEvent) => {
    event.preventDefault();
    if (!jumpDate) return;
    const edition = await editionNearDate(db, jumpDate);
    if (edition) navigate(editionHref(edition.key));
    else setJumpMissed(true);
  };

  if (editions === undefined) return <p className="view-loading">{t('loading')}</p>;
  const articleTotal = editions.reduce((sum, e) => sum + e.articleCount, 0);
  // (Editions with no paper's name are no paper of their own: counted apart, not as one more paper.)
  const papers = paperNames.length;
  const choices: PaperChoice[] = unnamedCount > 0 ? [ALL_PAPERS, ...paperNames, null] : [ALL_PAPERS, ...paperNames];
  return (
    <div className="library-view" data-testid="library-view">
      <header className="library-header">
        <h1>{t('library.title')}</h1>
        <p className="library-counts" data-testid="library-counts">
          {papers > 0 ? t('library.counts', { editions: editions.length, articles: articleTotal, papers }) : t('library.countsNoPaperNamed', { editions: editions.length, articles: articleTotal })}
          {papers > 0 && unnamedCount > 0 && t('library.unnamedCount', { count: unnamedCount })}
        </p>
        <form className="library-jump" onSubmit={(e) => void jump(e)}>
          <DateField
            label={t('library.jumpLabel')}
            value={jumpDate}
            onChange={(iso) => {
              setJumpDate(iso);
              setJumpMissed(false);
            }}
            years={yearRange(editions)}
          />
          <button type="submit">{t('library.jump')}</button>
          {jumpMissed && <span role="status">{t('library.jumpMissed')}</span>}
        </form>
        {choices.length > 2 && (
          <nav className="library-papers" aria-label={t('library.papers')}>
            {choices.map((choice) => (
              <button key={choice === ALL_PAPERS ? 'all' : choice === null ? 'unnamed' : `paper:${choice}`} type="button" aria-pressed={paperShown === choice} onClick={() => setPaperShown(choice)}>
                {choice === ALL_PAPERS ? t('library.allPapers') : (choice ?? t('masthead.unknownPaper'))}
              </button>
            ))}
          </nav>
        )}
        {years.length > 0 && (
          <nav className="library-years" aria-label={t('library.years')}>
            {years.map((y) => (
              <button key={y.year} type="button" onClick={() => virtualizer.scrollToIndex(y.firstGroupIndex, { align: 'start' })}>
                {t('library.year', { year: y.year, count: y.editions })}
              </button>
            ))}
          </nav>
        )}
      </header>
      {editions.length === 0 ? (
        <p className="view-empty">{t('home.empty')}</p>
      ) : (
        <div className="library-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={t('library.months')}>
          <div style={{ blockSize: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const group = groups[item.index];
              if (!group) return null;
              const title = group.year !== null && group.month !== null ? monthTitle(group.year, group.month, i18n.language) : t('library.undated');
              return (
                <section
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="library-month"
                  aria-label={title}
                  style={{ position: 'absolute', insetInlineStart: 0, insetBlockStart: 0, inlineSize: '100%', transform: `translateY(${item.start}px)` }}
                >
                  <h2 className="library-month-title">
                    {title} <span className="library-month-count">{t('library.monthCount', { count: group.editions.length })}</span>
                  </h2>
                  <div className="library-month-body">
                    {group.year !== null && group.month !== null && <MonthCalendar year={group.year} month={group.month} editions={group.editions} caption={title} />}
                    <ul className="library-editions">
                      {group.editions.map((edition) => (
                        <li key={edition.key}>
                          <Link href={editionHref(edition.key)}>
                            <span className="library-edition-date">{edition.date ? shortDate(edition.date, i18n.language) : t('masthead.undated')}</span>
                            <span className="library-edition-paper">{edition.paper ?? t('masthead.unknownPaper')}</span>
                            <span className="library-edition-count">{t('library.articles', { count: edition.articleCount })}</span>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                </section>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
