import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { articleWriters, newspaperCitation } from '../../src-shared/model/article-citation';
import { articlePlainText } from '../../src-shared/model/article-text';
import { AnnotationLayer } from '../annotations/AnnotationLayer';
import { BookmarkButton } from '../annotations/BookmarkButton';
import { toggleBookmark } from '../annotations/bookmark-store';
import { useApp } from '../app/app-context';
import { SearchHitsLayer } from '../search/SearchHitsLayer';
import { editionArticles } from '../store/library-db';
import { ArticleBody } from './article/ArticleBody';
import { useVerticalReading } from './article/use-vertical-reading';
import { VerticalText } from './article/VerticalText';
import { Byline } from './article/Byline';
import { CiteButton } from './article/CiteButton';
import { SourcePanel } from './article/SourcePanel';
// Quotes are set in LXGW WenKai (article.css).
import 'lxgw-wenkai-webfont/lxgwwenkai-regular.css';
import './article/article.css';
import { shortDate } from './dates/edition-date';
import { editionDate, editionNeighbours, editionPaper } from './edition-queries';
import { articleHref, editionHref } from './routes';
import { useReadingSettings } from './settings/reading-settings';
import { useShortcutActions } from './shortcuts/shortcut-actions';

/**
 * One article, set for reading: kicker / headline / subheadline, byline
 * with links to reporter pages, the body (the DOM contract of
 * article/text-ranges.ts), "原文", previous/next in the edition, and the
 * bookmark, annotation and search-hit layers of the other features.
 */
export function ArticleView({ articleId }: { articleId: string }) {
  // Keyed so per-article view state (the open 原文 panel) starts fresh on every article.
  return <ArticleReader key={articleId} articleId={articleId} />;
}

function ArticleReader({ articleId }: { articleId: string }) {
  const { t, i18n } = useTranslation('views');
  const { db } = useApp();
  const [, navigate] = useLocation();
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const [readingArea, setReadingArea] = useState<HTMLDivElement | null>(null);
  const [header, setHeader] = useState<HTMLElement | null>(null);
  const vertical = useReadingSettings(db)?.layout === 'vertical';
  useVerticalReading(readingArea, vertical);
  // null = not toggled yet: a garbled article opens with its original beside it.
  const [sourceToggled, setSourceToggled] = useState<boolean | null>(null);
  const data = useLiveQuery(async () => {
    const article = await db.articles.get(articleId);
    if (!article) return { article: null } as const;
    const [edition, siblings] = await Promise.all([db.editions.get(article.editionKey), editionArticles(db, article.editionKey)]);
    const neighbours = edition ? await editionNeighbours(db, edition) : { previous: null, next: null };
    const index = siblings.findIndex((a) => a.id === article.id);
    // A continuation has no headline of its own: it takes its first part's.
    const originHeadline = article.continuedFromId ? (siblings.find((a) => a.id === article.continuedFromId)?.headline ?? null) : null;
    return { article, edition, originHeadline, previous: siblings[index - 1] ?? null, next: siblings[index + 1] ?? null, position: index + 1, total: siblings.length, editions: neighbours };
  }, [db, articleId]);
  const article = data?.article;
  const text = useMemo(() => (article ? articlePlainText(article) : ''), [article]);

  useEffect(() => {
    document.querySelector<HTMLElement>('#main')?.scrollTo({ top: 0 });
  }, [articleId]);

  useShortcutActions({
    nextArticle: () => data?.article && data.next && navigate(articleHref(data.next.id)),
    previousArticle: () => data?.article && data.previous && navigate(articleHref(data.previous.id)),
    nextEdition: () => data?.article && data.editions.next && navigate(editionHref(data.editions.next.key)),
    previousEdition: () => data?.article && data.editions.previous && navigate(editionHref(data.editions.previous.key)),
    bookmark: () => data?.article && void toggleBookmark(db, data.article.id, data.article.editionKey),
    back: () => data?.article && navigate(editionHref(data.article.editionKey)),
  });

  if (data === undefined) return <p className="view-loading">{t('loading')}</p>;
  if (!article || data.article === null) return <p className="view-empty">{t('article.missing')}</p>;
  const { edition, previous, next } = data;
  const showSource = sourceToggled ?? article.garbled;
  const date = edition ? editionDate(edition) : null;
  const origin = article.continuedFromId ? article.continuedFromId : null;
  const citation = newspaperCitation({
    writers: articleWriters(article.byline),
    title: article.headline ?? data.originHeadline,
    paper: edition ? editionPaper(edition) : null,
    date,
    page: article.page ?? null,
  });
  return (
    <div className="article-layout" data-testid="article-view" data-article-id={article.id}>
      <nav className="article-crumbs" aria-label={t('article.crumbs')}>
        <Link href={editionHref(article.editionKey)} className="article-back">
          {t('article.backToFront', { paper: (edition && editionPaper(edition)) ?? '', date: date ? shortDate(date, i18n.language) : '' })}
        </Link>
        {/* The page the story stands on: what a reader cites it by. */}
        {article.page && (
          <span className="article-page" data-testid="article-page">
            {t('article.onPage', { page: article.page })}
          </span>
        )}
        <span className="article-position">{t('article.position', { position: data.position, total: data.total })}</span>
      </nav>
      <article className="article" aria-labelledby="article-headline" lang="zh-CN">
        {/* New elements per layout: the layers holding ranges over the old text nodes (hits, highlights) start afresh. */}
        <div className="article-text" key={vertical ? 'vertical' : 'horizontal'} ref={setReadingArea} data-reading-area>
          <header className="article-header" ref={setHeader}>
            {article.section && <p className="story-section">{article.section}</p>}
            {article.kicker && (
              <p className="article-kicker" data-title-text={article.kicker}>
                <VerticalText text={article.kicker} vertical={vertical} />
              </p>
            )}
            <h1 id="article-headline" className="article-headline" data-title-text={article.headline ?? undefined}>
              <VerticalText text={article.headline ?? (data.originHeadline ? t('article.continuation', { headline: data.originHeadline }) : t('story.untitled'))} vertical={vertical} />
            </h1>
            {article.subheadline && (
              <p className="article-subheadline" data-title-text={article.subheadline}>
                <VerticalText text={article.subheadline} vertical={vertical} />
              </p>
            )}
            <Byline byline={article.byline} vertical={vertical} />
            {article.dateline && (
              <p className="article-dateline">
                <VerticalText text={article.dateline} vertical={vertical} />
              </p>
            )}
          </header>
          {article.continuedFrom && (
            <p className="article-jump">
              {origin ? (
                <Link href={articleHref(origin)} className="jump-chip">
                  {t('story.continuedFrom', { page: article.continuedFrom.page, marker: article.continuedFrom.marker })}
                </Link>
              ) : (
                <span className="jump-chip jump-chip-missing">{t('story.continuedFrom', { page: article.continuedFrom.page, marker: article.continuedFrom.marker })}</span>
              )}
            </p>
          )}
          <ArticleBody paragraphs={article.paragraphs} bodyRef={setBody} vertical={vertical} />
          {article.continuedTo && (
            <p className="article-jump">
              {article.continuedToId ? (
                <Link href={articleHref(article.continuedToId)} className="jump-chip">
                  {t('story.continuedTo', { page: article.continuedTo.page, marker: article.continuedTo.marker })}
                </Link>
              ) : (
                <span className="jump-chip jump-chip-missing">{t('story.continuedTo', { page: article.continuedTo.page, marker: article.continuedTo.marker })}</span>
              )}
            </p>
          )}
        </div>
        <SearchHitsLayer articleId={article.id} header={header} container={body} text={text} />
        <p className="article-print-source print-only" data-testid="article-print-source">
          {citation}
        </p>
      </article>
      <div className="article-tools">
        {article.garbled && (
          <p className="article-garbled" role="note">
            {t('article.garbledNote')}
          </p>
        )}
        <BookmarkButton articleId={article.id} editionKey={article.editionKey} />
        <CiteButton citation={citation} />
        <button type="button" className="tool-button" onClick={() => window.print()}>
          {t('article.print')}
        </button>
        <button type="button" className="tool-button" aria-expanded={showSource} aria-controls="article-source" onClick={() => setSourceToggled(!showSource)}>
          {showSource ? t('article.hideSource') : t('article.showSource')}
        </button>
        <div id="article-source">{showSource && <SourcePanel article={article} />}</div>
      </div>
      <div className="article-aside">
        <AnnotationLayer articleId={article.id} container={body} text={text} />
      </div>
      <nav className="article-pager" aria-label={t('article.pager')}>
        {previous ? (
          <Link href={articleHref(previous.id)} rel="prev" className="pager-link">
            <span className="pager-label">
              <kbd aria-hidden="true">k</kbd> {t('article.previous')}
            </span>
            <span className="pager-headline">{previous.headline ?? t('story.untitled')}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={articleHref(next.id)} rel="next" className="pager-link pager-next">
            <span className="pager-label">
              {t('article.next')} <kbd aria-hidden="true">j</kbd>
            </span>
            <span className="pager-headline">{next.headline ?? t('story.untitled')}</span>
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
