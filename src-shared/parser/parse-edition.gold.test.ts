import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardWrapVariant, indentedVariant, noBlankLinesVariant, ocrSpacesVariant, sideBySideVariant, traditionalVariant, type Variant } from '../../tests/unit/gold-variants';
import { type GoldEdition, scoreAgainstGold, summariseGold } from './gold-score';
import { parseEdition } from './parse-edition';

const root = join(__dirname, '../..');
const goldFiles = readdirSync(join(root, 'tests/fixtures/gold')).filter((f) => f.endsWith('.json'));

/**
 * The quality bar from issue #3, measured on the three gold seeds. The
 * per-article report is printed so a regression says exactly what broke.
 * Minimums are the parser's current level (a ratchet): raise them as the
 * parser improves, never lower them. See docs/PARSER.md for what still fails.
 */
const MINIMUM: Record<string, { found: number; headlines: number; bylines: number }> = {
  '000_d5cc7c2ae093488f.json': { found: 13, headlines: 13, bylines: 13 },
  '001_f748bfedecdc3041.json': { found: 10, headlines: 10, bylines: 10 },
  '002_e722be8e290ff127.json': { found: 12, headlines: 12, bylines: 12 },
};

describe('parser against hand-made gold', () => {
  for (const file of goldFiles) {
    it(`${file}: edition date, articles, headlines and bylines`, () => {
      const gold = JSON.parse(readFileSync(join(root, 'tests/fixtures/gold', file), 'utf8')) as GoldEdition;
      const parsed = parseEdition(new Uint8Array(readFileSync(join(root, 'seeds', gold.file))), gold.file);
      const score = scoreAgainstGold(parsed, gold);
      const failing = score.results.filter((r) => r.problems.length);
      console.log(
        `${file}: date ${score.dateRight ? 'right' : `WRONG (${parsed.date})`}; found ${score.found}/${score.total}, headlines ${score.headlines}/${score.total}, bylines ${score.bylines}/${score.total}` +
          failing.map((r) => `\n  ✗ ${r.headline}: ${r.problems.join('; ')}`).join(''),
      );
      expect(parsed.date).toBe(gold.edition.date);
      expect(parsed.dateSource).toBe(gold.edition.dateSource);
      expect(parsed.paper).toBe(gold.paper);
      const min = MINIMUM[file] ?? { found: score.total, headlines: score.total, bylines: score.total };
      expect(score.found).toBeGreaterThanOrEqual(min.found);
      expect(score.headlines).toBeGreaterThanOrEqual(min.headlines);
      expect(score.bylines).toBeGreaterThanOrEqual(min.bylines);
    });
  }
});

describe('parser against gold, with OCR spaces scattered between characters', () => {
  // Four different scatterings: the spaces fall inside names, role words and headlines differently each time.
  for (const seed of [7, 11, 23, 31]) {
    for (const file of goldFiles) {
      it(`${file}, spaces scattered with seed ${seed}: still finds every article, date and byline, and (all but one) headlines`, () => {
        const gold = JSON.parse(readFileSync(join(root, 'tests/fixtures/gold', file), 'utf8')) as GoldEdition;
        const { text } = ocrSpacesVariant(readFileSync(join(root, 'seeds', gold.file), 'utf8'), gold, seed);
        const score = scoreAgainstGold(parseEdition(new TextEncoder().encode(text), gold.file), gold);
        const min = MINIMUM[file] ?? { found: score.total, headlines: score.total, bylines: score.total };
        expect(score.dateRight).toBe(true);
        expect(score.found).toBeGreaterThanOrEqual(min.found);
        expect(score.headlines).toBeGreaterThanOrEqual(min.headlines - 1);
        expect(score.bylines).toBeGreaterThanOrEqual(min.bylines);
      });
    }
  }
});

/**
 * Hard-wrapped copies at several column widths, as OCR exports of other
 * papers come. A ratchet like MINIMUM: found / headlines / bylines per width
 * and file, at the parser's current level; raise them, never lower them.
 */
const WRAPPED_MINIMUM: Record<number, Record<string, [found: number, headlines: number, bylines: number]>> = {
  16: { '000_d5cc7c2ae093488f.json': [13, 13, 13], '001_f748bfedecdc3041.json': [10, 10, 10], '002_e722be8e290ff127.json': [12, 12, 12] },
  20: { '000_d5cc7c2ae093488f.json': [13, 13, 13], '001_f748bfedecdc3041.json': [10, 10, 10], '002_e722be8e290ff127.json': [12, 12, 12] },
  24: { '000_d5cc7c2ae093488f.json': [13, 13, 13], '001_f748bfedecdc3041.json': [10, 10, 10], '002_e722be8e290ff127.json': [12, 12, 12] },
  28: { '000_d5cc7c2ae093488f.json': [13, 13, 13], '001_f748bfedecdc3041.json': [10, 10, 10], '002_e722be8e290ff127.json': [12, 12, 12] },
  32: { '000_d5cc7c2ae093488f.json': [13, 13, 13], '001_f748bfedecdc3041.json': [10, 10, 10], '002_e722be8e290ff127.json': [12, 12, 12] },
};

describe('parser against gold, hard-wrapped at a column width', () => {
  for (const [width, minimums] of Object.entries(WRAPPED_MINIMUM)) {
    for (const file of goldFiles) {
      it(`${file} wrapped at ${width}: reflows paragraphs and still finds the articles, headlines and bylines`, () => {
        const gold = JSON.parse(readFileSync(join(root, 'tests/fixtures/gold', file), 'utf8')) as GoldEdition;
        const { text } = hardWrapVariant(readFileSync(join(root, 'seeds', gold.file), 'utf8'), gold, Number(width));
        const score = scoreAgainstGold(parseEdition(new TextEncoder().encode(text), gold.file), gold);
        const [found, headlines, bylines] = minimums[file] ?? [score.total, score.total, score.total];
        expect(score.found).toBeGreaterThanOrEqual(found);
        expect(score.headlines).toBeGreaterThanOrEqual(headlines);
        expect(score.bylines).toBeGreaterThanOrEqual(bylines);
      });
    }
  }
});

/**
 * The gold of all three seeds, plain and set in other papers' layouts (tests/unit/gold-variants.ts): segmentation
 * F1, headline and completeness over all their stories. The issue's bar is F1 ≥ 0.95 and headlines ≥ 0.93 on every
 * variant; each row is a ratchet at the parser's level (raise, never lower). Rows below that bar are known gaps
 * (docs/PARSER.md).
 */
/** A variant of the page set in traditional type first. */
const inTraditional = (text: string, gold: GoldEdition, then: (traditional: Variant) => Variant) => then(traditionalVariant(text, gold));

const VARIANT_MINIMUM: Record<string, { f1: number; headline: number; byline: number; complete: number; clean: number; make: (text: string, gold: GoldEdition) => Variant }> = {
  plain: { f1: 0.98, headline: 0.98, byline: 1, complete: 1, clean: 1, make: (text, gold) => ({ text, gold }) },
  indented: { f1: 1, headline: 0.97, byline: 1, complete: 1, clean: 1, make: indentedVariant },
  'no blank lines': { f1: 0.98, headline: 0.98, byline: 1, complete: 1, clean: 1, make: noBlankLinesVariant },
  traditional: { f1: 0.98, headline: 0.98, byline: 1, complete: 1, clean: 1, make: traditionalVariant },
  'OCR spaces (seed 7)': { f1: 1, headline: 1, byline: 1, complete: 1, clean: 1, make: (text, gold) => ocrSpacesVariant(text, gold, 7) },
  'OCR spaces (seed 23)': { f1: 1, headline: 0.97, byline: 1, complete: 1, clean: 1, make: (text, gold) => ocrSpacesVariant(text, gold, 23) },
  'wrapped at 16': { f1: 1, headline: 1, byline: 1, complete: 1, clean: 1, make: (text, gold) => hardWrapVariant(text, gold, 16) },
  'wrapped at 20': { f1: 1, headline: 1, byline: 1, complete: 1, clean: 1, make: (text, gold) => hardWrapVariant(text, gold, 20) },
  'wrapped at 24': { f1: 1, headline: 1, byline: 1, complete: 1, clean: 1, make: (text, gold) => hardWrapVariant(text, gold, 24) },
  'wrapped at 28': { f1: 1, headline: 1, byline: 1, complete: 1, clean: 1, make: (text, gold) => hardWrapVariant(text, gold, 28) },
  'wrapped at 32': { f1: 1, headline: 1, byline: 1, complete: 1, clean: 1, make: (text, gold) => hardWrapVariant(text, gold, 32) },
  'indented, wrapped at 28': { f1: 1, headline: 0.97, byline: 1, complete: 1, clean: 1, make: (text, gold) => hardWrapVariant(indentedVariant(text, gold).text, gold, 28) },
  'no blank lines, wrapped at 20': { f1: 0.95, headline: 0.94, byline: 0.94, complete: 0.91, clean: 0.91, make: (text, gold) => hardWrapVariant(noBlankLinesVariant(text, gold).text, gold, 20) },
  'no blank lines, wrapped at 28': { f1: 1, headline: 0.97, byline: 1, complete: 1, clean: 1, make: (text, gold) => hardWrapVariant(noBlankLinesVariant(text, gold).text, gold, 28) },
  // Traditional type with the page's other hazards: a lead's parenthesis cut by the line break (`株洲日報訊(…通訊` / `員/…)`).
  'traditional, wrapped at 20': { f1: 1, headline: 1, byline: 1, complete: 1, clean: 1, make: (text, gold) => inTraditional(text, gold, (t) => hardWrapVariant(t.text, t.gold, 20)) },
  'traditional, OCR spaces (seed 7)': { f1: 1, headline: 1, byline: 1, complete: 1, clean: 1, make: (text, gold) => inTraditional(text, gold, (t) => ocrSpacesVariant(t.text, t.gold, 7)) },
  'OCR spaces (seed 7), wrapped at 28': { f1: 1, headline: 1, byline: 1, complete: 1, clean: 1, make: (text, gold) => hardWrapVariant(ocrSpacesVariant(text, gold, 7).text, gold, 28) },
  // Columns read across on each line, as OCR reading a page straight across (or `pdftotext -layout`) gives them: the page
  // wrapped at a column's width, its lines cut into two or three runs set side by side (side-by-side.ts sets them apart).
  'two columns read across, wrapped at 20': { f1: 1, headline: 0.97, byline: 0.97, complete: 1, clean: 1, make: (text, gold) => sideBySideVariant(hardWrapVariant(text, gold, 20).text, gold, 2) },
  'three columns read across, wrapped at 16': { f1: 0.98, headline: 0.97, byline: 1, complete: 0.91, clean: 0.97, make: (text, gold) => sideBySideVariant(hardWrapVariant(text, gold, 16).text, gold, 3) },
  // Known gap: with no blank lines, a column that pauses reads as a blank line in it, which there parts stories.
  'no blank lines, two columns read across, wrapped at 20': { f1: 0.95, headline: 0.91, byline: 0.91, complete: 0.91, clean: 0.91, make: (text, gold) => sideBySideVariant(hardWrapVariant(noBlankLinesVariant(text, gold).text, gold, 20).text, gold, 2) },
};

describe('parser against gold, in other layouts: segmentation F1, headlines, complete stories', () => {
  const golds = goldFiles.map((file) => JSON.parse(readFileSync(join(root, 'tests/fixtures/gold', file), 'utf8')) as GoldEdition);
  for (const [name, minimum] of Object.entries(VARIANT_MINIMUM)) {
    it(`${name}: F1 ≥ ${minimum.f1}, headlines ≥ ${minimum.headline}, bylines ≥ ${minimum.byline}, complete ≥ ${minimum.complete}, clean ≥ ${minimum.clean}`, () => {
      const scores = golds.map((gold) => {
        const variant = minimum.make(readFileSync(join(root, 'seeds', gold.file), 'utf8'), gold);
        return scoreAgainstGold(parseEdition(new TextEncoder().encode(variant.text), gold.file), variant.gold);
      });
      const summary = summariseGold(scores);
      console.log(`${name}: F1 ${summary.f1.toFixed(3)}, headline ${summary.headline.toFixed(3)}, byline ${summary.byline.toFixed(3)}, complete ${summary.complete.toFixed(3)}, clean ${summary.clean.toFixed(3)}`);
      expect(summary.f1).toBeGreaterThanOrEqual(minimum.f1);
      expect(summary.headline).toBeGreaterThanOrEqual(minimum.headline);
      expect(summary.byline).toBeGreaterThanOrEqual(minimum.byline);
      expect(summary.complete).toBeGreaterThanOrEqual(minimum.complete);
      expect(summary.clean).toBeGreaterThanOrEqual(minimum.clean);
    });
  }
});
