import type { ParsedEdition } from '../model/edition';

/** The hand-made expectations in tests/fixtures/gold/*.json. */
export interface GoldEdition {
  file: string;
  paper: string;
  edition: { date: string; dateSource: string };
  articles: {
    headline: string[];
    lead: string;
    reporters: string[];
    correspondents: string[];
    photographers?: string[];
    kind?: string;
    garbled?: boolean;
  }[];
}

export interface GoldArticleResult {
  headline: string;
  found: boolean;
  headlineRight: boolean;
  bylineRight: boolean;
  problems: string[];
}

/** Whitespace and quote style do not count: OCR and hand-typing differ there. */
export const comparable = (s: string) => s.replace(/\s+/g, '').replace(/[“”„‟＂]/g, '"').replace(/[‘’]/g, "'");

const sameNames = (a: string[], b: string[]) => [...a].sort().join('、') === [...b].sort().join('、');

/**
 * Scores a parse against gold: each gold article must be exactly one parsed
 * article whose body contains its lead and no other gold article's lead or
 * headline; its headline one of the acceptable ones; its names exactly right.
 */
export function scoreAgainstGold(parsed: ParsedEdition, gold: GoldEdition) {
  const bodies = parsed.articles.map((a) => comparable(a.paragraphs.map((p) => p.text).join('')));
  const results: GoldArticleResult[] = gold.articles.map((g, gi) => {
    const problems: string[] = [];
    const lead = comparable(g.lead);
    const holders = bodies.map((b, i) => (b.includes(lead) ? i : -1)).filter((i) => i >= 0);
    if (holders.length !== 1) problems.push(`lead found in ${holders.length} articles`);
    const index = holders[0];
    const article = index === undefined ? undefined : parsed.articles[index];
    let found = holders.length === 1;
    if (article && index !== undefined) {
      for (const [oi, other] of gold.articles.entries()) {
        if (oi === gi) continue;
        if (bodies[index]!.includes(comparable(other.lead))) {
          problems.push(`also contains the lead of "${other.headline[0]}"`);
          found = false;
        }
      }
    }
    const headlineRight = !!article?.headline && g.headline.some((h) => comparable(h) === comparable(article.headline!));
    if (article && !headlineRight) problems.push(`headline ${JSON.stringify(article.headline)} not in ${JSON.stringify(g.headline)}`);
    let bylineRight = false;
    if (article) {
      bylineRight = sameNames(article.byline.reporters, g.reporters) && sameNames(article.byline.correspondents, g.correspondents);
      if (g.photographers) bylineRight &&= sameNames(article.byline.photographers, g.photographers);
      if (!bylineRight) problems.push(`byline ${JSON.stringify(article.byline)} ≠ reporters ${g.reporters} correspondents ${g.correspondents} photographers ${g.photographers ?? '-'}`);
    }
    return { headline: g.headline[0]!, found, headlineRight, bylineRight, problems };
  });
  return {
    dateRight: parsed.date === gold.edition.date,
    results,
    found: results.filter((r) => r.found).length,
    headlines: results.filter((r) => r.found && r.headlineRight).length,
    bylines: results.filter((r) => r.found && r.bylineRight).length,
    total: results.length,
  };
}
