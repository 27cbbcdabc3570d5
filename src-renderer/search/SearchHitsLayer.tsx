import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findHitRanges } from '../../src-shared/search/highlight';
import { parseQuery } from '../../src-shared/search/query';
import { rangeForOffsets, rangeInElement, revealRange } from '../views/article/text-ranges';
import { navigateHash, searchHref, useHashParams } from './hash-query';
import './search.css';

const ALL = 'search-hit';
/** Keys that move the text (use-vertical-reading.ts, and the page's own scrolling). */
const TEXT_MOVING_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
const CURRENT = 'search-hit-current';

function clearHighlights(): void {
  CSS.highlights?.delete(ALL);
  CSS.highlights?.delete(CURRENT);
}

/** Ranges over every hit in the headline block's parts (`data-title-text`: kicker, headline, subheadline), in order. */
function titleRanges(header: HTMLElement, phrases: readonly string[]): Range[] {
  return [...header.querySelectorAll<HTMLElement>('[data-title-text]')].flatMap((element) =>
    findHitRanges(element.dataset.titleText ?? '', phrases)
      .map(([s, e]) => rangeInElement(element, s, e))
      .filter((r): r is Range => r !== null),
  );
}

/**
 * Inside the article view, when the route is `#/article/ID?q=…`: marks every
 * hit in the headline block and the body with the CSS Custom Highlight API
 * (the article DOM stays React's), scrolls to the first hit, and offers
 * previous/next hit controls. The headline block counts as the results list
 * counts it (search-index: title + body), so both give the same number.
 */
export function SearchHitsLayer({ articleId, header, container, text }: { articleId: string; header: HTMLElement | null; container: HTMLElement | null; text: string }) {
  const { t } = useTranslation('search');
  const params = useHashParams();
  const query = params.get('q') ?? '';
  const phrases = useMemo(() => (query.trim() ? parseQuery(query).required : []), [query]);
  const hits = useMemo(() => (phrases.length > 0 ? findHitRanges(text, phrases) : []), [text, phrases]);
  const [current, setCurrent] = useState({ key: '', index: 0 });
  const key = `${articleId}|${query}`;
  const index = current.key === key ? current.index : 0;

  const ranges = useMemo(() => {
    if (!container) return [];
    const body = hits.map(([s, e]) => rangeForOffsets(container, s, e)).filter((r): r is Range => r !== null);
    return header && phrases.length > 0 ? [...titleRanges(header, phrases), ...body] : body;
  }, [container, header, hits, phrases]);

  useEffect(() => {
    if (typeof Highlight === 'undefined' || !CSS.highlights) return;
    clearHighlights();
    if (ranges.length === 0) return;
    CSS.highlights.set(ALL, new Highlight(...ranges));
    const active = ranges[index];
    if (active) CSS.highlights.set(CURRENT, new Highlight(active));
    return clearHighlights;
  }, [ranges, index]);

  useEffect(() => {
    const active = ranges[index];
    if (!active) return;
    // After the article view's own scroll-to-top on open.
    const frame = requestAnimationFrame(() => revealRange(active));
    // Glyphs that arrive later (the bundled serif comes in subsets) set the text again, and the hit moves, in vertical
    // columns by several screens: it is brought back on screen then, until the reader moves the text themselves.
    let readerMoved = false;
    const moved = (event: Event) => {
      // The wheel, a key that moves the text, a touch or a press on the text itself (the reading settings are no move).
      if (event instanceof KeyboardEvent && !TEXT_MOVING_KEYS.has(event.key)) return;
      if ((event.type === 'pointerdown' || event.type === 'touchstart') && !(event.target instanceof Element && event.target.closest('[data-reading-area]'))) return;
      readerMoved = true;
    };
    const again = () => {
      if (!readerMoved) revealRange(active);
    };
    const fonts = typeof document.fonts?.addEventListener === 'function' ? document.fonts : null;
    fonts?.addEventListener('loadingdone', again);
    // Anything else that sets the text again (the vertical columns measured to the window, a face swapped in without a
    // loading event) changes the text's size: the hit is brought back then too.
    const resized = typeof ResizeObserver === 'function' && container ? new ResizeObserver(again) : null;
    if (resized && container) resized.observe(container);
    for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const) window.addEventListener(type, moved, { passive: true, capture: true });
    return () => {
      cancelAnimationFrame(frame);
      resized?.disconnect();
      fonts?.removeEventListener('loadingdone', again);
      for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const) window.removeEventListener(type, moved, { capture: true });
    };
  }, [ranges, index, container]);

  if (!query.trim()) return null;
  const total = ranges.length;
  const go = (delta: number) => setCurrent({ key, index: (index + delta + total) % total });
  return (
    <div className="search-hits-bar" role="navigation" aria-label={t('hits.label')} data-testid="search-hits-bar">
      <button type="button" className="search-hits-query" onClick={() => navigateHash(searchHref({ q: query }))} title={t('hits.backToResults')}>
        {t('hits.query', { query })}
      </button>
      {total > 0 ? (
        <>
          <span className="search-hits-position" aria-live="polite" data-testid="search-hit-position">
            {t('hits.position', { current: index + 1, total })}
          </span>
          <button type="button" onClick={() => go(-1)} aria-label={t('hits.previous')} data-testid="search-hit-previous">
            ↑ {t('hits.previous')}
          </button>
          <button type="button" onClick={() => go(1)} aria-label={t('hits.next')} data-testid="search-hit-next">
            ↓ {t('hits.next')}
          </button>
        </>
      ) : (
        <span className="search-hits-position">{t('hits.none', { query })}</span>
      )}
    </div>
  );
}
