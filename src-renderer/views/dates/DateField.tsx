import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './date-field.css';

/**
 * A day picked as year, month and day in the app's own language (2022年8月24日 in Chinese,
 * Aug 24, 2022 in English), where `<input type="date">` shows the browser's or the system's
 * format (mm/dd/yyyy in a Chinese UI on an English system). Its value is an ISO day, or ''
 * until all three parts are chosen.
 */
export function DateField({
  label,
  value,
  onChange,
  years,
  required = false,
}: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  /** First and last year offered (the library's, for filters). */
  years: readonly [number, number];
  required?: boolean;
}) {
  const { t, i18n } = useTranslation('views');
  const language = i18n.language;
  const id = useId();
  const [parts, setParts] = useState(() => split(value));
  // A value set from outside (a link, a cleared filter) replaces what was being chosen.
  useEffect(() => {
    if (value !== join(parts)) setParts(split(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only an outside change of value resets the parts
  }, [value]);
  const monthNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { month: language.startsWith('zh') ? 'numeric' : 'short', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
  }, [language]);
  const daysInMonth = parts.year && parts.month ? new Date(Date.UTC(Number(parts.year), Number(parts.month), 0)).getUTCDate() : 31;
  const [first, last] = years[0] <= years[1] ? years : [years[1], years[0]];
  const yearList = Array.from({ length: last - first + 1 }, (_, i) => String(last - i));

  const set = (part: keyof Parts, v: string) => {
    const next = { ...parts, [part]: v };
    if (next.day && next.year && next.month && Number(next.day) > new Date(Date.UTC(Number(next.year), Number(next.month), 0)).getUTCDate()) next.day = '';
    setParts(next);
    const iso = join(next);
    if (iso !== value) onChange(iso);
  };
  const select = (part: keyof Parts, options: { value: string; text: string }[]) => (
    <select key={part} value={parts[part]} onChange={(e) => set(part, e.target.value)} aria-label={`${label} ${t(`dateField.${part}`)}`} required={required} className={`date-field-${part}`}>
      <option value="">{t(`dateField.${part}`)}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.text}
        </option>
      ))}
    </select>
  );
  const year = select('year', yearList.map((y) => ({ value: y, text: language.startsWith('zh') ? `${y}年` : y })));
  const month = select('month', monthNames.map((name, i) => ({ value: String(i + 1).padStart(2, '0'), text: name })));
  const day = select('day', Array.from({ length: daysInMonth }, (_, i) => ({ value: String(i + 1).padStart(2, '0'), text: language.startsWith('zh') ? `${i + 1}日` : String(i + 1) })));
  return (
    <div role="group" aria-labelledby={id} className="date-field">
      <span id={id} className="date-field-label">
        {label}
      </span>
      {language.startsWith('zh') ? [year, month, day] : [month, day, year]}
    </div>
  );
}

interface Parts {
  year: string;
  month: string;
  day: string;
}

function split(iso: string): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { year: match[1]!, month: match[2]!, day: match[3]! } : { year: '', month: '', day: '' };
}

function join({ year, month, day }: Parts): string {
  return year && month && day ? `${year}-${month}-${day}` : '';
}
