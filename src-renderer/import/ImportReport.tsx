import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { FileResult } from './file-result';

const STATUSES = ['imported', 'replaced', 'skipped', 'failed', 'cancelled'] as const satisfies readonly FileResult['status'][];

/**
 * The end-of-import report: what happened, counting only what did (导入 2 个，失败 1 个), then one line per
 * file with its reason. Once the reader moves to another page it folds into a one-line note that opens again.
 */
export function ImportReport({ results, onClose }: { results: FileResult[]; onClose: () => void }) {
  const { t } = useTranslation('import');
  const [location] = useLocation();
  // Open where it was last opened (where the import ended, at first): moving on folds it.
  const [openAt, setOpenAt] = useState(location);
  const summary = STATUSES.map((status) => [status, results.filter((r) => r.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => t(`report.count.${status}`, { count: n }))
    .join(t('report.separator'));
  if (openAt !== location) {
    return (
      <section className="import-report import-report-folded" aria-labelledby="import-report-title" data-testid="import-report" data-folded="true">
        <h2 id="import-report-title">{t('report.title')}</h2>
        <span className="import-report-summary">{summary}</span>
        <button type="button" aria-expanded={false} onClick={() => setOpenAt(location)}>
          {t('report.expand')}
        </button>
        <button type="button" onClick={onClose}>
          {t('report.close')}
        </button>
      </section>
    );
  }
  return (
    <section className="import-report" aria-labelledby="import-report-title" data-testid="import-report">
      <header className="import-report-header">
        <h2 id="import-report-title">{t('report.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('report.close')}
        </button>
      </header>
      <p className="import-report-summary">{t('report.summary', { counts: summary })}</p>
      <ul className="import-report-list">
        {results.map((result, index) => (
          <li key={`${index}-${result.fileName}`} className={`import-result import-result-${result.status}`} data-status={result.status}>
            <span className="import-result-file">{result.fileName}</span>
            <span className="import-result-status">{t(`report.status.${result.status}`)}</span>
            <ResultDetail result={result} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ResultDetail({ result }: { result: FileResult }) {
  const { t } = useTranslation('import');
  switch (result.status) {
    case 'failed':
      return <span className="import-result-reason">{t(`failure.${result.reason}`, { detail: result.detail })}</span>;
    case 'imported':
    case 'replaced':
      return (
        <span className="import-result-reason">
          {t('report.articles', { count: result.articleCount })} · {t('report.encoding', { encoding: result.encoding })}{' '}
          <Link href={`/edition/${encodeURIComponent(result.editionKey)}`}>{t('report.open')}</Link>
          {result.notices.map((notice) => (
            <span key={notice.kind} className="import-result-notice" data-notice={notice.kind}>
              {notice.kind === 'date-conflict' ? t('notice.date-conflict', { fileDate: notice.fileDate, mastheadDate: notice.mastheadDate }) : t(`notice.${notice.kind}`)}
            </span>
          ))}
        </span>
      );
    case 'skipped':
      return (
        <span className="import-result-reason">
          <Link href={`/edition/${encodeURIComponent(result.editionKey)}`}>{t('report.open')}</Link>
        </span>
      );
    default:
      return null;
  }
}
