import { groupByEditionAndArticle, type AnnotationData } from './annotation';

/** The words of the Markdown export, from the UI's message catalogue. */
export interface MarkdownLabels {
  title: string;
  untitledArticle: string;
  undated: string;
  /** The page a story stands on as a reader cites it, e.g. "第03版". */
  onPage: (page: string) => string;
  /** e.g. "颜色：黄" */
  colour: (color: string) => string;
  /** Shown after the colour of an annotation that no longer fits the text. */
  detached: string;
}

function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

/** A heading line never carries Markdown syntax from the data: collapse newlines and escape a leading '#'. */
function headingText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/^#/, '\\#');
}

/**
 * Notes as Markdown, for one article or the whole library: per edition (date
 * and paper), per article (headline, and its page where known), each
 * annotation's quoted text, colour and note.
 */
export function annotationsToMarkdown(annotations: readonly AnnotationData[], labels: MarkdownLabels): string {
  const out: string[] = [`# ${headingText(labels.title)}`, ''];
  for (const edition of groupByEditionAndArticle(annotations)) {
    out.push(`## ${headingText([edition.editionDate ?? labels.undated, edition.paper].filter(Boolean).join(' '))}`, '');
    for (const article of edition.articles) {
      out.push(`### ${headingText([article.headline ?? labels.untitledArticle, article.page ? labels.onPage(article.page) : ''].filter(Boolean).join(' · '))}`, '');
      for (const annotation of article.annotations) {
        out.push(quoteBlock(annotation.quote.exact), '');
        out.push(`*${labels.colour(annotation.color)}${annotation.detached ? ` · ${labels.detached}` : ''}*`, '');
        if (annotation.note.trim()) out.push(annotation.note.trim(), '');
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
