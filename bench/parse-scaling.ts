/**
 * `npm run bench:parse -- --scaling`: the parser's time on adversarial shapes of text at n and 10·n lines. A linear
 * parser takes about ten times as long for ten times the lines; the printed ratio says whether it does. Then every
 * shape at 50 MB is extrapolated from its per-MB time, the bound a user's largest accepted file would take.
 * fast-check draws further shapes (mixtures of the generators below) for the same ratio check.
 */
import fc from 'fast-check';
import { parseEditionText } from '../src-shared/parser/parse-edition';

const HAN = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
const chars = (n: number, seed: number) => Array.from({ length: n }, (_, i) => HAN[(seed * 31 + i * 17) % HAN.length]).join('');

/** Each shape: a page of `lines` lines that pushes one of the parser's stages to its worst. */
const SHAPES: Record<string, (lines: number) => string> = {
  'short lines (2-3 characters)': (n) => Array.from({ length: n }, (_, i) => chars(2 + (i % 2), i)).join('\n'),
  'short lines, then a byline': (n) => [...Array.from({ length: n }, (_, i) => chars(2 + (i % 2), i)), '株洲日报讯(记者/张三) 正文开始。'].join('\n'),
  'headline-like lines': (n) => Array.from({ length: n }, (_, i) => chars(8 + (i % 9), i)).join('\n'),
  'one story, lone short lines between paragraphs': (n) =>
    ['标题一行', '本报讯(记者/李四) 开头。', ...Array.from({ length: n }, (_, i) => (i % 2 ? `${chars(60, i)}，${chars(30, i + 1)}。` : chars(6, i)))].join('\n'),
  'alternating short and long': (n) => Array.from({ length: n }, (_, i) => (i % 2 ? chars(120, i) + '。' : chars(5, i))).join('\n'),
  'narrow column fragments': (n) => Array.from({ length: n }, (_, i) => chars(12 + (i % 4), i)).join('\n'),
  'hard-wrapped at 20': (n) => Array.from({ length: n }, (_, i) => (i % 7 === 6 ? chars(9, i) : chars(20, i))).join('\n'),
  'indented paper, blank runs': (n) =>
    Array.from({ length: n }, (_, i) => (i % 6 === 0 ? `\n\n${chars(12, i)}` : `\u3000\u3000${chars(50, i)}，${chars(20, i)}。`)).join('\n'),
  'one enormous line': (n) => `${chars(40, 1)}，`.repeat(n),
  // Three columns read across on every line (side-by-side.ts sets them apart), and a line of wide spaces throughout.
  'columns read across': (n) => Array.from({ length: n }, (_, i) => [chars(12, i), chars(12, i + 1), chars(12, i + 2)].join('    ')).join('\n'),
  'wide spaces everywhere': (n) => Array.from({ length: n }, (_, i) => chars(3, i)).join('    '),
  // A table of two short cells a row, its cells parted by wide spaces: no columns, and every row looked at once.
  'two-cell table rows': (n) => Array.from({ length: n }, (_, i) => `${chars(4, i)}    ${1000 + (i % 9000)}`).join('\n'),
  // A database's export (catalogue-records.ts): a record of labelled fields every six lines.
  'database export records': (n) =>
    Array.from({ length: Math.max(1, Math.floor(n / 6)) }, (_, i) => `【标题】${chars(12, i)}\n【作者】本报记者 ${chars(2, i)}\n【日期】2024-05-20\n【正文】\n${chars(60, i)}。\n${chars(40, i + 1)}。`).join('\n'),
  // Every line a headline run into its lead (headline-before-lead.ts), and a Markdown page of headings and bold bylines.
  'headlines run into leads': (n) => Array.from({ length: n }, (_, i) => `${chars(10, i)} 本报讯（记者 ${chars(2, i)}）${chars(40, i)}。`).join('\n'),
  'Markdown headings': (n) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `## ${chars(10, i)}` : i % 3 === 1 ? `**本报记者 ${chars(2, i)}**` : `${chars(50, i)}。`)).join('\n'),
  // This session's readers: a line of fields over every headline (its labels and colons once backtracked without end), centred
  // lines of a monospaced rendering wrapped in display columns, and a file of many days' pages, each under its masthead.
  'fields lines over headlines': (n) =>
    Array.from({ length: Math.max(1, Math.floor(n / 3)) }, (_, i) => `${`${chars(3, i)}：${chars(6, i + 1)}`.repeat(12)}。\n${chars(12, i)}\n本报讯 ${chars(40, i)}。`).join('\n'),
  'centred headlines, wrapped in columns': (n) =>
    Array.from({ length: n }, (_, i) => (i % 8 === 0 ? `${' '.repeat(20)}${chars(12, i)}` : i % 8 === 1 ? `    ${chars(30, i)}12` : `${chars(33, i)}3`)).join('\n'),
  'many days’ pages': (n) =>
    Array.from({ length: Math.max(1, Math.floor(n / 4)) }, (_, i) => `临江日报\n2024年${1 + (i % 12)}月${1 + (i % 28)}日 星期一\n${chars(10, i)}\n本报讯 ${chars(40, i)}。`).join('\n'),
  // A file of two pages: every story of the first jumps (下转第二版), and its rest follows on the second (上接第一版).
  'jumps within one file': (n) => {
    const stories = Math.max(1, Math.floor(n / 4));
    const cuts = Array.from({ length: stories }, (_, i) => `${chars(8, i)}\n本报讯 ${chars(30, i)}，（下转第二版）`);
    const rests = Array.from({ length: stories }, (_, i) => `（上接第一版）${chars(30, i + 1)}。`);
    return ['某某日报', '2023年3月5日 星期日 第1版', ...cuts, '第2版', ...rests].join('\n');
  },
  // This session's readers: headlines closing in a series' long tag, kickers leading in with a dash, photos under their titles.
  'long tags, dash kickers, photo titles': (n) =>
    Array.from({ length: Math.max(1, Math.floor(n / 5)) }, (_, i) => `${chars(24, i)}，${chars(6, i + 1)}——\n${chars(12, i)}（${chars(38, i + 2)}）\n${chars(40, i)}。\n${chars(6, i + 3)}\n${chars(2, i)}摄（${chars(4, i)}）`).join('\n'),
  // Each byline over its headline (bylines-over-headlines.ts), and a drop cap under each headline: the lines they move or join.
  'bylines over headlines, drop caps': (n) =>
    Array.from({ length: Math.max(1, Math.floor(n / 4)) }, (_, i) => `本报记者 王芳\n${chars(10, i)}\n${chars(1, i)}\n${chars(40, i + 1)}，${chars(10, i + 2)}。`).join('\n'),
};

function timeParse(text: string): number {
  const start = performance.now();
  parseEditionText(text, { fileName: 'shape.txt', sha256: '', encoding: 'utf-8', bytes: text.length * 3 });
  return performance.now() - start;
}

/** Best of two: the machine is shared, and a parse is deterministic, so the least time is the parser's. */
const best = (text: string) => Math.min(timeParse(text), timeParse(text));

export function runScaling(base = 10_000): void {
  console.log(`shape (n = ${base.toLocaleString()} lines and 10·n)`.padEnd(52) + 'n ms'.padStart(9) + '10n ms'.padStart(10) + 'ratio'.padStart(8) + 'MB/s'.padStart(8) + '50 MB s'.padStart(9));
  let worst = 0;
  const row = (name: string, small: string, large: string) => {
    timeParse(small); // warm-up
    const [a, b] = [best(small), best(large)];
    const mb = (large.length * 3) / 1024 / 1024;
    const mbps = mb / (b / 1000);
    worst = Math.max(worst, 50 / mbps);
    console.log(name.padEnd(52) + a.toFixed(0).padStart(9) + b.toFixed(0).padStart(10) + (b / a).toFixed(1).padStart(8) + mbps.toFixed(1).padStart(8) + (50 / mbps).toFixed(1).padStart(9));
  };
  for (const [name, make] of Object.entries(SHAPES)) row(name, make(base), make(base * 10));
  // Mixtures drawn by fast-check: runs of the shapes above, in any order.
  const mixtures = fc.sample(fc.array(fc.constantFrom(...Object.keys(SHAPES)), { minLength: 2, maxLength: 5 }), { numRuns: 4, seed: 42 });
  for (const names of mixtures) {
    const make = (n: number) => names.map((s) => SHAPES[s]!(Math.ceil(n / names.length))).join('\n\n');
    row(`mix: ${names.map((s) => s.split(' ')[0]).join('+')}`, make(base), make(base * 10));
  }
  console.log(`worst extrapolated 50 MB parse: ${worst.toFixed(1)} s (a ratio near 10 is linear; near 100 would be quadratic)`);
}
