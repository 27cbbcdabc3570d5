/**
 * `npm run --silent score:gold -- --gold DIR --pages DIR [--variant NAME] [--verbose]` parses every page that has a gold
 * file (gold/NAME.json names its page file) and prints the gold metrics: segmentation precision, recall and F1,
 * headline, byline, completeness and clean shares (no other story's words in the article), and dates. With --verbose,
 * each failing story and why. With --variant, each page is first set in another layout made by code (the tests' layout
 * variants: `flush`, `tab-indented`, `no-blank-lines`, `flush+no-blank-lines`, `indented`, `traditional`, `wrap-28`, `ocr-spaces-7` …),
 * so a folder of one paper's pages measures the parser on layouts that paper does not use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GoldEdition, type GoldScore, scoreAgainstGold, summariseGold } from '../src-shared/parser/gold-score';
import { parseEdition, parseEditionText } from '../src-shared/parser/parse-edition';
import { variantByName } from '../tests/unit/gold-variants';

const args = process.argv.slice(2).filter((a) => a !== '--');
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const goldDir = option('--gold');
const pagesDir = option('--pages');
if (!goldDir || !pagesDir) {
  process.stderr.write('usage: npm run --silent score:gold -- --gold DIR --pages DIR [--verbose]\n');
  process.exit(2);
}
const verbose = args.includes('--verbose');
const variantName = option('--variant');
const variant = variantName ? variantByName(variantName) : null;
if (variantName && !variant) {
  process.stderr.write(`unknown variant: ${variantName}\n`);
  process.exit(2);
}
const scores: GoldScore[] = [];
for (const name of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const pageGold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as GoldEdition;
  const bytes = new Uint8Array(readFileSync(join(pagesDir, pageGold.file)));
  let parsed = parseEdition(bytes, pageGold.file);
  let gold = pageGold;
  if (variant) {
    const set = variant(new TextDecoder().decode(bytes), pageGold);
    gold = set.gold;
    parsed = parseEditionText(set.text, { ...parsed.source, bytes: set.text.length });
  }
  const score = scoreAgainstGold(parsed, gold);
  scores.push(score);
  if (verbose) {
    const failing = score.results.filter((r) => r.problems.length);
    if (failing.length || !score.dateRight || score.predicted > score.matched)
      process.stdout.write(
        `${gold.file}: ${score.found}/${score.total} found, ${score.predicted} parsed${score.dateRight ? '' : `, date WRONG (${parsed.date})`}` +
          failing.map((r) => `\n  ✗ ${r.headline}: ${r.problems.join('; ')}`).join('') +
          score.unmatched.map((i) => `\n  + ${parsed.articles[i]!.headline ?? '(no headline)'}: ${parsed.articles[i]!.paragraphs[0]?.text.slice(0, 40)}`).join('') +
          '\n',
      );
  }
}
const s = summariseGold(scores);
const pct = (x: number) => x.toFixed(3);
process.stdout.write(
  `${s.files} files, ${s.total} gold stories\n` +
    `segmentation  precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}\n` +
    `headline ${pct(s.headline)}  byline ${pct(s.byline)}  complete ${pct(s.complete)}  clean ${pct(s.clean)}  dates ${pct(s.dates)}\n`,
);
