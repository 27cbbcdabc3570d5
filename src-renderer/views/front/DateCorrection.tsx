import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { correctEdition, EditionCorrectionError } from '../../store/edition-store';
import type { EditionRecord } from '../../store/library-db';
import { DateField } from '../dates/DateField';
import { editionDate, editionPaper } from '../edition-queries';

/** Any year a digitised paper may come from. */
const CORRECTION_YEARS: [number, number] = [1850, new Date().getFullYear()];

/**
 * "Date inferred from …": what the date rests on, and a small form to set
 * the right paper name and date (stored as the user's correction).
 */
export function DateCorrection({ edition }: { edition: EditionRecord }) {
  const { t } = useTranslation('views');
  const { db } = useApp();
  const [paper, setPaper] = useState(editionPaper(edition) ?? '');
  const [date, setDate] = useState(editionDate(edition) ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      // Send only what the reader changed, so an untouched field stays the parser's.
      const change: { paper?: string; date?: string } = {};
      if (paper !== (editionPaper(edition) ?? '')) change.paper = paper;
      if (date !== (editionDate(edition) ?? '')) change.date = date;
      await correctEdition(db, edition.key, change);
      setError(null);
    } catch (e) {
      if (e instanceof EditionCorrectionError) setError(t('correction.invalid'));
      else throw e;
    }
  };
  return (
    <details className="date-correction" data-testid="date-inferred">
      <summary>
        {edition.corrected
          ? t('correction.corrected')
          : edition.dateSource === 'masthead' && editionPaper(edition) === null
            ? t('correction.paperUnknown')
            : t(`correction.source.${edition.dateSource}`)}
      </summary>
      <div className="date-correction-body">
        {edition.dateEvidence.length > 0 && (
          <>
            <p className="date-correction-heading">{t('correction.evidence')}</p>
            <ul className="date-correction-evidence">
              {edition.dateEvidence.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        <form onSubmit={(e) => void submit(e)} className="date-correction-form">
          <label>
            {t('correction.paper')}
            <input type="text" value={paper} onChange={(e) => setPaper(e.target.value)} />
          </label>
          <DateField label={t('correction.date')} value={date} onChange={setDate} years={CORRECTION_YEARS} required />
          <button type="submit">{t('correction.save')}</button>
          {error && (
            <p role="alert" className="date-correction-error">
              {error}
            </p>
          )}
        </form>
      </div>
    </details>
  );
}
