import type { ParsedEdition } from '../model/edition';

/** The hand-made expectations in tests/fixtures/gold/*.json (and the dev sets built by make-rmrb-devset.sh). */
export interface GoldEdition {
  file: string;
  paper: string;
  edition: { date: string; dateSource: string };
  articles: GoldArticle[];
}

export interface GoldArticle {
  headline: string[];
  kicker?: string | null;
  subheadline?: string | null;
  lead: string;
  reporters: string[];
  correspondents: string[];
  photographers?: string[];
  kind?: string;
  garbled?: boolean;
  /** The story's last words: a complete story holds them. */
  tail?: string;
  /** Later fragments of the story (column text printed elsewhere on the page): a complete story holds them too. */
  pieces?: string[];
}

export interface GoldArticleResult {
  headline: string;
  /** The lead is in exactly one parsed article, and that article holds no other gold story's lead. */
  found: boolean;
  headlineRight: boolean;
  bylineRight: boolean;
  /** Found, and its tail and every piece are in the same article. */
  complete: boolean;
  /** Found, and its article holds no other story's tail or pieces (nothing of another story is shown in it). */
  clean: boolean;
  problems: string[];
}

const FULL_TO_ASCII: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')' };

/**
 * Whitespace, quote style and punctuation width do not count: OCR, hand-typing and the parser's own
 * full-width normalisation differ there.
 */
export const comparable = (s: string) =>
  s
    .replace(/\s+/g, '')
    .replace(/[“”„‟＂]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[，。：；？！（）]/g, (c) => FULL_TO_ASCII[c]!);

const sameNames = (a: string[], b: string[]) => [...a].sort().join('、') === [...b].sort().join('、');

export interface GoldScore {
  dateRight: boolean;
  results: GoldArticleResult[];
  total: number;
  found: number;
  headlines: number;
  bylines: number;
  complete: number;
  clean: number;
  /** Parsed articles that hold exactly one gold lead, held nowhere else: the segmentation's true positives. */
  matched: number;
  /** Parsed articles with any text (the segmentation's predictions). */
  predicted: number;
  /** Indexes of parsed articles with text that hold no gold lead of their own (a story broken off, or one gold does not list). */
  unmatched: number[];
}

/**
 * Scores a parse against gold: each gold article must be exactly one parsed
 * article whose body contains its lead and no other gold article's lead;
 * its headline one of the acceptable ones; its names exactly right; its
 * tail and pieces in the same article. Parsed articles that hold no gold
 * lead (a story broken in two) count against precision.
 */
export function scoreAgainstGold(parsed: ParsedEdition, gold: GoldEdition): GoldScore {
  const bodies = parsed.articles.map((a) => comparable(a.paragraphs.map((p) => p.text).join('')));
  const leads = gold.articles.map((g) => comparable(g.lead));
  const holdersOf = leads.map((lead) => bodies.flatMap((b, i) => (b.includes(lead) ? [i] : [])));
  const results: GoldArticleResult[] = gold.articles.map((g, gi) => {
    const problems: string[] = [];
    const holders = holdersOf[gi]!;
    if (holders.length !== 1) problems.push(`lead found in ${holders.length} articles`);
    const index = holders[0];
    const article = index === undefined ? undefined : parsed.articles[index];
    let found = holders.length === 1;
    if (article && index !== undefined) {
      for (const [oi, other] of gold.articles.entries()) {
        if (oi === gi || leads[oi] === leads[gi]) continue;
        if (bodies[index]!.includes(leads[oi]!)) {
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
    let complete = found;
    if (article && index !== undefined) {
      for (const part of [g.tail, ...(g.pieces ?? [])]) {
        if (part && !bodies[index]!.includes(comparable(part))) {
          complete = false;
          problems.push(`lacks ${JSON.stringify(part)}`);
        }
      }
    }
    let clean = found;
    if (article && index !== undefined) {
      const own = new Set([g.lead, g.tail, ...(g.pieces ?? [])].filter((x): x is string => !!x).map(comparable));
      for (const [oi, other] of gold.articles.entries()) {
        if (oi === gi) continue;
        for (const part of [other.tail, ...(other.pieces ?? [])]) {
          if (!part || own.has(comparable(part)) || !bodies[index]!.includes(comparable(part))) continue;
          clean = false;
          problems.push(`holds ${JSON.stringify(part)} of "${other.headline[0]}"`);
        }
      }
    }
    return { headline: g.headline[0] ?? '', found, headlineRight, bylineRight, complete, clean, problems };
  });
  const matchedArticles = new Set<number>();
  results.forEach((r, gi) => {
    if (r.found) matchedArticles.add(holdersOf[gi]![0]!);
  });
  return {
    dateRight: parsed.date === gold.edition.date,
    results,
    total: results.length,
    found: results.filter((r) => r.found).length,
    headlines: results.filter((r) => r.found && r.headlineRight).length,
    bylines: results.filter((r) => r.found && r.bylineRight).length,
    complete: results.filter((r) => r.complete).length,
    clean: results.filter((r) => r.clean).length,
    matched: matchedArticles.size,
    predicted: bodies.filter((b) => b.length > 0).length,
    unmatched: bodies.flatMap((b, i) => (b.length > 0 && !matchedArticles.has(i) ? [i] : [])),
  };
}

/** Totals over many files: segmentation precision, recall and F1, and the shares of the other checks. */
export interface GoldSummary {
  files: number;
  total: number;
  precision: number;
  recall: number;
  f1: number;
  headline: number;
  byline: number;
  complete: number;
  clean: number;
  dates: number;
}

export function summariseGold(scores: GoldScore[]): GoldSummary {
  const sum = (f: (s: GoldScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const total = sum((s) => s.total);
  const predicted = sum((s) => s.predicted);
  const matched = sum((s) => s.matched);
  const precision = predicted ? matched / predicted : 1;
  const recall = total ? sum((s) => s.found) / total : 1;
  const share = (n: number) => (total ? n / total : 1);
  return {
    files: scores.length,
    total,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    headline: share(sum((s) => s.headlines)),
    byline: share(sum((s) => s.bylines)),
    complete: share(sum((s) => s.complete)),
    clean: share(sum((s) => s.clean)),
    dates: scores.filter((s) => s.dateRight).length / (scores.length || 1),
  };
}
