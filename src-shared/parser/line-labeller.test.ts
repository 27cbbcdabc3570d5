import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indentedVariant } from '../../tests/unit/gold-variants';
import { type GoldEdition, scoreAgainstGold, summariseGold } from './gold-score';
import { FEATURE_NAMES } from './line-features';
import { classifyLines } from './classify-lines';
import { LABELLER_WEIGHTS } from './labeller-weights';
import { measureLayout } from './layout-profile';
import { LABELS, type LabellerWeights, viterbi } from './line-labeller';
import { parseEdition, parseEditionText } from './parse-edition';
import { splitSourceLines } from './text-lines';
import { parsedWhole } from '../../tests/unit/made-up-text';

describe('viterbi', () => {
  // Two labels: 0 and 1. Emissions favour 0, 1, 0 line by line (the last only by 1).
  const emissions = [
    [2, 0],
    [0, 1],
    [1, 0],
  ];
  const free = [
    [0, 1],
    [0, 1],
    [0, 1],
  ];

  it('with no transition scores follows the emissions', () => {
    expect(viterbi(emissions, [[0, 0], [0, 0]], free)).toEqual([0, 1, 0]);
  });

  it('a transition that forbids 0 → 1 changes the middle label', () => {
    expect(viterbi(emissions, [[0, -Infinity], [0, 0]], free)).toEqual([0, 0, 0]);
  });

  it('a transition that favours 1 → 1 enough changes the last label', () => {
    expect(viterbi(emissions, [[0, 0], [0, 1.5]], free)).toEqual([0, 1, 1]);
    // Favoured more, the whole run turns 1.
    expect(viterbi(emissions, [[0, 0], [0, 3]], free)).toEqual([1, 1, 1]);
  });

  it('a position restricted to one label takes it, and the neighbours adapt through the transitions', () => {
    const fixed = [[0, 1], [0], [0, 1]];
    expect(viterbi(emissions, [[0, 0], [0, 0]], fixed)).toEqual([0, 0, 0]);
    // With 0 → 1 favoured, the last line follows the fixed 0 into 1 although its emission prefers 0.
    expect(viterbi(emissions, [[0, 3], [0, 0]], fixed)).toEqual([0, 0, 1]);
  });

  it('a position restricted to one label: what it emits changes no label (so the labeller does not score such a line)', () => {
    const fixed = [[0, 1], [1], [0, 1]];
    const transition = [[0, 2], [1, 0]];
    const path = viterbi(emissions, transition, fixed);
    for (const emitted of [[0, 0], [-50, 7], [9, -3]]) expect(viterbi([emissions[0]!, emitted, emissions[2]!], transition, fixed)).toEqual(path);
  });

  it('is deterministic on ties (the label listed first) and handles an empty file', () => {
    expect(viterbi([[1, 1]], [[0, 0], [0, 0]], [[0, 1]])).toEqual([0]);
    expect(viterbi([], [], [])).toEqual([]);
  });
});

/** A second story after a blank-line run, as an indented page sets it: what each made-up page below ends with. */
const NEXT_STORY = [
  '',
  '',
  '河边步道连成环',
  '',
  '\u3000\u3000本报南京3月2日电（记者王芳）沿河十公里的步道今天全线贯通，附近居民散步多了一个去处。',
  '\u3000\u3000步道沿线种了柳树和桃树，每隔一公里设有一处休息亭。',
];

/** Made-up text set like a 人民日报 page: flush headline blocks, paragraphs indented with two U+3000, blank-line runs between stories. */
const INDENTED_PAGE = [
  '山村小学有了新书屋',
  '',
  '\u3000\u3000本报长沙3月2日电（记者李明）春风吹进青石村，村里的小学今天有了一间新书屋。孩子们排着队走进去，一人借了两本书。',
  '\u3000\u3000书屋由村民自己动手改造，旧仓库刷成了浅黄色，书架是木匠老周打的。',
  '\u3000\u3000读书角里故事多',
  '\u3000\u3000每到傍晚，书屋里坐满了人，有做完作业的学生，也有来翻农技书的老人。',
  ...NEXT_STORY,
].join('\n');

describe('the line labeller on made-up text in an indented layout', () => {
  const lines = splitSourceLines(INDENTED_PAGE);
  const { profile, figures } = measureLayout(lines, new Set());
  const classified = classifyLines(lines, new Set(), { profile, wrap: null, medianLength: figures.medianLength, usualGap: figures.usualGap });
  const labelOf = (start: string) => classified.find((l) => l.text.startsWith(start))?.label;

  it('labels the flush headlines head, the datelines lead, the indented short line a subhead and paragraphs body', () => {
    expect(profile.indented).toBe(true);
    expect(labelOf('山村小学有了新书屋')).toBe('head');
    expect(labelOf('河边步道连成环')).toBe('head');
    expect(labelOf('本报长沙')).toBe('lead');
    expect(labelOf('读书角里故事多')).toBe('subhead');
    expect(labelOf('书屋由村民')).toBe('body');
  });

  it('gives two stories, the subhead inside the first', () => {
    const parsed = parseEdition(new TextEncoder().encode(INDENTED_PAGE), '20190302-04.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['山村小学有了新书屋', '河边步道连成环']);
    expect(parsed.articles[0]!.paragraphs.some((p) => p.type === 'subhead' && p.text === '读书角里故事多')).toBe(true);
    expect(parsed.articles[0]!.byline.reporters).toEqual(['李明']);
  });
});

/** A flush page with a lone short line inside a story: its words are the story's, so it is a subhead; a later lone line restated by its lead opens a new story. */
const FLUSH_PAGE = [
  '老街改造留住烟火气',
  '本报讯（记者赵兰）城南老街的改造今天完工，青石板路重新铺好，老店铺的招牌也换了新漆。',
  '街口的老茶馆照常营业，店主说改造期间一天也没有关门。',
  '老店铺换新颜',
  '改造保留了老店铺原来的门脸，只把电线和水管埋进了地下，老街的样子没有变。',
  '周末的早市也搬回了老街，卖菜的摊位比以前整齐了。',
  '江心岛上建起观鸟站',
  '江心岛上建起的观鸟站今天迎来第一批游客，站里的望远镜可以看清对岸的白鹭。',
].join('\n\n');

describe('the line labeller on made-up text in a flush layout', () => {
  it('labels the lone line that shares the running story’s words a subhead, the one its lead restates a headline', () => {
    const lines = splitSourceLines(FLUSH_PAGE);
    const { profile, figures } = measureLayout(lines, new Set());
    const classified = classifyLines(lines, new Set(), { profile, wrap: null, medianLength: figures.medianLength, usualGap: figures.usualGap });
    const labelOf = (start: string) => classified.find((l) => l.text.startsWith(start))?.label;
    expect(labelOf('老店铺换新颜')).toBe('subhead');
    expect(labelOf('江心岛上建起观鸟站')).toBe('head');
    const parsed = parseEdition(new TextEncoder().encode(FLUSH_PAGE), '20190302-05.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['老街改造留住烟火气', '江心岛上建起观鸟站']);
  });

  it('with weights that make every lone line a subhead, the second story is lost into the first', () => {
    // The same page decoded with weights that never label a lone line head: the decision is the labeller's.
    const weights: LabellerWeights = JSON.parse(JSON.stringify(LABELLER_WEIGHTS)) as LabellerWeights;
    weights.emission.subhead = { ...weights.emission.subhead, loneInStory: 1000 };
    const relabelled = parseEditionText(FLUSH_PAGE, { fileName: '20190302-05.txt', sha256: '', encoding: 'utf-8', bytes: FLUSH_PAGE.length }, [], { labellerWeights: weights });
    expect(relabelled.articles.map((a) => a.headline)).toEqual(['老街改造留住烟火气']);
    expect(relabelled.articles[0]!.paragraphs.some((p) => p.type === 'subhead' && p.text === '江心岛上建起观鸟站')).toBe(true);
  });
});

describe('the labels', () => {
  it('are the seven the issue names', () => {
    expect([...LABELS].sort()).toEqual(['body', 'caption', 'credit', 'head', 'lead', 'noise', 'subhead']);
  });
});

describe('the fitted weights (labeller-weights.ts)', () => {
  const root = join(__dirname, '../..');
  const golds = readdirSync(join(root, 'tests/fixtures/gold'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(root, 'tests/fixtures/gold', f), 'utf8')) as GoldEdition);
  const score = (weights: LabellerWeights) =>
    summariseGold(
      golds.flatMap((gold) => {
        const plain = readFileSync(join(root, 'seeds', gold.file), 'utf8');
        return [{ text: plain, gold }, indentedVariant(plain, gold)].map((v) =>
          scoreAgainstGold(parseEditionText(v.text, { fileName: gold.file, sha256: '', encoding: 'utf-8', bytes: v.text.length }, [], { labellerWeights: weights }), v.gold),
        );
      }),
    );
  /** Weights drawn from a seeded generator, in the committed weights' range. */
  const randomWeights = (seed: number): LabellerWeights => {
    let s = seed;
    const next = () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return (s / 2147483648) * 60 - 30;
    };
    const emission = Object.fromEntries(LABELS.map((l) => [l, Object.fromEntries(FEATURE_NAMES.map((f) => [f, next()]))])) as LabellerWeights['emission'];
    const transition = Object.fromEntries(LABELS.map((a) => [a, Object.fromEntries(LABELS.map((b) => [b, next()]))]));
    return { emission, transition };
  };
  const empty: LabellerWeights = { emission: { body: {}, head: {}, subhead: {}, lead: {}, caption: {}, credit: {}, noise: {} }, transition: {} };

  it('parse the seeds’ gold, plain and indented, at F1 ≥ 0.98 and headlines ≥ 0.95; emptied or random weights do not', () => {
    const fitted = score(LABELLER_WEIGHTS);
    expect(fitted.f1).toBeGreaterThanOrEqual(0.98);
    expect(fitted.headline).toBeGreaterThanOrEqual(0.95);
    for (const other of [empty, randomWeights(7), randomWeights(2024)]) {
      const s = score(other);
      expect(s.f1 < 0.98 || s.headline < 0.95).toBe(true);
    }
  });
});

describe('an indented 副题 directly under a flush headline, above the byline', () => {
  const PAGE = [
    '山区孩子的书屋在寒假里照常开门迎客',
    '\u3000\u3000志愿者轮流值守',
    '\u3000\u3000本报记者  李明',
    '\u3000\u3000寒假第一天，青石村书屋的门一早就开了，几个孩子已经在门口等着。',
    '\u3000\u3000书屋里的炉子烧得很旺，志愿者给每个孩子倒了一杯热水。',
    ...NEXT_STORY,
  ].join('\n');

  it('is labelled head, so the byline under it stays with the headline', () => {
    const parsed = parseEdition(new TextEncoder().encode(PAGE), '20190302-06.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['山区孩子的书屋在寒假里照常开门迎客', '河边步道连成环']);
    expect(parsed.articles[0]!.subheadline).toBe('志愿者轮流值守');
    expect(parsed.articles[0]!.byline.reporters).toEqual(['李明']);
  });
});

describe('a flush line set apart in an indented layout', () => {
  // The headline has an exclamation inside and a column tag: not headline-shaped, but where a headline stands.
  const PAGE = [
    '违规登山，停！（美丽中国）',
    '',
    '\u3000\u3000本报拉萨3月2日电（记者周清）雪山下的管理站今天发布公告，未经批准的登山活动一律停止。',
    '\u3000\u3000雪山生态脆弱，垃圾清运困难，去年清出的垃圾有好几吨。',
    ...NEXT_STORY,
  ].join('\n');

  it('is labelled head whatever its punctuation, and heads its story', () => {
    const parsed = parseEdition(new TextEncoder().encode(PAGE), '20190302-07.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['违规登山，停！（美丽中国）', '河边步道连成环']);
  });
});

describe('a box set beside a story in a flush layout (`链接`, `记者手记`, `参观贴士`)', () => {
  // Made-up: before, each box's label was read as a new story's one-line headline (`链接`, with the box's text its story).
  const page = [
    '临江日报',
    '2024年5月21日 星期二',
    '',
    '城北新区引来三家智能制造企业',
    '本报记者 张三',
    '5月20日，城北新区与三家智能制造企业签约，总投资约四十亿元，项目将于年内开工建设。',
    '据介绍，三家企业主要生产工业机器人零部件和新能源汽车电控系统，投产后年产值可达六十亿元。',
    '',
    '链接',
    '城北新区成立于2018年，规划面积八十六平方公里，是全省首批高新技术产业开发区之一。',
    '',
    '老街改造让居民住得更舒心',
    '本报记者 李四',
    '走进临江老街，青石板路面平整干净，沿街店铺重新装修，居民们在树下下棋聊天。',
    '',
    '■记者手记',
    '留住老街的样子',
    '老街改造没有大拆大建，而是尽量留住街巷的样子和居民的生活，这种做法值得推广。',
    '',
    '【参观贴士】',
    '老街位于临江市城北区，乘坐12路公交车可到，开放时间为每天8时至22时。',
  ].join('\n');

  it('is a section of the story above it: its label and title the story’s subheads, its text the story’s', () => {
    const parsed = parsedWhole(page, 'box.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['城北新区引来三家智能制造企业', '老街改造让居民住得更舒心']);
    const [first, second] = parsed.articles;
    expect(first!.paragraphs.map((p) => p.type)).toEqual(['text', 'text', 'subhead', 'text']);
    expect(first!.paragraphs[2]!.text).toBe('链接');
    expect(second!.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)).toEqual(['■记者手记', '留住老街的样子', '【参观贴士】']);
    expect(second!.paragraphs.at(-1)!.text).toMatch(/^老街位于临江市城北区/);
  });

  it('in traditional characters too (`相關連結`)', () => {
    const parsed = parsedWhole(page.replace('链接', '相關連結'), 'box.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['城北新区引来三家智能制造企业', '老街改造让居民住得更舒心']);
  });

  it('a summary box’s label set apart under a headline block (`核心阅读`) is the story’s, under its kicker of clauses and tagged headline', () => {
    // Made-up, after a dev page set flush. Before, the kicker of clauses and the headline closing in its column's tag, commas
    // and all, ran on as the text of the story above, and the summary box under them opened a story headed `核心阅读`.
    const text = [
      ...page.split('\n').slice(0, 8),
      '去年洪灾冲毁千亩大棚，帮扶重建后村子再焕生机',
      '临江，这个春节暖暖的（一线探民生）',
      '',
      '核心阅读',
      '去年夏天，临江多地连降暴雨，多个村庄遭遇洪灾，菜农损失惨重。经过半年重建，大棚又绿了。',
      '',
      '2024年春节，对临江的菜农来说，心情注定不一般。走进大棚，黄瓜顶花带刺，西红柿挂满枝头。',
    ].join('\n');
    const parsed = parsedWhole(text, 'summary.txt');
    expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '城北新区引来三家智能制造企业'],
      ['去年洪灾冲毁千亩大棚，帮扶重建后村子再焕生机', '临江，这个春节暖暖的（一线探民生）'],
    ]);
    expect(parsed.articles[1]!.paragraphs.map((p) => [p.type, p.text.slice(0, 4)])).toEqual([
      ['subhead', '核心阅读'],
      ['text', '去年夏天'],
      ['text', '2024'],
    ]);
  });

  it('opening a page, with no story above it, is a story of its own: nothing is lost', () => {
    const parsed = parsedWhole(page.split('\n').slice(8).join('\n'), 'box.txt');
    expect(parsed.articles[0]!.headline).toBe('链接');
  });
});
