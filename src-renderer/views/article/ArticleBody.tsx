import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { paragraphStarts } from '../../../src-shared/model/article-text';
import type { Paragraph } from '../../../src-shared/model/edition';
import { VerticalText } from './VerticalText';

const ELEMENT_FOR: Record<Paragraph['type'], 'p' | 'h3' | 'blockquote'> = {
  text: 'p',
  subhead: 'h3',
  caption: 'p',
  quote: 'blockquote',
};

/**
 * The article body in the shape text-ranges.ts relies on: one element per
 * paragraph, `data-offset` its start in articlePlainText(), its text one
 * text node (horizontal) or runs for vertical writing (VerticalText);
 * highlights are painted over it, never into it.
 */
export function ArticleBody({ paragraphs, bodyRef, vertical }: { paragraphs: Paragraph[]; bodyRef: Ref<HTMLDivElement>; vertical: boolean }) {
  const { t } = useTranslation('views');
  const starts = paragraphStarts({ paragraphs });
  // Focusable, so a keyboard user can select text in it (annotations/keyboard-selection.ts).
  return (
    <div data-article-body className="article-body" ref={bodyRef} tabIndex={0} role="document" aria-label={t('article.body')}>
      {paragraphs.map((paragraph, i) => {
        const Element = ELEMENT_FOR[paragraph.type];
        return (
          <Element key={i} data-offset={starts[i]} className={`para para-${paragraph.type}`}>
            <VerticalText text={paragraph.text} vertical={vertical} />
          </Element>
        );
      })}
    </div>
  );
}
