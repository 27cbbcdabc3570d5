import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * "复制引用": the article's reference (GB/T 7714, `newspaperCitation`) to the clipboard, shown once copied so the reader sees
 * what was copied, and can select it by hand where the clipboard refused it.
 */
export function CiteButton({ citation }: { citation: string }) {
  const { t } = useTranslation('views');
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citation);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="cite-control">
      <button type="button" className="tool-button" onClick={() => void copy()}>
        {t('article.cite')}
      </button>
      <p role="status" className="cite-status">
        {status === 'copied' && t('article.citeCopied')}
        {status === 'failed' && t('article.citeFailed')}
      </p>
      {status !== 'idle' && (
        <output className="cite-text" data-testid="article-citation">
          {citation}
        </output>
      )}
    </div>
  );
}
