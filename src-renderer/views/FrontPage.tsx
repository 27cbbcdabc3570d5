import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { toggleBookmark, useBookmarkedIds } from '../annotations/bookmark-store';
import { useApp } from '../app/app-context';
import { afterNextPaint, switchToBundledSerif } from '../app/bundled-fonts';
import { editionArticles, type ArticleRecord } from '../store/library-db';
import { takeStartupPage, type StartupPage } from '../store/startup-page';
import { editionNeighbours, editionPaper, newestEdition, papersWithNewest } from './edition-queries';
import { EditionLayouts } from './front/EditionLayouts';
import { lastPaper, rememberPaper } from '../store/last-paper';
import { Masthead } from './front/Masthead';
import { StoryCard } from './front/StoryCard';
import './front/front-page.css';
import { editionHref } from './routes';
import { useShortcutActions } from './shortcuts/shortcut-actions';

/** The lead: the first story in reading order that has a headline and readable text. */
function pickLead(articles: ArticleRecord[]): ArticleRecord | undefined {
  return articles.find((a) => a.headline && !a.garbled && (a.kind === 'news' || a.kind === 'feature')) ?? articles[0];
}

/** Moves keyboard focus to the next/previous story headline on the page. */
function focusStory(container: HTMLElement | null, step: 1 | -1) {
  if (!container) return;
  const links = [...container.querySelectorAll<HTMLElement>('.story-link')];
  if (links.length === 0) return;
  const current = links.findIndex((link) => link === document.activeElement);
  const next = current === -1 ? (step === 1 ? 0 : links.length - 1) : Math.max(0, Math.min(links.length - 1, current + step));
  links[next]?.focus();
  links[next]?.closest('.story')?.scrollIntoView({ block: 'nearest' });
}

/** The prefetched start-up page, for the home page's first showing only. */
function useStartupPage(home: boolean): StartupPage | null {
  const [prefetch] = useState(() => (home ? takeStartupPage() : null));
  const [page, setPage] = useState<StartupPage | null>(null);
  useEffect(() => {
    let current = true;
    void prefetch?.then((found) => current && setPage(found));
    return () => {
      current = false;
    };
  }, [prefetch]);
  return page;
}

/**
 * The stories in reading order, with each page's label before its first story where the edition's stories stand on more than
 * one page (a day's pages in one file, or several files of an edition): a newspaper is read page by page.
 */
function withPageLabels(stories: ArticleRecord[], edition: readonly ArticleRecord[]): (ArticleRecord | { label: string })[] {
  if (new Set(edition.map((s) => s.page ?? null)).size < 2) return stories;
  const out: (ArticleRecord | { label: string })[] = [];
  let page: string | null | undefined;
  for (const story of stories) {
    if (story.page && story.page !== page) out.push({ label: story.page });
    page = story.page;
    out.push(story);
  }
  return out;
}

/**
 * The front page of one edition: masthead, the lead story large, the others
 * in columns. With `editionKey` null it shows the newest edition; at
 * start-up, first the copy read before the app loaded (store/startup-page.ts),
 * until its own live query answers. The neighbouring editions come after.
 */
export function FrontPage({ editionKey }: { editionKey: string | null }) {
  const { t } = useTranslation('views');
  const { db } = useApp();
  const [, navigate] = useLocation();
  const pageRef = useRef<HTMLDivElement>(null);
  const live = useLiveQuery(async () => {
    const edition = editionKey === null ? await newestEdition(db, await lastPaper(db)) : await db.editions.get(editionKey);
    if (!edition) return { edition: null } as const;
    return { edition, articles: await editionArticles(db, edition.key) };
  }, [db, editionKey]);
  // At start-up the same page may already have been read, before the app loaded (store/startup-page.ts).
  const early = useStartupPage(editionKey === null);
  const data = live ?? early ?? undefined;
  // The neighbouring editions take several lookups in a row; the page does not wait for them (bench:startup).
  const neighbourOf = data?.edition ?? null;
  const neighbours = useLiveQuery(
    async () => (neighbourOf ? { of: neighbourOf.key, ...(await editionNeighbours(db, neighbourOf)) } : null),
    // By key and date: the prefetched record and the live one are different objects for the same edition.
    [db, neighbourOf?.key, neighbourOf?.date],
  );
  const papers = useLiveQuery(() => papersWithNewest(db), [db]);
  const bookmarked = useBookmarkedIds(db);
  // While a new edition loads, the previous one's data must not steer the shortcuts.
  const shown = data?.edition && (editionKey === null || data.edition.key === editionKey) ? data : undefined;
  const around = shown && neighbours?.of === shown.edition.key ? neighbours : undefined;
  const neighboursOfShown = async () => around ?? (shown ? editionNeighbours(db, shown.edition) : undefined);

  // The bundled serif takes over once this page has been painted in an installed one (app/bundled-fonts.ts).
  const hasPage = shown !== undefined;
  const shownPaper = shown ? editionPaper(shown.edition) : null;
  useEffect(() => void rememberPaper(db, shownPaper), [db, shownPaper]);
  useEffect(() => (hasPage ? afterNextPaint(() => void switchToBundledSerif()) : undefined), [hasPage]);

  useShortcutActions({
    nextArticle: () => focusStory(pageRef.current, 1),
    previousArticle: () => focusStory(pageRef.current, -1),
    // A key pressed before the neighbours have loaded looks them up itself, so [ [ typed quickly still goes back twice.
    nextEdition: () => void neighboursOfShown().then((n) => n?.next && navigate(editionHref(n.next.key))),
    previousEdition: () => void neighboursOfShown().then((n) => n?.previous && navigate(editionHref(n.previous.key))),
    bookmark: () => {
      const id = document.activeElement?.closest<HTMLElement>('[data-story]')?.dataset.story;
      if (id && shown?.edition) void toggleBookmark(db, id, shown.edition.key);
    },
  });

  if (data === undefined) return <p className="view-loading">{t('loading')}</p>;
  if (data.edition === null)
    return editionKey === null ? (
      <div className="view-empty" data-testid="library-empty">
        <p>{t('home.empty')}</p>
        <p>{t('home.emptyHint')}</p>
      </div>
    ) : (
      <p className="view-empty">{t('front.missing')}</p>
    );
  const { edition, articles } = data;
  const lead = pickLead(articles);
  const headlines = new Map(articles.map((a) => [a.id, a.headline]));
  const card = (article: ArticleRecord, isLead: boolean) => (
    <StoryCard
      key={article.id}
      article={article}
      lead={isLead}
      bookmarked={bookmarked.has(article.id)}
      originHeadline={article.continuedFromId ? (headlines.get(article.continuedFromId) ?? null) : null}
    />
  );
  return (
    <div className="front-page" data-testid="front-page" ref={pageRef}>
      <Masthead edition={edition} previous={around?.previous ?? null} next={around?.next ?? null} papers={papers ?? []} />
      <EditionLayouts edition={edition} />
      {articles.length === 0 ? (
        <p className="view-empty">{t('front.noArticles')}</p>
      ) : (
        <>
          {lead && <section className="front-lead" aria-label={t('front.lead')}>{card(lead, true)}</section>}
          <section className="front-columns" aria-label={t('front.more')}>
            {withPageLabels(articles.filter((a) => a !== lead), articles).map((item) =>
              'label' in item ? (
                <h2 key={`page-${item.label}`} className="front-page-label" data-testid="front-page-label">
                  {t('front.pageLabel', { page: item.label })}
                </h2>
              ) : (
                card(item, false)
              ),
            )}
          </section>
        </>
      )}
    </div>
  );
}
