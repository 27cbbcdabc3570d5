import type { Article } from '../../../src-shared/model/edition';

/** The opening of an article for a front-page card: whole text paragraphs up to `limit` characters, cut at the limit with an ellipsis. */
export function openingLines(article: Pick<Article, 'paragraphs'>, limit: number): string {
  let text = '';
  for (const paragraph of article.paragraphs) {
    if (paragraph.type !== 'text') continue;
    text = text ? `${text}\n${paragraph.text}` : paragraph.text;
    if (text.length >= limit) break;
  }
  return text.length > limit ? `${text.slice(0, limit).trimEnd()}…` : text;
}

/** Captions of a photo story (the paragraphs the parser marked as such, else its text). */
export function captionText(article: Pick<Article, 'paragraphs'>): string {
  const captions = article.paragraphs.filter((p) => p.type === 'caption');
  return (captions.length ? captions : article.paragraphs).map((p) => p.text).join('\n');
}


/**
 * How many columns a lead's opening fills: as many as its text can fill with a few lines each (about
 * 90 characters a column at the lead's size), at most three, so a short lead is not spread thin
 * over three columns with a lone line at the top of one.
 */
export function leadColumns(opening: string): 1 | 2 | 3 {
  const length = opening.replace(/\n/g, '').length;
  return length < 90 ? 1 : length < 180 ? 2 : 3;
}
