import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ArticleRecord } from '../../store/library-db';
import { articleHref } from '../routes';
import { captionText, leadColumns, openingLines } from './article-snippets';
import { wireAgencyName } from '../../../src-shared/parser/vocabulary';

/** Jump chips: 下转02版② / 上接01版②, a link when the other part is in the library. */
function JumpChip({ direction, page, marker, targetId }: { direction: 'to' | 'from'; page: string; marker: string; targetId: string | null | undefined }) {
  const { t } = useTranslation('views');
  const label = t(direction === 'to' ? 'story.continuedTo' : 'story.continuedFrom', { page, marker });
  return targetId ? (
    <Link className="jump-chip" href={articleHref(targetId)}>
      {label}
    </Link>
  ) : (
    <span className="jump-chip jump-chip-missing" title={t('story.partMissing')}>
      {label}
    </span>
  );
}

/**
 * A story's opening, a block per paragraph so no paragraph leaves a lone line at the foot or head
 * of a column (orphans/widows in front-page.css); a lead gets as many columns as its text fills.
 */
function Opening({ text, lead }: { text: string; lead: boolean }) {
  return (
    <div className="story-opening" style={lead ? { columnCount: leadColumns(text), maxInlineSize: `${leadColumns(text) * 26}rem` } : undefined}>
      {text.split('\n').map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}

/**
 * One story on the front page: section banner, kicker, headline (the link
 * to the article), subheadline, byline and opening lines; photo news as a
 * caption under a quiet placeholder; garbled text flagged.
 */
export function StoryCard({ article, lead, originHeadline, bookmarked }: { article: ArticleRecord; lead: boolean; originHeadline: string | null; bookmarked: boolean }) {
  const { t } = useTranslation('views');
  const Heading = lead ? 'h2' : 'h3';
  const headline = article.headline ?? originHeadline ?? t('story.untitled');
  const wireAgency = article.kind === 'wire' ? wireAgencyName(article.byline.agency) : null;
  const isPhoto = article.kind === 'photo';
  return (
    <article className={`story${lead ? ' story-lead' : ''}${isPhoto ? ' story-photo' : ''}`} data-story={article.id} data-kind={article.kind} aria-labelledby={`h-${article.id}`}>
      {article.section && <p className="story-section">{article.section}</p>}
      {article.kicker && <p className="story-kicker">{article.kicker}</p>}
      <Heading className="story-headline" id={`h-${article.id}`}>
        <Link href={articleHref(article.id)} className="story-link">
          {headline}
        </Link>
        {bookmarked && (
          <span className="story-bookmarked" title={t('story.bookmarked')} aria-label={t('story.bookmarked')}>
            ★
          </span>
        )}
      </Heading>
      {article.subheadline && <p className="story-subheadline">{article.subheadline}</p>}
      {(article.garbled || article.kind === 'wire' || article.kind === 'commentary' || article.kind === 'literary') && (
        <p className="story-flags">
          {article.garbled && <span className="flag flag-garbled">{t('story.garbled')}</span>}
          {article.kind === 'wire' && <span className="flag">{wireAgency ? t('story.kind.wire', { agency: wireAgency }) : t('story.kind.wireUnnamed')}</span>}
          {article.kind === 'commentary' && <span className="flag">{t('story.kind.commentary')}</span>}
          {article.kind === 'literary' && <span className="flag">{t('story.kind.literary')}</span>}
        </p>
      )}
      {article.continuedFrom && <JumpChip direction="from" page={article.continuedFrom.page} marker={article.continuedFrom.marker} targetId={article.continuedFromId} />}
      {isPhoto ? (
        <figure className="photo-block">
          <div className="photo-placeholder" role="img" aria-label={t('story.noImage')}>
            <span aria-hidden="true">{t('story.noImageShort')}</span>
          </div>
          <figcaption>{captionText(article)}</figcaption>
        </figure>
      ) : (
        <Opening text={openingLines(article, lead ? 260 : 90)} lead={lead} />
      )}
      {article.byline.raw && <p className="story-byline">{article.byline.raw}</p>}
      {article.continuedTo && <JumpChip direction="to" page={article.continuedTo.page} marker={article.continuedTo.marker} targetId={article.continuedToId} />}
    </article>
  );
}
