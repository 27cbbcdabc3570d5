import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { FileResult } from './file-result';

/** The end-of-import report: one line per file, imported / replaced / skipped / failed with its reason. */
export function ImportReport({ results, onClose }: { results: FileResult[]; onClose: () => void }) {
  const { t } = useTranslation('import');
  const count = (status: FileResult['status']) => results.filter((r) => r.status === status).length;
  return (
    <section className="import-report" aria-labelledby="import-report-title" data-testid="import-report">
      <header className="import-report-header">
        <h2 id="import-report-title">{t('report.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('report.close')}
        </button>
      </header>
      <p>
        {t('report.summary', {
          imported: count('imported'),
          replaced: count('replaced'),
          skipped: count('skipped'),
          failed: count('failed'),
          cancelled: count('cancelled'),
        })}
      </p>
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
