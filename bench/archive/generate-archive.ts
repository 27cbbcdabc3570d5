/**
 * A deterministic synthetic archive of daily 株洲日报-like editions for
 * benchmarks (bench:search, bench:import, bench:startup). Text is composed
 * from a generated lexicon (./lexicon.ts) with realistic frequencies, laid
 * out like the seeds: masthead block, headline lines, a `株洲日报讯(全媒体记者/…
 * 通讯员/…)` byline opening the lead, body paragraphs separated by blank
 * lines, photo captions with credits. Each article keeps a small topic
 * vocabulary, so words repeat within a story the way they do in news.
 *
 * Sizes follow the issue's reference archive: about 25 articles and 44 KB of
 * UTF-8 per edition (3,650 editions ≈ 91k articles, 160 MB).
 */
import { CLAUSE_OPENERS, FUNCTION_WORDS, type Lexicon, VERBS, buildLexicon } from './lexicon';
import { SeededRandom } from './random';

export interface ArchiveOptions {
  editions: number;
  seed?: number;
  /** ISO date of the first edition; editions are on consecutive days. */
  startDate?: string;
}

export interface GeneratedEdition {
  fileName: string;
  text: string;
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LUNAR_MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];
const LUNAR_TENS = ['初', '十', '廿', '三'];
const CHINESE_DIGITS = '〇一二三四五六七八九十';
const WEEKDAYS = '日一二三四五六';

function lunarDay(day: number): string {
  if (day === 10) return '初十';
  if (day === 20) return '二十';
  if (day === 30) return '三十';
  return LUNAR_TENS[Math.floor(day / 10)]! + CHINESE_DIGITS[day % 10]!;
}

function addDays(iso: string, days: number): Date {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

class EditionWriter {
  private topic: string[] = [];

  constructor(
    private readonly random: SeededRandom,
    private readonly lexicon: Lexicon,
  ) {}

  private word(): string {
    const r = this.random.next();
    if (r < 0.2 && this.topic.length) return this.random.pick(this.topic);
    return this.lexicon.words[this.lexicon.wordSampler.sample(this.random)]!;
  }

  private number(): string {
    const random = this.random;
    const r = random.next();
    if (r < 0.2) return `${random.int(1, 99)}.${random.int(0, 99)}%`;
    if (r < 0.35) return `${random.int(1, 999)}.${random.int(1, 99)}亿元`;
    if (r < 0.5) return `${random.int(1950, 2030)}年`;
    if (r < 0.65) return `${random.int(1, 12)}月${random.int(1, 28)}日`;
    if (r < 0.8) return `${random.int(2, 500)}${random.pick(['个', '家', '名', '项', '万元', '平方米', '公里', '人次', '户', '台'])}`;
    return String(random.int(10, 99999));
  }

  private entity(): string {
    const { lexicon, random } = this;
    const r = random.next();
    if (r < 0.3) return lexicon.people[lexicon.personSampler.sample(random)]!;
    if (r < 0.55) return lexicon.places[lexicon.placeSampler.sample(random)]!;
    if (r < 0.8) return lexicon.organisations[lexicon.organisationSampler.sample(random)]!;
    if (r < 0.9) return lexicon.latin[lexicon.latinSampler.sample(random)]!;
    return this.number();
  }

  private clause(): string {
    const random = this.random;
    const parts: string[] = [];
    if (random.chance(0.15)) parts.push(random.pick(CLAUSE_OPENERS), ',');
    const tokens = random.int(2, 6);
    for (let i = 0; i < tokens; i++) {
      const r = random.next();
      if (r < 0.15) parts.push(this.entity());
      else if (r < 0.19) parts.push(this.number());
      else if (r < 0.3) parts.push(random.pick(VERBS));
      else parts.push(this.word());
      if (i < tokens - 1 && random.chance(0.4)) parts.push(random.pick(FUNCTION_WORDS));
    }
    const clause = parts.join('');
    return random.chance(0.06) ? `“${clause}”` : clause;
  }

  private sentence(): string {
    const clauses: string[] = [];
    const n = this.random.int(1, 4);
    for (let i = 0; i < n; i++) clauses.push(this.clause());
    return clauses.join(this.random.chance(0.85) ? ',' : '、') + (this.random.chance(0.05) ? '!' : '。');
  }

  private paragraph(minChars: number): string {
    let p = '';
    while (p.length < minChars) p += this.sentence();
    return p;
  }

  private headline(): string {
    const random = this.random;
    const parts: string[] = [];
    if (random.chance(0.5)) parts.push(this.entity());
    parts.push(random.pick(VERBS), this.word());
    if (random.chance(0.6)) parts.push(this.word());
    let headline = parts.join('');
    if (random.chance(0.3)) headline += ` ${this.word()}${this.word()}`;
    // A headline never stops on a word that joins it to what follows (的, 与, 对 …): the parser reads such a line as a
    // sentence cut off, as it is in real OCR text.
    return headline
      .replace(/[,。、!%.]/g, '')
      .slice(0, 26)
      .replace(/[的与和及对将把被从向于而并但或由让之其\s]+$/, '');
  }

  private pickTopic(): void {
    const n = this.random.int(6, 24);
    this.topic = [];
    for (let i = 0; i < n; i++) {
      this.topic.push(this.random.chance(0.3) ? this.entity() : this.lexicon.words[this.lexicon.wordSampler.sample(this.random)]!);
    }
  }

  private byline(): string {
    const { lexicon, random } = this;
    const reporters = [random.pick(lexicon.reporters)];
    if (random.chance(0.25)) reporters.push(random.pick(lexicon.reporters));
    const parts = [`全媒体记者/${reporters.join(' ')}`];
    if (random.chance(0.7)) parts.push(`通讯员/${random.pick(lexicon.correspondents)}`);
    if (random.chance(0.2)) parts.reverse();
    return parts.join(' ');
  }

  /** One article: headline block, byline + dated lead, body, optional photo caption. */
  article(previousDay: Date): string {
    const random = this.random;
    this.pickTopic();
    const lines: string[] = [];
    if (random.chance(0.2)) lines.push(this.headline().slice(0, 10));
    lines.push(this.headline());
    if (random.chance(0.2)) lines.push(this.headline());
    const monthDay = `${previousDay.getUTCMonth() + 1}月${previousDay.getUTCDate()}日`;
    const separateByline = random.chance(0.25);
    if (separateByline) lines.push(`株洲日报${this.byline()}`);
    const lead = `${monthDay},${this.paragraph(random.int(40, 160))}`;
    lines.push(separateByline ? lead : `株洲日报讯(${this.byline()}) ${lead}`);
    const paragraphs = random.int(1, 6);
    for (let i = 0; i < paragraphs; i++) {
      if (random.chance(0.08)) lines.push(`●${this.headline().slice(0, 12)}`);
      lines.push(this.paragraph(random.int(40, 220)));
    }
    if (random.chance(0.15)) {
      lines.push(`${this.paragraph(30).slice(0, 60)}。 株洲日报全媒体记者/${random.pick(this.lexicon.reporters)} 摄`);
    }
    return lines.join('\n\n');
  }
}

function masthead(date: Date, issue: number, pages: number): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  const ganzhi = STEMS[(year - 4) % 10]! + BRANCHES[(year - 4) % 12]!;
  // An approximate lunar date: the masthead only needs its shape.
  const lunar = `${ganzhi}年${LUNAR_MONTHS[(month + 10) % 12]!}月${lunarDay(((day + 17) % 30) + 1)}`;
  return [
    '株洲日报',
    '',
    `${year}年${month}月${day}日 星期${WEEKDAYS[date.getUTCDay()]!}`,
    `${lunar} 第${issue}期 今日${pages}版`,
    '中共株洲市委主管、主办 国内统一连续出版物号 CN 43-0005',
  ].join('\n');
}

/** Editions one at a time, for callers that should not hold the whole archive in memory. */
export function* generateEditions({ editions, seed = 20_230_724, startDate = '2014-01-01' }: ArchiveOptions): Generator<GeneratedEdition> {
  const random = new SeededRandom(seed);
  const lexicon = buildLexicon(random);
  const writer = new EditionWriter(random, lexicon);
  for (let i = 0; i < editions; i++) {
    const date = addDays(startDate, i);
    const iso = date.toISOString().slice(0, 10);
    const blocks = [masthead(date, 20_000 + i, random.pick([4, 8, 8, 12]))];
    const articles = random.int(19, 31);
    const previousDay = addDays(iso, -1);
    for (let a = 0; a < articles; a++) blocks.push(writer.article(previousDay));
    yield { fileName: `${iso}.txt`, text: `\n\n${blocks.join('\n\n')}\n` };
  }
}

export function generateArchive(options: ArchiveOptions): GeneratedEdition[] {
  return [...generateEditions(options)];
}
