import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { fullDate } from '../dates/edition-date';
import { editionHref } from '../routes';
import { monthWeeks, type EditionSummary } from './library-groups';

/** Weekday column heads, Monday first, in the UI language ("一", "Mon"). */
function weekdayNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: language.startsWith('zh') ? 'narrow' : 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

/** One month as a calendar; days with an edition are links to it. */
export function MonthCalendar({ year, month, editions, caption }: { year: number; month: number; editions: EditionSummary[]; caption: string }) {
  const { t, i18n } = useTranslation('views');
  const byDay = new Map<number, EditionSummary>();
  for (const edition of editions) {
    const day = Number(edition.date?.slice(8, 10));
    if (day && !byDay.has(day)) byDay.set(day, edition);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    <table className="month-calendar">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {weekdayNames(i18n.language).map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week, w) => (
          <tr key={w}>
            {week.map((day, d) => {
              const edition = day ? byDay.get(day) : undefined;
              return (
                <td key={d} className={edition ? 'has-edition' : undefined}>
                  {day !== null &&
                    (edition ? (
                      <Link href={editionHref(edition.key)} aria-label={t('library.openDay', { date: fullDate(`${year}-${pad(month)}-${pad(day)}`, i18n.language) })}>
                        {day}
                      </Link>
                    ) : (
                      <span>{day}</span>
                    ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
