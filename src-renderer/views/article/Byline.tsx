import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Byline as BylineData } from '../../../src-shared/model/edition';
import { reporterHref } from '../routes';
import { VerticalText } from './VerticalText';

const ROLES = ['reporters', 'correspondents', 'photographers', 'authors'] as const;

/** The byline with every named person a link to their reporter page; the printed form beneath for reference. */
export function Byline({ byline, vertical = false }: { byline: BylineData; vertical?: boolean }) {
  const { t } = useTranslation('views');
  // A name printed twice (or under two roles) links once, under its first role.
  const seen = new Set<string>();
  const names = {} as Record<(typeof ROLES)[number], string[]>;
  for (const role of ROLES) {
    names[role] = byline[role].filter((name) => !seen.has(name));
    names[role].forEach((name) => seen.add(name));
  }
  const groups = ROLES.filter((role) => names[role].length > 0);
  if (groups.length === 0 && !byline.agency && !byline.raw) return null;
  return (
    <div className="article-byline">
      {byline.agency && (
        <span className="byline-agency">
          <VerticalText text={byline.agency} vertical={vertical} />
        </span>
      )}
      {groups.map((role) => (
        <span key={role} className="byline-group">
          <span className="byline-role">{t(`byline.${role}`)}</span>
          {names[role].map((name, i) => (
            <Fragment key={name}>
              {i > 0 && ' '}
              <Link href={reporterHref(name)} className="byline-name">
                <VerticalText text={name} vertical={vertical} />
              </Link>
            </Fragment>
          ))}
        </span>
      ))}
      {groups.length === 0 && byline.raw && <span className="byline-raw"><VerticalText text={byline.raw} vertical={vertical} /></span>}
    </div>
  );
}
