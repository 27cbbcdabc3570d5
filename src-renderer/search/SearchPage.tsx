import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnippetPart } from '../../src-shared/search/highlight';
import { useBookmarkedIds } from '../annotations/bookmark-store';
import { useApp } from '../app/app-context';
import { DateField } from '../views/dates/DateField';
import { shortDate } from '../views/dates/edition-date';
import { libraryYears } from '../views/edition-queries';
import { articleSearchHref, navigateHash, searchHref, useHashParams } from './hash-query';
import { useIndexStatus, useSearchResults } from './search-client';
import type { ArticleHit, AnnotationHit, SearchRequest, SearchResponse } from './search-protocol';
import './search.css';

const THIS_YEAR: [number, number] = [new Date().getFullYear(), new Date().getFullYear()];

const PAGE_SIZE = 20;
const KINDS = ['news', 'feature', 'photo', 'commentary', 'literary', 'notice', 'wire', 'continuation'] as const;
const FILTER_KEYS = ['from', 'to', 'paper', 'reporter', 'kind', 'bookmarked', 'notes'] as const;

/** Text with hit parts wrapped in <mark> — the search feature's own highlighter output. */
export function HighlightedText({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="search-hit">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

function requestFrom(params: URLSearchParams): SearchRequest | null {
  const query = params.get('q') ?? '';
  if (!query.trim()) return null;
  return {
    query,
    scope: params.get('scope') === 'annotations' ? 'annotations' : 'articles',
    filters: {
      from: params.get('from'),
      to: params.get('to'),
      paper: params.get('paper'),
      reporter: params.get('reporter'),
      kind: params.get('kind'),
      bookmarkedOnly: params.get('bookmarked') === '1',
      withNotesOnly: params.get('notes') === '1',
    },
    page: Math.max(0, Number(params.get('page') ?? '1') - 1) || 0,
    pageSize: PAGE_SIZE,
  };
}

/** `#/search?q=…&from=&to=&paper=&reporter=&kind=&bookmarked=1&notes=1&scope=annotations&page=N` */
export function SearchPage() {
  const { t } = useTranslation('search');
  const params = useHashParams();
  const paramString = params.toString();
  const request = useMemo(() => requestFrom(new URLSearchParams(paramString)), [paramString]);
  const state = useSearchResults(request);
  const status = useIndexStatus();

  const update = (changes: Record<string, string | null>) => {
    const next: Record<string, string | null> = Object.fromEntries(new URLSearchParams(paramString));
    Object.assign(next, changes);
    if (!('page' in changes)) delete next.page;
    navigateHash(searchHref(next), { replace: true });
  };

  const response = state.state === 'done' ? state.response : state.state === 'searching' ? state.previous : null;
  const query = params.get('q') ?? '';
  return (
    <div className="search-page" data-testid="search-page">
      <h1 className="search-title">{t('page.title')}</h1>
      <SearchFilters params={params} update={update} />
      {status.state === 'loading' && <p className="search-status">{t('page.indexLoading')}</p>}
      {status.state === 'building' && <p className="search-status">{t('page.indexBuilding', { done: status.done, total: status.total })}</p>}
      {request && response && (response.pending > 0 || (status.state === 'ready' && (status.pending ?? 0) > 0)) && (
        <p className="search-status" role="status" data-testid="search-indexing">
          {t('page.indexUpdating', { count: Math.max(response.pending, status.state === 'ready' ? (status.pending ?? 0) : 0) })}
        </p>
      )}
      {!request && (
        <div className="search-help">
          <p>{t('page.empty')}</p>
          <p>{t('page.syntax')}</p>
        </div>
      )}
      {state.state === 'failed' && <p role="alert">{t('page.failed', { message: state.message })}</p>}
      {request && response && <Results response={response} query={query} scope={request.scope} update={update} busy={state.state === 'searching'} />}
      {request && !response && state.state === 'searching' && <p className="search-status">{t('page.searching')}</p>}
    </div>
  );
}

function SearchFilters({ params, update }: { params: URLSearchParams; update: (changes: Record<string, string | null>) => void }) {
  const { t } = useTranslation('search');
  const { db } = useApp();
  const years = useLiveQuery(() => libraryYears(db), [db]);
  const papers = useLiveQuery(async () => {
    const editions = await db.editions.toArray();
    return [...new Set(editions.map((e) => e.corrected?.paper ?? e.paper).filter((p): p is string => !!p))].sort();
  }, [db]);
  const scope = params.get('scope') === 'annotations' ? 'annotations' : 'articles';
  const anyFilter = FILTER_KEYS.some((k) => params.get(k));
  return (
    <form className="search-filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="search-scope">
        <legend>{t('filters.scope')}</legend>
        {(['articles', 'annotations'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="scope" value={s} checked={scope === s} onChange={() => update({ scope: s === 'articles' ? null : s })} />
            {s === 'articles' ? t('filters.scopeArticles') : t('filters.scopeAnnotations')}
          </label>
        ))}
      </fieldset>
      {scope === 'articles' && (
        <div className="search-filter-fields">
          <DateField label={t('filters.from')} value={params.get('from') ?? ''} onChange={(iso) => update({ from: iso || null })} years={years ?? THIS_YEAR} />
          <DateField label={t('filters.to')} value={params.get('to') ?? ''} onChange={(iso) => update({ to: iso || null })} years={years ?? THIS_YEAR} />
          <label>
            {t('filters.paper')}
            <select value={params.get('paper') ?? ''} onChange={(e) => update({ paper: e.target.value || null })}>
              <option value="">{t('filters.anyPaper')}</option>
              {(papers ?? []).map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filters.reporter')}
            <input type="text" placeholder={t('filters.reporterPlaceholder')} value={params.get('reporter') ?? ''} onChange={(e) => update({ reporter: e.target.value.trim() || null })} />
          </label>
          <label>
            {t('filters.kind')}
            <select value={params.get('kind') ?? ''} onChange={(e) => update({ kind: e.target.value || null })}>
              <option value="">{t('filters.anyKind')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="search-check">
            <input type="checkbox" checked={params.get('bookmarked') === '1'} onChange={(e) => update({ bookmarked: e.target.checked ? '1' : null })} />
            {t('filters.bookmarkedOnly')}
          </label>
          <label className="search-check">
            <input type="checkbox" checked={params.get('notes') === '1'} onChange={(e) => update({ notes: e.target.checked ? '1' : null })} />
            {t('filters.withNotesOnly')}
          </label>
          {anyFilter && (
            <button type="button" className="search-clear" onClick={() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}>
              {t('filters.clear')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}

function Results({ response, query, scope, update, busy }: { response: SearchResponse; query: string; scope: 'articles' | 'annotations'; update: (c: Record<string, string | null>) => void; busy: boolean }) {
  const { t } = useTranslation('search');
  const { db } = useApp();
  const bookmarked = useBookmarkedIds(db);
  const pages = Math.max(1, Math.ceil(response.total / response.pageSize));
  const from = response.page * response.pageSize + 1;
  const to = Math.min(response.total, from + response.pageSize - 1);
  if (response.total === 0) return <p className="search-status">{t('page.noResults', { query })}</p>;
  return (
    // (`data-query`: the query whose answer is shown once it is not busy; the answer to the one before it stays while searching.)
    <section className="search-results-section" aria-label={t('page.results')} aria-busy={busy} data-query={query}>
      <p className="search-summary" role="status">
        <span data-testid="search-total">{scope === 'articles' ? t('page.count', { total: response.total }) : t('page.countNotes', { total: response.total })}</span>
        {' · '}
        {t('page.range', { from, to })}
        {' · '}
        {t('page.took', { ms: response.tookMs < 1 ? response.tookMs.toFixed(2) : Math.round(response.tookMs) })}
      </p>
      <ol className="search-results" start={from}>
        {scope === 'articles'
          ? response.articles.map((hit) => <ArticleResult key={hit.articleId} hit={hit} query={query} bookmarked={bookmarked.has(hit.articleId)} />)
          : response.annotations.map((hit) => <AnnotationResult key={hit.annotationId} hit={hit} query={query} />)}
      </ol>
      {pages > 1 && (
        <nav className="search-pager" aria-label={t('pager.label')}>
          <button type="button" disabled={response.page === 0} onClick={() => update({ page: response.page === 1 ? null : String(response.page) })}>
            {t('pager.previous')}
          </button>
          <span>{t('pager.page', { page: response.page + 1, pages })}</span>
          <button type="button" disabled={response.page + 1 >= pages} onClick={() => update({ page: String(response.page + 2) })}>
            {t('pager.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

function ArticleResult({ hit, query, bookmarked }: { hit: ArticleHit; query: string; bookmarked: boolean }) {
  const { t, i18n } = useTranslation('search');
  return (
    <li className="search-result" data-testid="search-result" data-article-id={hit.articleId}>
      <h2 className="search-result-headline">
        <a href={`#${articleSearchHref(hit.articleId, query)}`}>{hit.headlineParts ? <HighlightedText parts={hit.headlineParts} /> : (hit.headline ?? t('result.untitled'))}</a>
        {bookmarked && (
          <span className="search-bookmarked" title={t('result.bookmarked')} aria-label={t('result.bookmarked')} data-testid="search-bookmarked">
            ★
          </span>
        )}
      </h2>
      <p className="search-result-meta">
        {[hit.date && (shortDate(hit.date, i18n.language) ?? hit.date), hit.paper, hit.page ? t('result.page', { page: hit.page }) : null].filter(Boolean).join(' · ')}
        {' · '}
        <span className="search-hit-count">{t('result.hits', { count: hit.hits })}</span>
      </p>
      {hit.snippets.map((snippet, i) => (
        <p key={i} className="search-snippet">
          {snippet.clippedStart && '…'}
          <HighlightedText parts={snippet.parts} />
          {snippet.clippedEnd && '…'}
        </p>
      ))}
    </li>
  );
}

function AnnotationResult({ hit, query }: { hit: AnnotationHit; query: string }) {
  const { t, i18n } = useTranslation('search');
  return (
    <li className="search-result" data-testid="search-result" data-annotation-id={hit.annotationId}>
      <h2 className="search-result-headline">
        <a href={`#${articleSearchHref(hit.articleId, query)}`}>{hit.headline ?? t('result.untitled')}</a>
      </h2>
      <p className="search-result-meta">
        {hit.date && (shortDate(hit.date, i18n.language) ?? hit.date)}
        {' · '}
        <span className="search-hit-count">{t('result.hits', { count: hit.hits })}</span>
      </p>
      <p className="search-snippet search-quote">
        <span className="search-label">{t('result.quote')}</span> <HighlightedText parts={hit.quoteParts} />
      </p>
      {hit.noteParts.length > 0 && (
        <p className="search-snippet search-note">
          <span className="search-label">{t('result.note')}</span> <HighlightedText parts={hit.noteParts} />
        </p>
      )}
    </li>
  );
}
