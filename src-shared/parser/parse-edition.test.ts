import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import type { ParsedEdition } from '../model/edition';
import { parseEdition } from './parse-edition';
import { coverage, parseBlocks, parsedWhole } from '../../tests/unit/made-up-text';
import { columnsApart } from './side-by-side';
import { TRADITIONAL_PAGE } from '../../tests/unit/traditional-page';

const root = join(__dirname, '../..');
const seedNames = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
const seed = (name: string) => new Uint8Array(readFileSync(join(root, 'seeds', name)));

/** A second story after two blank lines, closing made-up text whose first story a test reads. */
const NEXT_STORY = ['', '', '城南新建三座口袋公园', '本报讯（记者 王某）日前，城南三座口袋公园建成开放，居民出门五分钟就能走进绿地。'];

/** A page of another paper (`tests/fixtures/papers/`), parsed, with the coverage check's result and a lookup by headline. */
/**
 * A made-up page parsed as printed, with a blank line under every line, and with none (the layouts OCR gives the same page
 * in), in that order.
 */
function inBlankLineLayouts(name: string): { printed: ParsedEdition; everyLine: ParsedEdition; none: ParsedEdition } {
  const text = readFileSync(join(root, 'tests/fixtures/papers', name), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const parse = (layout: string) => parseEdition(new TextEncoder().encode(layout), name);
  return { printed: parse(text), everyLine: parse(lines.join('\n\n')), none: parse(lines.join('\n')) };
}

function readPaper(name: string) {
  const bytes = new Uint8Array(readFileSync(join(root, 'tests/fixtures/papers', name)));
  const parsed = parseEdition(bytes, name);
  return { parsed, lines: coverage(parsed, new TextDecoder().decode(bytes)), byHeadline: (h: string) => parsed.articles.find((a) => a.headline === h) };
}

describe('parseEdition on the seeds', () => {
  for (const name of seedNames) {
    it(`${name}: every non-empty line is in exactly one article or leftover`, () => {
      const bytes = seed(name);
      const parsed = parseEdition(bytes, name);
      const { missing, twice } = coverage(parsed, new TextDecoder().decode(bytes));
      expect(missing).toEqual([]);
      expect(twice).toEqual([]);
      expect(parsed.articles.length).toBeGreaterThan(5);
    });
  }

  it('gives the same ids when the same file is parsed twice, and unique ids within a file', () => {
    for (const name of seedNames) {
      const a = parseEdition(seed(name), name).articles.map((x) => x.id);
      const b = parseEdition(seed(name), name).articles.map((x) => x.id);
      expect(b).toEqual(a);
      expect(new Set(a).size).toBe(a.length);
    }
  });

  it('keeps ids when an OCR error deep in a story is corrected', () => {
    const name = '002_e722be8e290ff127.txt';
    const text = new TextDecoder().decode(seed(name));
    const before = parseEdition(seed(name), name);
    const target = before.articles.find((a) => a.paragraphs.length > 3)!;
    const deep = target.paragraphs[2]!.text.slice(5, 15);
    const fixed = new TextEncoder().encode(text.replace(deep, deep.replace(/.$/, '某')));
    const after = parseEdition(fixed, name);
    expect(after.articles.map((a) => a.id)).toEqual(before.articles.map((a) => a.id));
  });

  it('reads the masthead into edition fields, not articles', () => {
    const parsed = parseEdition(seed('003_9ab4256ef58901f2.txt'), '003_9ab4256ef58901f2.txt');
    expect(parsed).toMatchObject({ paper: '株洲日报', date: '2022-08-24', dateSource: 'masthead', issueNumber: 23054, pageCount: 8 });
    const allText = parsed.articles.flatMap((a) => [a.headline, ...a.paragraphs.map((p) => p.text)]).join('\n');
    expect(allText).not.toContain('第23054期');
    expect(parsed.leftovers.filter((l) => l.reason === 'masthead').map((l) => l.text).join('')).toContain('第23054期');
  });

  it('keeps a repeated paragraph once and files the copy as a duplicate', () => {
    const name = '004_32f8abd5096c7909.txt';
    const text = new TextDecoder().decode(seed(name));
    const parsed0 = parseEdition(seed(name), name);
    const paragraph = parsed0.articles[1]!.paragraphs[1]!.text;
    const doubled = text.replace(paragraph.slice(0, 12), `${paragraph.slice(0, 12)}`);
    // Insert an exact copy of a whole source paragraph line right after it.
    const lines = doubled.split('\n');
    const at = lines.findIndex((l) => l.replace(/\s/g, '').startsWith(paragraph.replace(/\s/g, '').slice(0, 12)));
    lines.splice(at + 1, 0, '', lines[at]!);
    const parsed = parseEdition(new TextEncoder().encode(lines.join('\n')), name);
    const body = parsed.articles[1]!.paragraphs.map((p) => p.text).join('\n');
    expect(body.split(paragraph.slice(0, 20)).length - 1).toBe(1);
    expect(parsed.leftovers.some((l) => l.reason === 'duplicate' && l.text.startsWith(paragraph.slice(0, 12)))).toBe(true);
  });

  it('marks the column-interleaved stories of 000 as garbled but keeps their lines', () => {
    const parsed = parseEdition(seed('000_d5cc7c2ae093488f.txt'), '000_d5cc7c2ae093488f.txt');
    const garbled = parsed.articles.filter((a) => a.garbled);
    expect(garbled.length).toBeGreaterThanOrEqual(1);
    expect(garbled.some((a) => a.byline.reporters.includes('廖明'))).toBe(true);
  });
});

describe('encodings and line ends', () => {
  const name = '001_f748bfedecdc3041.txt';
  const text = new TextDecoder().decode(seed(name));
  const reference = parseEdition(seed(name), name);
  const shape = (p: ParsedEdition) => p.articles.map((a) => ({ id: a.id, headline: a.headline, paragraphs: a.paragraphs, byline: a.byline }));
  const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
  const variants: [string, Uint8Array, string][] = [
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], new TextEncoder().encode(text)), 'utf-8-bom'],
    ['UTF-16 LE with BOM', withBom([0xff, 0xfe], new Uint8Array(iconv.encode(text, 'utf-16le'))), 'utf-16le'],
    ['UTF-16 BE with BOM', withBom([0xfe, 0xff], new Uint8Array(iconv.encode(text, 'utf-16be'))), 'utf-16be'],
    ['GB18030', new Uint8Array(iconv.encode(text, 'gb18030')), 'gb18030'],
    ['CRLF line ends', new TextEncoder().encode(text.replace(/\r?\n/g, '\r\n')), 'utf-8'],
    ['CR line ends', new TextEncoder().encode(text.replace(/\r?\n/g, '\r')), 'utf-8'],
  ];
  for (const [label, bytes, encoding] of variants) {
    it(`${label}: detected, decoded and parsed into the same articles`, () => {
      const parsed = parseEdition(bytes, name);
      expect(parsed.source.encoding).toBe(encoding);
      expect(shape(parsed)).toEqual(shape(reference));
    });
  }
});

describe('legacy encodings of traditional-Chinese papers', () => {
  it('detects Big5 (which GB18030 would also "decode", into nonsense) and parses it', () => {
    const page = ['港島新巴士路線開通', '', '本報訊(記者/陳大文) 5月2日,運輸署宣布新巴士路線正式開通,市民可由港島直達機場。', '', '新路線每日開出班次,乘客反應熱烈,運輸署表示會繼續檢討服務。'].join('\n');
    const parsed = parseEdition(new Uint8Array(iconv.encode(page, 'big5')), 'hk-page.txt');
    expect(parsed.source.encoding).toBe('big5');
    expect(parsed.articles[0]?.headline).toBe('港島新巴士路線開通');
    expect(parsed.articles[0]?.paragraphs.map((p) => p.text).join('')).toContain('運輸署宣布新巴士路線正式開通');
  });
});

describe('dates', () => {
  it('reads a masthead date printed in digits, or beside a lunar date with no weekday', () => {
    for (const line of ['2023-03-05 星期日', '2023/3/5 星期日', '癸卯年二月十四 2023年3月5日', '2023.03.05']) {
      const parsed = parseEdition(new TextEncoder().encode(`南方日报\n${line}\n\n标题一\n本报讯 正文开始。`), 'x.txt');
      expect(parsed, line).toMatchObject({ paper: '南方日报', date: '2023-03-05', dateSource: 'masthead' });
    }
    // A date in digits inside a sentence under the title is no masthead's.
    const story = parseEdition(new TextEncoder().encode('标题一\n本报讯 2023-03-05，全市召开会议。'), 'x.txt');
    expect(story.dateSource).not.toBe('masthead');
  });

  it('reads dates, lead-ins and jumps printed in full-width digits (２０２３年３月５日), keeping them as printed', () => {
    const text = '南方日报\n２０２３年３月５日 星期日 第１版\n\n全市召开会议\n本报北京３月４日电（记者 张三）全市召开会议，（下转第２版）';
    const parsed = parseEdition(new TextEncoder().encode(text), 'x.txt');
    expect(parsed).toMatchObject({ paper: '南方日报', date: '2023-03-05', dateSource: 'masthead', page: '01' });
    expect(parsed.articles[0]).toMatchObject({
      headline: '全市召开会议',
      dateline: '2023-03-04',
      continuedTo: { page: '02', marker: '' },
      byline: { agency: '本报北京', reporters: ['张三'], raw: '本报北京３月４日电（记者 张三）' },
      paragraphs: [{ type: 'text', text: '全市召开会议，' }],
    });
  });

  it('takes the date from a file name when there is no masthead', () => {
    const parsed = parseEdition(seed('004_32f8abd5096c7909.txt'), '20230426-02.txt');
    expect(parsed).toMatchObject({ date: '2023-04-26', dateSource: 'filename', page: '02' });
  });

  it('lets the masthead win over a contradicting file name, and says so', () => {
    const parsed = parseEdition(seed('003_9ab4256ef58901f2.txt'), '2021-01-01.txt');
    expect(parsed.date).toBe('2022-08-24');
    expect(parsed.warnings.join(' ')).toMatch(/2021-01-01.*2022-08-24/);
  });
});

describe('arbitrary input', () => {
  const lineArb = fc.oneof(
    fc.string(),
    fc.constantFrom('', ' ', '株洲日报讯(全媒体记者/张三 通讯员/李四) 5月1日,', '下转02版①', '上接01版①', '2022年8月24日 星期三', '第1期 今日8版', '(王五 摄)', '●小标题', '　本报北京1月18日电（记者甲乙、丙丁）'),
    fc.stringMatching(/^[\u4e00-\u9fa5，。、“”0-9 ]{0,40}$/),
  );
  it('never throws and never loses a line', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const text = lines.join(eol);
        const parsed = parseEdition(new TextEncoder().encode(text), 'random.txt');
        const { missing, twice } = coverage(parsed, new TextDecoder().decode(new TextEncoder().encode(text)));
        expect(missing).toEqual([]);
        expect(twice).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  // The lines the readers added later look for: a database export's labels, Markdown, form feeds and invisible characters,
  // headlines run into leads, the page's foot, a masthead closing the page, a weekly's week.
  const laterLineArb = fc.constantFrom(
    '【标题】城区新增口袋公园', '【正文】', '标题：全市植树', '正文：日前，全市植树。', '【作者】本报记者 张三', '【日期】2024-05-20', '【关键词】公园', '【报纸名称】临江日报',
    '## 城区新增口袋公园', '# 临江日报', '**本报记者 张三**', '> 图为现场。 记者 李四 摄', '![](images/a.jpg)', '\f', '\f临江日报', '本报\u200b讯（记者 赵强）日前，公园开放。', '\u200b',
    '【城区新增三处口袋公园】本报讯（记者 赵强）日前，公园开放。', '城区新增口袋公园 本报讯（记者 赵强）日前，公园开放。', '三湘都市报记者 张某 长沙报道 近日，全市开会。',
    'http://www.ljrb.com.cn', '新闻热线：0731-12345678', '总编辑：王大明', '编辑/王芳 美编/李强', '临江日报', '2024年3月13日 星期三', '2024年5月20日—5月26日', '第20期', '■刘洋 本报特约通讯员 陈明', '●典型案例',
    // (And this session's: centred lines and a wrap in columns, fields over a headline, labelled roles, a digital edition's
    // furniture, signers, writers' lines, unpunctuated clauses, an older masthead.)
    '                    城区新增三处口袋公园', '    本报讯（记者 彭越）连日来，清河大桥改造工程施工现场一片繁忙，2024年', '证券代码：600123  证券简称：江城股份',
    '引题：聚焦城市更新', '主题：老旧小区改造', '本版标题导航', '上一版  下一版  返回目录', '作者：本报记者 朱文斌  来源：衡州日报  发布时间：2023-06-15',
    '孝子：王建平 王建华 泣告', '长沙市实验小学三年级二班 王小明', '指导老师：李芳', '省政府昨日上午九时舉行會議 出席委員七人 由主席主持 討論事項如下 決議通過',
    '第二三四五号 今日八版', '【便民提示】', '联系电话：138xxxx5678 王先生', '2023-06-15 08:30 聯合報／記者王小明／台北即時報導',
    // (And the next session's: a byline over a headline, a drop cap, a folio in a sentence, a salutation, a signer by office, a
    // question in a headline, a lead-in's roles closing its line.)
    '本报记者 李文华 实习生 张悦', '金', '3', '各位代表：', '临江市市长 何建平', '夏日夜游去哪儿？这份攻略请收好', '本报讯 记者 杨帆', '（一）坚持稳字当头，经济运行总体平稳',
    '秋十月，临江大地稻浪翻滚。在东湖镇万亩水稻示范片，十余台收割机来回穿梭', '中华民国一百一十四年九月十八日', '2025/09/18（四）',
  );
  it('never throws and never loses a line among the lines later readers look for', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(laterLineArb, lineArb), { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const parsed = parseEdition(new TextEncoder().encode(text), 'random.txt');
        const { missing, twice } = coverage(parsed, text);
        expect(missing).toEqual([]);
        expect(twice).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(() => parseEdition(bytes, 'bytes.bin')).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('a paper the parser has never seen', () => {
  // Made-up text in the layout of 人民日报 pages: U+3000 paragraph indents,
  // no blank lines, headline blocks of one to three lines, bylines in （）.
  const name = 'renmin-style.txt';
  const bytes = new Uint8Array(readFileSync(join(root, 'tests/fixtures/papers', name)));
  const parsed = parseEdition(bytes, name);

  it('splits articles at headline blocks and reads 本报…电（记者…） bylines', () => {
    const spring = parsed.articles.find((a) => a.headline === '全国春耕生产有序展开');
    expect(spring).toBeDefined();
    expect(spring!.byline.reporters).toEqual(['王晓明', '李红梅']);
    expect(spring!.paragraphs).toHaveLength(3);
    expect(spring!.paragraphs[0]!.text.startsWith('记者从农业农村部获悉')).toBe(true);
    expect(spring!.dateline).toBe(null);
  });

  it('reads a headline with a dash subheadline and a standalone byline', () => {
    const interview = parsed.articles.find((a) => a.headline === '科技创新引领产业升级');
    expect(interview?.subheadline).toBe('访某省科技厅负责人');
    expect(interview?.byline.reporters).toEqual(['张伟']);
    expect(interview?.paragraphs).toHaveLength(2);
  });

  it('recognises a wire story and never loses a line', () => {
    expect(parsed.articles.some((a) => a.kind === 'wire' && a.paragraphs.some((p) => p.text.includes('稳就业')))).toBe(true);
    const { missing, twice } = coverage(parsed, new TextDecoder().decode(bytes));
    expect(missing).toEqual([]);
    expect(twice).toEqual([]);
  });
});

describe('jump lines, captions and broken sentences', () => {
  const parse = (text: string) => parseEdition(new TextEncoder().encode(text), 'page.txt');
  const page = [
    '港口新航线开通',
    '',
    '本报讯(记者/张三 通讯员/李四) 5月2日,新航线首航。货轮满载机电产品,从港口驶向海外,这是今年开通的第三条航线,群众对此、下转03版②',
    '',
    '工人在码头装运货物。 本报记者/张三 摄',
    '',
    '新区学校开学',
    '',
    '本报讯(记者/王五) 9月1日,新区第一小学迎来首批学生。全校共有24个班级。',
    '',
    '开学第一天,老师们带着孩子',
    '',
    '们熟悉校园,参观图书馆和实验室。',
  ].join('\n');
  const parsed = parse(page);

  it('ends the paragraph at a trailing 下转 marker, records it, and keeps the marker out of the text', () => {
    const port = parsed.articles.find((a) => a.headline === '港口新航线开通')!;
    expect(port.continuedTo).toEqual({ page: '03', marker: '②' });
    expect(port.paragraphs[0]!.text.endsWith('群众对此、')).toBe(true);
    expect(port.paragraphs.map((p) => p.text).join('')).not.toContain('下转');
  });

  it('makes a short closing paragraph with a photo credit a caption, with its photographer', () => {
    const port = parsed.articles.find((a) => a.headline === '港口新航线开通')!;
    expect(port.paragraphs).toHaveLength(2);
    expect(port.paragraphs[1]!.type).toBe('caption');
    expect(port.byline.photographers).toEqual(['张三']);
  });

  it('rejoins a paragraph whose first line stopped mid-word instead of taking it for a headline', () => {
    expect(parsed.articles.map((a) => a.headline)).toEqual(['港口新航线开通', '新区学校开学']);
    const school = parsed.articles[1]!;
    expect(school.paragraphs.map((p) => p.text)).toEqual(['9月1日，新区第一小学迎来首批学生。全校共有24个班级。', '开学第一天，老师们带着孩子们熟悉校园，参观图书馆和实验室。']);
  });
});

describe('edition date without a masthead', () => {
  it('takes December datelines of a January edition as the year before', () => {
    const text = [
      '跨年夜活动圆满举行',
      '本报讯(记者/赵六) 12月31日晚,市民广场举行跨年活动,2024年的钟声敲响时全场欢呼。',
      '新年第一天游客如织',
      '本报讯(记者/钱七) 1月1日,各景区迎来2024年首个客流高峰。',
    ].join('\n');
    const parsed = parseEdition(new TextEncoder().encode(text), 'page.txt');
    expect(parsed.dateSource).toBe('inferred');
    expect(parsed.date).toBe('2024-01-02');
  });
});

describe('a front page of another paper (masthead with a page line, wire lead-ins, a column)', () => {
  const name = 'renmin-front-page.txt';
  const bytes = new Uint8Array(readFileSync(join(root, 'tests/fixtures/papers', name)));
  const parsed = parseEdition(bytes, name);

  it('reads the masthead, including a `第01版：要闻` page line, into edition fields', () => {
    expect(parsed).toMatchObject({ paper: '人民日报', date: '2024-01-19', dateSource: 'masthead', page: '01' });
    expect(parsed.leftovers.filter((l) => l.reason === 'masthead')).toHaveLength(3);
    expect(parsed.articles.every((a) => !(a.kicker ?? '').includes('版'))).toBe(true);
  });

  it('takes datelines from `本报哈尔滨1月18日电` lead-ins', () => {
    expect(parsed.articles.map((a) => a.headline)).toEqual(['在新的起点上奋力推进中国式现代化', '哈尔滨接待游客量创新高', '进一步做好稳就业工作', '让创新活力充分涌流']);
    expect(parsed.articles.slice(0, 3).map((a) => a.dateline)).toEqual(['2024-01-18', '2024-01-18', '2024-01-18']);
    expect(parsed.articles[1]).toMatchObject({ kicker: '冰雪经济持续升温', byline: { reporters: ['方圆'] } });
    expect(parsed.articles[2]!.kind).toBe('wire');
  });

  it('reads a column name and a spaced author name', () => {
    expect(parsed.articles[3]).toMatchObject({ kind: 'commentary', section: '人民时评', byline: { authors: ['李斌'] } });
  });
});

describe('column-interleaved text', () => {
  it('gives a headline block read among column fragments to the headless story whose lead it matches, and never drops a line', () => {
    // Two stories set side by side, read across by OCR; their headline blocks come out in the middle.
    const left = ['本报讯(记者/周一) 近日,新建的跨江大', '桥完成主塔封顶,施工单位介绍,大桥全', '长三千六百米,主塔高一百八十米,预计', '明年通车。大桥通车后,两岸往来时间', '将从四十分钟缩短到十分钟左右,沿江'];
    const right = ['本报讯(记者/吴二) 昨日,市图书馆新', '馆正式开放,首日接待读者超过五千人', '次。新馆藏书一百二十万册,设有少儿', '阅览区和古籍修复室,读者可以预约参', '观修复过程,了解古籍保护的知识和方'];
    // A page that otherwise keeps one paragraph per line, as the seeds do.
    const lines: string[] = [
      '全市春耕生产全面展开',
      '本报讯(记者/郑三) 连日来,全市各地抢抓农时,组织农机下田作业,春耕生产由南向北有序展开,早稻育秧已完成计划面积的八成以上。',
      '市农业农村局有关负责人介绍,今年将继续稳定粮食播种面积,加大对种粮农民的支持力度,确保全年粮食产量稳中有增。',
      '社区食堂让老人吃上热乎饭',
      '本报讯(记者/王四) 记者日前走访发现,城区已建成社区食堂四十余家,为辖区老年人提供价格实惠、营养均衡的一日三餐,受到居民欢迎。',
      '家住老城区的李奶奶说,以前子女上班后自己做饭不方便,现在走几步路就能吃上热乎饭,心里踏实多了。',
      '据了解,下一步将继续扩大社区食堂覆盖面,推动更多小区建成助餐点,让老年人就近享受便利服务。',
    ];
    // The left column starts first; then OCR alternates between the columns and meets both headline blocks midway.
    lines.push(left[0]!, left[1]!, left[2]!, right[0]!, left[3]!, right[1]!, '跨江大桥主塔封顶', '市图书馆新馆开放', left[4]!, right[2]!, right[3]!, right[4]!, '法。');
    const text = lines.join('\n\n');
    const parsed = parseEdition(new TextEncoder().encode(text), 'columns.txt');
    const bridge = parsed.articles.find((a) => a.byline.reporters[0] === '周一');
    const library = parsed.articles.find((a) => a.byline.reporters[0] === '吴二');
    expect(bridge?.garbled).toBe(true);
    expect(bridge?.headline).toBe('跨江大桥主塔封顶');
    expect(library?.headline).toBe('市图书馆新馆开放');
    const { missing, twice } = coverage(parsed, text);
    expect(missing).toEqual([]);
    expect(twice).toEqual([]);
  });
});

describe('stories told in bracketed sections, and attribution lines', () => {
  const parse = (blocks: string[]) => parseBlocks(blocks, 'sections.txt');
  const before = [
    '河西新建三座口袋公园',
    '本报讯(记者/王青) 近日,河西片区三座口袋公园完工开放,市民在家门口多了休闲去处。',
    '公园由闲置地块改造而成,栽种了乡土树种。',
  ];

  it('keeps a quote, its ——摘自 line and a later 【】 section with a byline in one story', () => {
    const { parsed, lines } = parse([
      ...before,
      '全区推行垃圾分类积分制',
      '居民分得好 积分换好礼',
      '【说】',
      '推进垃圾分类,关系广大人民群众生活环境,关系节约使用资源。',
      '——摘自一次讲话',
      '【做】',
      '本报讯(记者/李明 通讯员/赵红) 清晨七点,社区分类站前已排起了队。',
      '居民把分好的垃圾投进对应的桶,志愿者在一旁称重记分。',
    ]);
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['河西新建三座口袋公园', '全区推行垃圾分类积分制']);
    const story = parsed.articles[1]!;
    expect(story.byline.reporters).toEqual(['李明']);
    expect(story.paragraphs.map((p) => [p.type, p.text.slice(0, 6)])).toEqual([
      ['subhead', '【说】'],
      ['text', '推进垃圾分类'],
      ['text', '——摘自一次'],
      ['subhead', '【做】'],
      ['text', '清晨七点，社'],
      ['text', '居民把分好的'],
    ]);
  });

  it('still reads a dash line under a headline as its 副题, and a 【】 label before a new byline as a new item', () => {
    const { parsed } = parse([
      ...before,
      '【简讯】',
      '本报讯(记者/周全) 市图书馆昨日起延长开放时间至晚上九点。',
      '扎根乡村讲台三十年',
      '——记石峰区乡村教师刘芳',
      '本报讯(记者/陈立) 三十年来,刘芳没有离开过这所村小。',
    ]);
    expect(parsed.articles).toHaveLength(3);
    expect(parsed.articles[1]!.byline.reporters).toEqual(['周全']);
    expect(parsed.articles[2]!.headline).toBe('扎根乡村讲台三十年');
    expect(parsed.articles[2]!.subheadline).toContain('记石峰区乡村教师刘芳');
  });
});

describe('a lone line that names a Latin title the story already spoke of', () => {
  it('stays in the story: Latin letters are printed half as wide, so the line is short, not a long headline', () => {
    const { parsed, lines } = parseBlocks(
      [
        '科研团队论文登上国际期刊',
        '本报讯(记者/王青) 近日,我市一家企业的科研团队在储能领域取得新进展。',
        '国际期刊《Nature Energy Reviews》近日刊发了该团队的论文。',
        '《Nature Energy Reviews》由',
        '英国自然出版集团出版,是能源领域的权威期刊之一。',
      ],
      'latin-title.txt',
    );
    expect(parsed.articles.map((a) => a.headline)).toEqual(['科研团队论文登上国际期刊']);
    expect(lines).toEqual({ missing: [], twice: [] });
  });
});

describe('a notice set as a label-value list', () => {
  it('keeps every field line in the notice, while a headline with a colon still heads its story', () => {
    const { parsed, lines } = parseBlocks(
      [
        '市防汛指挥部值班电话和地址',
        ['值班时间:2024年6月1日至2024年9月30日', '值班电话:0731-12345678', '来信地址:株洲市天元区防汛大楼', '受理时间:每天8:00—20:00'].join('\n'),
        '株洲：汛期巡查全面铺开',
        '本报讯(记者/王青) 入汛以来,全市组织巡查人员对堤防进行拉网式排查。',
      ],
      'notice.txt',
    );
    expect(parsed.articles.map((a) => a.headline)).toEqual(['市防汛指挥部值班电话和地址', '株洲：汛期巡查全面铺开']);
    expect(parsed.articles[0]!.paragraphs.map((p) => [p.type, p.text])).toEqual([
      ['text', '值班时间：2024年6月1日至2024年9月30日'],
      ['text', '值班电话：0731-12345678'],
      ['text', '来信地址：株洲市天元区防汛大楼'],
      ['text', '受理时间：每天8:00—20:00'],
    ]);
    expect(lines).toEqual({ missing: [], twice: [] });
  });
});

describe('an indented paper with blank-line runs between stories', () => {
  // Made-up text in the layout of crawled 人民日报 pages: each story a kicker / headline / 副题 slot block (an empty
  // slot is a blank line), body paragraphs indented with two U+3000, two blank lines between stories.
  const name = 'indented-gapped.txt';
  const bytes = new Uint8Array(readFileSync(join(root, 'tests/fixtures/papers', name)));
  const parsed = parseEdition(bytes, name);
  const byHeadline = (headline: string) => parsed.articles.find((a) => a.headline === headline);

  it('reads the layout from the file: indented, blank lines only between blocks', () => {
    expect(parsed.layout?.profile).toEqual({ indented: true, gaps: 'between-stories', wrapped: false, interleaved: false });
    expect(parsed.layout?.chosen).toBe(false);
    expect(parsed.layout?.figures.indentedShare).toBeGreaterThan(0.6);
  });

  it('opens a story at every flush block and nowhere else', () => {
    expect(parsed.articles.map((a) => a.headline)).toEqual([
      '山区小镇迎来首条高速公路',
      '田间地头科技范儿足（新春走基层）',
      '湖区候鸟数量创十年新高',
      '城市书房遍布街巷',
      '多地开展节日市场检查',
    ]);
    const { missing, twice } = coverage(parsed, new TextDecoder().decode(bytes));
    expect(missing).toEqual([]);
    expect(twice).toEqual([]);
  });

  it('takes a short indented line for a subhead, never a headline', () => {
    const road = byHeadline('山区小镇迎来首条高速公路')!;
    expect(road.paragraphs.map((p) => p.type)).toEqual(['text', 'text', 'subhead', 'text']);
  });

  it('reads a headline ending in a column tag, with its kicker', () => {
    expect(byHeadline('田间地头科技范儿足（新春走基层）')?.kicker).toBe('春耕一线见闻');
  });

  it('keeps a long flush 副题 with a colon and commas in the headline block', () => {
    const books = byHeadline('城市书房遍布街巷')!;
    expect(books.subheadline).toMatch(/^市民：家门口就能借书读书/);
    expect(books.paragraphs[0]!.text).toMatch(/^全市已建成城市书房/);
  });

  it('keeps a round-up with two datelines as one story, bylined by the first', () => {
    const market = byHeadline('多地开展节日市场检查')!;
    expect(market.byline.reporters).toEqual(['韩冬']);
    expect(market.paragraphs.some((p) => p.text.includes('上海市场监管部门'))).toBe(true);
  });

  it('reads a standalone byline under the block and a photo credit at the end', () => {
    const birds = byHeadline('湖区候鸟数量创十年新高')!;
    expect(birds.subheadline).toBe('来自湿地保护区的报告');
    expect(birds.byline.reporters).toEqual(['周明远']);
    expect(birds.paragraphs.at(-1)?.type).toBe('caption');
  });
});

describe('a letter and a speech on an indented page', () => {
  // Made-up text: a title, then the salutation flush under it (ending in a colon), then indented paragraphs.
  const text = [
    '',
    '致远方的女儿（寄给祖国的家书）',
    '',
    '亲爱的小雨：',
    '　　爸爸今天又在使馆加班到深夜，窗外的雪下得很大，想起你小时候在院子里堆雪人的样子。',
    '　　你在信里说学校的功课越来越多了，爸爸相信你一定能安排好，也要记得按时休息。',
    '　　等到春天，爸爸就能回家陪你去公园放风筝了。',
    '',
    '',
    '',
    '在全市劳动模范表彰大会上的讲话',
    '',
    '同志们，朋友们：',
    '　　今天我们在这里隆重集会，表彰为全市发展作出突出贡献的劳动模范和先进工作者。',
    '　　过去一年，全市广大劳动者在各自岗位上辛勤工作，创造了不平凡的业绩。',
    '　　让我们以劳动模范为榜样，为建设美好家园继续努力奋斗。',
  ].join('\n');
  const parsed = parseEdition(new TextEncoder().encode(text), 'letters.txt');

  it('opens the text with the salutation, not a 副题', () => {
    expect(parsed.layout?.profile.indented).toBe(true);
    expect(parsed.articles.map((a) => [a.headline, a.subheadline, a.paragraphs[0]?.text])).toEqual([
      ['致远方的女儿（寄给祖国的家书）', null, '亲爱的小雨：'],
      ['在全市劳动模范表彰大会上的讲话', null, '同志们，朋友们：'],
    ]);
  });
});

describe('an indented page read across its columns, with a 副题 indented like a paragraph', () => {
  // Made-up stories: a flush headline, under it an indented 副题 (no dash) and then the byline, indented too; the
  // page's last story was read straight across its columns (narrow fragments).
  const text = [
    '城北新建三座口袋公园',
    '\u3000\u3000家门口多了休闲好去处',
    '\u3000\u3000本报记者 林小雨',
    '\u3000\u3000今年以来，城北街道利用闲置地块新建三座口袋公园，种植乔木两百余株，铺设步道一千多米。',
    '\u3000\u3000公园全天开放，附近居民步行五分钟就能到达，傍晚时分散步的人络绎不绝。',
    '',
    '',
    '山区小镇迎来首条高速公路',
    '\u3000\u3000通车仪式在镇口举行',
    '\u3000\u3000本报讯（记者王刚）12日上午，连接山区小镇与省城的高速公路正式通车，小镇到省城的车程缩短到两小时。',
    '',
    '',
    '湖区候鸟数量创十年新高',
    '\u3000\u3000本报讯（记者周明远）今冬在湖区越冬的',
    '\u3000\u3000候鸟数量达到十二万只创',
    '\u3000\u3000十年来新高保护区工作',
    '\u3000\u3000人员每天巡护湿地记录',
    '\u3000\u3000候鸟的种类和数量并向',
    '\u3000\u3000附近村民宣传爱鸟护鸟',
    '\u3000\u3000的知识村民们也自发组',
  ].join('\n');
  const parsed = parseEdition(new TextEncoder().encode(text), 'indented-columns.txt');

  it('keeps the 副题 and the byline under it with the headline’s story', () => {
    expect(parsed.layout?.profile).toMatchObject({ indented: true, interleaved: true });
    expect(parsed.articles.map((a) => a.headline).slice(0, 2)).toEqual(['城北新建三座口袋公园', '山区小镇迎来首条高速公路']);
    expect(parsed.articles.map((a) => a.byline.reporters)).toEqual([['林小雨'], ['王刚'], ['周明远']]);
    // The indented line between the flush headline and the byline is the story's 副题.
    expect(parsed.articles[0]!.subheadline).toBe('家门口多了休闲好去处');
    expect(parsed.articles[0]!.paragraphs[0]!.text).toMatch(/^今年以来/);
    expect(coverage(parsed, text)).toEqual({ missing: [], twice: [] });
  });
});

describe('punctuation as a Chinese reader expects', () => {
  const { parsed } = parseBlocks(
    ['社区书屋开放', '本报讯(记者/陈明) 6月1日,社区书屋开放.居民说:"太方便了!"书屋藏书3.5万册,每天开放到21:30。'],
    'punctuation.txt',
  );
  const article = parsed.articles[0]!;

  it('sets ASCII marks in Chinese text full-width in the article, numbers and times keep theirs', () => {
    expect(article.paragraphs[0]!.text).toBe('6月1日，社区书屋开放。居民说：“太方便了！”书屋藏书3.5万册，每天开放到21:30。');
  });

  it('keeps the source line as printed, and the byline as printed', () => {
    expect(article.byline.raw).toBe('本报讯(记者/陈明)');
    expect(article.sourceLines).toEqual([[1, 3]]);
  });
});

describe('a paper in traditional characters, Big5, with a Republic-era masthead', () => {
  // Made-up text in the manner of a 1949 evening paper (the page the sync tests send as Big5), and a wire story more.
  const text = [TRADITIONAL_PAGE, '', '美國會通過援華法案', '', '〔合眾社華盛頓十日電〕美國國會十日通過援華法案，總額為一億二千五百萬美元。'].join('\n');
  const parsed = parseEdition(new Uint8Array(iconv.encode(text, 'big5')), 'donghu.txt');
  const byHeadline = (headline: string) => parsed.articles.find((a) => a.headline === headline);

  it('reads the paper and the Republic-era date from the masthead', () => {
    expect(parsed.source.encoding).toBe('big5');
    expect(parsed.paper).toBe('東湖晚報');
    expect(parsed.date).toBe('1949-05-12');
    expect(parsed.dateSource).toBe('masthead');
  });

  it('reads 本報訊（記者…）, 中央社…電 and 〔合眾社…電〕 bylines', () => {
    expect(byHeadline('市府擴建東湖碼頭')?.byline.reporters).toEqual(['張三']);
    expect(byHeadline('市府擴建東湖碼頭')?.paragraphs[0]?.text).toMatch(/^市政府昨日決定擴建東湖碼頭/);
    expect(byHeadline('滬市物價趨穩')?.byline.agency).toBe('中央社上海');
    expect(byHeadline('滬市物價趨穩')?.kind).toBe('wire');
    expect(byHeadline('美國會通過援華法案')?.byline.agency).toBe('合眾社華盛頓');
    expect(byHeadline('美國會通過援華法案')?.paragraphs[0]?.text).toMatch(/^美國國會十日通過援華法案/);
  });

  it('reads a Taiwan masthead of today, its 民國 year in three digits or in numerals', () => {
    const digits = parseEdition(new TextEncoder().encode(['自由時報', '中華民國113年5月21日 星期二', '', '賴清德宣誓就職', '', '〔記者王小明／台北報導〕正文。'].join('\n')), 'x.txt');
    expect(digits).toMatchObject({ paper: '自由時報', date: '2024-05-21' });
    expect(digits.articles.map((a) => a.headline)).toEqual(['賴清德宣誓就職']);
    const numerals = parseEdition(new TextEncoder().encode(['聯合報', '中華民國一一三年五月二十一日 星期二', '', '新內閣今日上任', '', '正文。'].join('\n')), 'x.txt');
    expect(numerals.date).toBe('2024-05-21');
  });

  it('reads a 民國 year of a hundred and more in words, a date alone under the name, and a weekday in brackets', () => {
    const read = (dateLine: string) => parseEdition(new TextEncoder().encode(['聯合晚報', dateLine, '', '颱風逼近 全台戒備', '', '〔記者王小明／台北報導〕中央氣象署今天發布海上颱風警報。'].join('\n')), 'x.txt');
    // Before: no date from any of these (a year in words stopped at 十; a Republic date needed a weekday beside it; `（四）` was
    // no weekday, and the line then no masthead's).
    expect(read('中華民國一百一十四年九月十八日')).toMatchObject({ date: '2025-09-18', dateSource: 'masthead' });
    expect(read('民國一百零五年三月一日 星期二').date).toBe('2016-03-01');
    expect(read('2025/09/18（四）')).toMatchObject({ date: '2025-09-18', dateSource: 'masthead' });
    expect(read('中華民國三十八年五月十二日').date).toBe('1949-05-12');
  });

  it('reads a masthead date printed in English, as papers abroad set one', () => {
    const read = (dateLine: string) => parseEdition(new TextEncoder().encode(['南洋商報', dateLine, '', '吉隆坡交通改善計劃出爐', '', '（吉隆坡21日訊）交通部今日公布新計劃。'].join('\n')), 'x.txt');
    expect(read('Tuesday, May 21, 2024')).toMatchObject({ paper: '南洋商報', date: '2024-05-21' });
    expect(read('21 May 2024')).toMatchObject({ paper: '南洋商報', date: '2024-05-21' });
    expect(read('Sept. 3, 2023').date).toBe('2023-09-03');
    expect(read('Tuesday, May 21, 2024').articles.map((a) => a.headline)).toEqual(['吉隆坡交通改善計劃出爐']);
  });

  it('reads a paper’s name with its romanised or English name beside it, or an edition after it', () => {
    const read = (name: string) => parseEdition(new TextEncoder().encode([name, '2024年5月21日 星期二', '', '全市召开经济工作会议', '本报讯（记者 张三）昨日，全市召开经济工作会议。'].join('\n')), 'x.txt');
    // Before: no paper, and the masthead line was the story's headline.
    const names: [string, string][] = [['联合早报 Lianhe Zaobao', '联合早报'], ['明報 MING PAO DAILY NEWS', '明報'], ['中国日报 CHINA DAILY', '中国日报'], ['人民日报海外版', '人民日报海外版']];
    for (const [line, paper] of names) {
      const parsed = read(line);
      expect(parsed.paper).toBe(paper);
      expect(parsed.articles.map((a) => a.headline)).toEqual(['全市召开经济工作会议']);
    }
  });

  it('reads a lead-in and its byline set with vertical brackets and small commas (︵記者…︶, ﹐), as Big5 files and vertical OCR give them', () => {
    const { parsed } = parseBlocks(['聯合報\n中華民國113年5月21日 星期二', '颱風季將至 氣象局提醒防範\n本報訊︵記者 張美華︶氣象局今天表示﹐颱風季即將到來﹐民眾應提前做好準備︒\n氣象局指出﹐今年颱風數量可能較往年偏多︒'], 'x.txt');
    // Before: no reporter, the bracket left in the lead, and the second paragraph left over in no story.
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]!.byline).toMatchObject({ agency: '本報', reporters: ['張美華'] });
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['氣象局今天表示，颱風季即將到來，民眾應提前做好準備。', '氣象局指出，今年颱風數量可能較往年偏多。']);
  });

  it('takes the paper from the file’s name when no masthead names it, never from a word that only ends in 报', () => {
    const page = new TextEncoder().encode('全市召开经济工作会议\n本报讯（记者 张三）昨日，全市召开经济工作会议。');
    // Before: no paper (the library's 未知报名).
    expect(parseEdition(page, '人民日报_2024.05.21_第01版.txt')).toMatchObject({ paper: '人民日报', date: '2024-05-21', page: '01' });
    expect(parseEdition(page, '长沙晚报-20240521.txt').paper).toBe('长沙晚报');
    expect(parseEdition(page, '工作汇报.txt').paper).toBeNull();
    // A masthead's name wins over the file's.
    expect(parseEdition(new TextEncoder().encode('株洲日报\n2024年5月21日 星期二\n\n全市召开经济工作会议\n本报讯（记者 张三）昨日，全市召开经济工作会议。'), '人民日报_2024.05.21.txt').paper).toBe('株洲日报');
  });

  it('reads a modern masthead date in Chinese numerals', () => {
    const modern = parseEdition(new TextEncoder().encode(['東湖晚報', '二〇二四年五月二十一日 星期二', '', '標題', '', '本報訊 正文。'].join('\n')), 'x.txt');
    expect(modern.date).toBe('2024-05-21');
  });
});

describe('papers of Taiwan, Hong Kong and Singapore: their lead-ins and bylines', () => {
  // Made-up pages in the manner of those papers (tests/fixtures/papers): each story's byline is printed its own way.

  it('reads 〔記者…／…報導〕, a 記者…／…報導 line, 〔中央社…綜合外電報導〕 and （中央社記者…電）, each opening its own story', () => {
    const { parsed, lines, byHeadline } = readPaper('taiwan-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['桃園機場捷運延伸線 年底通車', '台積電擴大投資 南科再添新廠', '颱風季將至 氣象局提醒防範', '美聯儲宣布維持利率不變', '日相訪美 討論半導體合作']);
    expect(byHeadline('桃園機場捷運延伸線 年底通車')?.byline.reporters).toEqual(['王小明']);
    expect(byHeadline('桃園機場捷運延伸線 年底通車')?.paragraphs[0]?.text).toMatch(/^桃園機場捷運延伸線工程/);
    expect(byHeadline('台積電擴大投資 南科再添新廠')?.byline.reporters).toEqual(['李大華', '陳志明']);
    expect(byHeadline('颱風季將至 氣象局提醒防範')?.byline.reporters).toEqual(['張美華']);
    // (`國際新聞` over the headline is the page's section, not a kicker leading into the headline.)
    expect(byHeadline('美聯儲宣布維持利率不變')).toMatchObject({ kind: 'wire', section: '國際新聞', kicker: null, byline: { agency: '中央社華盛頓' } });
    // Name and place run together (林小芳東京): the place is a known one the reporter sends from, so the name before it is read
    // (it was not, before); an unknown place leaves the name unread, not guessed (a test in byline.test.ts).
    expect(byHeadline('日相訪美 討論半導體合作')).toMatchObject({ kind: 'wire', byline: { agency: '中央社', reporters: ['林小芳'] } });
    expect(byHeadline('日相訪美 討論半導體合作')?.paragraphs[0]?.text).toMatch(/^日本首相今天/);
  });

  it('reads a two-character masthead, 【…專訊】 and 【…報訊】記者…報道：, and a byline closing its story', () => {
    const { parsed, lines, byHeadline } = readPaper('hongkong-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.paper).toBe('明報');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['港府推出新一輪消費券', '海洋公園新景點下月開幕', '大灣區高鐵新線動工']);
    expect(byHeadline('港府推出新一輪消費券')?.kicker).toBeNull();
    expect(byHeadline('港府推出新一輪消費券')?.byline).toMatchObject({ agency: '明報', reporters: ['陳美玲'] });
    expect(byHeadline('港府推出新一輪消費券')?.paragraphs.map((p) => p.text).join('')).not.toContain('陳美玲');
    expect(byHeadline('海洋公園新景點下月開幕')?.byline.agency).toBe('本報');
    expect(byHeadline('大灣區高鐵新線動工')?.byline).toMatchObject({ agency: '大公報', reporters: ['黃家明'] });
    expect(byHeadline('大灣區高鐵新線動工')?.paragraphs[0]?.text).toMatch(/^連接深圳與中山/);
  });

  it('reads a 林小华 报道 line, （新加坡讯） and （吉隆坡综合讯） lead-ins, and a photo story’s 摄影报道', () => {
    const { parsed, lines, byHeadline } = readPaper('singapore-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['新加坡推出乐龄健康计划', '地铁汤申线第三阶段通车', '马国大选投票率创新高', '滨海湾花园迎来春节灯会']);
    expect(byHeadline('新加坡推出乐龄健康计划')).toMatchObject({ subheadline: null, byline: { reporters: ['林小华'] } });
    expect(byHeadline('地铁汤申线第三阶段通车')?.byline.agency).toBe('新加坡');
    expect(byHeadline('马国大选投票率创新高')?.byline.agency).toBe('吉隆坡');
    expect(byHeadline('滨海湾花园迎来春节灯会')?.byline.photographers).toEqual(['陈大明', '黄小玲']);
    expect(byHeadline('滨海湾花园迎来春节灯会')?.paragraphs).toHaveLength(1);
  });
});

describe('a paper’s story reprinted by its account (WeChat): the post’s furniture around the story', () => {
  it('sets aside the call to follow, the posting line, the staff; reads the lead-in after its pointer and the closing credits', () => {
    const { parsed, lines, byHeadline } = readPaper('wechat-reprint-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Dated by the posting line after the account's names, named by the source line.
    expect(parsed).toMatchObject({ paper: '青山日报', date: '2024-07-08' });
    expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual([[null, '🔥 暑期安全提醒！这些水域千万别去']]);
    const story = byHeadline('🔥 暑期安全提醒！这些水域千万别去')!;
    expect(story.byline).toMatchObject({ agency: '青山日报', reporters: ['周敏'], photographers: [] });
    expect(story.paragraphs.map((p) => p.text.slice(0, 8))).toEqual(['进入暑期，气温持', '据介绍，今年以来', '📌 市应急管理']);
    expect(parsed.leftovers.map((l) => [l.reason, l.text])).toEqual([
      ['noise', '点击上方蓝字关注我们'],
      ['noise', '原创青山日报青山日报2024-07-08 18:30发表于湖北'],
      ['noise', '编辑：刘小燕'],
      ['noise', '审核：陈建国'],
      ['noise', '编辑｜刘小燕'],
      ['noise', '审核｜陈建国'],
    ]);
  });
});

describe('a page of legal notices: a court’s notices, an auction’s, a company’s, each signed at its foot on the day', () => {
  it('keeps every notice’s signer and date, though the notices share them, and reads the page from its section and page line', () => {
    const { parsed, lines, byHeadline } = readPaper('legal-notices-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed).toMatchObject({ paper: '江城法治报', date: '2024-06-14', page: '11' });
    expect(parsed.articles.map((a) => [a.kind, a.headline])).toEqual([
      ['notice', '公告'],
      ['notice', '送达公告'],
      ['notice', '拍卖公告'],
      ['notice', '注销公告'],
    ]);
    // Two notices signed by one court on one day: the second keeps its signature.
    for (const headline of ['公告', '送达公告']) expect(byHeadline(headline)!.paragraphs.slice(-2).map((p) => p.text)).toEqual(['江城市中级人民法院', '二〇二四年六月十四日']);
    expect(byHeadline('拍卖公告')!.paragraphs.at(-1)!.text).toBe('2024年6月14日');
    expect(byHeadline('注销公告')!.paragraphs.slice(-2).map((p) => p.text)).toEqual(['江城市某某商贸有限公司清算组', '2024年6月14日']);
    expect(parsed.leftovers.filter((l) => l.reason !== 'masthead')).toEqual([]);
  });
});

describe('an overseas Chinese weekly in traditional type: its reporters’ lead-ins in square brackets, English names, dollars', () => {
  it('reads each lead-in’s reporter without where from, the bureau or paper before the role, and the page after its section', () => {
    const { parsed, lines, byHeadline } = readPaper('overseas-weekly-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed).toMatchObject({ paper: '美東華人週報', date: '2024-06-14', page: '03' });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['商家盼市府加強治安', '可申請新補助', '新州房價', '華人協會舉辦端午節慶', '關注亞裔仇恨犯罪']);
    expect(byHeadline('商家盼市府加強治安')!.byline).toMatchObject({ agency: '本報', reporters: ['張文華'] });
    expect(byHeadline('可申請新補助')!.byline).toMatchObject({ agency: '本報', reporters: ['李美玲'] });
    expect(byHeadline('關注亞裔仇恨犯罪')!.byline).toMatchObject({ agency: '明報', reporters: ['陳志明'] });
    expect(byHeadline('華人協會舉辦端午節慶')!.paragraphs.map((p) => p.text.slice(0, 5))).toEqual(['美東華人協', '查詢電話：']);
    expect(parsed.leftovers.map((l) => l.reason)).toEqual(['masthead', 'masthead', 'masthead', 'masthead']);
  });
});

describe('a city evening paper: blank lines between every paragraph, bylines of its own kinds', () => {
  it('reads ■记者…, （记者…实习生…）, 文/记者… 图/记者…, …报道, and a question headline set apart above its byline', () => {
    const { parsed, lines, byHeadline } = readPaper('metro-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed).toMatchObject({ paper: '江城晚报', date: '2024-03-15', layout: { profile: { gaps: 'every-paragraph' } } });
    // (Blank lines part every paragraph here: the one between `小区停车难如何破解？` and its byline says nothing.)
    expect(parsed.articles.map((a) => a.headline)).toEqual(['地铁5号线南延线本月底试运行', '老旧小区加装电梯提速', '春季赏花游升温', '一季度经济开局良好', '小区停车难如何破解？']);
    expect(byHeadline('地铁5号线南延线本月底试运行')?.byline).toMatchObject({ reporters: ['张明远'], correspondents: ['李晓燕'] });
    expect(byHeadline('老旧小区加装电梯提速')).toMatchObject({ subheadline: '今年计划完成300台', byline: { agency: '本报', reporters: ['陈静'] } });
    // `图/记者 孙涛`: the photographs are his; the caption under the text stays a caption.
    expect(byHeadline('春季赏花游升温')?.byline).toMatchObject({ reporters: ['赵磊'], photographers: ['孙涛'] });
    expect(byHeadline('春季赏花游升温')?.paragraphs.at(-1)).toMatchObject({ type: 'caption', text: '市民在东湖樱花园赏花。记者孙涛摄' });
    expect(byHeadline('一季度经济开局良好')?.byline.reporters).toEqual(['周文斌']);
    expect(byHeadline('小区停车难如何破解？')?.byline.reporters).toEqual(['吴欣']);
  });

  it('reads the headline that asks above its byline in a file with no blank line at all', () => {
    const parsed = inBlankLineLayouts('metro-style.txt').none;
    expect(parsed.layout?.profile.gaps).toBe('none');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['地铁5号线南延线本月底试运行', '老旧小区加装电梯提速', '春季赏花游升温', '一季度经济开局良好', '小区停车难如何破解？']);
  });
});

describe('a headline block’s 副题 or summary above the lead, where a blank line parts every line', () => {
  // As 株洲日报's OCR prints any paper: a blank line under every line, so blank lines say nothing.
  const everyLine = (lines: string[]) => parseBlocks(lines, 'x.txt');

  it('reads a 副题 of clauses between the headline and the wire lead as the block’s, and the story whole', () => {
    const { parsed, lines } = everyLine([
      '东湖日报',
      '2023年4月6日 星期四',
      '省长会见来访的外国代表团',
      '双方同意在经贸、科技、人文等领域深化务实合作，推动友好关系不断向前发展',
      '本报讯（记者 张三）5日，省长在省会会见了来访的外国代表团，双方就深化合作交换了意见。',
      '省长表示，愿同各方一道，推动更多合作项目落地见效。',
      '市民踏青赏花',
      '本报讯（记者 李四）清明假期，市内各公园游人如织。',
    ]);
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => [a.headline, a.subheadline, a.byline.reporters])).toEqual([
      ['省长会见来访的外国代表团', '双方同意在经贸、科技、人文等领域深化务实合作，推动友好关系不断向前发展', ['张三']],
      ['市民踏青赏花', null, ['李四']],
    ]);
  });

  it('keeps a summary sentence between the headline and the lead in the story the lead opens', () => {
    const { parsed, lines } = everyLine([
      '东湖日报',
      '2023年4月6日 星期四',
      '省长会见来访的外国代表团',
      '省长表示，中方支持代表团所在国自主探索发展道路，愿同其在经贸、科技、人文等广泛领域开展合作，推动友好关系不断向前发展。',
      '本报讯（记者 张三）5日，省长在省会会见了来访的外国代表团，双方就深化合作交换了意见。',
      '省长表示，愿同各方一道，推动更多合作项目落地见效。',
    ]);
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]).toMatchObject({ headline: '省长会见来访的外国代表团', byline: { reporters: ['张三'] } });
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text.slice(0, 4))).toEqual(['省长表示', '5日，省', '省长表示']);
  });
});

describe('a trade paper: a ——副题, a 文/图 byline, numbered subheads and an editor’s note', () => {
  it('reads the headline block, the byline closing in 文/图, and moves the 编者按 to the story it introduces', () => {
    const { parsed, lines } = readPaper('trade-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed).toMatchObject({ paper: '中国农机报', date: '2023-09-08', page: '03' });
    const [harvest, smart] = parsed.articles;
    expect(parsed.articles).toHaveLength(2);
    expect(harvest).toMatchObject({ headline: '秋收在即 农机检修正当时', subheadline: '各地加强农机安全生产检查', byline: { reporters: ['刘建国'], correspondents: ['马红梅'] } });
    expect(harvest!.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)).toEqual(['一、提前谋划早部署', '二、上门服务解难题']);
    expect(smart).toMatchObject({ headline: '智慧农机助力秋粮丰收', byline: { agency: '本报', correspondents: ['王建华'] } });
    expect(smart!.paragraphs[0]!.text).toMatch(/^编者按：/);
  });
});

describe('a county paper: a table of contents, an editorial signed by the paper’s commentator, a notice', () => {
  it('keeps the contents out of the stories, reads 本报评论员 as the signature, and never takes a notice’s heading for a name', () => {
    const { parsed, lines } = readPaper('county-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['今日导读', '市委常委会召开会议2版', '端午假期旅游市场火热3版', '中考体育考试顺利结束5版']);
    const [editorial, harvest] = parsed.articles;
    expect(editorial).toMatchObject({ kind: 'commentary', headline: '以实干担当推动高质量发展', section: null, kicker: null, byline: { agency: '本报', authors: ['本报评论员'] } });
    expect(harvest).toMatchObject({ headline: '夏粮收购工作启动', byline: { reporters: ['张伟'] } });
    // `新华社记者 刘洋 陈晨` over `据新华社电 …` signs the wire below it, not the story above.
    expect(parsed.articles[2]).toMatchObject({ kind: 'wire', byline: { agency: '新华社', reporters: ['刘洋', '陈晨'] } });
    expect(parsed.articles[2]!.paragraphs[0]!.text).toMatch(/^国家统计局/);
    expect(parsed.articles.flatMap((a) => a.byline.authors)).not.toContain('遗失声明');
    // The weather box's forecast is its text, and the notice under it its own (before: the forecast was a headline under the
    // section 天气预报, the notice's heading its subheadline).
    expect(parsed.articles.slice(3).map((a) => [a.section, a.headline, a.subheadline, a.paragraphs[0]?.text ?? null])).toEqual([
      [null, '天气预报', null, '今天 晴 18℃～28℃ 南风2～3级'],
      [null, '遗失声明', null, '张三不慎遗失身份证一张，证号430200198001011234，声明作废。'],
    ]);
  });

  it('keeps a lottery draw’s number (体彩排列3 第24270期 开奖号码：…) in its item, not the masthead’s issue number', () => {
    // Made-up service page. Before, the third draw's line, within the page's first lines, was read as the masthead's (its
    // number the edition's issue) and left out of the item.
    const { parsed, lines } = parseBlocks(
      ['湘江晚报\n2024年10月8日 星期二\nA14 生活服务', '彩票开奖\n福彩3D 第2024270期 开奖号码：5 2 8\n体彩排列3 第24270期 开奖号码：1 6 4', '市民反映小区停车难\n本报讯（记者 王芳）近日，不少市民致电本报热线，反映城东多个老旧小区停车难问题。'],
      'x.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.issueNumber).toBeNull();
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['福彩3D 第2024270期 开奖号码：5 2 8', '体彩排列3 第24270期 开奖号码：1 6 4']);
  });

  it('reads a front page’s weather box as an item of its forecast’s rows, and the paper’s hotline alone on its line as furniture', () => {
    // Made-up. Before, `东北风2～3级` was the headline, under the kicker 今日天气, of the lead story, whose headline became its
    // subheadline (`多云 18℃～26℃` was mojibake for its ℃ and ～); and the hotline was the story's last paragraph.
    const { parsed, lines } = parseBlocks(
      [
        '江南都市报\n2024年10月8日 星期二',
        '今日天气\n多云 18℃～26℃\n东北风2～3级',
        '全市重点项目三季度投资完成过半',
        '本报讯（记者 张晓）记者从市发改委获悉，今年全市重点项目三季度累计完成投资过半。',
        '广告热线：0791-88888888',
        // (So is its address for readers' pieces: before, the story's last paragraph too.)
        '投稿邮箱：jnds@163.com',
        // A headline naming one temperature is no forecast's row.
        '高温持续 明日最高气温38℃\n本报讯（记者 李明）我市连续五天最高气温超过35℃。',
      ],
      'x.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs.map((p) => p.text)])).toEqual([
      [null, '今日天气', null, ['多云 18℃～26℃', '东北风2～3级']],
      [null, '全市重点项目三季度投资完成过半', null, ['记者从市发改委获悉，今年全市重点项目三季度累计完成投资过半。']],
      [null, '高温持续 明日最高气温38℃', null, ['我市连续五天最高气温超过35℃。']],
    ]);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['广告热线：0791-88888888', '投稿邮箱：jnds@163.com']);
  });
});

describe('a provincial paper: names after a bare 本报讯, a byline of two lines, a photo item', () => {
  it('reads the names after 本报讯, joins 本报记者 … / 本报通讯员 … into one byline, and keeps the ——副题 as the subheadline', () => {
    const { parsed, lines, byHeadline } = readPaper('provincial-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['全省春耕备耕全面展开', '奋力谱写高质量发展新篇章', '图片新闻']);
    expect(byHeadline('全省春耕备耕全面展开')).toMatchObject({ byline: { agency: '本报', reporters: ['张三'], correspondents: ['李四'] } });
    expect(byHeadline('全省春耕备耕全面展开')?.paragraphs[0]?.text).toBe('近日，全省各地抢抓农时，春耕备耕工作全面展开。');
    expect(byHeadline('奋力谱写高质量发展新篇章')).toMatchObject({ subheadline: '写在全省两会召开之际', byline: { reporters: ['王五'], correspondents: ['赵六'] } });
    expect(byHeadline('图片新闻')).toMatchObject({ kind: 'photo', byline: { photographers: ['孙七'] } });
  });
});

describe('a kicker left open by a comma', () => {
  it('reads 坚持稳中求进， over the headline and 副题 as the block’s kicker, not a story of one line', () => {
    const { parsed, lines } = parseBlocks(
      ['湘江日报\n2024年3月5日 星期二', '坚持稳中求进，', '全省经济实现良好开局', '一季度主要经济指标好于预期', '本报讯（记者 李四）省统计局今日发布数据，一季度全省经济实现良好开局。'],
      'x.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]).toMatchObject({ kicker: '坚持稳中求进，', headline: '全省经济实现良好开局', subheadline: '一季度主要经济指标好于预期' });
  });

  it('leaves a short line ending in a comma inside a story as its text', () => {
    const { parsed } = parseBlocks(['市政府出台措施稳就业', '本报讯（记者 李四）市政府日前出台稳就业措施。', '他说，', '我们要稳就业', '保民生。'], 'x.txt');
    expect(parsed.articles).toHaveLength(1);
  });
});

describe('kinds read from the byline', () => {
  it('flags a story whose source line names an agency as the wire’s, and a reporter’s story about a job fair as news, not a notice', () => {
    const { parsed } = parseBlocks(
      [
        '湘江日报\n2024年3月5日 星期二',
        '全国两会今日开幕',
        '来源：新华社',
        '十四届全国人大二次会议今日在北京开幕。',
        '春季招聘会举行',
        '本报讯（记者 李四）3日，全市春季招聘会在会展中心举行。',
      ],
      'x.txt',
    );
    expect(parsed.articles.map((a) => [a.headline, a.kind, a.byline.agency])).toEqual([
      ['全国两会今日开幕', 'wire', '新华社'],
      ['春季招聘会举行', 'news', '本报'],
    ]);
    // An advertiser's notice, no reporter: a notice; so is a call for members (`招募`).
    const notice = parseBlocks(['招聘启事', '本公司因业务发展需要，招聘销售人员若干名。'], 'y.txt').parsed.articles[0];
    expect(notice).toMatchObject({ headline: '招聘启事', kind: 'notice' });
    const call = parseBlocks(['合唱团招募新团员', '本团现面向社会招募新团员，欢迎热爱歌唱的市民报名。'], 'z.txt').parsed.articles[0];
    expect(call).toMatchObject({ kind: 'notice' });
  });

  it('reads a job fair told with no byline as news: the fair is an event, not an advertiser’s call', () => {
    // Before: a notice, for the 招聘 in its headline.
    const fair = parseBlocks(['春季招聘会本周六举行', '本周六上午9时，春季大型人才招聘会将在市人力资源市场举行，届时将有260余家企业进场招聘。'], 'fair.txt').parsed.articles[0];
    expect(fair).toMatchObject({ headline: '春季招聘会本周六举行', kind: 'news' });
    const advert = parseBlocks(['临江机械有限公司招聘', '因业务发展需要，现招聘数控车工10名，待遇面议。'], 'advert.txt').parsed.articles[0];
    expect(advert).toMatchObject({ kind: 'notice' });
  });
});

describe('numbered items in a story', () => {
  it('opens a paragraph at each numbered item, even under a line that ends in a colon, and keeps a short item’s text apart', () => {
    const { parsed, lines } = parseBlocks(
      [
        '湘江日报\n2024年3月5日 星期二',
        '市政府出台措施稳就业',
        '本报讯（记者 李四）市政府日前出台稳就业措施，主要包括以下方面：',
        '1.加大就业补贴力度',
        '对吸纳就业困难人员的企业给予补贴。',
        '（二）拓宽就业渠道，开发更多公益性岗位',
        '支持灵活就业。',
      ],
      'x.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '市政府日前出台稳就业措施，主要包括以下方面：',
      '1.加大就业补贴力度',
      '对吸纳就业困难人员的企业给予补贴。',
      '（二）拓宽就业渠道，开发更多公益性岗位支持灵活就业。',
    ]);
  });
});

describe('a Malaysian paper: its section label, credits closing each story, a results table', () => {
  it('reads each story whole with the credits under it as its byline, the page label as a section, the table’s lines as its text', () => {
    const { parsed, lines, byHeadline } = readPaper('malaysia-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed).toMatchObject({ paper: '南洋星报', date: '2024-05-21', layout: { profile: { gaps: 'between-stories' } } });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['首相：明年预算案聚焦民生', '华小增建课室获批', '大马双打晋级八强', '成绩表', '槟城升旗山缆车下月维修']);
    // `全国新闻`, set apart by a blank line above the first headline, is the page's label (before: the headline, and the
    // headline the 副题).
    expect(byHeadline('首相：明年预算案聚焦民生')).toMatchObject({ section: '全国新闻', kicker: null, subheadline: null });
    // Credits after the text close the story above (before: `报道：林美玲` was the next story's kicker, `报导：陈志强` its text).
    expect(byHeadline('首相：明年预算案聚焦民生')?.byline).toMatchObject({ agency: '布城', reporters: ['林美玲'] });
    expect(byHeadline('华小增建课室获批')?.byline).toMatchObject({ reporters: ['陈志强'], photographers: ['黄伟明'] });
    expect(byHeadline('华小增建课室获批')?.paragraphs.map((p) => p.text).join('')).not.toContain('报导');
    expect(byHeadline('槟城升旗山缆车下月维修')?.byline.reporters).toEqual(['李慧珊']);
    expect(byHeadline('大马双打晋级八强')).toMatchObject({ kicker: '羽球公开赛' });
    // The lines under `男双第二轮：` are the list it introduces (before: left over, in no story).
    // (A table's rows, their cells kept apart.)
    expect(byHeadline('成绩表')?.paragraphs.map((p) => p.text)).toEqual(['男双第二轮：', '大马组合 2－0 印尼组合', '中国组合 2－1 日本组合']);
    expect(parsed.leftovers.filter((l) => l.reason === 'unassigned')).toEqual([]);
  });

  it('reads a section’s name over a headline (港聞, 国际, 财经) as its section, where no blank line sets it apart', () => {
    for (const [name, paper] of [['港聞', '星島日報'], ['国际', '南洋星报'], ['财经', '南洋星报']]) {
      const { parsed } = parseBlocks([`${paper}\n2024年5月21日 星期二`, `${name}\n政府推新措施 助中小企融资\n【本报讯】财政司司长昨日宣布，政府将推出一系列新措施。`], 'x.txt');
      expect(parsed.articles[0]).toMatchObject({ section: name, kicker: null, headline: '政府推新措施 助中小企融资' });
    }
    // A kicker that is no section's name stays the kicker.
    const { parsed } = parseBlocks(['南洋星报\n2024年5月21日 星期二', '惠及一万家企业\n政府推新措施 助中小企融资\n【本报讯】财政司司长昨日宣布，政府将推出一系列新措施。'], 'x.txt');
    expect(parsed.articles[0]).toMatchObject({ section: null, kicker: '惠及一万家企业' });
  });

  it('reads the page’s label as a section whether blank lines part every line, only stories, or nothing', () => {
    for (const parsed of Object.values(inBlankLineLayouts('malaysia-style.txt'))) {
      // (Before, with no blank line to set it apart, `全国新闻` was the headline: a section's name now never is.)
      expect(parsed.articles[0]).toMatchObject({ section: '全国新闻', headline: '首相：明年预算案聚焦民生', byline: { reporters: ['林美玲'] } });
    }
  });

  it('takes the list under a colon into the story, and the line over the next lead as that story’s headline', () => {
    const { parsed } = parseBlocks(['南洋星报\n2024年5月21日 星期二', '成绩表\n男双第二轮：\n大马组合 2－0 印尼组合\n中国组合 2－1 日本组合\n槟城升旗山缆车下月维修\n（槟城20日讯）升旗山管理局宣布，缆车系统将于下月维修。'], 'x.txt');
    expect(parsed.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([['成绩表', 3], ['槟城升旗山缆车下月维修', 1]]);
  });
});

describe('an interview page: questions and answers, page headers with the page’s staff', () => {
  it('keeps an answer the line break cut in one paragraph, and reads each page’s header as page furniture', () => {
    const { parsed, lines, byHeadline } = readPaper('interview-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed).toMatchObject({ paper: '临江日报', date: '2024-05-21', page: 'A03' });
    expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual([
      ['对话新任市科技局局长', '让更多创新成果在临江落地生根'],
      [null, '城区新增三处口袋公园'],
    ]);
    // `李明：…基金，` is a speaker's answer the line broke, not a label and its value (before: two paragraphs).
    expect(byHeadline('让更多创新成果在临江落地生根')?.paragraphs.map((p) => p.text)).toContain('李明：主要是融资难和人才缺。对此，我们设立了5亿元的科技创新基金，专门支持中小企业开展技术攻关。');
    // The second page's header (before: the first story's text, or the next story's kicker) is furniture, kept in 原文.
    expect(parsed.leftovers.find((l) => l.reason === 'noise')?.text).toBe('A4综合责任编辑：王丽美编：陈晨校对：张丽');
    expect(byHeadline('城区新增三处口袋公园')?.paragraphs.map((p) => p.text)).toEqual([
      '日前，城区新增的三处口袋公园正式向市民开放。这三处公园总面积约1.2万平方米，配有健身步道、休闲座椅和儿童游乐设施。',
      '市园林局相关负责人介绍，今年全市计划新建口袋公园20处。',
    ]);
  });
});

describe('a paper of 1936: sheet and page in numerals, dispatches sent at an hour, days without months', () => {
  it('reads the page line as furniture, the section as a section, each dispatch as its story’s lead-in and its day', () => {
    const { parsed, lines, byHeadline } = readPaper('republic-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // `第一張 第三版`: before, the first story's kicker, and the page unknown.
    expect(parsed).toMatchObject({ paper: '大公報', date: '1936-07-01', page: '03' });
    expect(parsed.leftovers.filter((l) => l.reason === 'masthead').map((l) => l.text)).toContain('第一張第三版');
    expect(parsed.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([
      ['國內要聞', null, '滬市商會電請減輕稅捐'],
      [null, '平津各校', '舉行畢業典禮'],
      [null, '行政院例會', '通過要案多起'],
      [null, null, null],
    ]);
    // `（上海三十日下午七時專電）`: a dispatch with the hour it was sent (before: no lead-in, and it stayed in the text).
    expect(byHeadline('滬市商會電請減輕稅捐')).toMatchObject({ byline: { agency: '上海', raw: '（上海三十日下午七時專電）' }, dateline: '1936-06-30' });
    expect(byHeadline('滬市商會電請減輕稅捐')?.paragraphs[0]!.text.startsWith('市商會今日')).toBe(true);
    expect(byHeadline('舉行畢業典禮')?.byline).toMatchObject({ agency: '北平', raw: '【北平三十日下午四時發專電】' });
    expect(parsed.articles.map((a) => a.dateline)).toEqual(['1936-06-30', '1936-06-30', '1936-06-30', '1936-06-30']);
    expect(parsed.articles.at(-1)).toMatchObject({ kind: 'wire', byline: { agency: '路透社倫敦' } });
  });

  it('places a wire’s day with no month in the edition’s month, or the month before when the day is later', () => {
    const dateline = (masthead: string, lead: string) => parseBlocks([masthead, '英國下院辯論遠東問題', lead], 'x.txt').parsed.articles[0]!.dateline;
    expect(dateline('大公報\n中華民國二十五年七月一日 星期三', '路透社倫敦三十日電　英國下院今日辯論遠東問題。')).toBe('1936-06-30');
    expect(dateline('南洋星报\n2024年1月2日 星期二', '（吉隆坡31日讯）首相今日说，政府将推出新措施。')).toBe('2023-12-31');
    expect(dateline('南洋星报\n2024年5月21日 星期二', '（吉隆坡20日讯）首相今日说，政府将推出新措施。')).toBe('2024-05-20');
    // A lead with its month in numerals (`十月一日，…`) is dated as one in digits.
    expect(dateline('人民日报\n2019年10月2日 星期三', '十月一日，庆祝大会在京隆重举行。')).toBe('2019-10-01');
  });
});

describe('a business page: a table of figures, a box beside the story, a lettered page label', () => {
  it('keeps the table’s rows as text, cells apart, and reads the box’s label as a subhead, not a writer', () => {
    const { parsed, lines, byHeadline } = readPaper('business-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // `B2 财经` under the masthead is its page (before: the first story's section).
    expect(parsed).toMatchObject({ paper: '江南商报', date: '2024-05-21', page: 'B02' });
    // The table's narrow, unfinished rows are no sign of columns read across (before: the page was read as interleaved).
    expect(parsed.layout?.profile.interleaved).toBe(false);
    expect(parsed.articles.map((a) => a.headline)).toEqual(['沪指三连阳 成交额重回万亿', '昨日行情一览', '银行理财收益率走低']);
    expect(byHeadline('沪指三连阳 成交额重回万亿')?.section).toBeNull();
    // Before: the rows were a headline block (数据来源：交易所 its headline), `■相关链接` its author, the story a commentary.
    expect(byHeadline('昨日行情一览')).toMatchObject({ kind: 'news', byline: { authors: [] } });
    expect(byHeadline('昨日行情一览')?.paragraphs.map((p) => [p.type, p.text])).toEqual([
      ['text', '指数 收盘 涨跌幅'],
      ['text', '上证指数 3171.15 +0.54%'],
      ['text', '深证成指 9780.32 +0.81%'],
      ['text', '创业板指 1880.45 +1.02%'],
      ['text', '数据来源：交易所'],
      ['subhead', '■相关链接'],
      ['text', '今年以来，我省已有12家企业在A股上市，融资总额超过120亿元。'],
    ]);
  });

  it('keeps a league’s standings (figures with their units) as rows, and the next story’s headline block its own', () => {
    const { parsed } = parseBlocks(['临江晚报\n2024年6月10日 星期一', '临江队主场2比1逆转取胜\n本报讯（记者 周强）昨晚，临江队主场2比1逆转战胜对手。', '积分榜（前三名）\n1.东湖队 8场 19分\n2.南山队 8场 17分\n3.临江队 8场 16分', '全民健身\n市民健步走活动举行\n本报讯 6月8日，全市市民健步走活动在滨江公园举行。'], 'x.txt');
    // Before: the rows and the next story's kicker and headline were one headline block.
    expect(parsed.articles.map((a) => a.headline)).toEqual(['临江队主场2比1逆转取胜', '市民健步走活动举行']);
    expect(parsed.articles[0]!.paragraphs.slice(-3).map((p) => p.text)).toEqual(['1.东湖队 8场 19分', '2.南山队 8场 17分', '3.临江队 8场 16分']);
  });

  it('reads a table’s title over its rows as a box of its own whether blank lines part every line, only stories, or nothing', () => {
    for (const name of ['business-style.txt', 'briefs-style.txt', 'malaysia-style.txt']) {
      const { printed, everyLine, none } = inBlankLineLayouts(name);
      const headlines = (parsed: ParsedEdition) => parsed.articles.map((a) => a.headline);
      // Before, with no blank line to part them, the title was read as a subhead of the story above.
      expect(headlines(everyLine)).toEqual(headlines(printed));
      expect(headlines(none)).toEqual(headlines(printed));
    }
  });

  it('never joins a table’s last row to the sentence after a subhead', () => {
    const { parsed } = parseBlocks(['招聘公告', '部门 岗位名称 招聘数量\n管理局 副局长 3\n总工程师 1\n主管 2', '一、报名条件', '本次招聘面向国内外，欢迎国内外人才踊跃报名。'], 'x.txt');
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['部门 岗位名称 招聘数量', '管理局 副局长 3', '总工程师 1', '主管 2', '一、报名条件', '本次招聘面向国内外，欢迎国内外人才踊跃报名。']);
  });
});

describe('a page of briefs, a reader’s letter and the weather', () => {
  it('reads each brief’s title as a subhead over its text, and the weather’s rows as text', () => {
    const { parsed, lines, byHeadline } = readPaper('briefs-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['简讯', '小区路灯坏了谁来修', '天气']);
    // A readers' column's name over the letter is its section (it was read as the letter's kicker before).
    expect(byHeadline('小区路灯坏了谁来修')).toMatchObject({ section: '读者来信', kicker: null });
    // Before: `●市图书馆延长开放时间即日起，…`, the title run into the text with the space between them gone.
    expect(byHeadline('简讯')?.paragraphs.map((p) => [p.type, p.text.slice(0, 12)])).toEqual([
      ['subhead', '●市图书馆延长开放时间'],
      ['text', '即日起，市图书馆周一至周'],
      ['subhead', '●城区新增两条公交线路'],
      ['text', '本报讯（通讯员王林）6月'],
      ['subhead', '●全市举办消防演练'],
      ['text', '日前，市消防救援支队在城'],
    ]);
    // Before: left over, in no story.
    expect(byHeadline('天气')?.paragraphs.map((p) => p.text)).toEqual(['今天白天 多云转晴 22℃～30℃ 南风2级', '明天 晴 23℃～32℃']);
    expect(parsed.leftovers.filter((l) => l.reason === 'unassigned')).toEqual([]);
  });

  it('keeps a bulleted subhead alone, or one with a clause and no text after it, as it was', () => {
    const { parsed } = parseBlocks(['湘东日报\n2024年6月5日 星期三', '项目建设提速\n本报讯（记者 李四）今年以来，全市项目建设提速。\n●项目建设跑出“加速度”\n一季度，全市新开工项目120个。\n●进企业、厂区, 长株潭联动开赛\n比赛分为三个阶段进行。'], 'x.txt');
    expect(parsed.articles[0]!.paragraphs.map((p) => p.type)).toEqual(['text', 'subhead', 'text', 'subhead', 'text']);
  });
});

describe('a page copied from a website', () => {
  it('files the site’s furniture as noise and reads the line over each story as its byline, the lead-in joining it', () => {
    const { parsed, lines, byHeadline } = readPaper('web-copy-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['全市首条智慧公交线路开通', '暑期旅游市场升温']);
    // Before: the breadcrumb and the controls were the first story's section, the posting line its headline, and
    // `本报讯` opened a second story with no headline; the editor, the share links and the next story's link were text.
    expect(byHeadline('全市首条智慧公交线路开通')).toMatchObject({ kind: 'news', byline: { agency: '东方日报', authors: ['周明'] } });
    expect(byHeadline('全市首条智慧公交线路开通')?.paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['昨日，全市首', '市交通运输局']);
    expect(byHeadline('暑期旅游市场升温')?.byline).toMatchObject({ agency: '东方日报', reporters: ['陈晓'] });
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text.slice(0, 4))).toEqual(['首页 >', '【字号大', '责任编辑', '分享到：', '上一篇：', '下一篇：', '（责编：']);
  });

  it('knows the same furniture in traditional type', () => {
    const { parsed } = parseBlocks(['東方日報\n2024年5月21日 星期二\n當前位置：首頁 > 新聞', '全市首條智慧公交線路開通\n本報訊 昨日，全市首條智慧公交線路正式開通運營。\n責任編輯：李華\n關閉窗口'], 'x.txt');
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['當前位置：首頁 > 新聞', '責任編輯：李華', '關閉窗口']);
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['昨日，全市首條智慧公交線路正式開通運營。']);
  });
});

describe('a credit that closes a story', () => {
  it('opens a new story at the headline after （作者为…）, even one that shares the story’s words, whatever the blank lines', () => {
    const blocks = ['东湖日报\n2024年3月5日 星期二', '让公众感受历史的魅力', '在一件件国宝中触摸文化的宝藏，于一封封家书中感受精神的传承，近年来历史文化类节目持续走红。', '这些节目让历史可感可触，让文化可亲可近，值得更多创作者用心用情。', '（作者为北京大学教授）', '文化节目如何更好传承历史', '历史文化类节目走红，离不开创作者对历史的敬畏和对文化的热爱。', '让历史文化节目更好传承历史，需要在内容上下更大功夫。'];
    for (const layout of [blocks.join('\n\n'), blocks.join('\n')]) {
      const parsed = parseEdition(new TextEncoder().encode(layout), 'x.txt');
      // Before, the second headline was read as a subhead of the first story: they share their words.
      expect(parsed.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([['让公众感受历史的魅力', 3], ['文化节目如何更好传承历史', 2]]);
    }
  });
});

describe('a page of notices: signed and dated under their text', () => {
  it('keeps the issuer and the date under a notice’s text in the notice, never a headline nor the masthead’s', () => {
    const { parsed, lines, byHeadline } = readPaper('notices-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: the date was read as the masthead's (it is within the first eight lines), and the issuer as the next
    // notice's headline, with `遗失声明` its 副题.
    expect(parsed.date).toBe('2024-05-21');
    expect(parsed.leftovers.filter((l) => l.reason === 'masthead').map((l) => l.text)).toEqual(['临江日报', '2024年5月21日星期二']);
    expect(parsed.articles.map((a) => [a.headline, a.kind])).toEqual([
      ['关于城区部分路段临时交通管制的通告', 'notice'],
      ['遗失声明', 'notice'],
      ['讣告', 'notice'],
    ]);
    expect(byHeadline('关于城区部分路段临时交通管制的通告')?.paragraphs.slice(-3).map((p) => [p.type, p.text])).toEqual([
      ['text', '特此通告。'],
      ['text', '临江市公安局交通警察支队'],
      ['text', '2024年5月20日'],
    ]);
  });

  it('opens each notice at its heading whether blank lines part every line, only notices, or nothing', () => {
    for (const parsed of Object.values(inBlankLineLayouts('notices-style.txt'))) {
      // Before, with no blank line to part them, `遗失声明` ran into the text under it (the date above it read as a
      // paragraph left unfinished), and `讣告` was a subhead of the notice above.
      expect(parsed.articles.map((a) => a.headline)).toEqual(['关于城区部分路段临时交通管制的通告', '遗失声明', '讣告']);
    }
  });

  it('keeps a letter’s signature and date in the letter where a blank line parts every line', () => {
    const { parsed } = parseBlocks(['人民日报\n2019年10月8日 星期二', '习近平回信问候澳门退休老人', '你们好！来信收到了。祝你们节日快乐、健康长寿！', '习近平', '2019年10月6日'], 'x.txt');
    expect(parsed.articles.map((a) => a.paragraphs.map((p) => [p.type, p.text]))).toEqual([[['text', '你们好！来信收到了。祝你们节日快乐、健康长寿！'], ['text', '习近平'], ['text', '2019年10月6日']]]);
  });
});

describe('a headline decorated with a mark', () => {
  it('shows the headline without the mark set before it, and keeps marks that part several items', () => {
    const { parsed } = parseBlocks(['临江日报\n2024年5月21日 星期二', '■全市召开经济工作会议\n本报讯（记者 张三）昨日，全市召开经济工作会议，部署今年重点工作。', '◆ 城区新增三处口袋公园\n本报讯（记者 赵强）日前，城区新增的三处口袋公园正式向市民开放。', '春节假期消费市场红红火火\n■ 新兴消费看点多■ 旅游人数创新高\n本报北京2月10日电（记者 王珂）春节期间，全国零售和餐饮企业实现销售额首破万亿元。'], 'x.txt');
    expect(parsed.articles.map((a) => [a.headline, a.subheadline])).toEqual([
      ['全市召开经济工作会议', null],
      ['城区新增三处口袋公园', null],
      ['春节假期消费市场红红火火', '■ 新兴消费看点多■ 旅游人数创新高'],
    ]);
  });
});

describe('jumps to lettered pages, as papers in Hong Kong and Taiwan print them', () => {
  it('reads （轉A3） at the cut and （接A1） at the rest, with no 版', () => {
    const { parsed } = parseBlocks(['明報\n2024年5月21日 星期二', '政府推新措施 助中小企融資\n【明報專訊】財政司司長昨日宣布，政府將推出一系列新措施。新措施包括延長還款期（轉A3）', '（接A1）及提高擔保比率，預計約有一萬家企業受惠。'], 'x.txt');
    // Before: the marker stayed in the text, and the rest was the first story's paragraph.
    expect(parsed.articles[0]).toMatchObject({ continuedTo: { page: 'A03', marker: '' } });
    expect(parsed.articles[0]!.paragraphs.at(-1)!.text.endsWith('延長還款期')).toBe(true);
    expect(parsed.articles[1]).toMatchObject({ continuedFrom: { page: 'A01', marker: '' } });
    // A bracket in a sentence that turns to a page is no jump: `（转A3）` must close the line.
    expect(parseBlocks(['明報\n2024年5月21日 星期二', '標題\n【明報專訊】詳情（轉A3）見內文報道。'], 'x.txt').parsed.articles[0]!.continuedTo).toBeNull();
  });
});

describe('a literary supplement: poems, their short lines under the poet’s signature', () => {
  it('keeps each poem’s lines in the poem, one paragraph a line, and the next title a title, to the end of the page', () => {
    const { parsed, lines, byHeadline } = readPaper('supplement-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // (On a supplement's page, 副刊, what a writer signs is literature, not commentary.)
    expect(parsed.articles.map((a) => [a.headline, a.byline.authors, a.kind])).toEqual([
      ['春天的歌', ['王小二'], 'literary'],
      ['故乡的老井', ['李大山'], 'literary'],
      ['我的小院', ['陈小燕'], 'literary'],
    ]);
    expect(byHeadline('春天的歌')?.paragraphs.map((p) => p.text)).toEqual(['春风吹过山岗', '桃花开满枝头', '燕子归来的时候', '我在田野上奔跑']);
    expect(byHeadline('我的小院')?.paragraphs.map((p) => p.text)).toEqual(['院里种着青菜', '墙角开着小花']);
  });

  it('knows a supplement by its page line too, and a signed piece elsewhere stays commentary', () => {
    const page = (pageLine: string) =>
      parseBlocks(['湘江晚报\n2024年4月12日 星期五' + pageLine, '故乡的老井', '◎李大山', '老井在村口，已经有一百多年了。小时候，我常常跟着母亲去井边打水。'], 'x.txt').parsed.articles[0]!.kind;
    expect(page('\n第08版：湘江副刊')).toBe('literary');
    expect(page('\n第02版：要闻')).toBe('commentary');
  });

  it('reads the supplement’s name over a piece as its section, never its title (聯合副刊 / 春天的歌)', () => {
    const { parsed } = parseBlocks(['聯合報\n中華民國113年5月21日 星期二', '聯合副刊', '春天的歌', '□ 王小二', '春風吹過山崗', '桃花開滿枝頭'], 'x.txt');
    expect(parsed.articles[0]).toMatchObject({ section: '聯合副刊', headline: '春天的歌', kind: 'literary', byline: { authors: ['王小二'] } });
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['春風吹過山崗', '桃花開滿枝頭']);
  });
});

describe('headlines that ask or exclaim, and wire lead-ins on a line of their own', () => {
  it('reads a headline closing in ？ or ！ set apart above a byline as the next story’s, not the last words of the story before', () => {
    const { parsed, lines } = parseBlocks(
      [
        '经济日报\n2023年11月6日 星期一',
        '稳增长，促就业：全市出台十条新政\n本报记者 张三\n近日，市政府印发若干措施，从财政、金融、人才等方面提出十条具体措施，助力企业发展。\n措施明确，对吸纳高校毕业生就业的中小企业给予补贴。',
        '这个冬天，你的暖气热了吗？\n本报记者 李四 王五\n随着气温下降，全市供暖工作全面启动。记者走访多个小区发现，大部分居民家中室温达标。',
        '“双十一”快递量创新高！\n本报讯 今年“双十一”期间，全市快递业务量突破一亿件，同比增长百分之二十。\n邮政管理部门提醒，消费者收到快递后应及时查验。',
      ],
      'flush.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => [a.headline, a.byline.raw])).toEqual([
      ['稳增长，促就业：全市出台十条新政', '本报记者 张三'],
      ['这个冬天，你的暖气热了吗？', '本报记者 李四 王五'],
      ['“双十一”快递量创新高！', '本报讯'],
    ]);
  });

  it('keeps a short question closing a story’s own paragraph in its story', () => {
    const { parsed } = parseBlocks(['供暖启动\n本报记者 李四\n随着气温下降，全市供暖工作全面启动，大部分居民家中室温达标。\n暖气热了吗？\n供热公司表示，将设立热线电话。'], 'x.txt');
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toContain('暖气热了吗？');
  });

  it('reads a telegram from a place in brackets, and a dated wire lead-in printed on a line of its own', () => {
    const { parsed, lines } = parseBlocks(
      [
        '申報\n中華民國二十五年十月二十日 星期二',
        '國府明令褒揚\n（南京十九日電）國民政府十九日明令褒揚已故某某先生、其生平事蹟宣付國史館立傳。',
        '滬市米價續漲\n本埠米價、連日續漲、昨日每石已達十二元以上、市民頗感恐慌。',
        '路透社倫敦十九日電\n英國內閣昨日舉行會議、討論遠東局勢、外相報告最近各方情形甚詳。',
      ],
      'shenbao.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.date).toBe('1936-10-20');
    expect(parsed.articles.find((a) => a.headline === '國府明令褒揚')?.byline.agency).toBe('南京');
    const wire = parsed.articles.find((a) => a.byline.agency === '路透社倫敦');
    expect(wire).toMatchObject({ kind: 'wire', paragraphs: [{ type: 'text', text: '英國內閣昨日舉行會議、討論遠東局勢、外相報告最近各方情形甚詳。' }] });
    expect(parsed.articles.find((a) => a.headline === '滬市米價續漲')?.paragraphs).toHaveLength(1);
  });
});

describe('photo stories whose credit stands on a line of its own', () => {
  it('ends each photo story at its credit, reads the photographers, and opens the next story at the title under it', () => {
    const { parsed, lines } = parseBlocks(
      [
        '南方日报\n2023年6月1日 星期四',
        '龙舟赛',
        '端午节前夕，佛山举行龙舟邀请赛，二十支队伍参赛。图为比赛现场。',
        '本报记者 张三 摄',
        '荔枝熟了',
        '茂名荔枝进入采摘期，果农忙着采摘销售。',
        '（李四 摄）',
        '夜景',
        '珠江两岸灯光璀璨。',
        '新华社发',
      ],
      'photos.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => [a.kind, a.headline, a.byline.photographers])).toEqual([
      ['photo', '龙舟赛', ['张三']],
      ['photo', '荔枝熟了', ['李四']],
      ['photo', '夜景', []],
    ]);
    // (The photo's text above its credit line is its caption.)
    expect(parsed.articles[2]!.paragraphs.map((p) => p.type)).toEqual(['caption', 'caption']);
    expect(parsed.leftovers.filter((l) => l.reason !== 'masthead')).toEqual([]);
  });

  it('takes no graphic’s credit inside a sentence for a photo’s', () => {
    const { parsed } = parseBlocks(['关于授权国务院的决定', '为进一步优化营商环境，激发市场活力，作如下决定。（图表为新华社发）'], 'x.txt');
    expect(parsed.articles[0]!.kind).not.toBe('photo');
  });
});

describe('a bulleted byline, and an editor’s note above the headline it introduces', () => {
  it('reads ■本报记者… as the byline, and gives 编者按 to the story under it', () => {
    const { parsed, lines } = parseBlocks(
      [
        '南方日报\n2023年6月1日 星期四',
        '广州地铁新线开通\n■本报记者 张三 通讯员 李四\n昨日，广州地铁新线正式开通运营，全长三十公里，设站二十座。\n新线开通后，沿线居民出行时间大幅缩短。',
        '编者按：乡村振兴，人才是关键。本版今起推出系列报道，讲述返乡青年创业故事。',
        '返乡青年的田园梦\n文/图 本报记者 王五\n清晨五点，陈小明已经在果园里忙碌。三年前，他回到家乡种植荔枝。',
      ],
      'nanfang.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    const [metro, village] = parsed.articles;
    expect(metro).toMatchObject({ headline: '广州地铁新线开通', byline: { reporters: ['张三'], correspondents: ['李四'] } });
    expect(metro!.paragraphs.map((p) => p.text).join('')).not.toContain('编者按');
    expect(village!.headline).toBe('返乡青年的田园梦');
    expect(village!.paragraphs[0]!.text).toMatch(/^编者按：乡村振兴/);
  });
});

describe('page furniture between and under stories', () => {
  it('files a folio and the imprint as noise, and takes a web address for no headline', () => {
    const text = [
      '株洲日报',
      '2023年3月5日 星期日',
      '',
      '全市召开会议',
      '本报讯（记者 张三）昨日，全市召开经济工作会议，部署今年重点工作。',
      '— 3 —',
      'www.zzrb.com.cn',
      '春耕备耕有序推进',
      '本报讯（记者 李四）眼下正是春耕备耕关键时期，各地抓好农资供应。',
      '社址：株洲市天元区某某路 邮编：412000 电话：0731-12345678 定价：1.5元',
    ].join('\n');
    const parsed = parsedWhole(text, 'x.txt');
    expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '全市召开会议'],
      [null, '春耕备耕有序推进'],
    ]);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['—3—', '社址：株洲市天元区某某路邮编：412000电话：0731-12345678定价：1.5元']);
    // A figure alone is a data story's, and a notice's phone number is its text: neither is furniture.
    const data = parseEdition(new TextEncoder().encode('创新驱动\n63%\n科技进步贡献率达63%，创新能力持续增强。\n咨询电话：0731-1234567 地址：市政府一楼'), 'y.txt');
    expect(data.leftovers.filter((l) => l.reason === 'noise')).toEqual([]);
  });
  it('files a picture’s placeholder an export left (（图片）, [图], 【视频】) as noise, and keeps the caption under it', () => {
    for (const placeholder of ['（图片）', '[图]', '【视频】', '(圖片)']) {
      const { parsed, lines } = parseBlocks(['清江晚报\n2024年6月3日 星期一', '老街改造迎来新生\n本报讯（记者 胡静）经过半年的改造，城南老街昨日重新开街。\n' + placeholder + '\n改造后的城南老街。记者 胡静 摄'], 'x.txt');
      expect(lines).toEqual({ missing: [], twice: [] });
      expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual([placeholder]);
      expect(parsed.articles[0]!.paragraphs.map((p) => p.type)).toEqual(['text', 'caption']);
    }
    // A word in brackets that is no placeholder stays in the text.
    expect(parseBlocks(['清江晚报\n2024年6月3日 星期一', '老街改造迎来新生\n本报讯（记者 胡静）经过半年的改造，城南老街昨日重新开街。\n（完）'], 'x.txt').parsed.leftovers.filter((l) => l.reason === 'noise')).toEqual([]);
  });
});

describe('a page header naming its staff', () => {
  it('reads 责任编辑：… 美术编辑：… under the date line as the page’s header, not a section of the first story', () => {
    for (const staff of ['责任编辑：张小红 美术编辑：李大伟', '責任編輯：張小紅 版式設計：李大偉']) {
      const { parsed, lines } = parseBlocks(['2023年6月1日 星期四 要闻 A03\n' + staff, '全市夏粮收购工作启动\n本报记者 王五\n昨日，全市夏粮收购工作正式启动，各收储企业敞开收购。'], 'x.txt');
      expect(lines).toEqual({ missing: [], twice: [] });
      expect(parsed.articles[0]).toMatchObject({ headline: '全市夏粮收购工作启动', section: null, kicker: null });
      expect(parsed.leftovers.filter((l) => l.reason === 'masthead').map((l) => l.text)).toContain(staff.replace(/ /g, ''));
    }
  });
});

describe('jumps named in Chinese numerals, and both ends of a jump in one file', () => {
  const front = '全国两会即将召开\n本报北京2月28日电（记者 张三）十四届全国人大一次会议将于3月5日在北京开幕，各地代表陆续抵京。代表们表示，将认真履行职责，（下转第二版）';
  const rest = '（上接第一版）积极建言献策，为推动高质量发展贡献力量。\n大会期间，代表们将审议政府工作报告等重要文件。';

  it('reads （下转第二版） and （上接第一版） as jumps, keeping them out of the text', () => {
    const first = parseBlocks(['光明日报\n2023年3月1日 星期三 第1版', front], 'x.txt').parsed.articles[0]!;
    expect(first.continuedTo).toEqual({ page: '02', marker: '' });
    expect(first.paragraphs.at(-1)!.text).toMatch(/将认真履行职责，$/);
    const second = parseBlocks(['光明日报\n2023年3月1日 星期三 第2版', rest], 'y.txt').parsed.articles[0]!;
    expect(second).toMatchObject({ kind: 'continuation', continuedFrom: { page: '01', marker: '' } });
    expect(second.paragraphs[0]!.text).toBe('积极建言献策，为推动高质量发展贡献力量。');
  });

  it('joins the two ends when the file holds both pages, the cut sentence made whole', () => {
    const { parsed, lines } = parseBlocks(['光明日报\n2023年3月1日 星期三 第1版', front, '第2版', rest, '春耕备耕有序推进\n本报讯（记者 李四）眼下正是春耕备耕关键时期。'], 'x.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['全国两会即将召开', '春耕备耕有序推进']);
    expect(parsed.articles[0]).toMatchObject({ continuedTo: null, continuedFrom: null });
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '十四届全国人大一次会议将于3月5日在北京开幕，各地代表陆续抵京。代表们表示，将认真履行职责，积极建言献策，为推动高质量发展贡献力量。',
      '大会期间，代表们将审议政府工作报告等重要文件。',
    ]);
  });

  it('leaves a rest from another file’s page where it is', () => {
    // Page 2's own story jumps on to page 3; the rest under it came from page 1, which is another file.
    const { parsed } = parseBlocks(['光明日报\n2023年3月1日 星期三 第2版', front.replace('第二版', '第三版'), rest], 'x.txt');
    expect(parsed.articles).toHaveLength(2);
    expect(parsed.articles[1]!.continuedFrom).toEqual({ page: '01', marker: '' });
  });
});

describe('an indented page with no blank line anywhere', () => {
  it('opens a story at the flush headline under a line complete in itself: a credit, a label and its value', () => {
    const text = [
      '航空合作成为两国合作新亮点',
      '\u3000\u3000日前，记者在当地采访，最大的感受是合作带来的变化。',
      '\u3000\u3000航空领域的合作渐入佳境，前景广阔。',
      '制图：蔡某某',
      '需要认清和平与发展的内在逻辑（钟声）',
      '\u3000\u3000中东，在世界眼中如同一片安宁稀缺之地。',
      '图片报道',
      '\u3000\u3000文化节日前在公园举行，吸引众多市民。',
      '本报记者于某摄',
      '某某特使将出席世界政府峰会',
      '\u3000\u3000本报北京1月31日电（记者韩某）外交部发言人宣布，特使将出席峰会。',
    ].join('\n');
    const parsed = parsedWhole(text, '20190201-03.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['航空合作成为两国合作新亮点', '需要认清和平与发展的内在逻辑（钟声）', '图片报道', '某某特使将出席世界政府峰会']);
    expect(parsed.articles[2]!.byline.photographers).toEqual(['于某']);
  });

  it('opens a story at the flush headline under a short indented line: a data box’s figure, a subhead', () => {
    // Made-up text: a story closing in a box of figures (an indented figure over its indented note, no mark ends either),
    // then a commentary's flush headline. A flush line under an unfinished indented one reads on where a hard wrap cuts
    // lines; this file is not wrapped, and a short line is no line a paragraph was cut from.
    const text = [
      '临江村里办起辣椒酱作坊',
      '\u3000\u3000腊月二十八，村里处处是年的味道，作坊里的大锅又熬上了新一批辣椒酱。',
      '\u3000\u3000从配料到熬制，再到包装，村民们加班加点。',
      '\u3000\u3000125个',
      '\u3000\u3000全省去年有125个村通过验收脱贫',
      '\u3000\u300090亿元',
      '\u3000\u3000今年省级财政专项扶贫资金预算90.7亿元',
      '今年灯会不一般（江边谈）',
      '\u3000\u3000欢乐吉祥，喜气洋洋。走过三十多年的灯会，已经成为市民辞旧迎新的期待。',
      '\u3000\u3000讲述生活的故事，满街都是时代的风采，今年灯会不一般：花灯多了，看灯的人更多了，人人说起来都笑。',
    ].join('\n');
    const parsed = parsedWhole(text, '20190206-01.txt');
    expect(parsed.layout?.profile).toMatchObject({ indented: true, wrapped: false });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['临江村里办起辣椒酱作坊', '今年灯会不一般（江边谈）']);
    expect(parsed.articles[0]!.paragraphs.at(-1)!.text).toBe('今年省级财政专项扶贫资金预算90.7亿元');
  });

  it('opens a story at a flush headline closing in a column’s tag, though it exclaims before the tag', () => {
    // Made-up text: a report closing in its dateline credit, then a reporter's notebook whose headline quotes an exclamation.
    const text = [
      '寒潮袭击北方多地（国际视点）',
      '\u3000\u3000连日来，寒潮持续影响北方多地，多个城市气温创下历史同期新低。',
      '\u3000\u3000专家指出，从全球范围看，变暖的趋势并未改变，极端天气还会更频繁。',
      '\u3000\u3000（本报某地1月31日电）',
      '“谢谢你们，远方的朋友！”（记者手记）',
      '\u3000\u3000结束采访，离开小镇时，天色已晚，救援队员们向我们挥手告别。',
      '\u3000\u3000不幸发生得如此突然，小镇的人们却没有放弃，他们用双手一点一点清理着废墟，直到深夜。',
    ].join('\n');
    const parsed = parsedWhole(text, '20190201-16.txt');
    expect(parsed.layout?.profile).toMatchObject({ indented: true, wrapped: false });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['寒潮袭击北方多地（国际视点）', '“谢谢你们，远方的朋友！”（记者手记）']);
  });
});

describe('a flush page where blank lines part stories and nothing else', () => {
  // Made-up text in 人民日报's manner with its indents gone (as many text exports print it): no blank line between
  // paragraphs, two between stories, subheads of one or two lines inside a story, a 副题 of clauses under a headline.
  const story = (head: string[], body: string[]) => [...head, ...body].join('\n');
  const page = [
    story(['资本市场制度创新，在科创板先行先试', '解码注册制（经济聚焦）'], [
      '科创板、注册制的相关规则公布后，引发市场及科创企业的热议。',
      '注册制会对科创企业上市带来怎样的影响？记者采访了交易所、中介机构。',
      '上市条件是啥',
      '以市值为基础，提供多样化的标准',
      '“我是一家技术类企业，采用注册制可以尽快上市吗？”这是许多企业最为关心的问题。',
      '按照现有的规则，首先得衡量下，自己的企业是否符合科创板的属性。',
      '●上市如何审核',
      '如果科创企业符合上市条件了，如何注册呢？是不是不用审核？',
    ]),
    story(['国家主席同来访的某国元首举行会谈', '国家主席：中方支持某国自主探索发展道路，赞赏某国坚定奉行一个中国政策'], [
      '本报北京1月31日电 （记者杜一菲）国家主席31日在人民大会堂同来访的某国元首举行会谈。',
      '国家主席指出，中方愿同某方加强沟通，深化政治互信。',
    ]),
    story(['有了灯光，也要留住星光(域外听风)'], ['2019年世界经济论坛年会近日在瑞士举行。', '城乡一体化不等于城乡一个样，城乡各有其美。']),
  ].join('\n\n\n');

  it('with no blank line anywhere, still opens a story at a headline closing in a column tag, commas and all', () => {
    const text = [
      '从历史中汲取治理营养（新论）',
      '深入了解历史变化的轨迹，才能更好应对时代要求和社会变迁。',
      '领导干部学习历史，要落实在提高治理能力上。',
      '（作者为某大学教授）',
      '有了灯光，也要留住星光(域外听风)',
      '世界经济论坛年会近日在瑞士举行，城镇化成为话题。',
      '城乡一体化不等于城乡一个样，城乡各有其美。',
    ].join('\n');
    const parsed = parseEdition(new TextEncoder().encode(text), 'x.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['从历史中汲取治理营养（新论）', '有了灯光，也要留住星光（域外听风）']);
  });

  it('reads each story whole: subheads stay in it, a headline with commas and a tag opens the next, a 副题 stays in its block', () => {
    const parsed = parseEdition(new TextEncoder().encode(page), '20190201-11.txt');
    expect(coverage(parsed, page)).toEqual({ missing: [], twice: [] });
    expect(parsed.layout?.profile).toMatchObject({ indented: false, gaps: 'between-stories' });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['解码注册制（经济聚焦）', '国家主席同来访的某国元首举行会谈', '有了灯光，也要留住星光（域外听风）']);
    const [market, talks] = parsed.articles;
    expect(market!.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)).toEqual(['上市条件是啥', '以市值为基础，提供多样化的标准', '●上市如何审核']);
    expect(talks).toMatchObject({ subheadline: '国家主席：中方支持某国自主探索发展道路，赞赏某国坚定奉行一个中国政策', byline: { reporters: ['杜一菲'] } });
  });
});

describe('a box’s label under a headline block where nothing sets the block apart', () => {
  // Made-up text set as a flush page with a blank line under every line: a headline, its 副题 and the label of the summary box
  // under them (`核心阅读`), then the summary and the text. The label was read as the 副题's third line; it is the story's first section.
  const page = (label: string) =>
    [
      '冰雪训练用上新科技（走向冬奥）',
      '——本市冰雪项目扎实备战新赛季',
      label,
      '科技手段已渗透到训练备战的诸多环节，一块电子屏幕实时显示着运动员的各项数据。',
      '随着新赛季备战工作全面开启，市体育局与两所高校联合成立了科研保障团队。',
      '进入位于城东的训练馆，运动员们正在教练的指导下进行专项训练。',
    ].join('\n\n');

  it.each(['核心阅读', '【内容提要】', '编者的話'])('reads %s as the story’s first section, not a line of its 副题', (label) => {
    const text = page(label);
    const parsed = parsedWhole(text, 'box-label.txt');
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]).toMatchObject({ headline: '冰雪训练用上新科技（走向冬奥）', subheadline: '本市冰雪项目扎实备战新赛季' });
    expect(parsed.articles[0]!.paragraphs[0]).toMatchObject({ type: 'subhead', text: label });
  });
});

describe('a briefs column’s heading under a story, set off by a mark', () => {
  it('opens the column (`■简讯`): no writer’s name, though 简 is a surname, and no subhead of the story above', () => {
    // Made-up text, flush, a blank line under every line (as the seeds print): a report, then the briefs under their heading.
    const text = [
      '市政协召开专题协商会',
      '湘潭日报讯(全媒体记者/王芳) 5月29日,市政协召开专题协商会,围绕“推进城市更新”建言献策。',
      '与会委员认为,城市更新要坚持以人民为中心,注重保护历史文化,补齐民生短板。',
      '■简讯',
      '●5月29日,市图书馆举办“书香湘潭”读书分享会,100余名读者参加。(记者/刘洋)',
      '●5月28日,雨湖区开展防汛应急演练,检验应急队伍实战能力。(通讯员/陈静)',
    ].join('\n\n');
    const parsed = parsedWhole(text, 'briefs-under-story.txt');
    expect(parsed.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([
      ['市政协召开专题协商会', 2],
      ['简讯', 2],
    ]);
    expect(parsed.articles[0]!.byline.authors).toEqual([]);
  });
});

describe('a reader’s letter with the editor’s afterword under it', () => {
  it('reads the signature over the afterword as the letter’s writer, and the column’s name as its section', () => {
    // Made-up text, flush, a blank line under every line: the letter, its signer, then `编后：` (before, the signer was a subhead).
    const text = [
      '读者来信',
      '小区门口的路灯亮了',
      '编辑同志：',
      '我家住在城西某小区，小区门口的路灯坏了很久。上周我拨打了热线，第二天就有工人来修好了。',
      '城西区 读者 刘明',
      '编后：',
      '一盏路灯，照亮的是群众回家的路，也照亮了服务的温度。',
    ].join('\n\n');
    const parsed = parsedWhole(text, 'letter.txt');
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]).toMatchObject({ section: '读者来信', kicker: null, headline: '小区门口的路灯亮了', byline: { authors: ['刘明'] } });
    expect(parsed.articles[0]!.paragraphs.some((p) => p.text.includes('刘明'))).toBe(false);
  });
});

describe('a photo story’s heading alone inside a running story', () => {
  it('opens the photo story (its caption and credit), never a subhead of the story above', () => {
    // Made-up text set as a flush page with a blank line under every line: a commentary's text runs on, then `图片报道` and a
    // caption closed by the photographers' credit. Alone between text and text, the heading read as the commentary's subhead.
    const text = [
      '让公众走近历史的现场（江城论坛）',
      '在一件件文物中触摸文化的宝藏，于一封封家书中感受精神的传承。',
      '历史源于一代代人的书写，既有故事，又有遗珍，更沉淀出文化。',
      '更好感受历史的魅力，也需要让历史走进生活的场景。',
      '图片报道',
      '临近春节，城南的万亩果园迎来采摘季，果农们忙着采摘装车，准备销往全国各地。',
      '本报记者 罗某 文 陈某 摄',
    ].join('\n\n');
    const parsed = parsedWhole(text, 'photo-heading.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['让公众走近历史的现场（江城论坛）', '图片报道']);
    expect(parsed.articles[0]!.paragraphs.map((p) => p.type)).toEqual(['text', 'text', 'text']);
  });
});

describe('a headline that exclaims or asks before its column’s tag, on a flush page', () => {
  it('opens a story: the mark before the tag ends no sentence', () => {
    // Made-up text, flush, a blank line under every line: a story, then a quoted exclamation as the next one's headline.
    const text = [
      '江城举行春季招聘会',
      '本报讯（记者 王某）昨天，春季招聘会在市会展中心举行，百余家企业提供岗位三千余个。',
      '不少求职者表示，家门口就能找到合适的工作。',
      '“没救下人，才会后悔！”（好人好事）',
      '那天傍晚，在江边散步的刘师傅听到呼救声，没有多想便跳进了冰冷的江水。',
      '获救的孩子家人找到他时，他只说了一句：换了谁都会这么做。',
    ].join('\n\n');
    const parsed = parsedWhole(text, 'cry-under-tag.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['江城举行春季招聘会', '“没救下人，才会后悔！”（好人好事）']);
  });
});

describe('a long headline right over its lead-in, on a flush page, the story above closed', () => {
  // Made-up text, flush: a report, then a headline longer than a headline's shape (more than 32 characters, no clause in it)
  // right over its lead-in naming its day and its reporter. It was the text's last paragraph, the report under it headless.
  const lines = [
    '江城举行春季招聘会',
    '本报讯（记者 王某）昨天，春季招聘会在市会展中心举行，百余家企业提供岗位三千余个。',
    '不少求职者表示，家门口就能找到合适的工作。',
    '市长李某出席江城市第三届城市更新论坛并会见参加论坛的国内外专家学者和企业家代表',
    '本报江城3月5日电（记者赵某）第三届城市更新论坛5日在江城开幕，来自国内外的百余位专家学者参加论坛。',
    '论坛为期两天，将围绕老旧小区改造等议题展开讨论。',
  ];
  const headlines = ['江城举行春季招聘会', '市长李某出席江城市第三届城市更新论坛并会见参加论坛的国内外专家学者和企业家代表'];
  it.each([
    ['a blank line under every line', lines.join('\n\n')],
    ['no blank line at all', lines.join('\n')],
    ['blank lines between stories', [...lines.slice(0, 3), '', ...lines.slice(3)].join('\n')],
  ])('opens the report under it: %s', (_, text) => {
    const parsed = parsedWhole(text, 'long-head-over-lead.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(headlines);
    expect(parsed.articles[1]!.byline.reporters).toEqual(['赵某']);
  });
});

describe('a headline closing in its column’s tag over a summary set apart, on a flush page', () => {
  it('is the main headline, the summary under it its 副题', () => {
    // Made-up text, flush, blank lines between blocks: a commentary's headline closing in its column's tag, its summary set
    // apart under it, then its text. The summary, the block's last line apart from the text, was the main headline.
    const text = [
      '为城市留下更多绿色（城市观察）',
      '',
      '公园建在家门口才能真正走进市民的日常生活',
      '',
      '春天到了，城南新建的三座口袋公园迎来不少市民。老人下棋，孩子追逐，年轻人在树下看书。',
      '口袋公园占地不大，却让绿色走进了街巷。城市更新，不妨多留一些这样的角落。',
      ...NEXT_STORY,
    ].join('\n');
    const parsed = parsedWhole(text, 'tagged-over-summary.txt');
    expect(parsed.articles[0]).toMatchObject({ kicker: null, headline: '为城市留下更多绿色（城市观察）', subheadline: '公园建在家门口才能真正走进市民的日常生活' });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['为城市留下更多绿色（城市观察）', '城南新建三座口袋公园']);
  });

  it('is not a dash 副题 closing in its series’ part (`——记…（上）`, no column’s name): the line over it is the headline', () => {
    // Made-up text, indented: a headline, then its 副题 opening with a dash and closing in the series' part, then the text.
    const text = [
      '他们是社区的“热心人”',
      '——记城南社区志愿者群体（上）',
      '\u3000\u3000在城南的各个社区，有这么一群热心人，把邻里的小事当成自己的事。',
      '\u3000\u3000他们中有退休教师，也有年轻的上班族。',
      ...NEXT_STORY,
    ].join('\n');
    const parsed = parsedWhole(text, 'series-part.txt');
    expect(parsed.articles[0]).toMatchObject({ kicker: null, headline: '他们是社区的“热心人”', subheadline: '记城南社区志愿者群体（上）' });
  });
});

describe('a cartoon’s verses and credit over a headline set apart, on a flush page whose blank lines part stories', () => {
  it('opens the next story at the headline: the narrow lines above it are verses, no columns read across', () => {
    // Made-up text, flush, blank lines between stories: a cartoon's caption, its verses under `这正是：` and its credit, then the
    // next story's headline set apart. Verses, credit and headline made a run of narrow lines read as column text, and the
    // next story ran into the cartoon's.
    const text = [
      '漫画说事',
      '',
      '城南菜市场改造完成，摊位整齐，价格公开，市民买菜更放心了。',
      '这正是：',
      '菜场旧貌换新颜，',
      '摊位整齐价公开。',
      '买菜不再绕远路，',
      '市民心里乐开怀。',
      '李  明图  王  芳文',
      '',
      '',
      '口袋公园走进街巷',
      '',
      '春天到了，城南新建的三座口袋公园迎来不少市民。老人下棋，孩子追逐，年轻人在树下看书。',
      '口袋公园占地不大，却让绿色走进了街巷。城市更新，不妨多留一些这样的角落。',
      ...NEXT_STORY,
    ].join('\n');
    const parsed = parsedWhole(text, 'cartoon-verses.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['漫画说事', '口袋公园走进街巷', '城南新建三座口袋公园']);
    expect(parsed.articles[1]!.paragraphs[0]!.text).toMatch(/^春天到了/);
  });
});

describe('a kicker that asks its way into a headline closing in its column’s tag, on a flush page', () => {
  it('is the kicker of that story, which opens there', () => {
    // Made-up text, flush, blank lines between stories: a story, then a kicker closing in a question mark over a headline closing
    // in its column's tag, then the text. The kicker was text (a question ends a sentence), the headline under it its subhead.
    const text = [
      '江城举行春季招聘会',
      '本报讯（记者 王某）昨天，春季招聘会在市会展中心举行，百余家企业提供岗位三千余个。',
      '',
      '',
      '城东老旧小区改造进展如何？',
      '改造惠民生 居民笑开颜（一线探民生）',
      '',
      '春天到了，城东的老旧小区换了新模样。加装电梯、修缮屋顶，居民住得更舒心了。',
      '改造中，社区还征求居民意见，增设了休闲座椅和充电车棚。',
    ].join('\n');
    const parsed = parsedWhole(text, 'asking-kicker.txt');
    expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '江城举行春季招聘会'],
      ['城东老旧小区改造进展如何？', '改造惠民生 居民笑开颜（一线探民生）'],
    ]);
  });
});

describe('a headline of clauses closing in its column’s tag as the page’s first line, on a flush page', () => {
  it('is the first story’s headline, as it is set apart or under a head line', () => {
    // Made-up text, flush, blank lines between stories: the page opens with a headline of clauses closing in its column's tag.
    // With no blank line over it and no head line above, it was text (its words stop on 的, as a cut line's do), and the page's
    // first story had no headline.
    const text = [
      '好日子，是干出来的（乡村观察）',
      '',
      '春节回乡，村里的路宽了，灯亮了，村民的笑容也多了。',
      '村委会的院子里，贴着今年要办的民生实事，一条一条写得清清楚楚。',
      ...NEXT_STORY,
    ].join('\n');
    const parsed = parsedWhole(text, 'tagged-first-line.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['好日子，是干出来的（乡村观察）', '城南新建三座口袋公园']);
  });
});

describe('a headline block’s summary of several points between it and the lead-in, on a flush page', () => {
  it('is one story: the lead-in under the points is the headline’s byline, not a story with no headline', () => {
    // Made-up text, flush, no blank lines: the page opens with a headline, its summary in three points (`■…`), then the report's
    // lead-in naming its day and its reporter. With more than one summary line the lead-in opened a story of its own, with no headline.
    const text = [
      '全市老旧小区改造今年全面铺开',
      '■改造覆盖全市六个区的一百二十个小区。',
      '■加装电梯、修缮屋顶、增设充电车棚。',
      '■改造方案逐一征求居民意见。',
      '本报江城3月5日电（记者赵某）记者5日从市住建局获悉，全市老旧小区改造今年全面铺开。',
      '市住建局负责人表示，改造将优先解决居民反映最集中的问题。',
    ].join('\n');
    const parsed = parsedWhole(text, 'summary-points.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['全市老旧小区改造今年全面铺开']);
    expect(parsed.articles[0]!.byline.reporters).toEqual(['赵某']);
  });
});

describe('a photo under its title on a flush page, the story above closed', () => {
  it('is a story of its own: its title, its caption and its credit with the photo’s source', () => {
    // Made-up text, flush, a blank line under every line: a report, then a photo's title alone, its caption, the credit with the
    // photo's source in brackets (`王某摄（影像中国）`), then the next story's block. The title read as the report's subhead.
    const text = [
      '江城邀专家助企业治污',
      '本报江城2月11日电 （记者王某）记者11日从市生态环境局获悉，专家团队将走进重点企业开展帮扶。',
      '“通过帮助企业制定治理方案，寓管理于服务之中，帮助企业解决难题。”市生态环境局负责人说。',
      '赏花时节',
      '近日，游客在城郊的樱花园观赏樱花。这里的樱花已连片种植三千余亩。',
      '王某摄（影像中国）',
      '守护候鸟的夫妇——',
      '在湿地过年',
      '本报记者 李某',
      '春节假期后上班第一天，在湿地保护区的观测站，一对夫妇正在记录候鸟的数量。',
    ].join('\n\n');
    const parsed = parsedWhole(text, 'photo-title.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['江城邀专家助企业治污', '赏花时节', '在湿地过年']);
    expect(parsed.articles[0]!.paragraphs.map((p) => p.type)).toEqual(['text', 'text']);
  });
});

describe('a national paper’s feature page, flush, a blank line under every line (feature-page-style.txt)', () => {
  // Made-up page in the manner of a national daily's inside page as an OCR export prints it (a blank line under every line,
  // nothing indented): a summary box's label under a headline block, a photo story's heading inside the text above it, a
  // credit spaced word by word, a photo's title over its caption and a credit with the photo's source, a headline exclaiming
  // before its column's tag.
  const headlines = ['冰雪训练用上新科技（走向冬季运动会）', '图片报道', '江城邀专家助企业治污', '赏花时节', '“没救下人，才会后悔！”（好人好事）'];

  it('reads each story whole, under its own headline, in this layout and with no blank line at all', () => {
    const { parsed, lines, byHeadline } = readPaper('feature-page-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => a.headline)).toEqual(headlines);
    expect(byHeadline(headlines[0]!)).toMatchObject({ subheadline: '本市冰雪项目扎实备战新赛季' });
    expect(byHeadline(headlines[0]!)!.paragraphs[0]).toMatchObject({ type: 'subhead', text: '核心阅读' });
    // The credit spaced word by word is the photo story's last words, not furniture.
    expect(parsed.leftovers.filter((l) => l.reason !== 'masthead')).toEqual([]);
    expect(byHeadline('图片报道')!.paragraphs.at(-1)!.text).toMatch(/^本报记者.*摄$/);
    // Its photographer is the one before 摄, not the words' writer (before: `罗军文陈明`).
    expect(byHeadline('图片报道')!.byline.photographers).toEqual(['陈明']);
    expect(byHeadline('赏花时节')!.paragraphs.at(-1)!.text).toBe('王闽摄（影像中国）');
    const { none } = inBlankLineLayouts('feature-page-style.txt');
    expect(none.articles.map((a) => a.headline)).toEqual(headlines);
    // In traditional characters (核心閱讀, 圖片報道, 攝), the same stories and sections.
    const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const text = convert(readFileSync(join(root, 'tests/fixtures/papers', 'feature-page-style.txt'), 'utf8'));
    const traditional = parseEdition(new TextEncoder().encode(text), 'feature-page-style.txt');
    expect(coverage(traditional, text)).toEqual({ missing: [], twice: [] });
    expect(traditional.articles.map((a) => a.paragraphs.map((p) => p.type))).toEqual(parsed.articles.map((a) => a.paragraphs.map((p) => p.type)));
    expect(traditional.articles.map((a) => a.headline)).toEqual(headlines.map((h) => convert(h)));
  });
});

describe('a kicker over its headline where its shape alone would make it text', () => {
  // Made-up pages, each opening with a kicker too long or too full of clauses for a headline's shape, its headline under it.
  const cases: [string, string[], [string | null, string][]][] = [
    [
      'a kicker leading in with a dash, however long, commas and all (flush, blank lines between stories)',
      ['临江大学教授李某及其团队以育人和科研做“两翼”，十年攻关不停步——', '为电网装上“聪明大脑”', '在临江大学电机系的实验室里，一块大屏幕上实时显示着全省电网的运行数据。', '十年来，团队研发的调度系统已在多个省份的电网中投入使用。', ...NEXT_STORY],
      [['临江大学教授李某及其团队以育人和科研做“两翼”，十年攻关不停步——', '为电网装上“聪明大脑”'], [null, '城南新建三座口袋公园']],
    ],
    [
      'a kicker leading in with a dash on an indented page with no blank line, under a paragraph that closed',
      [
        '用心用情去履职（议政建言）',
        '\u3000\u3000提出问题是否聚焦、反映情况是否准确，是衡量一件提案质量的标准。',
        '\u3000\u3000全市两会召开在即，期待委员们拿出更多高质量的提案。',
        '围绕培育“大国工匠”这件重点提案，三次督办调研，一场协商座谈会重点聚焦——',
        '提案有分量 履职成果实（政协新实践）',
        '\u3000\u3000委员有所呼，政协有所应。经层层遴选，一批重点提案进入督办程序，办理成效明显。',
      ],
      [[null, '用心用情去履职（议政建言）'], ['围绕培育“大国工匠”这件重点提案，三次督办调研，一场协商座谈会重点聚焦——', '提案有分量 履职成果实（政协新实践）']],
    ],
    [
      'a kicker of clauses opening the page, ending no sentence, over a headline closing in its column’s tag (flush)',
      ['从探测器在实验室里“诞生”到飞向月球、着陆月背，研制团队的科研人员一路紧紧相随', '呵护探测器完成奔月之旅（科技视点）', '', '随着探测任务圆满完成，研制团队的故事也走进了公众的视野。', '从探测器的“诞生”到地月空间的旅行，每一步都凝聚着科研人员的心血。', ...NEXT_STORY],
      [['从探测器在实验室里“诞生”到飞向月球、着陆月背，研制团队的科研人员一路紧紧相随', '呵护探测器完成奔月之旅（科技视点）'], [null, '城南新建三座口袋公园']],
    ],
  ];
  it.each(cases)('%s', (_, lines, expected) => {
    const parsed = parsedWhole(lines.join('\n'), 'kicker.txt');
    expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual(expected);
  });
});

describe('a headline closing in a long series tag, on a flush page', () => {
  it('is the headline: a series names its stories in tags longer than a column’s', () => {
    // Made-up text, flush, blank lines between stories: the page opens with a headline whose tag names a long series.
    const text = [
      '牢记嘱托勇为人先 改革创新砥砺奋进（在新思想指引下——新时代新作为新篇章·临江篇）',
      '——临江落实全市两会精神纪实',
      '临江着力打造政务服务“一网通办”品牌，目前已接入服务事项两千余项。',
      '改革开展以来，全市累计办理各类事项超过一百万件，群众满意率持续提升。',
      ...NEXT_STORY,
    ].join('\n');
    const parsed = parsedWhole(text, 'long-tag.txt');
    expect(parsed.articles.map((a) => [a.headline, a.subheadline])).toEqual([
      ['牢记嘱托勇为人先 改革创新砥砺奋进（在新思想指引下——新时代新作为新篇章·临江篇）', '临江落实全市两会精神纪实'],
      ['城南新建三座口袋公园', null],
    ]);
  });
});

describe('edition dates', () => {
  it('reads the weekday alone on its line under the masthead’s date as the masthead’s, not the first story’s kicker', () => {
    const text = ['江南都市报', '2024年10月8日', '星期二', 'A05 社会新闻', '', '国庆假期全市接待游客超500万人次', '', '记者 张晓', '国庆假期，全市各大景区迎来客流高峰。'].join('\n');
    const parsed = parsedWhole(text, 'page.txt');
    expect(parsed).toMatchObject({ paper: '江南都市报', date: '2024-10-08', page: 'A05' });
    expect(parsed.leftovers.filter((l) => l.reason === 'masthead').map((l) => l.text)).toEqual(['江南都市报', '2024年10月8日', '星期二', 'A05社会新闻']);
    expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual([[null, '国庆假期全市接待游客超500万人次']]);
  });

  // Made-up running heads over a page's first story, as metro papers and PDFs print them. Before, the first read no paper and no
  // date (the page and section after the date kept it from being the masthead's line) and was the story's kicker; the numeric
  // dates, the separators and the staff kept the others from being read as the page's head.
  it.each([
    // (A05 keeps its sheet's letter: B05 is another page of the same edition.)
    ['江南都市报 2024-10-08 A05 社会新闻', '江南都市报', 'A05'],
    ['江南都市报·社会新闻 2024.10.08', '江南都市报', null],
    ['江南都市报 | 2024年10月8日 | A05', '江南都市报', 'A05'],
    ['2024.10.08 星期二 江南都市报', '江南都市报', null],
    ['A05 2024年10月8日 星期二 编辑 张三 美编 李四', null, 'A05'],
    ['第A05版：社会新闻  2024年10月8日', null, 'A05'],
    ['江南都市报 2024年10月8日 星期二 农历九月初六', '江南都市报', null],
    ['江南都市报 第5678期 2024年10月8日', '江南都市报', null],
    ['【江南都市报】2024-10-08', '江南都市报', null],
    // A label before the date, the page after it: its date was lost (the page's header had made it the masthead's, undated).
    ['出版日期：2024年10月8日 第A05版', null, 'A05'],
    // Hong Kong's and Taiwan's: a romanised name beside the name, the weekday in brackets, a year in words.
    ['明報 MING PAO 2024年10月8日 星期二', '明報', null],
    ['東方日報 2024年10月8日（星期二）', '東方日報', null],
    ['星島日報 二零二四年十月八日 星期二', '星島日報', null],
  ])('reads the running head %s as the masthead', (head, paper, page) => {
    const text = [head, '', '国庆假期全市接待游客超500万人次', '', '记者 张晓', '国庆假期，全市各大景区迎来客流高峰，假期七天共接待游客512万人次。'].join('\n');
    const parsed = parsedWhole(text, 'page.txt');
    expect(parsed).toMatchObject({ paper, date: '2024-10-08', dateSource: 'masthead', page });
    expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual([[null, '国庆假期全市接待游客超500万人次']]);
  });

  it('takes a bracketed date under a title for the document’s, not a masthead: the file name dates the page', () => {
    const text = ['', '关于做好春季农业生产工作的意见', '（2019年1月3日）', '　　今年是全面完成各项任务的关键一年，各地要抓好春季农业生产。', '　　各级农业部门要加强指导服务。'].join('\n');
    const parsed = parseEdition(new TextEncoder().encode(text), '20190220-02.txt');
    expect(parsed.date).toBe('2019-02-20');
    expect(parsed.dateSource).toBe('filename');
  });
});

describe('stories made whole', () => {
  it('moves a bulleted subhead out of the sentence it split, after that sentence (not after the paragraph it runs on in)', () => {
    const { parsed, lines } = parseBlocks(
      [
        '新区产业加速集聚',
        '本报讯(记者/孙明) 今年以来，新区新签约项目二十个，投资总额超过百亿元，这些项目的落地为产业链蓬',
        '●项目建设跑出加速度',
        '勃发展提供了有力支撑。下半年还将开工一批重点项目。',
        '●创新能力持续增强',
        '新区企业新增发明专利三百余件。',
      ],
      'split.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: the subhead after the whole paragraph, the next section's first sentence (`下半年还将…`) above it.
    expect(parsed.articles[0]!.paragraphs.map((p) => [p.type, p.text.slice(-11)])).toEqual([
      ['text', '勃发展提供了有力支撑。'],
      ['subhead', '●项目建设跑出加速度'],
      ['text', '还将开工一批重点项目。'],
      ['subhead', '●创新能力持续增强'],
      ['text', '新增发明专利三百余件。'],
    ]);
    expect(parsed.articles[0]!.paragraphs[0]!.text).toMatch(/为产业链蓬勃发展提供了有力支撑。$/);
  });

  it('parts a seed’s text at a bulleted subhead OCR read in between two sentences, the subhead once', () => {
    const parsed = parseEdition(seed('003_9ab4256ef58901f2.txt'), '003_9ab4256ef58901f2.txt');
    const story = parsed.articles.find((a) => a.headline === '石峰区深挖潜力精准服务持续创新')!;
    // Before: `…增量达166亿元。●科技创新实现“新突破”8月16日，湖南省…` in one paragraph, and the subhead again on its own line.
    expect(story.paragraphs.map((p) => [p.type, p.text.slice(0, 8)]).slice(0, 5)).toEqual([
      ['text', '连续的高温“烤”'],
      ['subhead', '●项目建设跑出“'],
      ['text', '以项目招引延伸产'],
      ['subhead', '●科技创新实现“'],
      ['text', '8月16日，湖南'],
    ]);
    expect(story.paragraphs.filter((p) => p.text === '●科技创新实现“新突破”')).toHaveLength(1);
    expect(parsed.leftovers.filter((l) => l.reason === 'duplicate').map((l) => l.text)).toContain('●科技创新实现“新突破”');
  });

  it('shows a paragraph once when OCR repeats its opening right after it, keeping the source lines', () => {
    const first = '园区已有十二家企业完成智能化改造，生产效率平均提升三成。';
    const long = `${first}产品不良率下降一半，能耗明显降低。`;
    const { parsed, lines } = parseBlocks(['园区智能化改造见成效', '本报讯(记者/钱红) 园区智能化改造正在全面推进。', long, first, '下一步园区将推广成功经验。'], 'repeat.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['园区智能化改造正在全面推进。', long, '下一步园区将推广成功经验。']);
    expect(parsed.leftovers.filter((l) => l.reason === 'duplicate').map((l) => l.text)).toEqual([first]);
  });
});

describe('a file’s own habit in its undecided two-line blocks', () => {
  const tagged = ['江畔小镇的新变化', '老街巷焕发生机（记者手记）', '本报讯（记者 林青）江畔小镇的老街巷经过一年改造，青石路面修缮一新，沿街店铺重新开张，游客明显多了起来。'];
  const undecided = ['周末带着孩子去城郊果园采摘', '草莓迎来旺季', '本报讯（记者 周立）城郊果园的草莓进入采摘旺季，不少市民带着孩子前来体验采摘乐趣，果农的收入也随之增加。'];
  const roles = (lines: string[]) => parsedWhole(lines.join('\n'), 'habit.txt').articles.map((a) => [a.kicker, a.headline, a.subheadline]);

  it('reads the lower line as the main headline where the file’s decided blocks set a kicker over it', () => {
    // Before: the longer upper line was the headline and `草莓迎来旺季` its 副题, though the page's tagged block sets kicker over headline.
    expect(roles([...tagged, ...undecided])).toEqual([
      ['江畔小镇的新变化', '老街巷焕发生机（记者手记）', null],
      ['周末带着孩子去城郊果园采摘', '草莓迎来旺季', null],
    ]);
  });

  it('changes nothing with no decided block, or one that sets a 副题 under its headline', () => {
    expect(roles(undecided)).toEqual([[null, '周末带着孩子去城郊果园采摘', '草莓迎来旺季']]);
    const dashed = ['老街巷焕发生机', '——江畔小镇改造见闻', tagged[2]!];
    expect(roles([...tagged, ...dashed, ...undecided])[2]).toEqual([null, '周末带着孩子去城郊果园采摘', '草莓迎来旺季']);
  });
});

describe('headline typography', () => {
  it('keeps the space between a headline’s phrases, not OCR’s stray spaces', () => {
    const { parsed } = parseBlocks(
      ['春风送暖 湖畔樱花提前开放', '本报讯(记者/林青) 连日气温回升，湖畔樱花提前一周开放。', '城 区 道 路 改 造 完 工', '本报讯(记者/林青) 城区三条主干道改造完工通车。'],
      'spaces.txt',
    );
    expect(parsed.articles.map((a) => a.headline)).toEqual(['春风送暖 湖畔樱花提前开放', '城区道路改造完工']);
  });
});

describe('a page read across its columns', () => {
  it('joins a line that carries on another story’s cut sentence to that story', () => {
    const { parsed, lines } = parseBlocks(
      [
        '新能源企业加快布局',
        '本报讯(记者/王甲) 今年以来，本市新能源企业不断加大研发投入，一家企业研发的钠离子电池性能突出，已实现圆柱型钠离',
        '老城区改造提速',
        '本报讯(记者/李乙) 老城区改造项目',
        '今年共涉及居民三千户',
        '改造内容包括屋面防水外墙保温以及地下',
        '管网更新等多个',
        '方面施工单位采取分段推进的方式来尽量减',
        '少对居民日常出行的',
        '影响社区还设立了意见收集点方便',
        '居民随时反映改造',
        '子电池量产出货，产品能量密度达到国内领先水平，已供应储能电站。',
      ],
      'columns-cut.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.layout?.profile.interleaved).toBe(true);
    const energy = parsed.articles.find((a) => a.byline.reporters.includes('王甲'))!;
    expect(energy.paragraphs.map((p) => p.text).join('')).toContain('圆柱型钠离子电池量产出货');
    const renewal = parsed.articles.find((a) => a.byline.reporters.includes('李乙'))!;
    expect(renewal.paragraphs.map((p) => p.text).join('')).not.toContain('子电池');
  });

  it('keeps reading the story a wide line carried on, while later column fragments stay with their own story', () => {
    const { parsed, lines } = parseBlocks(
      [
        '新能源企业加快布局',
        '本报讯(记者/王甲) 今年以来，本市新能源企业不断加大研发投入，一家企业研发的钠离子电池性能突出，已实现圆柱型钠离',
        '老城区改造提速',
        '本报讯(记者/李乙) 老城区改造项目',
        '今年共涉及居民三千户',
        '改造内容包括屋面防水外墙保温以及地下',
        '管网更新等多个',
        '方面施工单位采取分段推进的方式来尽量减',
        '少对居民日常出行的',
        '影响社区还设立了意见收集点方便',
        '子电池量产出货，产品能量密度达到国内领先水平，已供应储能电站。',
        '企业的第二代产品正在研发之中，电池循环寿命有望再提高一倍，进一步拓宽钠电池的应用领域。',
        '街道还安排志愿者',
        '每天清扫楼道垃圾',
        '帮助老人搬运杂物',
        '并在小区门口设置',
        '临时停车区域供住',
        '户晚间停放车辆',
      ],
      'columns-cut-wide.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    const text = (name: string) => parsed.articles.find((a) => a.byline.reporters.includes(name))!.paragraphs.map((p) => p.text).join('');
    expect(text('王甲')).toContain('圆柱型钠离子电池量产出货');
    expect(text('王甲')).toContain('第二代产品正在研发之中');
    expect(text('李乙')).not.toContain('第二代产品');
    // Fragments sharing words with neither story stay in the stream of column text they were read in.
    expect(text('李乙')).toContain('帮助老人搬运杂物');
    expect(text('王甲')).not.toContain('帮助老人搬运杂物');
  });
});

describe('two stories read across their columns', () => {
  it('goes back to the story left cut mid-sentence once the other column ends its sentence, with no word in common', () => {
    const { parsed, lines } = parseBlocks(
      [
        '新能源企业加快布局',
        '本报讯(记者/王甲) 今年以来，本市新能源企业不断加大研发投入，一家企业研发的钠离子电池性能突出，已实现圆柱型钠离',
        '本报讯(记者/周一) 新建的跨江大桥',
        '主塔日前完成封顶施工单位介绍大桥',
        '全长三千六百米主塔高一百八十米',
        '大桥的工程质量得到了上级主管部门',
        '本报讯(记者/吴二) 市图书馆新馆',
        '正式开放首日接待读者超过五千人',
        '新馆藏书一百二十万册设有少儿阅',
        '览区和古籍修复室。',
        '子电池量产出货，产品能量密度达到国内领先水平，已供应储能电站和多家整车企业。',
        '和沿江群众的一致好评。',
        '读者可以预约参观新馆的古籍',
        '修复过程了解古籍保护的知识',
        '和方法新馆开放时间为每天',
        '上午九时至晚上九时周一',
        '闭馆进行图书整理和设备',
        '维护。',
      ],
      'columns-resume.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.layout?.profile.interleaved).toBe(true);
    const text = (name: string) => parsed.articles.find((a) => a.byline.reporters.includes(name))!.paragraphs.map((p) => p.text).join('');
    // The bridge's sentence was cut at 得到了上级主管部门 and the library's had ended: the reading resumes the bridge's
    // column, though the line shares no word with it; the library's next lines, which speak its words, go back to it.
    expect(text('周一')).toContain('主管部门和沿江群众的一致好评。');
    expect(text('吴二')).not.toContain('一致好评');
    expect(text('吴二')).toContain('古籍修复过程');
  });
});

/** Every line cut at `width` characters, as OCR exports that wrap at the column width do. */
function hardWrapped(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => (line === '' ? [''] : (line.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [])))
    .join('\n');
}

describe('hard-wrapped text', () => {
  // Made-up stories, printed one paragraph a line, then cut every 18 characters.
  const stories = [
    '青山县新建十二座乡村图书馆方便村民就近借阅',
    '青山日报讯(记者/王小明 通讯员/李华) 近日,青山县十二座乡村图书馆同时开放,村民在家门口就能借到新书,每座图书馆藏书都在三千册以上。',
    '图书馆由县文化馆统一配送图书,每季度轮换一次,村民可以凭身份证免费办理借书证。',
    '城东污水处理厂二期工程正式通水运行',
    '青山日报讯(记者/赵敏) 城东污水处理厂二期工程日前通水运行,日处理能力提高到八万吨,城区东部的生活污水将全部得到处理。',
    '工程采用新的处理工艺,出水水质达到一级标准,比一期工程节约用地三成。',
    '全民健身',
    '青山湖畔新添十公里环湖步道',
    '青山日报讯(记者/孙亮) 环湖步道全线贯通,沿途设置了十二处休息驿站和两处停车场,市民可以沿湖步行或骑行。',
  ];
  const text = hardWrapped(stories.join('\n\n'), 18);
  const parsed = parseEdition(new TextEncoder().encode(text), 'wrapped.txt');

  it('reads the width and keeps every line', () => {
    expect(parsed.layout?.profile.wrapped).toBe(true);
    expect(parsed.layout?.figures.wrapWidth).toBe(18);
    expect(coverage(parsed, text)).toEqual({ missing: [], twice: [] });
  });

  it('reads a headline the wrap cut in two as one, and one just short of the width as a headline', () => {
    expect(parsed.articles.map((a) => a.headline)).toEqual(['青山县新建十二座乡村图书馆方便村民就近借阅', '城东污水处理厂二期工程正式通水运行', '青山湖畔新添十公里环湖步道']);
    expect(parsed.articles[2]!.kicker).toBe('全民健身');
  });

  it('reflows each story’s paragraphs and reads its byline', () => {
    expect(parsed.articles.map((a) => a.byline.reporters)).toEqual([['王小明'], ['赵敏'], ['孙亮']]);
    expect(parsed.articles[0]!.byline.correspondents).toEqual(['李华']);
    expect(parsed.articles[1]!.paragraphs.map((p) => p.text)).toEqual([
      '城东污水处理厂二期工程日前通水运行，日处理能力提高到八万吨，城区东部的生活污水将全部得到处理。',
      '工程采用新的处理工艺，出水水质达到一级标准，比一期工程节约用地三成。',
    ]);
  });
});

describe('hard-wrapped indented text, the wrap falling right after a sentence end', () => {
  // Made-up stories in an indented layout, cut every 18 characters: the last paragraph of the first story fills its first
  // line up to a full stop, so the rest of it comes out flush, like a headline's line, with the blank run under it.
  const paragraphs = [
    '城北新建三座口袋公园方便居民休闲',
    '\u3000\u3000本报讯（记者林小雨）今年以来，城北街道利用闲置地块新建三座口袋公园，种植乔木两百余株，铺设步道一千多米。',
    '\u3000\u3000活动结束后大家纷纷表示收获很大。主办方表示，今后将定期举办此类活动，让更多市民参与进来，共同建设美好家园。',
    '',
    '',
    '山区小镇迎来首条高速公路',
    '\u3000\u3000本报讯（记者王刚）12日上午，连接山区小镇与省城的高速公路正式通车，小镇到省城的车程缩短到两小时。',
  ];
  const text = hardWrapped(paragraphs.join('\n'), 18);
  const parsed = parseEdition(new TextEncoder().encode(text), 'indented-wrapped.txt');

  it('keeps the flush rest of the paragraph in its story, not as the next story’s section or headline', () => {
    expect(text.split('\n')).toContain('主办方表示，今后将定期举办此类活动，');
    expect(parsed.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([
      [null, null, '城北新建三座口袋公园方便居民休闲'],
      [null, null, '山区小镇迎来首条高速公路'],
    ]);
    expect(parsed.articles[0]!.paragraphs.at(-1)!.text).toMatch(/共同建设美好家园。$/);
    expect(coverage(parsed, text)).toEqual({ missing: [], twice: [] });
  });
});

describe('a wire service’s feed', () => {
  it('reads each story’s category as its section, a title given in the lead-in as its headline, and the reporters under it', () => {
    const { parsed, lines } = readPaper('wire-feed-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: `（国际）` stayed in the headline; `新华社北京5月20日电 题：小山村走出致富路` opened a story with no headline whose
    // first paragraphs were `题：小山村走出致富路` and `新华社记者陈晨`.
    expect(parsed.articles.map((a) => [a.section, a.headline])).toEqual([
      ['国际', '联合国秘书长呼吁各国加强气候合作'],
      ['经济', '一季度全国快递业务量同比增长25%'],
      [null, '小山村走出致富路'],
      ['体育', '中国女排3比1战胜巴西队'],
    ]);
    const titled = parsed.articles[2]!;
    expect(titled.byline).toMatchObject({ agency: '新华社北京', reporters: ['陈晨'] });
    expect(titled.paragraphs[0]!.text.startsWith('清晨，位于大山深处的石门村')).toBe(true);
    for (const layout of Object.values(inBlankLineLayouts('wire-feed-style.txt'))) expect(layout.articles.map((a) => a.headline)).toEqual(parsed.articles.map((a) => a.headline));
  });

  it('keeps a bracket that is part of a headline, and a title that is a sentence in the text', () => {
    const { parsed } = parseBlocks(['临江日报\n2024年5月21日 星期二', '（图）城区新增三处口袋公园', '本报讯（记者 赵强）日前，城区新增的三处口袋公园正式向市民开放。', '新华社北京5月20日电 题：据悉，会议将于明日召开。这是第二句。'], 'x.txt');
    // A category is two to six characters in brackets before a headline of its own; `题：` followed by sentences is text.
    expect(parsed.articles[0]).toMatchObject({ section: null, headline: '（图）城区新增三处口袋公园' });
    expect(parsed.articles[1]!.paragraphs[0]!.text.startsWith('题：据悉')).toBe(true);
  });
});

describe('a database’s export of articles', () => {
  it('reads each record by its labels: title, author, paper, date and page, then its text', () => {
    const { parsed, lines } = readPaper('catalogue-export.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: the paper was unknown, `【标题】` a section, the second story's headline its date (`2024-05-20`), and every
    // label line (`【作者】…`, `【报纸名称】…`) a headline or a subheadline.
    expect([parsed.paper, parsed.date, parsed.page, parsed.dateSource]).toEqual(['江城日报', '2024-05-20', '03', 'masthead']);
    expect(parsed.layout?.figures.catalogueRecords).toBe(2);
    expect(parsed.articles.map((a) => [a.section, a.kicker, a.headline, a.subheadline, a.byline.raw, a.byline.reporters, a.byline.correspondents])).toEqual([
      [null, null, '城乡融合发展迈出新步伐', null, '本报记者 刘明 通讯员 张华', ['刘明'], ['张华']],
      [null, null, '老街区焕发新活力', null, '本报记者 王芳', ['王芳'], []],
    ]);
    expect(parsed.articles.map((a) => a.paragraphs.map((p) => p.type))).toEqual([['text', 'text', 'text'], ['text', 'text']]);
    expect(parsed.leftovers.map((l) => [l.reason, l.text])).toContainEqual(['masthead', '【报纸名称】江城日报']);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['【正文】', '【正文】']);
    // Hard-wrapped at 24, each record's text is its writer's paragraphs again.
    const text = readFileSync(join(root, 'tests/fixtures/papers/catalogue-export.txt'), 'utf8');
    const wrapped = text.split('\n').flatMap((line) => (line.length > 24 ? line.match(/.{1,24}/gu)! : [line])).join('\n');
    const rewrapped = parseEdition(new TextEncoder().encode(wrapped), 'catalogue-export.txt');
    expect(rewrapped.articles.map((a) => a.paragraphs.map((p) => p.text))).toEqual(parsed.articles.map((a) => a.paragraphs.map((p) => p.text)));
  });

  it('reads labels with colons in traditional characters, a value on the line under its label, a list of authors and a lead-in in the text', () => {
    const { parsed, lines, byHeadline } = readPaper('catalogue-export-traditional.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect([parsed.paper, parsed.date, parsed.page]).toEqual(['東湖晚報', '2023-10-24', 'A03']);
    expect(parsed.articles.map((a) => [a.headline, a.subheadline])).toEqual([
      ['港珠澳大橋通車五周年 客流持續增長', '旅客出入境逾千萬人次'],
      ['秋季流感高發 醫生提醒及早接種疫苗', null],
    ]);
    const bridge = byHeadline('港珠澳大橋通車五周年 客流持續增長')!;
    expect(bridge.byline).toMatchObject({ agency: '本報', reporters: ['張美華', '李志明'] });
    // The lead-in is the byline's, as on a page; a short line closing no sentence is a subhead.
    expect(bridge.paragraphs.map((p) => [p.type, p.text.slice(0, 8)])).toEqual([
      ['text', '港珠澳大橋昨日迎'],
      ['text', '口岸管理部門表示'],
      ['subhead', '未來規劃'],
      ['text', '有關部門正研究進'],
    ]);
    expect(byHeadline('秋季流感高發 醫生提醒及早接種疫苗')!.byline.reporters).toEqual(['陳立']);
    // The export's heading and the catalogue's own fields (keywords) are furniture.
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['檢索結果：共2篇', '關鍵詞：大橋;客流', '正文：', '正文：']);
  });

  it('dates each story by its record when an export gathers stories of several days, the edition by most of them', () => {
    const record = (title: string, date: string) => `【标题】${title}\n【报纸名称】江城日报\n【日期】${date}\n【正文】\n${title}的正文。`;
    const { parsed } = parseBlocks([record('甲', '2024-05-20'), record('乙', '2024-05-20'), record('丙', '2023-01-09')], 'x.txt');
    expect(parsed.date).toBe('2024-05-20');
    expect(parsed.articles.map((a) => [a.headline, a.dateline])).toEqual([
      ['甲', '2024-05-20'],
      ['乙', '2024-05-20'],
      ['丙', '2023-01-09'],
    ]);
  });

  it('reads no catalogue in a page whose notice lists its subject and content, nor in a page with one record among its stories', () => {
    const notice = parseBlocks(['临江日报\n2024年5月21日 星期二', '关于举办招聘会的通知', '主题：2024年春季招聘会\n内容：全市200余家企业参加，提供岗位5000余个。', '城区新增三处口袋公园\n本报讯（记者 赵强）日前，城区新增的三处口袋公园正式向市民开放。'], 'x.txt').parsed;
    expect(notice.layout?.figures.catalogueRecords).toBeUndefined();
    expect(notice.articles.map((a) => a.headline)).toContain('城区新增三处口袋公园');
    const stories = Array.from({ length: 6 }, (_, k) => `第${k + 1}条新闻的标题\n本报讯（记者 赵强）第${k + 1}条新闻的正文。`);
    const among = parseBlocks(['临江日报\n2024年5月21日 星期二', ...stories, '【标题】一条记录\n【作者】张三\n【正文】\n记录的正文。'], 'x.txt').parsed;
    expect(among.layout?.figures.catalogueRecords).toBeUndefined();
  });
});

describe('pages as converters write them', () => {
  it('reads a Markdown page by its words: a heading’s #s, bold round a byline, a quotation’s > read away, a picture’s place furniture', () => {
    const { parsed, lines, byHeadline } = readPaper('markdown-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: `# 临江日报` was the first story's kicker, `## 城区新增三处口袋公园` its headline and `**本报记者 赵强**` its subheadline.
    expect([parsed.paper, parsed.date]).toEqual(['临江日报', '2024-05-20']);
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline, a.byline.reporters])).toEqual([
      [null, '城区新增三处口袋公园', null, ['赵强']],
      [null, '全市春季植树活动启动', null, ['周静']],
    ]);
    expect(byHeadline('城区新增三处口袋公园')!.paragraphs.map((p) => [p.type, p.text.slice(0, 4)])).toEqual([
      ['text', '日前，城'],
      ['text', '据介绍，'],
      ['subhead', '市民点赞'],
      ['text', '“家门口'],
    ]);
    expect(byHeadline('全市春季植树活动启动')!.paragraphs.at(-1)).toEqual({ type: 'caption', text: '图为植树现场。记者周静摄' });
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['![](images/7c1e0b52.jpg)']);
  });

  it('reads a file of pages parted by form feeds, each under the masthead again, as pdftotext writes it', () => {
    const { parsed, lines } = readPaper('form-feed-pages-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: the second page's masthead (`临江日报`, its date) was the headline block of the story under it.
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      [null, '城区新增三处口袋公园', null],
      [null, '全市春季植树活动启动', null],
    ]);
    expect(parsed.leftovers.filter((l) => l.reason === 'masthead').map((l) => l.text)).toEqual(['临江日报', '2024年5月20日星期一', '第2版', '临江日报', '2024年5月20日星期一', '第3版']);
    // Each story stands on its own page: the file is page 02, its second story on page 3 (before: both the file's 02).
    expect([parsed.page, ...parsed.articles.map((a) => a.page)]).toEqual(['02', '02', '03']);
  });

  it('reads a page as a monospaced rendering lays it out (pdftotext -layout): headlines centred, lines wrapped at a width in display columns', () => {
    const { parsed, lines } = readPaper('pdf-layout-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: no wrap was found (lines with digits hold more characters at the same width), every centred headline was an
    // indented subhead, and each paragraph's last line, flush under its cut, headed the next story.
    expect(parsed.layout?.figures).toMatchObject({ wrapWidth: 70, wrapInColumns: true });
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline, a.byline.raw])).toEqual([
      [null, '我市秋粮收购工作全面启动', '首批订单粮款已兑付到农户手中', '本报讯（记者 邓晓云 通讯员 钱力）'],
      [null, '清河大桥改造工程进入收尾阶段', null, '本报讯（记者 彭越）'],
      [null, '社区食堂“飘香”记', null, '陈小燕'],
      [null, '秋日田园好风光', null, '（本报记者 彭越 摄）'],
    ]);
    // Each paragraph whole again, as its writer set it.
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '9月11日，记者从市粮食和物资储备局获悉，我市2023年秋粮收购工作全面启动，全市共设立收购网点86个，预计收购中晚稻30万吨。',
      '今年，市粮食部门提前谋划，组织各收购网点做好仓容准备、设备检修和人员培训，确保农户售粮“不压级、不压价、不打白条”。截至目前，首批订单粮款1200万元已兑付到农户手中。',
      '“今年粮价稳，卖粮方便，心里踏实。”正在东湖粮站售粮的种粮大户陈志强说。',
    ]);
    expect(parsed.articles.map((a) => a.paragraphs.length)).toEqual([3, 2, 3, 3]);
    expect(parsed.leftovers.filter((l) => l.reason !== 'masthead').map((l) => l.text)).toEqual(['本版编辑：王明校对：李娟']);
  });
});

describe('a front page with its English name and a guide to the edition', () => {
  it('reads the romanised name under the paper’s as the masthead’s, the guide’s entries with their pages in brackets as furniture', () => {
    const { parsed, lines } = readPaper('guide-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: `LINJIANG DAILY` was the first story's kicker and the guide's three entries its subheadline.
    expect(parsed.leftovers.filter((l) => l.reason === 'masthead').map((l) => l.text)).toEqual(['临江日报', 'LINJIANG DAILY', '2024年5月22日星期三', '今日8版第12345期']);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['今日导读', '● 全市一季度经济运行稳中向好（2版）', '● 老旧小区改造惠及三万户（3版）', '● 端午假期文旅市场火热（5版）']);
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      [null, '专访市文旅局局长：让文旅融合“活”起来', null],
      [null, '全市一季度经济运行稳中向好', null],
    ]);
    // A jump closing a line keeps its reading.
    const jump = parseBlocks(['临江日报\n2024年5月21日 星期二', '城区新增三处口袋公园\n本报讯（记者 赵强）日前，城区新增的三处口袋公园正式向市民开放，公园内\n（下转第2版）'], 'x.txt').parsed;
    expect(jump.articles[0]!.continuedTo).toMatchObject({ page: '02' });
  });
});

describe('an army paper’s page', () => {
  it('reads names before a role under a bullet as a byline, a bulleted label as a subhead, the page’s staff in brackets as furniture', () => {
    const { parsed, lines, byHeadline } = readPaper('army-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: `■刘洋 本报特约通讯员 陈明` was the story's subheadline and it had no byline; `●经验做法` was an author's line
    // (its story's byline raw), and `（本版编辑：…）` the last story's text.
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      [null, '练兵场上砺尖兵', '某旅开展极限条件下综合演练见闻'],
      ['长城瞭望', '让训练场成为人才成长的沃土', null],
      [null, '某部开展安全隐患排查', null],
      [null, '海军某舰艇部队组织远海训练', null],
    ]);
    expect(byHeadline('海军某舰艇部队组织远海训练')!.byline).toMatchObject({ reporters: [], correspondents: ['刘洋', '陈明'] });
    expect(byHeadline('让训练场成为人才成长的沃土')!.byline.authors).toEqual(['黄振华']);
    const drill = byHeadline('练兵场上砺尖兵')!;
    expect(drill.byline).toMatchObject({ reporters: ['张立新', '刘海波'], authors: [] });
    expect(drill.paragraphs.map((p) => p.type)).toEqual(['text', 'text', 'text', 'subhead', 'text']);
    expect(drill.paragraphs[3]!.text).toBe('●经验做法');
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['（本版编辑：周强美术设计：王丽）']);
    for (const layout of Object.values(inBlankLineLayouts('army-style.txt'))) expect(layout.articles.map((a) => a.headline)).toEqual(parsed.articles.map((a) => a.headline));
  });
});

describe('the page’s foot', () => {
  it('reads the imprint set a field a line under the last story as furniture, but not a notice’s own address and telephone', () => {
    const story = '城区新增三处口袋公园\n本报讯（记者 赵强）日前，城区新增的三处口袋公园正式向市民开放。';
    const { parsed, lines } = parseBlocks(['临江日报\n2024年5月21日 星期二', story, 'http://www.ljrb.com.cn\n新闻热线：0731-12345678\nE-mail: ljrb@163.com\n总编辑：王大明  值班编委：李小红'], 'x.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: the four lines were the story's last paragraphs.
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['日前，城区新增的三处口袋公园正式向市民开放。']);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise')).toHaveLength(4);
    const notice = parseBlocks(['临江日报\n2024年5月21日 星期二', '招聘启事\n我公司因业务发展需要，现招聘销售人员5名。\n地址：临江市建设路1号\n电话：0731-12345678'], 'x.txt').parsed;
    expect(notice.articles[0]!.paragraphs.map((p) => p.text)).toContain('电话：0731-12345678');
    // Nor one address under a story: its own link.
    const link = parseBlocks(['临江日报\n2024年5月21日 星期二', `${story}\nhttp://www.example.com/park`], 'x.txt').parsed;
    expect(link.articles[0]!.paragraphs.map((p) => p.text)).toContain('http://www.example.com/park');
  });
});

describe('the page’s staff, each role closed by a slash', () => {
  it('reads `编辑/王芳 美编/李强 校对/张三` as furniture, and a story’s own credits with slashes as its byline', () => {
    const { parsed } = parseBlocks(['临江日报\n2024年5月21日 星期二', '城区新增三处口袋公园\n文/王芳 图/李强\n日前，城区新增的三处口袋公园正式向市民开放。', '编辑/王芳 美编/李强 校对/张三'], 'x.txt');
    // Before: an unassigned leftover.
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['编辑/王芳美编/李强校对/张三']);
    expect(parsed.articles[0]!.byline).toMatchObject({ authors: ['王芳'], photographers: ['李强'] });
  });
});

describe('a masthead closing the page', () => {
  it('reads the paper’s name and date after the page’s last text as the masthead (OCR read its box last), but not a notice’s signature', () => {
    const stories = Array.from({ length: 5 }, (_, k) => `第${k + 1}条新闻的标题\n本报讯（记者 赵强）第${k + 1}条新闻的正文。`);
    const { parsed, lines } = parseBlocks([...stories, '临江日报\n2024年3月13日 星期三'], 'x.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: no paper, no date, and the two lines unassigned.
    expect([parsed.paper, parsed.date, parsed.dateSource]).toEqual(['临江日报', '2024-03-13', 'masthead']);
    expect(parsed.leftovers.map((l) => [l.reason, l.text])).toEqual([
      ['masthead', '临江日报'],
      ['masthead', '2024年3月13日星期三'],
    ]);
    const notice = parseBlocks([...stories, '校庆公告\n热忱欢迎海内外校友返校参加庆祝活动。\n北京某大学\n2019年10月29日'], 'x.txt').parsed;
    expect(notice.dateSource).not.toBe('masthead');
  });
});

describe('a weekly’s masthead', () => {
  it('reads a name ending in 周末, a week under the name dated by its first day, and a short issue number alone', () => {
    const southern = parseBlocks(['南方周末\n2024年5月16日 第2300期\n本期40版', '一座小城的电影梦', '南方周末记者 张三', '小城的电影院已经有五十年历史了。'], 'x.txt').parsed;
    // Before: no paper, `南方周末` the story's kicker and its reporter's line the subheadline.
    expect([southern.paper, southern.date]).toEqual(['南方周末', '2024-05-16']);
    expect(southern.articles.map((a) => [a.kicker, a.headline, a.subheadline, a.byline.reporters])).toEqual([[null, '一座小城的电影梦', null, ['张三']]]);
    const reader = parseBlocks(['读者报\n2024年5月20日—5月26日\n第20期', '一座小城的电影梦', '本报记者 张三', '小城的电影院已经有五十年历史了。'], 'x.txt').parsed;
    // Before: no masthead at all, the week the story's headline.
    expect([reader.paper, reader.date, reader.dateSource]).toEqual(['读者报', '2024-05-20', 'masthead']);
    expect(reader.articles.map((a) => [a.kicker, a.headline])).toEqual([[null, '一座小城的电影梦']]);
  });
});

describe('a headline run into its lead on one line', () => {
  it('reads each line as a story: its headline in brackets or before a space, its lead-in the byline', () => {
    const stories = ['【城区新增三处口袋公园】本报讯（记者 赵强）日前，城区新增的三处口袋公园正式向市民开放。', '全市春季植树活动启动 本报讯（记者 周静）3月12日，全市春季义务植树活动启动。'];
    const { parsed, lines } = parseBlocks(['临江日报\n2024年5月21日 星期二', ...stories], 'x.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: one untitled story whose paragraphs were the lines as printed.
    expect(parsed.articles.map((a) => [a.headline, a.byline.reporters, a.paragraphs.map((p) => p.text)])).toEqual([
      ['城区新增三处口袋公园', ['赵强'], ['日前，城区新增的三处口袋公园正式向市民开放。']],
      ['全市春季植树活动启动', ['周静'], ['3月12日，全市春季义务植树活动启动。']],
    ]);
  });
});

describe('a website’s copy whose posting time stands on a line of its own', () => {
  it('reads the time as furniture, never a headline (a wrap may cut it from its source line)', () => {
    const { parsed } = parseBlocks(['东方日报\n2024年5月21日 星期二', '全市首条智慧公交线路开通\n2024-05-21 08:30:15\n来源：东方日报 作者：周明\n本报讯 昨日，全市首条智慧公交线路正式开通运营。'], 'x.txt');
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.byline.agency])).toEqual([[null, '全市首条智慧公交线路开通', '东方日报']]);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['2024-05-21 08:30:15']);
  });
});

describe('a page copied from a paper’s website archive', () => {
  it('reads the masthead set on one line, and the source line under each story as furniture', () => {
    const { parsed, lines } = readPaper('web-archive-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: no paper (the name, date and page on one line were no masthead), and `《光明日报》（ 2024年05月20日 01版）` was
    // the second story's headline, its own a subheadline.
    expect([parsed.paper, parsed.date, parsed.page, parsed.dateSource]).toEqual(['光明日报', '2024-05-20', '01', 'masthead']);
    expect(parsed.articles.map((a) => [a.headline, a.subheadline, a.byline.reporters])).toEqual([
      ['科技创新为高质量发展注入强劲动能', null, ['赵明', '孙丽']],
      ['让文明新风吹进千家万户', null, ['周静']],
    ]);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['《光明日报》（2024年05月20日01版）', '《光明日报》（2024年05月20日01版）', '[责任编辑:王小丽]']);
  });

  it('takes the paper, date and page from the source lines when the page has no masthead', () => {
    const { parsed } = parseBlocks(['让文明新风吹进千家万户', '本报记者 周静', '走进江西省某县的一个村庄，干净整洁的街道映入眼帘。', '《 人民日报 》（ 2024年05月20日 第 04 版）'], 'x.txt');
    expect([parsed.paper, parsed.date, parsed.page, parsed.dateSource]).toEqual(['人民日报', '2024-05-20', '04', 'inferred']);
    expect(parsed.articles.map((a) => a.paragraphs.map((p) => p.text))).toEqual([['走进江西省某县的一个村庄，干净整洁的街道映入眼帘。']]);
  });
});

describe('a sports page', () => {
  it('ends a caption at its photo’s credit, keeps a table apart, and opens the story under a table', () => {
    const { parsed, lines, byHeadline } = readPaper('sports-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: `全民健身跑  千人齐参与` (a headline ending in 参与, whose 与 otherwise joins a phrase to the next) was the table's
    // last paragraph and its story had no headline; `赛事预告` ran on from the caption (`…记者林静摄赛事预告`).
    expect(parsed.articles.map((a) => a.headline)).toEqual(['主场2比1逆转 江城队豪取三连胜', '中超积分榜（前五名）', '全民健身跑 千人齐参与']);
    expect(byHeadline('中超积分榜（前五名）')!.paragraphs.map((p) => p.text)).toEqual(['排名 球队 场次 积分', '1 申花 14 32', '2 海港 14 30', '3 江城 14 28', '4 泰山 14 25', '5 国安 14 22']);
    const run = byHeadline('全民健身跑 千人齐参与')!;
    expect(run.byline).toMatchObject({ reporters: ['林静'], correspondents: ['周涛'] });
    expect(run.paragraphs.slice(2, 4).map((p) => [p.type, p.text])).toEqual([
      ['caption', '图为活动现场。记者林静摄'],
      // (The caption closed by its credit leaves nothing unfinished: the short line under it heads the fixtures below, a subhead.)
      ['subhead', '赛事预告'],
    ]);
  });

  it('ends a headline in a word such as 参与, 应对 or 方向, but not a line cut after a joining 与', () => {
    const heads = ['社会力量齐参与', '积极应对', '找准发展方向'];
    const { parsed } = parseBlocks(['临江日报\n2024年5月21日 星期二', ...heads.map((h, k) => `${h}\n本报讯（记者 赵强）第${k + 1}条新闻的正文。`)], 'x.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(heads);
    const cut = parseBlocks(['临江日报\n2024年5月21日 星期二', '本报讯（记者 赵强）我们沉浸在去年的快乐与\n期待之中，继续前行。'], 'x.txt').parsed;
    expect(cut.articles.map((a) => a.paragraphs.map((p) => p.text))).toEqual([['我们沉浸在去年的快乐与期待之中，继续前行。']]);
  });
});

describe('a readers’ letters page', () => {
  it('reads a letter’s signature as its writer, an editor’s note as text, and a reporter’s reply as a story of its own', () => {
    const { parsed, lines } = readPaper('letters-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: the signature `东区幸福小区居民 王秀英` was the next story's headline and `记者调查` its author; `本报记者 刘佳`
    // was a story of its own; the editor's note was a headline over `公交站台遮阳棚该修了`, which was its 副题.
    expect(parsed.articles.map((a) => [a.headline, a.byline.authors, a.byline.reporters])).toEqual([
      ['老旧小区加装电梯何时能落地？', ['王秀英'], []],
      ['记者调查', [], ['刘佳']],
      ['公交站台遮阳棚该修了', ['陈立'], []],
    ]);
    // The note stands over the letter it introduces (as editors' notes are read: see moveEditorsNotes).
    expect(parsed.articles[2]!.paragraphs[0]!.text.startsWith('编者按：老旧小区加装电梯是民生实事')).toBe(true);
    for (const layout of Object.values(inBlankLineLayouts('letters-style.txt'))) expect(layout.articles.map((a) => a.byline.authors)).toEqual([['王秀英'], [], ['陈立']]);
  });

  it('reads a subhead with a signer’s word in it as a subhead, and a column’s name as no author', () => {
    const { parsed } = parseBlocks(['临江日报\n2024年5月21日 星期二', '扶贫路上\n本报讯（记者 赵强）全市扶贫工作稳步推进。\n数据监测防止贫困群众致贫返贫\n各地建立了监测机制。'], 'x.txt');
    expect(parsed.articles[0]!.byline.authors).toEqual([]);
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toContain('各地建立了监测机制。');
  });
});

describe('text taken from a PDF, a running head or foot on every page', () => {
  it('reads the running heads as furniture, and a story cut by one whole again', () => {
    const { parsed, lines } = readPaper('pdf-text-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: `2024年5月20日 星期一   临江日报   3` was the headline of a story holding `顺利完成。` and the paragraph after it,
    // and `临江日报 2024年5月20日 星期一 经济 4` the next story's section.
    expect(parsed.articles.map((a) => [a.section, a.headline])).toEqual([
      [null, '一季度全市工业经济稳中向好'],
      [null, '外贸企业开拓新市场见成效'],
    ]);
    const first = parsed.articles[0]!.paragraphs.map((p) => p.text);
    expect(first).toHaveLength(4);
    expect(first[2]!.endsWith('确保全年目标任务顺利完成。')).toBe(true);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['2024年5月20日星期一临江日报3', '临江日报2024年5月20日星期一经济4', '—4—']);
    // The story cut by page 4's running head stands on page 3, where it begins; the next begins on page 4 (before: both 03).
    expect(parsed.articles.map((a) => a.page)).toEqual(['03', '04']);
  });

  it('reads the paper and page from a running head at the top of the file', () => {
    const { parsed } = parseBlocks(['2024年5月20日 星期一   临江日报   3', '一季度全市工业经济稳中向好\n本报讯（记者 陈明）记者从市工信局获悉，一季度全市工业经济稳中向好。'], 'x.txt');
    expect([parsed.paper, parsed.date, parsed.page]).toEqual(['临江日报', '2024-05-20', '03']);
  });

  it('never reads a sentence or a headline with a date in it as a running head', async () => {
    const { runningHead } = await import('./masthead');
    expect(runningHead('2024年5月20日 星期一 | 第A04版 | 要闻')).toEqual({ paper: null, page: 'A04' });
    for (const text of ['2024年5月20日', '据2024年5月20日临江日报报道', '今年5月20日临江日报记者3人', '2024年5月20日 星期一 临江日报 第3版 经济新闻综合']) expect(runningHead(text)).toBeNull();
  });
});

describe('a page of news photos', () => {
  it('reads the text above a photo’s credit as its caption, the credit on its own line or closing the caption', () => {
    const { parsed, lines } = readPaper('photo-page-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => [a.kind, a.headline, a.byline.photographers])).toEqual([
      ['photo', '初夏田野忙', ['周建']],
      ['photo', '古城夜色美', ['吴芳']],
      ['photo', '非遗进校园', ['马力']],
    ]);
    // Before: the text above a credit on its own line was the story's text, only the credit a caption.
    for (const article of parsed.articles) expect(article.paragraphs.every((p) => p.type === 'caption')).toBe(true);
  });
});

describe('older and looser layouts of a story’s opening', () => {
  it('reads 本报讯 alone on its line as the lead-in of the text under it', () => {
    const { parsed } = parseBlocks(['临江日报\n1987年3月5日 星期四', '全县春耕生产全面展开\n本报讯\n连日来，全县各地抓住晴好天气，组织劳力开展春耕生产。', '县化肥厂超额完成一季度计划\n【本报讯】\n县化肥厂全体职工大干快上，提前完成一季度生产计划。'], 'x.txt');
    // Before: `本报讯` was the headline's 副题, and the story had no byline.
    expect(parsed.articles.map((a) => [a.headline, a.subheadline, a.byline.agency, a.paragraphs.length])).toEqual([
      ['全县春耕生产全面展开', null, '本报', 1],
      ['县化肥厂超额完成一季度计划', null, '本报', 1],
    ]);
  });

  it('reads a byline set beside its headline on one line, after a wide space', () => {
    const text = ['临江日报', '2024年5月20日 星期一', '', '全市召开经济工作会议   本报记者 张三', '', '5月19日，全市经济工作会议召开。', '', '春天的歌\u3000□ 王小二', '', '春风吹过山岗，桃花开满枝头。', '', '主场逆转  江城队豪取三连胜', '', '本报讯（记者 马骏）6月2日晚，江城队主场逆转取胜。', '', '书名：红岩  作者：罗广斌', '书名：创业史  作者：柳青'].join('\n');
    const parsed = parsedWhole(text, 'x.txt');
    // Before: the byline was part of the headline (`全市召开经济工作会议 本报记者 张三`), and the story had none.
    expect(parsed.articles.slice(0, 3).map((a) => [a.headline, a.byline.reporters, a.byline.authors])).toEqual([
      ['全市召开经济工作会议', ['张三'], []],
      ['春天的歌', [], ['王小二']],
      ['主场逆转 江城队豪取三连胜', ['马骏'], []],
    ]);
    // Rows of labels and values are no headline with a byline.
    expect(parsed.articles.flatMap((a) => a.paragraphs.map((p) => p.text)).filter((t) => t.startsWith('书名'))).toHaveLength(2);
  });
});

describe('a headline too long for its column, wrapped onto a second line', () => {
  it('joins the lines of one headline again, and keeps a 副题 and a kicker apart', () => {
    for (const sep of ['\n', '\n\n']) {
      const { parsed } = parseBlocks(
        [
          '临江日报\n2024年5月20日 星期一',
          ['我市召开2024年优化营商环境', '暨招商引资工作推进大会', '本报讯（记者 张三）5月19日，我市召开推进大会。'].join(sep),
          ['关于进一步加强城市精细化管理', '提升人居环境质量的实施意见', '本报讯（记者 李四）日前，市政府办公室印发实施意见。'].join(sep),
          ['全市青少年科技创新大赛的', '颁奖仪式在市科技馆举行', '本报讯（记者 王五）5月19日，颁奖仪式举行。'].join(sep),
          ['坚持以人民为中心', '——写在全市民生实事项目全面完成之际', '本报讯（记者 赵六）今年以来，全市扎实推进民生实事。'].join(sep),
          ['春耕时节', '农民抢抓农时忙插秧', '本报讯（记者 孙七）眼下正值插秧时节。'].join(sep),
        ],
        'x.txt',
      );
      // Before: the second line of each wrapped headline was its 副题 (`暨招商引资工作推进大会`).
      expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
        [null, '我市召开2024年优化营商环境暨招商引资工作推进大会', null],
        [null, '关于进一步加强城市精细化管理提升人居环境质量的实施意见', null],
        [null, '全市青少年科技创新大赛的颁奖仪式在市科技馆举行', null],
        [null, '坚持以人民为中心', '写在全市民生实事项目全面完成之际'],
        ['春耕时节', '农民抢抓农时忙插秧', null],
      ]);
    }
  });
});

describe('two columns OCR read across, each line the left column’s text, a wide space, the right column’s', () => {
  it('sets the columns apart again, each story whole, and a line so parted belongs to a story of each column', () => {
    const { parsed, lines } = readPaper('two-columns-style.txt');
    // Before: one story headed `城区新增三处口袋公园 全市春季植树活动启动`, its text the two stories' lines in turn.
    expect(parsed.articles.map((a) => [a.headline, a.byline.reporters])).toEqual([
      ['城区新增三处口袋公园', ['赵强']],
      ['全市春季植树活动启动', ['孙丽']],
      ['市民热线服务质量持续提升', ['王芳']],
      ['便民电话', []],
    ]);
    const [left, right] = parsed.articles;
    expect(left!.paragraphs.map((p) => p.text)).toEqual(['日前，城区新增的三处口袋公园正式向市民开放，为周边居民提供了休闲健身的好去处。据介绍，这三处公园均利用城市边角地块改造而成，总面积约一万平方米，园内设置了健身步道、儿童游乐设施和休憩座椅。市园林局相关负责人表示，今年全市计划新建口袋公园二十处，让市民推窗见绿、出门进园。']);
    expect(right!.paragraphs.map((p) => p.text)).toEqual(['3月12日，全市春季义务植树活动在湘江风光带启动，两千余名干部群众参加。活动现场，大家挥锹铲土、扶苗培土，种下樟树、桂花等苗木三千余株。据了解，今年全市计划完成植树造林五万亩，新增城市绿地二百公顷，持续提升城市生态品质。']);
    // The source lines are the file's: the parted ones are in both columns' stories, every other line in one place.
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(left!.sourceLines[0]![0]).toBe(right!.sourceLines[0]![0]);
    // A table's rows parted by wide spaces are no columns (their cells are short), nor a wrapped line.
    expect(parsed.articles[3]!.paragraphs.map((p) => p.text)).toEqual(['市民热线 12345', '供水抢修 0731-22881234', '燃气抢修 0731-22885678']);
  });

  it('leaves a file with no run of parted lines as it is', () => {
    const text = '临江日报\n2024年3月13日 星期三\n\n主场逆转  江城队豪取三连胜\n\n本报讯（记者 马骏）江城队主场逆转取胜。\n上证指数    3171.15    +0.54%\n深证成指    9876.54    -0.12%\n创业板指    1890.12    +1.02%';
    expect(columnsApart(text)).toEqual({ text, origin: null });
  });
});

describe('three columns read across on each line', () => {
  it('sets each column apart, each story whole under its headline', () => {
    const { parsed, lines } = readPaper('three-columns-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => [a.headline, a.byline.reporters, a.paragraphs.map((p) => p.text.slice(-8))])).toEqual([
      ['城区新增三处口袋公园', ['赵强'], ['园内设置了健身步道和休憩座椅。'.slice(-8)]],
      ['全市春季植树活动启动', ['孙丽'], ['种下樟树、桂花等苗木三千余株。'.slice(-8)]],
      ['市民热线服务质量提升', ['王芳'], ['满意率较去年同期提高两个百分点。'.slice(-8)]],
    ]);
  });
});

describe('a paragraph or a file larger than a call takes arguments', () => {
  it('parses three columns of 120,000 lines read across, each column one paragraph, without overflowing the stack', { timeout: 60_000 }, () => {
    const han = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';
    const chars = (n: number, seed: number) => Array.from({ length: n }, (_, i) => han[(seed * 31 + i * 17) % han.length]).join('');
    const text = Array.from({ length: 120_000 }, (_, i) => [chars(12, i), chars(12, i + 1), chars(12, i + 2)].join('    ')).join('\n');
    // Before: `RangeError: Maximum call stack size exceeded` (a paragraph's line numbers were spread into one call).
    const parsed = parseEdition(new TextEncoder().encode(text), 'x.txt');
    expect(parsed.articles.flatMap((a) => a.paragraphs).reduce((n, p) => n + p.text.length, 0)).toBe(120_000 * 36);
  });
});

describe('the paper’s own contact lines at a page’s foot', () => {
  it('sets them aside as the imprint is, and keeps a notice’s phone number in the notice', () => {
    const { parsed } = parseBlocks(['临江日报\n2024年5月20日 星期一', '全市召开经济工作会议\n本报讯（记者 张三）5月19日，全市经济工作会议召开。', '新闻热线：0731-22880000  广告热线：0731-22881111\n发行热线：0731-22882222  投稿邮箱：ljrb@163.com', '招聘启事\n本公司招聘会计一名。联系电话：0731-22883333  地址：临江市人民路2号'], 'x.txt');
    // Before: the contact lines were the story's last two paragraphs.
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['5月19日，全市经济工作会议召开。']);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise')).toHaveLength(2);
    expect(parsed.articles[1]!.paragraphs.map((p) => p.text).join('')).toContain('联系电话');
  });
});

describe('a date in a line of text a hard wrap cut short, near the top of a page with no masthead', () => {
  it('is no masthead date: a clause beside it, a range, or words on both sides', () => {
    for (const cut of ['工作报告（2019年1月11日）', '2018年10月29日，习近', '根据1993年10月31日第八', '2019年10月11日至13日', '定于2019年10月18日—']) {
      const { parsed } = parseBlocks(['全会召开', `${cut}\n我代表常务委员会向全会作工作报告，请予审议。`], '20190221-05.txt');
      // Before: each was read as the masthead's date, overruling the file name's.
      expect([cut, parsed.date, parsed.dateSource]).toEqual([cut, '2019-02-21', 'filename']);
    }
    // A masthead's date alone, or beside its weekday, still is.
    expect(parseBlocks(['临江日报\n2024年5月20日 星期一', '标题\n本报讯 正文。'], 'x.txt').parsed.date).toBe('2024-05-20');
  });
});

describe('numbered subheads where blank lines part every line and nothing is indented', () => {
  it('keeps （1）… and 第三节 … in their story, as 一、… and ●… are kept', () => {
    const blocks = ['临江日报\n2024年5月20日 星期一', '迈出建设网络强国的坚实步伐', '本报讯（记者 张三）第六届世界互联网大会即将开幕。', '（1）网信事业代表着新的生产力和新的发展方向', '当今世界，科技革命和产业变革日新月异。', '第三节 防范化解风险', '做好防范化解重大风险工作，重点防控金融风险。'];
    const { parsed } = parseBlocks(blocks, 'x.txt');
    // Before: each numbered subhead, set apart like a headline, opened a story of its own.
    expect(parsed.articles.map((a) => a.headline)).toEqual(['迈出建设网络强国的坚实步伐']);
    expect(parsed.articles[0]!.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)).toEqual(['（1）网信事业代表着新的生产力和新的发展方向', '第三节防范化解风险']);
  });
});

describe('the layout figures of a file with columns read across', () => {
  it('count the lines that held several columns, and are absent from other files’ figures', () => {
    const { parsed } = readPaper('two-columns-style.txt');
    // The fixture's lines with a wide space between two columns' text (its headline line and the body's), not its table's rows.
    const parted = readFileSync(join(root, 'tests/fixtures/papers/two-columns-style.txt'), 'utf8').split('\n').filter((l) => / {4,}/.test(l.trim()) && l.trim().split(/ {4,}/).every((part) => part.length >= 6));
    expect(parted.length).toBeGreaterThan(5);
    expect(parsed.layout?.figures.columnsReadAcross).toBe(parted.length);
    expect('columnsReadAcross' in readPaper('sports-style.txt').parsed.layout!.figures).toBe(false);
  });
});

describe('a story copied from a website, its source and editor under it', () => {
  it('reads 来源：… as the story’s source closing it, and 编辑：… as the page’s furniture', () => {
    const { parsed, lines } = parseBlocks(['临江日报\n2024年5月20日 星期一', '全市召开经济工作会议', '本报讯（记者 张三）5月19日，全市经济工作会议召开。\n来源：临江日报\n编辑：李四', '科技创新注入强劲动能', '新华社北京5月19日电（记者 王五）记者从科技部获悉，科技成果转化效率不断提升。'], 'x.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: `来源：临江日报` opened a headless story whose text was `编辑：李四`.
    expect(parsed.articles.map((a) => [a.headline, a.byline.raw])).toEqual([
      ['全市召开经济工作会议', '本报讯（记者 张三） 来源：临江日报'],
      ['科技创新注入强劲动能', '新华社北京5月19日电（记者 王五）'],
    ]);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['编辑：李四']);
  });
});

describe('a letter’s signature in traditional characters', () => {
  it('is its writer, and a column’s name after a signer’s word (讀者來信, 市民熱線) is none', () => {
    const signed = (line: string) => parseBlocks(['東湖日報\n2024年5月20日 星期一', `來信標題\n編輯同志：\n我們社區的路燈壞了很久。\n${line}`, '標題二\n本報訊（記者 李四）正文。'], 'x.txt').parsed.articles[0]!.byline.authors;
    expect(signed('讀者 陳立')).toEqual(['陳立']);
    expect(signed('讀者來信')).toEqual([]);
    expect(signed('市民熱線')).toEqual([]);
  });
});

describe('a page of classified advertisements and notices', () => {
  it('ends an item at the contact field after its sentences, and signs an obituary with the line that closes in 泣告', () => {
    const { parsed, lines } = readPaper('classifieds-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: every item after `招聘` ran into one paragraph (no item ends a sentence: `…电话：0716-8123456`), the headings
    // `房屋租售` and `讣告` inside it, and the obituary's signer was a headline with no story, left over.
    expect(parsed.articles.map((a) => [a.kind, a.headline, a.paragraphs.length])).toEqual([
      ['notice', '遗失声明', 3],
      ['notice', '招聘', 4],
      ['notice', '讣告', 2],
    ]);
    const hiring = parsed.articles[1]!.paragraphs.map((p) => [p.type, p.text.slice(0, 6)]);
    expect(hiring).toEqual([
      ['text', '某物流公司招'],
      ['text', '某餐饮店诚聘'],
      ['subhead', '房屋租售'],
      ['text', '城东花园小区'],
    ]);
    expect(parsed.articles[2]!.paragraphs.at(-1)!.text).toBe('孝子：王建平王建华泣告');
    expect(parsed.leftovers.filter((l) => l.reason === 'unassigned')).toEqual([]);
  });
});

describe('a service page: weather, television, lottery', () => {
  it('reads a channel’s name under 电视节目 as no writer: a name opens with a surname', () => {
    const { parsed, lines } = readPaper('service-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: `湖南卫视`, two to four characters alone under a headline, was the listing's author and made it a commentary.
    const listing = parsed.articles.find((a) => a.headline === '电视节目')!;
    // (Since the twelfth session the first channel is the box's first subhead, as the later ones are, not its 副题.)
    expect([listing.kind, listing.byline.authors, listing.subheadline, listing.paragraphs[0]!.text]).toEqual(['news', [], null, '湖南卫视']);
    expect(parsed.articles.flatMap((a) => a.byline.authors)).toEqual([]);
    // Each box an item of its own under its name: `彩票开奖` was the first draw's kicker and `便民热线` a subhead of the draws.
    expect(parsed.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([
      [null, null, '天气预报'],
      [null, null, '电视节目'],
      ['彩票开奖', null, '双色球第2024029期开奖号码'],
      [null, null, '便民热线'],
    ]);
    // The second channel's name over its rows is the listing's subhead (before, eleventh session: an item of its own), and the
    // first's too (before, twelfth session: the box's 副题).
    expect(listing.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)).toEqual(['湖南卫视', '湘江频道']);
  });
});

describe('a column’s label in lenticular brackets over a headline', () => {
  it('is the story’s section, whatever its words, never its kicker', () => {
    const { parsed, lines } = parseBlocks(
      [
        '南岭都市报\n2024年4月2日 星期二 A05 城事',
        '【便民提示】\n清明假期公交线路调整\n本报讯（通讯员 钟雨）清明假期期间，市公交集团将加密开往南山公墓的线路，首末班时间各延长1小时。',
        '〖教育〗\n我市中小学将推广课后延时服务\n本报讯（记者 龙晓燕）本学期起全市中小学将全面推广课后延时服务，每天放学后提供不少于2小时的托管。',
      ],
      'a05.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: each label was its headline's kicker (only a label holding a column's word, `【民生关注】`, was a section).
    expect(parsed.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([
      ['【便民提示】', null, '清明假期公交线路调整'],
      ['〖教育〗', null, '我市中小学将推广课后延时服务'],
    ]);
  });
});

describe('a page copied from a paper’s digital edition (数字报)', () => {
  it('reads the paper’s name without its edition, the navigation and the titles’ list as furniture, and each story’s fields line as its byline', () => {
    const { parsed, lines } = readPaper('digital-edition-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: the paper was `衡州日报数字报`; the navigation and the list of titles under `本版标题导航` were one story's text, the
    // first story had no headline, each fields line (`作者：… 来源：… 发布时间：…`) was a headline or a subheadline, and the
    // site's copyright line was left over as text.
    expect([parsed.paper, parsed.date, parsed.page]).toEqual(['衡州日报', '2023-06-15', '03']);
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline, a.byline.agency, a.byline.reporters, a.byline.correspondents])).toEqual([
      [null, '我市夏粮收购全面启动', null, '衡州日报', ['朱文斌'], ['孟静']],
      [null, '高新区新签约项目12个', null, '衡州日报', ['曾雯'], []],
      [null, '暑期文化惠民活动启幕', null, '衡州日报', [], ['韩露']],
    ]);
    expect(parsed.articles.map((a) => a.paragraphs.length)).toEqual([3, 1, 1]);
    expect(parsed.leftovers.filter((l) => l.reason !== 'masthead').map((l) => [l.reason, l.text.slice(0, 6)])).toEqual([
      ['noise', '上一版下一版'],
      ['noise', '本版标题导航'],
      ['noise', '我市夏粮收购'],
      ['noise', '高新区新签约'],
      ['noise', '暑期文化惠民'],
      ['noise', '版权所有：衡'],
    ]);
    // With a blank line under every line (as some OCR sets any page) the titles' list is the contents still.
    const { everyLine } = inBlankLineLayouts('digital-edition-style.txt');
    expect(everyLine.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline]));
  });
});

describe('an old paper’s page with no punctuation, spaces between its clauses', () => {
  it('reads each long line as text, keeps the spaces that stand for marks, and opens a story at each headline', () => {
    const { parsed, lines } = readPaper('unpunctuated-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.layout?.figures.unpunctuated).toBe(true);
    // Before: a line of spaced clauses was headline-shaped (`米價回落`'s text its headline), the last story's text and headlines
    // were left over, and every space between clauses was closed up (`出席委員七人由主席主持`).
    expect(parsed.articles.map((a) => [a.headline, a.subheadline, a.paragraphs.length])).toEqual([
      ['省府會議通過要案', null, 1],
      ['米價回落', null, 1],
      ['湘江水位漲', null, 1],
      ['教育廳通令各校', '注意學生衛生', 1],
    ]);
    expect(parsed.articles[0]!.paragraphs[0]!.text).toMatch(/^省政府昨日上午九時舉行第二百十五次省務會議 出席委員七人 由主席主持 /);
    expect(parsed.leftovers.filter((l) => l.reason !== 'masthead')).toEqual([]);
    // A punctuated page is read as before: its spaces between characters are OCR's, closed up.
    expect(readPaper('republic-style.txt').parsed.layout?.figures.unpunctuated).toBeUndefined();
  });
});

describe('an older paper’s masthead in Chinese numerals', () => {
  it('reads the issue’s number digit by digit and the day’s pages in numerals, both the masthead’s, not a kicker', () => {
    const { parsed, lines } = parseBlocks(
      [
        '新湘日报\n一九五六年十月一日 星期一 农历丙申年八月二十七日\n第二三四五号 今日八版',
        '庆祝中华人民共和国成立七周年\n全市各界群众举行盛大游行\n【本报讯】今天是中华人民共和国成立七周年纪念日。全市各界群众十万余人，在人民广场集会，热烈庆祝伟大的节日。',
      ],
      'xinxiang.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: `第二三四五号 今日八版` was the first story's kicker.
    expect(parsed).toMatchObject({ paper: '新湘日报', date: '1956-10-01', issueNumber: 2345, pageCount: 8 });
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([[null, '庆祝中华人民共和国成立七周年', '全市各界群众举行盛大游行']]);
  });
});

describe('a financial paper’s page of companies’ notices (信息披露)', () => {
  it('reads each notice under its header of fields, its company the kicker, its title the headline, and its bulleted points apart', () => {
    const { parsed, lines } = readPaper('disclosure-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: each header line (`证券代码：… 证券简称：… 公告编号：…`) closed the notice above it (the first opened a story with no
    // headline), the company's name was the headline and the title its 副题, and the first bulleted point ran into `重要内容提示：`.
    expect(parsed.articles.map((a) => [a.kind, a.section, a.kicker, a.headline, a.subheadline])).toEqual([
      ['notice', '证券代码：600123 证券简称：江城股份 公告编号：2023-045', '江城科技股份有限公司', '关于控股股东部分股份解除质押的公告', null],
      ['notice', '证券代码：002456 证券简称：南岭电气 公告编号：2023-031', '南岭电气股份有限公司', '2022年年度权益分派实施公告', null],
    ]);
    expect(parsed.articles[0]!.paragraphs.slice(1, 4).map((p) => p.text.slice(0, 7))).toEqual(['重要内容提示：', '●控股股东江城', '●本次解除质押']);
    expect(parsed.articles.map((a) => a.paragraphs.at(-1)!.text)).toEqual(['2023年6月15日', '二〇二三年六月十五日']);
  });
});

describe('a page of students’ pieces, each signed under its title with the school and the teacher', () => {
  it('reads the school and name as the writer’s line and the teacher’s as the byline’s, the title as the headline', () => {
    const { parsed, lines } = readPaper('school-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: `长沙市实验小学三年级二班 王小明` was the headline, the title its kicker and `指导老师：李芳` its 副题.
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline, a.byline.authors, a.byline.raw])).toEqual([
      [null, '我家的小菜园', null, ['王小明'], '长沙市实验小学三年级二班 王小明 指导老师：李芳'],
      [null, '秋天的校园', null, ['刘思琪'], '长沙市育才学校五年级一班 刘思琪 指导老师：陈静'],
    ]);
  });
});

describe('a headline block whose roles an editor’s export labelled', () => {
  it('reads 引题, 主题 and 副题 by their labels, and takes the labels off', () => {
    const { parsed, lines } = parseBlocks(
      [
        '江城日报\n2024年5月20日 星期一',
        '引题：聚焦城市更新\n主题：老旧小区改造惠及三万户\n副题：今年计划完成改造项目126个，年底前全部开工\n本报讯（记者 王芳）记者从市住建局获悉，今年我市计划改造老旧小区126个，惠及居民3万余户。',
        '主题：城区新增三处口袋公园\n本报讯（记者 刘明）近日，城区新建的三处口袋公园正式开放。',
      ],
      'labelled.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: the three labelled lines were read as a list of fields, text of a story with no headline.
    expect(parsed.articles.map((a) => [a.section, a.kicker, a.headline, a.subheadline])).toEqual([
      [null, '聚焦城市更新', '老旧小区改造惠及三万户', '今年计划完成改造项目126个，年底前全部开工'],
      [null, null, '城区新增三处口袋公园', null],
    ]);
  });
});

describe('a file of several days’ pages, each under its masthead', () => {
  it('reads each later masthead as the masthead’s, dates the stories under it by it, and says the file holds several days', () => {
    const { parsed, lines } = parseBlocks(
      [
        '临江日报\n2024年5月20日 星期一\n第1版',
        '城区新增三处口袋公园\n本报讯（记者 赵强）近日，城区新建的三处口袋公园正式开放，为市民增添了休闲好去处。',
        '临江日报\n2024年5月21日 星期二\n第1版',
        '全市春季植树活动启动\n本报讯（记者 周静）昨日，全市春季义务植树活动在城北公园启动。',
      ],
      'week.txt',
    );
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: the second day's date line was the next story's section, and that story had no date of its own.
    expect(parsed.date).toBe('2024-05-20');
    expect(parsed.articles.map((a) => [a.section, a.headline, a.dateline])).toEqual([
      [null, '城区新增三处口袋公园', null],
      [null, '全市春季植树活动启动', '2024-05-21'],
    ]);
    expect(parsed.leftovers.filter((l) => l.reason === 'masthead').map((l) => l.text)).toEqual(['临江日报', '2024年5月20日星期一', '第1版', '临江日报', '2024年5月21日星期二', '第1版']);
    expect(parsed.layout?.figures.pageDays).toEqual(['2024-05-20', '2024-05-21']);
    expect(parsed.warnings).toEqual([
      "The file holds pages of several days (2024-05-20, 2024-05-21): read as one edition dated 2024-05-20, each story dated by its page's masthead.",
    ]);
  });
});

describe('a long line of labels and colons over a headline', () => {
  it('is read at once (a pattern of repeated fields would backtrack without end on it)', () => {
    // 14 `label：value` pairs with no space between and a full stop at the end: no line of fields, but it looks like one to a
    // pattern, which then tries every way to part it (over a minute for this line before).
    const line = Array.from({ length: 14 }, () => '甲乙丙：丁戊己庚辛').join('') + '。';
    const { parsed, lines } = parseBlocks(['江城日报\n2024年5月20日', `${line}\n老旧小区改造惠及三万户\n本报讯（记者 王芳）今年我市计划改造老旧小区126个。`], 'fields.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => a.headline)).toContain('老旧小区改造惠及三万户');
  });
});

describe('this session’s made-up pages set in traditional characters', () => {
  // The shape of each story: what a reader sees of its headline block, byline and paragraphs, the words aside.
  const shape = (parsed: ParsedEdition) =>
    parsed.articles.map((a) => [a.kind, !!a.section, !!a.kicker, !!a.subheadline, a.paragraphs.length, a.byline.reporters.length, a.byline.correspondents.length, a.byline.authors.length]);
  for (const target of ['tw', 'hk'] as const) {
    const convert = OpenCC.Converter({ from: 'cn', to: target });
    for (const name of ['pdf-layout-style.txt', 'digital-edition-style.txt', 'classifieds-style.txt', 'disclosure-style.txt', 'school-style.txt', 'unpunctuated-style.txt']) {
      it(`${name} (${target}) reads as it does in simplified characters`, () => {
        const text = readFileSync(join(root, 'tests/fixtures/papers', name), 'utf8');
        const parsed = parseEdition(new TextEncoder().encode(convert(text)), name);
        expect(coverage(parsed, convert(text))).toEqual({ missing: [], twice: [] });
        // Before: a digital edition's `發佈時間` and a teacher's `指導老師` were no words the parser knew in that script.
        expect(shape(parsed)).toEqual(shape(readPaper(name).parsed));
      });
    }
  }
});

describe('a paragraph that a line break cut inside a number or between Latin words', () => {
  it('joins a number again with no space, and two Latin words with one', () => {
    const { parsed } = parseBlocks(
      [
        '江岸日报',
        '2024年5月20日 星期一',
        '市图书馆新馆开馆',
        '本报讯（记者 唐敏）记者从市文化和旅游局获悉，位于城东新区的市图书馆新馆已于今年5月1',
        '8日正式开馆，新馆总建筑面积3.2万平方米，设有少儿阅览区、古籍阅览室，藏书量达到15',
        '0万册，开馆以来接待读者逾十万人次。馆内还引进了美国纽约公共图书馆的阅读推广项目New',
        'York Reads，受到青少年读者欢迎。',
      ],
      'library.txt',
    );
    // Before: `5月1 8日` and `15 0万册`, a space put between the digits a line break parted.
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '记者从市文化和旅游局获悉，位于城东新区的市图书馆新馆已于今年5月18日正式开馆，新馆总建筑面积3.2万平方米，设有少儿阅览区、古籍阅览室，藏书量达到150万册，开馆以来接待读者逾十万人次。馆内还引进了美国纽约公共图书馆的阅读推广项目New York Reads，受到青少年读者欢迎。',
    ]);
  });
});

describe('a supplement’s poem under its title and its writer’s name alone, OCR spaces in both', () => {
  it('reads the title, the writer and each verse a line of its own, on a page its label names a supplement', () => {
    const { parsed, lines } = readPaper('poems-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: the title, the name and every verse were one headline block (`写下一个人字` its headline), and the page
    // (`A11 湘江副刊`, a page number before its label) was not read as a supplement.
    expect(parsed.articles.map((a) => [a.kind, a.headline, a.byline.authors, a.paragraphs.length])).toEqual([
      ['literary', '秋 思', ['李明'], 8],
      ['literary', '故乡的桂花', ['王芳'], 4],
    ]);
    expect(parsed.articles[0]!.paragraphs.slice(0, 2).map((p) => p.text)).toEqual(['一场秋雨', '洗亮了远山']);
  });
});

describe('a report printed whole, and a forum of speakers under one headline', () => {
  it('reads a government report: its title, the meeting it was given at, its signer by office, and every part numbered as a subhead', () => {
    const { parsed, lines } = readPaper('report-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed.articles).toHaveLength(1);
    const [report] = parsed.articles;
    // Before: the signer's line (`临江市市长 何建平`) was run into the subheadline, and no one signed the report.
    expect([report!.headline, report!.subheadline, report!.byline.authors]).toEqual(['政府工作报告', '2025年1月14日在临江市第十六届人民代表大会第五次会议上', ['何建平']]);
    // Before: a part titled in two clauses (`（一）坚持稳字当头，经济运行总体平稳`) was read as a sentence cut short, and the
    // paragraph under it run into it.
    expect(report!.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)).toEqual([
      '一、2024年工作回顾',
      '（一）坚持稳字当头，经济运行总体平稳',
      '（二）坚持创新驱动，产业结构持续优化',
      '（三）坚持民生优先，人民生活持续改善',
      '二、2025年工作安排',
      '（一）着力扩大有效需求',
      '（二）着力建设现代化产业体系',
    ]);
    expect(report!.paragraphs.filter((p) => p.type === 'text')).toHaveLength(10);
    // The salutation is a paragraph of its own (before: run into the text under it, `各位代表：现在，我代表…`).
    expect(report!.paragraphs[0]).toMatchObject({ type: 'text', text: '各位代表：' });
  });

  it('keeps a forum one story, each speaker named by office a subhead over what that one says', () => {
    const { parsed, lines } = readPaper('forum-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: three untitled pieces, one a speaker, the forum's headline over its editor's note alone.
    expect(parsed.articles.map((a) => [a.headline, a.paragraphs.map((p) => p.type[0]).join('')])).toEqual([['专家谈乡村振兴', 'tsttsttst']]);
    expect(parsed.articles[0]!.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)).toEqual(['临江大学经济学院院长李建华', '临江市农业农村局局长赵文斌', '东湖村党支部书记孙红梅']);
  });

  for (const target of ['tw', 'hk'] as const) {
    it(`reads both alike in traditional characters (${target})`, () => {
      const convert = OpenCC.Converter({ from: 'cn', to: target });
      for (const name of ['report-style.txt', 'forum-style.txt']) {
        const text = convert(readFileSync(join(root, 'tests/fixtures/papers', name), 'utf8'));
        const parsed = parseEdition(new TextEncoder().encode(text), name);
        const { parsed: simplified } = readPaper(name);
        const shape = (p: ParsedEdition) => p.articles.map((a) => [a.paragraphs.map((x) => x.type[0]).join(''), a.byline.authors.length, !!a.subheadline]);
        expect(coverage(parsed, text)).toEqual({ missing: [], twice: [] });
        expect(shape(parsed), name).toEqual(shape(simplified));
      }
    });
  }

  it('never takes a headline’s phrase after an office for a name', () => {
    // A name of four characters opens with a surname of two (`欧阳`); `全力推进` is a phrase.
    const { parsed } = parseBlocks(['临江日报\n2025年1月15日', '市委书记 全力推进\n本报讯（记者 王芳）昨日，市委召开常委会议。'], 'office.txt');
    expect(parsed.articles[0]!.byline.authors).toEqual([]);
  });
});

describe('a page that prints each byline over its headline', () => {
  const expected = [
    ['暴雨过后 社区志愿者连夜清淤', null, ['李文华'], ['张悦'], 3],
    ['菜价平稳 “菜篮子”供应充足', null, ['何静'], [], 2],
    ['汛期出行安全提示', '这些路段请绕行', ['周敏'], ['邓磊'], 2],
  ];
  const read = (parsed: ParsedEdition) => parsed.articles.map((a) => [a.headline, a.subheadline, a.byline.reporters, a.byline.correspondents, a.paragraphs.length]);

  it('gives each story the byline over its headline, in every blank-line layout', () => {
    const { parsed, lines } = readPaper('byline-over-headline-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: the first byline stood alone as an untitled story, the second closed the first story, and the second
    // story's headline was the first's subhead.
    expect(read(parsed)).toEqual(expected);
    const { everyLine, none } = inBlankLineLayouts('byline-over-headline-style.txt');
    expect(read(everyLine)).toEqual(expected);
    expect(read(none)).toEqual(expected);
  });

  it('reads it alike in traditional characters', () => {
    const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const text = convert(readFileSync(join(root, 'tests/fixtures/papers', 'byline-over-headline-style.txt'), 'utf8'));
    const parsed = parsedWhole(text, 'byline-over-headline-style.txt');
    expect(parsed.articles.map((a) => [a.byline.reporters.length, a.byline.correspondents.length, a.paragraphs.length])).toEqual(expected.map((e) => [(e[2] as string[]).length, (e[3] as string[]).length, e[4]]));
  });
});

describe('drop caps: a story’s first character set large, on a line of its own', () => {
  const openings = ['金秋十月，临江大地稻浪翻滚。', '走进修缮一新的太平老街，', '清晨六点，江面上还笼着一层薄雾，'];
  /** Each drop cap opens its paragraph, and no headline or paragraph is a character alone. */
  const capsRead = (parsed: ParsedEdition) => {
    const texts = parsed.articles.flatMap((a) => [a.kicker, a.headline, a.subheadline, ...a.paragraphs.map((p) => p.text)]).filter((t): t is string => t !== null);
    return { alone: texts.filter((t) => t.length === 1), opened: openings.map((o) => texts.some((t) => t.startsWith(o))) };
  };

  it('opens the story’s text, in every blank-line layout and in traditional characters', () => {
    const { parsed, lines } = readPaper('drop-caps-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: `金` was the story's 副题 and `走` the next story's headline, its own headline taken for a section.
    expect(parsed.articles.map((a) => [a.headline, a.subheadline, a.section])).toEqual([
      ['秋日稻香里的丰收答卷', null, null],
      ['老街焕新颜', null, null],
      ['冬泳爱好者的江畔清晨', null, null],
    ]);
    expect(parsed.articles[2]!.byline.reporters).toEqual(['王洁']);
    const { everyLine, none } = inBlankLineLayouts('drop-caps-style.txt');
    for (const layout of [parsed, everyLine, none]) expect(capsRead(layout)).toEqual({ alone: [], opened: [true, true, true] });
    const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const text = convert(readFileSync(join(root, 'tests/fixtures/papers', 'drop-caps-style.txt'), 'utf8'));
    const traditional = parseEdition(new TextEncoder().encode(text), 'drop-caps-style.txt');
    expect(coverage(traditional, text)).toEqual({ missing: [], twice: [] });
    expect(traditional.articles.map((a) => [a.subheadline, a.paragraphs.length])).toEqual(parsed.articles.map((a) => [a.subheadline, a.paragraphs.length]));
  });

  it('leaves a numeral alone over an essay’s text: it numbers the essay’s first part', () => {
    const { parsed } = parseBlocks(['临江晚报\n2025年10月9日', '山居笔记\n本报记者 李明\n一\n走进犀牛寨的时候，寨子里响起欢快的芦笙和歌儿，然后是米酒。'], 'essay.txt');
    const texts = parsed.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
    expect(texts.some((t) => t.startsWith('走进犀牛寨')) && !texts.some((t) => t.startsWith('一走进'))).toBe(true);
  });
});

describe('a page’s number alone in the middle of a sentence, where a PDF’s page broke', () => {
  const lines = [
    '临江日报\n2025年6月10日 星期二',
    '夏粮收购全面展开',
    '本报讯（记者 李青）眼下正值夏粮收购旺季，全市各收储企业全面开秤收购，截至6月9日，已累计收购小麦12万吨，同比增加',
    '3',
    '15%。为方便农民售粮，各收储点延长收购时间，实行“随到随收”。',
    '市粮食和物资储备局相关负责人介绍，今年夏粮品质较好，一等品占比超过八成。',
  ];
  it('is furniture, and the sentence reads on across it (flush or indented)', () => {
    // Before: the number was read into the sentence (`同比增加315%`).
    const flush = parseBlocks(lines, 'folio.txt');
    expect(flush.lines).toEqual({ missing: [], twice: [] });
    expect(flush.parsed.articles[0]!.paragraphs[0]!.text).toMatch(/同比增加15%。为方便农民售粮/);
    expect(flush.parsed.leftovers.map((l) => [l.reason, l.text])).toContainEqual(['noise', '3']);
    // An indented paper, no blank lines: the sentence's rest is flush, as a paragraph's wrapped line is.
    const indented = parseBlocks([lines[0]!, [lines[1]!, `\u3000\u3000${lines[2]}`, lines[3]!, lines[4]!, `\u3000\u3000${lines[5]}`].join('\n')], 'folio.txt');
    expect(indented.parsed.articles[0]!.paragraphs[0]!.text).toMatch(/同比增加15%。为方便农民售粮/);
  });

  it('stays a figure over its own line of text where indents open paragraphs (a data box: `63` / `　　规划设置红色标识63处`)', () => {
    const { parsed } = parseBlocks(
      ['临江日报\n2025年6月10日 星期二', '　　2024年全市——\n　　360\n　　集中宣传一批新时代典型，开展1.2万场宣讲，受众逾360万人\n　　63\n　　统筹资金198万元，规划设置红色标识63处，打造研学线路8条\n　　去年以来，全市深入挖掘红色资源，推动红色文化进校园、进社区。'],
      'box.txt',
    );
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).not.toContain('63');
  });
});

describe('headlines that ask or exclaim', () => {
  it('reads a question inside a headline set apart by a blank line, with no lead-in under it, as the headline', () => {
    const { parsed, lines } = readPaper('question-headlines-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    const headlines = ['高温来袭，你准备好了吗？', '违规占道经营，停！', '夏日夜游去哪儿？这份攻略请收好'];
    // Before: the third was read into the story above and run into its own first paragraph (`…请收好夏夜的临江`).
    expect(parsed.articles.map((a) => a.headline)).toEqual(headlines);
    expect(parsed.articles[2]!.paragraphs[0]!.text).toMatch(/^夏夜的临江/);
    // (With a blank line under every line, a blank line sets nothing apart: a headline with no lead-in under it is then read as
    // the story above's subhead, as any such headline is, a limit PARSER.md names. Its paragraph is not run into it.)
    const everyLine = inBlankLineLayouts('question-headlines-style.txt').everyLine;
    expect(everyLine.articles.flatMap((a) => a.paragraphs).some((p) => p.text.includes('请收好夏夜'))).toBe(false);
  });

  it('leaves a sentence’s question as text (a quotation, a clause, a closing dash)', () => {
    const { parsed } = parseBlocks(
      ['临江晚报\n2025年7月15日', '老站长的坚守\n本报讯（记者 唐敏）伍晓林在水文站工作了三十年。', '“后悔吗？”记者话音刚落他哽咽了', '这股潜力究竟有多大？数据是有力的证明——', '去年全市新增市场主体3.2万户，同比增长12%。'],
      'q.txt',
    );
    expect(parsed.articles.map((a) => a.headline)).toEqual(['老站长的坚守']);
  });
});

describe('a page cut as printed in columns of two widths', () => {
  const expected = [
    ['东山县开展春耕备耕', ['刘毅'], 2],
    ['西岭镇建成光伏电站', [], 2],
    ['县城新增两处口袋公园', [], 2],
    ['老旧小区改造启动', [], 2],
  ];
  const read = (parsed: ParsedEdition) => parsed.articles.map((a) => [a.headline, a.byline.correspondents, a.paragraphs.length]);

  it('undoes both widths’ wrap, each story whole, in simplified and traditional characters', () => {
    const { parsed, lines } = readPaper('two-widths-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    // Before: no wrap found (neither width held most lines), the narrow lines read as columns read across, and the stories
    // ran into one another (`县城新增两处口袋公园` inside the story above, `近日，` a story of its own).
    expect(read(parsed)).toEqual(expected);
    expect(parsed.layout?.profile).toMatchObject({ wrapped: true, interleaved: false });
    expect(parsed.articles[1]!.paragraphs[0]!.text).toBe('近日，西岭镇村级光伏电站正式并网发电，装机容量500千瓦，预计年发电量55万千瓦时，可为村集体增收40万元。');
    const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const text = convert(readFileSync(join(root, 'tests/fixtures/papers', 'two-widths-style.txt'), 'utf8'));
    const traditional = parseEdition(new TextEncoder().encode(text), 'two-widths-style.txt');
    expect(coverage(traditional, text)).toEqual({ missing: [], twice: [] });
    expect(traditional.articles.map((a) => [a.byline.correspondents.length, a.paragraphs.length])).toEqual(expected.map((e) => [(e[1] as string[]).length, e[2]]));
  });
});

describe('a flush story’s sections, each under its own title and byline, where blank lines part stories only', () => {
  // Made-up pages, flush, a blank line between stories and none inside one: a round-up whose parts each have a place, a
  // title and a reporter, and a column of briefs each opening with its dateline. No blank line parts them from the text
  // above, so none of them opens a story.
  // (A story above and two below: the page's blank lines are read as parting stories.)
  const STORY_ABOVE = ['江北大桥主体完工', '本报讯（记者 吴某）昨日，江北大桥主体工程完工，预计年内通车。', '大桥全长两千余米，建成后两岸往来只需十分钟。', '', ''];
  const STORIES_BELOW = [...NEXT_STORY, '', '', '市民文化节开幕', '本报讯（记者 郑某）昨晚，第五届市民文化节在市文化广场开幕。', '文化节为期一个月，安排演出、展览和讲座六十余场。'];
  const roundUp = [
    ...STORY_ABOVE,
    '年货里的新变化（新春走基层）',
    '本报记者 周某',
    '年的脚步近了，各地市场一派繁忙。记者走进几座城市，看看人们的年货清单有了哪些新内容。',
    '临江东岸村——',
    '老屋换新颜，年味更浓了',
    '本报记者 王某',
    '腊月二十，东岸村的村民们正忙着贴春联、挂灯笼，新修的村道上人来人往。',
    '“今年家里添了新家电，年过得更舒心。”村民李大伯笑着说。',
    '江北新城——',
    '网购年货送到家，真方便',
    '本报记者 赵某',
    '快递员小刘一上午送了八十多件包裹，大多是居民网购的年货。',
    '“坐在家里就能买到全国各地的特产。”居民张女士说。',
    ...STORIES_BELOW,
  ];
  const briefs = [
    ...STORY_ABOVE,
    '速览',
    '全市新增三条公交线路',
    '本报临江3月5日电（记者 孙某）记者从市交通局获悉，全市新增三条公交线路，方便市民出行。',
    '新线路连通城东和城西的多个居民区。',
    '城西图书馆恢复夜间开放',
    '本报临江3月5日电（记者 钱某）城西图书馆本周起恢复夜间开放，开放时间延长至晚上九点。',
    '读者可凭读者证入馆。',
    ...STORIES_BELOW,
  ];

  it('keeps a round-up’s signed parts in the story: their titles its subheads, their bylines its text', () => {
    const parsed = parsedWhole(roundUp.join('\n'), 'roundup.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['江北大桥主体完工', '年货里的新变化（新春走基层）', '城南新建三座口袋公园', '市民文化节开幕']);
    const story = parsed.articles[1]!;
    expect(story.byline.reporters).toEqual(['周某']);
    expect(story.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)).toEqual(['临江东岸村——', '老屋换新颜，年味更浓了', '江北新城——', '网购年货送到家，真方便']);
    expect(story.paragraphs.at(-1)!.text).toBe('“坐在家里就能买到全国各地的特产。”居民张女士说。');
  });

  it('keeps a column of briefs, each with its dateline, in one story', () => {
    const parsed = parsedWhole(briefs.join('\n'), 'briefs.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['江北大桥主体完工', '速览', '城南新建三座口袋公园', '市民文化节开幕']);
    expect(parsed.articles[1]!.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)).toEqual(['全市新增三条公交线路', '城西图书馆恢复夜间开放']);
  });

  it('still opens a story where a blank line parts it from the text above', () => {
    const apart = [...roundUp.slice(0, 8), '', '', ...roundUp.slice(8)];
    const parsed = parsedWhole(apart.join('\n'), 'roundup-apart.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['江北大桥主体完工', '年货里的新变化（新春走基层）', '老屋换新颜，年味更浓了', '城南新建三座口袋公园', '市民文化节开幕']);
  });
});

describe('a credit for a story’s words and its photographs under its headline', () => {
  it('is the story’s byline, spaced or closed up, and the same credit under two stories is no repeat', () => {
    const text = [
      '江北大桥主体完工', '', '本报讯（记者 吴某）昨日，江北大桥主体工程完工，预计年内通车。', '', '大桥全长两千余米，建成后两岸往来只需十分钟。', '',
      '花开满城春意浓', '', '本报记者罗军文陈明摄', '', '春风拂面，城区各公园的樱花、桃花竞相开放，吸引市民前来赏花。', '', '连日来，各公园游客络绎不绝。', '',
      '市民文化节开幕', '', '本报记者 罗军 文 陈明 摄', '', '昨晚，第五届市民文化节在市文化广场开幕。',
    ].join('\n');
    const parsed = parsedWhole(text, 'credits.txt');
    expect(parsed.articles.map((a) => [a.headline, a.byline.reporters, a.byline.photographers, a.paragraphs.length])).toEqual([
      ['江北大桥主体完工', ['吴某'], [], 2],
      // Before: the credit the first paragraph, and under the next story a `duplicate` leftover of it.
      ['花开满城春意浓', ['罗军'], ['陈明'], 2],
      ['市民文化节开幕', ['罗军'], ['陈明'], 1],
    ]);
    expect(parsed.leftovers).toEqual([]);
  });

  it('keeps a photographer’s credit under each of two photos, not read as a repeat', () => {
    // (A credit of ten characters and more: shorter paragraphs are never taken for repeats.)
    const text = ['城区新景', '', '滨江步道夜景。', '', '新华社记者 欧阳晓峰 摄', '', '新建的口袋公园。', '', '新华社记者 欧阳晓峰 摄', ...NEXT_STORY].join('\n');
    const parsed = parsedWhole(text, 'photos.txt');
    expect(parsed.leftovers.filter((l) => l.reason === 'duplicate')).toEqual([]);
  });
});

describe('a masthead’s date cut after its month', () => {
  it('is read with its day from the next line, both lines the masthead’s', () => {
    const story = ['', '江北大桥主体完工', '', '本报讯（记者 吴某）昨日，江北大桥主体工程完工，预计年内通车。', '', '大桥全长两千余米，建成后两岸往来只需十分钟。'];
    for (const [year, day] of [['2024年3月', '15日 星期五'], ['二〇二四年三月', '十五日 星期五']] as const) {
      const parsed = parsedWhole(['临江日报', year, day, ...story].join('\n'), 'x.txt');
      // Before: no date, and no paper (a name with no date beside it is taken for a headline).
      expect([parsed.paper, parsed.date]).toEqual(['临江日报', '2024-03-15']);
      expect(parsed.leftovers.filter((l) => l.reason === 'masthead').map((l) => l.text.replace(/\s/g, ''))).toEqual(['临江日报', year, day.replace(/\s/g, '')]);
      expect(parsed.articles.map((a) => a.headline)).toEqual(['江北大桥主体完工']);
    }
  });

  it('is read with its month and day when cut after its year, and a lunar day beside the weekday is the masthead’s', () => {
    const story = ['', '江北大桥主体完工', '', '本报讯（记者 吴某）昨日，江北大桥主体工程完工，预计年内通车。'];
    const cutAfterYear = parsedWhole(['临江日报', '2024年', '3月15日 星期五', ...story].join('\n'), 'x.txt');
    expect([cutAfterYear.paper, cutAfterYear.date]).toEqual(['临江日报', '2024-03-15']);
    // Before: `星期五 农历二月初六` was the story's section.
    const lunar = parsedWhole(['临江日报', '2024年3月15日', '星期五 农历二月初六', ...story].join('\n'), 'x.txt');
    expect(lunar.articles.map((a) => [a.section, a.headline])).toEqual([[null, '江北大桥主体完工']]);
    expect(lunar.leftovers.filter((l) => l.reason === 'masthead')).toHaveLength(3);
    // (A headline that names a lunar day is no masthead's line.)
    const headline = parsedWhole(['临江日报', '2024年3月11日 星期一', '', '农历二月初二龙抬头', '', '本报讯（记者 吴某）今天是农历二月初二，市民纷纷理发迎新春。'].join('\n'), 'x.txt');
    expect(headline.articles.map((a) => a.headline)).toEqual(['农历二月初二龙抬头']);
  });

  it('names the paper set off by marks or brackets on its line', () => {
    for (const name of ['■临江日报■', '《临江日报》', '【临江日报】']) {
      const parsed = parsedWhole([name, '2024年5月22日 星期三', '', '江北大桥主体完工', '', '本报讯（记者 吴某）昨日，江北大桥主体工程完工。'].join('\n'), 'x.txt');
      expect(parsed.paper, name).toBe('临江日报');
    }
  });

  it('is not joined with a line that opens with no day', () => {
    const parsed = parsedWhole(['临江日报', '2024年3月', '全市经济运行稳中向好', '', '本报讯（记者 吴某）一季度，全市经济运行稳中向好。'].join('\n'), 'x.txt');
    expect(parsed.date).toBeNull();
  });
});

describe('a local paper’s page of photos, notices and columns (as 株洲日报 prints one, blank lines between stories)', () => {
  const page = [
    '株洲日报 2023年3月2日 星期四 第04版 综合', '', '',
    '春到神农城 游人如织', '', '株洲日报全媒体记者/谭林 摄', '', '3月1日,神农城景区内樱花盛开,不少市民前来踏青赏花。', '',
    '株洲市自然资源和规划局关于荷塘区部分地块规划调整的公示', '',
    '根据《中华人民共和国城乡规划法》等规定,现将荷塘区部分地块规划调整方案予以公示,公示期为30日。', '联系电话:0731-28888888', '株洲市自然资源和规划局', '2023年3月2日', '',
    '江边人家(35)', '', '文/李某', '', '天刚亮,老张就挑着担子出了门。江边的雾还没散,远处的船影若隐若现。', '他走到渡口,船老大已经在等他了。',
  ].join('\n');

  it('reads a photo credited under its headline as a photo story, and a notice’s signer under its contact line as the notice’s', () => {
    const parsed = parsedWhole(page, 'x.txt');
    expect(parsed.articles.map((a) => [a.headline, a.section, a.kicker])).toEqual([
      ['春到神农城 游人如织', null, null],
      ['株洲市自然资源和规划局关于荷塘区部分地块规划调整的公示', null, null],
      // Before: the notice's signer this story's section, its date the kicker.
      ['江边人家(35)', null, null],
    ]);
    // Before: a news story whose first paragraph was the credit.
    expect(parsed.articles.slice(0, 2).map((a) => a.kind)).toEqual(['photo', 'notice']);
    expect(parsed.articles[0]!.byline).toMatchObject({ agency: '株洲日报', photographers: ['谭林'], reporters: [] });
    expect(parsed.articles[0]!.paragraphs.map((p) => p.type)).toEqual(['caption']);
    expect(parsed.articles[1]!.paragraphs.slice(-2).map((p) => p.text)).toEqual(['株洲市自然资源和规划局', '2023年3月2日']);
  });
});

describe('a digest of the foreign press (as 参考消息 prints one)', () => {
  const page = [
    '参考消息', '2024年5月21日 星期二', '第3版 国际', '',
    '美媒：全球芯片供应链加速重组', '', '【美国《纽约时报》网站5月19日报道】题：全球芯片供应链正在重组',
    '多个国家正在加大对本土芯片制造的投资，全球芯片供应链正在经历数十年来最大规模的重组。', '分析人士指出，这一趋势将在未来十年深刻影响全球科技产业格局。', '',
    '外媒关注中国新能源汽车出口', '', '【英国路透社5月20日电】中国新能源汽车出口持续增长，多家外国媒体对此予以关注。', '路透社报道说，今年前4个月，中国新能源汽车出口量同比增长超过两成。',
  ].join('\n');

  it('names the paper from the line over its dated masthead, and keeps the page’s headline over the original’s title', () => {
    const parsed = parsedWhole(page, 'x.txt');
    // Before: no paper, and `参考消息` the first story's kicker.
    expect([parsed.paper, parsed.date, parsed.page]).toEqual(['参考消息', '2024-05-21', '03']);
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      // Before: the original's title (`题：…`) the headline, the page's own its kicker.
      [null, '美媒：全球芯片供应链加速重组', null],
      [null, '外媒关注中国新能源汽车出口', null],
    ]);
    expect(parsed.articles[0]!.paragraphs[0]).toEqual({ type: 'subhead', text: '题：全球芯片供应链正在重组' });
    expect(parsed.articles[0]!.byline.agency).toBe('美国《纽约时报》网站');
  });

  it('takes no headline over a date without its weekday for the paper’s name', () => {
    const parsed = parsedWhole(['日本经济温和复苏', '2024年5月21日', '', '据共同社5月20日报道，一季度日本经济环比增长0.3%。'].join('\n'), 'x.txt');
    expect(parsed.paper).toBeNull();
  });
});

describe('a financial weekly’s page (a masthead name opening in digits, an outlet that is no paper)', () => {
  it('names the paper and reads its reporters’ line as the byline', () => {
    const page = [
      '21世纪经济报道', '2024年6月3日 星期一', '第4版 宏观', '',
      '5月制造业PMI回落至49.5%', '', '21世纪经济报道记者 周某 北京报道', '',
      '国家统计局5月31日发布数据，5月制造业采购经理指数（PMI）为49.5%，比上月下降0.9个百分点。', '业内人士认为，需求不足仍是当前经济运行面临的主要问题。',
    ].join('\n');
    const parsed = parsedWhole(page, 'x.txt');
    // Before: no paper (its name the story's section), and the reporters' line the headline.
    expect(parsed.paper).toBe('21世纪经济报道');
    expect(parsed.articles.map((a) => [a.section, a.kicker, a.headline, a.byline.agency, a.byline.reporters])).toEqual([[null, null, '5月制造业PMI回落至49.5%', '21世纪经济报道', ['周某']]]);
  });
});

describe('a long kicker that introduces what someone said', () => {
  it('is the kicker of the headline under it, not the last paragraph of the story above (a blank line under every line)', () => {
    const text = [
      '江北大桥主体完工', '本报讯（记者 吴某）昨日，江北大桥主体工程完工，预计年内通车。', '大桥全长两千余米，建成后两岸往来只需十分钟。',
      '李某在全市安全生产工作暨第三季度防汛抗旱和地质灾害防治工作调度会上强调',
      '压实责任抓好安全生产 全力守护群众生命财产安全',
      '本报讯（记者 王某）9月1日，全市安全生产工作调度会召开。',
    ].join('\n\n');
    const parsed = parsedWhole(text, 'x.txt');
    expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '江北大桥主体完工'],
      // Before: the kicker the last paragraph of the story above.
      ['李某在全市安全生产工作暨第三季度防汛抗旱和地质灾害防治工作调度会上强调', '压实责任抓好安全生产 全力守护群众生命财产安全'],
    ]);
  });
});

describe('a metro paper’s front-page guide, its pages lettered with no 版', () => {
  it('is furniture, not the next story’s section and kicker', () => {
    const text = [
      '临江晚报', '2024年6月25日 星期二', '',
      '全市中考成绩今日公布', '本报讯（记者 吴某）记者从市教育局获悉，今年全市中考成绩将于今日12时公布。', '',
      '今日导读', '■高温天气持续 注意防暑降温 A5', '■城南新建三座口袋公园 A6', '■夏季防溺水 家长要上心 A8', '',
      '高温下的坚守', '', '6月24日，环卫工人在烈日下清扫街道。当日，我市最高气温达38℃。', '本报记者 张某 摄',
    ].join('\n');
    const parsed = parsedWhole(text, 'x.txt');
    expect(parsed.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([
      [null, null, '全市中考成绩今日公布'],
      // Before: the guide's entries this story's section and kicker.
      [null, null, '高温下的坚守'],
    ]);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toHaveLength(4);
  });
});

describe('a photo story of several photos under one credit', () => {
  it('reads every caption above the credit as a caption, and the photographers as the credit prints them apart', () => {
    const text = [
      '临江日报', '2024年6月25日 星期二', '',
      '夏日临江', '', '图①：6月24日，市民在江边公园纳凉。', '图②：孩子们在喷泉广场嬉戏。', '图③：夜幕下的江北大桥流光溢彩。', '本报记者 张某 李某 摄',
      ...NEXT_STORY,
    ].join('\n');
    const parsed = parsedWhole(text, 'x.txt');
    const photo = parsed.articles[0]!;
    expect(photo.kind).toBe('photo');
    // Before: `张某李某`, the closed-up text's one name; and only the last photo's caption a caption.
    expect(photo.byline.photographers).toEqual(['张某', '李某']);
    expect(photo.paragraphs.map((p) => p.type)).toEqual(['caption', 'caption', 'caption', 'caption']);
  });
});

describe('two stories closing on the same note in brackets', () => {
  it('keeps the note under each (a dateline, a source), not the second read as a repeat of the first', () => {
    const text = [
      '中美经贸磋商取得进展', '', '磋商在建设性的氛围中进行，双方就共同关心的问题深入交换了意见。', '（本报华盛顿2月17日电）', '', '',
      '美国多地遭遇暴风雪', '', '受强冷空气影响，美国中西部多地遭遇暴风雪，部分航班取消。', '（本报华盛顿2月17日电）',
    ].join('\n');
    const parsed = parsedWhole(text, 'x.txt');
    expect(parsed.articles.map((a) => a.paragraphs.at(-1)!.text)).toEqual(['（本报华盛顿2月17日电）', '（本报华盛顿2月17日电）']);
    expect(parsed.leftovers.filter((l) => l.reason === 'duplicate')).toEqual([]);
  });
});

describe('a document printed whole, its list of parts before them', () => {
  it('keeps each part’s heading over its text, not taken for a repeat of its entry in the list', () => {
    // (Indented, as a national daily prints a law: its list of chapters, with no label over it, read as the document's
    // paragraphs. Under a label, `目录`, the list is furniture: see digest-style.txt.)
    const text = [
      '临江市城市更新条例',
      ...['第一章 总则和城市更新的基本原则', '第二章 城市更新规划的编制与实施', '第三章 城市更新的资金和用地保障措施', '第四章 附则及本条例的施行日期',
        '第一章 总则和城市更新的基本原则', '第一条 为了推进城市更新，改善人居环境，根据有关法律法规，结合本市实际，制定本条例。',
        '第二章 城市更新规划的编制与实施', '第二条 市人民政府组织编制城市更新专项规划。',
        '第三章 城市更新的资金和用地保障措施', '第三条 市、区人民政府应当加强对城市更新工作的资金保障。',
        '第四章 附则及本条例的施行日期', '第四条 本条例自2025年1月1日起施行。'].map((line) => `\u3000\u3000${line}`),
      ...NEXT_STORY,
    ].join('\n');
    const parsed = parsedWhole(text, 'x.txt');
    const paragraphs = parsed.articles[0]!.paragraphs.map((p) => p.text);
    // Before: the headings in the text were `duplicate` leftovers, the text's parts run on with no heading over them.
    expect(paragraphs.filter((t) => t.startsWith('第二章'))).toHaveLength(2);
    // (Headings of ten characters and more: shorter paragraphs are never taken for repeats.)
    expect(paragraphs.indexOf('第三章城市更新的资金和用地保障措施', 4)).toBe(paragraphs.findIndex((t) => t.startsWith('第三条')) - 1);
    expect(parsed.leftovers.filter((l) => l.reason === 'duplicate')).toEqual([]);
  });
});

describe('a digest page (digest-style.txt): this session’s forms together', () => {
  // Made-up page in the manner of a digest paper's inside page, flush, blank lines between stories: a foreign paper's story
  // under the page's own headline with the original's title, a reporter of a medium that is no paper, a photo story of three
  // photos under one credit, a round-up whose parts are each signed, a law printed whole with its contents, a notice.
  const headlines = [
    '美媒：全球芯片供应链加速重组',
    '5月制造业采购经理指数回落',
    '夏日临江',
    '年货里的新变化（新春走基层）',
    '临江市城市更新条例',
    '临江市自然资源和规划局关于江北片区部分地块规划调整的公示',
  ];

  it('reads each story whole, as printed and in traditional characters', () => {
    const { parsed, lines, byHeadline } = readPaper('digest-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect([parsed.paper, parsed.date, parsed.page]).toEqual(['临江参考', '2024-06-25', '04']);
    expect(parsed.articles.map((a) => a.headline)).toEqual(headlines);
    expect(byHeadline(headlines[0]!)!.paragraphs[0]).toEqual({ type: 'subhead', text: '题：全球芯片供应链正在重组' });
    expect(byHeadline(headlines[1]!)!.byline).toMatchObject({ agency: '第一财经', reporters: ['周海'] });
    expect(byHeadline(headlines[2]!)).toMatchObject({ kind: 'photo', byline: { photographers: ['张明', '李强'] } });
    expect(byHeadline(headlines[2]!)!.paragraphs.every((p) => p.type === 'caption')).toBe(true);
    const roundUp = byHeadline(headlines[3]!)!;
    expect(roundUp.byline.reporters).toEqual(['周立']);
    expect(roundUp.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)).toEqual(['临江东岸村——', '老屋换新颜，年味更浓了', '江北新城——', '网购年货送到家，真方便']);
    // (A section's byline is a paragraph of its own, not run into the text under it.)
    expect(roundUp.paragraphs.map((p) => p.text)).toContain('本报记者王刚');
    expect(roundUp.paragraphs.at(-1)!.text).toBe('（本报临江6月24日电）');
    // The law's contents, under its label spaced out (`目  录`), are furniture; its chapters head their parts.
    const law = byHeadline(headlines[4]!)!;
    expect(law.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)).toEqual(['第二章城市更新规划的编制与实施', '第三章城市更新的资金和用地保障措施', '第四章附则及本条例的施行日期']);
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['目录', '第一章总则和城市更新的基本原则', '第二章城市更新规划的编制与实施', '第三章城市更新的资金和用地保障措施', '第四章附则及本条例的施行日期']);
    expect(byHeadline(headlines[5]!)!.paragraphs.slice(-2).map((p) => p.text)).toEqual(['临江市自然资源和规划局', '2024年6月25日']);
    const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const text = convert(readFileSync(join(root, 'tests/fixtures/papers', 'digest-style.txt'), 'utf8'));
    const traditional = parseEdition(new TextEncoder().encode(text), 'digest-style.txt');
    expect(coverage(traditional, text)).toEqual({ missing: [], twice: [] });
    expect(traditional.articles.map((a) => a.headline)).toEqual(headlines.map((h) => convert(h)));
    expect(traditional.articles.map((a) => a.paragraphs.map((p) => p.type))).toEqual(parsed.articles.map((a) => a.paragraphs.map((p) => p.type)));
  });

  it('with no blank line at all, still reads the law under its title, not under its first chapter', () => {
    const { none } = inBlankLineLayouts('digest-style.txt');
    // (The round-up's signed parts are then stories of their own: nothing in that layout keeps them in it.)
    expect(none.articles.find((a) => a.headline === '临江市城市更新条例')).toBeDefined();
  });
});

describe('a briefs column on an indented page, each brief under its title with its own dateline', () => {
  it('gives the column no byline: the first brief’s dateline is that brief’s text, as every later one is', () => {
    const text = [
      '速览',
      '\u3000\u3000全市新增三条公交线路',
      '\u3000\u3000本报临江7月7日电（记者 孙明）记者从市交通局获悉，全市新增三条公交线路，方便市民出行。',
      '\u3000\u3000城西图书馆恢复夜间开放',
      '\u3000\u3000本报临江7月7日电（记者 钱多）城西图书馆本周起恢复夜间开放，开放时间延长至晚上九点。',
      ...NEXT_STORY,
    ].join('\n');
    const parsed = parsedWhole(text, 'x.txt');
    const column = parsed.articles[0]!;
    expect(column.headline).toBe('速览');
    // Before: the first brief's reporter was the column's byline, and its lead-in was cut from its text.
    expect(column.byline.reporters).toEqual([]);
    expect(column.paragraphs.filter((p) => p.type === 'text').map((p) => p.text.slice(0, 10))).toEqual(['本报临江7月7日电（', '本报临江7月7日电（']);
  });
});

describe('stories signed at their end', () => {
  const byline = (e: ParsedEdition, headline: string) => {
    const a = e.articles.find((x) => x.headline === headline)!;
    return { reporters: a.byline.reporters, correspondents: a.byline.correspondents, last: a.paragraphs[a.paragraphs.length - 1]!.text };
  };
  // Made-up, in the layout of an evening paper that signs each story with a credit in brackets under its text.
  const SIGNED_AT_END = [
    '湘江晚报', '', '2024年3月5日 星期二', '', '老旧小区加装电梯提速', '',
    '今年全市计划完成加装电梯300台,比去年多出一倍。记者昨日从市住建局获悉,加装电梯的审批时间已经压缩到15个工作日。', '',
    '住建局相关负责人介绍,居民只需提交一次材料,后续流程由街道代办。', '', '(记者 李明 通讯员 王芳)', '',
    '夜市重开 烟火气回来了', '', '3月4日晚,位于河西的老街夜市重新开张,近百个摊位一字排开,吸引了不少市民前来品尝小吃。', '', '(记者 赵强 王涛)', '',
    '春季招聘会本周六举行', '', '本报讯 本周六上午9时,2024年春季大型招聘会将在市人才市场举行,届时将有200余家企业提供岗位。求职者可携带简历免费入场。(记者 周敏)',
  ].join('\n');

  it('where the page signs its stories so: each credit’s names are its story’s byline (a credit alone in its paragraph is no more of the text)', () => {
    const e = parsedWhole(SIGNED_AT_END, 'x.txt');
    expect(byline(e, '老旧小区加装电梯提速')).toEqual({ reporters: ['李明'], correspondents: ['王芳'], last: '住建局相关负责人介绍，居民只需提交一次材料，后续流程由街道代办。' });
    expect(e.articles[0]!.byline.raw).toBe('记者 李明 通讯员 王芳');
    // (Two names as the printed line parts them: closed up, they would run into one.)
    expect(byline(e, '夜市重开 烟火气回来了').reporters).toEqual(['赵强', '王涛']);
    // (A credit after the last sentence stays in it; after a lead-in that named no one, the names join it.)
    expect(byline(e, '春季招聘会本周六举行')).toEqual({ reporters: ['周敏'], correspondents: [], last: '本周六上午9时，2024年春季大型招聘会将在市人才市场举行，届时将有200余家企业提供岗位。求职者可携带简历免费入场。（记者周敏）' });
    expect(e.articles.find((a) => a.headline === '春季招聘会本周六举行')!.byline).toMatchObject({ agency: '本报', raw: '本报讯 记者 周敏' });
  });

  it('where the page signs its stories at their head, a round-up’s closing list of reporters is left as its text', () => {
    const headSigned = [
      '山村小学有了新书屋', '', '本报讯（记者 张三）春风吹进青石村，村里的小学今天有了一间新书屋。', '',
      '河边步道连成环', '', '本报讯（记者 李四）沿河十公里的步道今天全线贯通，附近居民散步多了一个去处。', '',
      '各地春耕忙', '', '连日来，各地抓住农时，春耕生产由南向北渐次展开。', '', '（本报记者 王五、赵六）',
    ].join('\n');
    const e = parsedWhole(headSigned, 'y.txt');
    expect(byline(e, '山村小学有了新书屋').reporters).toEqual(['张三']);
    expect(byline(e, '各地春耕忙')).toEqual({ reporters: [], correspondents: [], last: '（本报记者王五、赵六）' });
  });
});

describe('reprinted stories name where they were taken from', () => {
  it('a story closing in `（据新华社）` or followed by `据央视新闻` takes it as its source; neither line is left over', () => {
    const page = [
      '江城日报', '', '2024年6月12日 星期三', '', '全国夏粮收购进度过半', '',
      '记者从国家粮食和物资储备局获悉,截至6月10日,主产区各类粮食企业累计收购小麦超过3000万吨。', '', '今年夏粮收购总体平稳有序,市场价格保持稳定。(据新华社)', '',
      '多地启动防汛四级应急响应', '', '连日来,南方多地出现强降雨天气,广东、广西、福建等地先后启动防汛四级应急响应。', '', '据央视新闻',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    expect(e.articles.map((a) => [a.headline, a.byline.agency])).toEqual([['全国夏粮收购进度过半', '新华社'], ['多地启动防汛四级应急响应', '央视新闻']]);
    expect(e.leftovers.filter((l) => l.reason !== 'masthead')).toEqual([]);
  });
});

describe('a masthead set otherwise', () => {
  const BODY = ['市区新增三条公交线路', '', '本报讯(记者 刘洋)6月11日,市公交集团宣布新增三条公交线路,方便市民出行。', '', '新线路覆盖城东多个新建小区,预计下周一开通。'];
  const read = (head: string[]) => {
    const text = [...head, ...BODY].join('\n');
    const e = parsedWhole(text, 'page.txt');
    return { paper: e.paper, date: e.date, headline: e.articles[0]?.headline, masthead: e.leftovers.filter((l) => l.reason === 'masthead').map((l) => l.text) };
  };

  it('the paper’s romanised name right above its Chinese name is the masthead’s, not the first story’s headline', () => {
    // Before: `JIANGCHENG DAILY` was the first story's headline, and the story's own headline its subheadline.
    expect(read(['JIANGCHENG DAILY', '江城日报', '2024年6月12日'])).toEqual({ paper: '江城日报', date: '2024-06-12', headline: '市区新增三条公交线路', masthead: ['JIANGCHENG DAILY', '江城日报', '2024年6月12日'] });
  });

  it('a date with the day’s page count beside it (`今日16版 2024年6月12日`) is the masthead’s', () => {
    // Before: no masthead was read, the paper was unknown, and the line was the first story's headline.
    expect(read(['江城晚报', '今日16版 2024年6月12日'])).toEqual({ paper: '江城晚报', date: '2024-06-12', headline: '市区新增三条公交线路', masthead: ['江城晚报', '今日16版2024年6月12日'] });
  });
});

describe('a byline closing a story, a headline under it', () => {
  it('opens the next story there, in a flush page, whatever the headline’s shape', () => {
    // Made-up, as an evening paper sets a page: each story signed under its text, the next headline under the byline.
    const page = [
      '湘江晚报', '', '2024年3月5日 星期二', '', '老旧小区加装电梯提速', '',
      '今年全市计划完成加装电梯300台,比去年多出一倍。记者昨日从市住建局获悉,加装电梯的审批时间已经压缩到15个工作日。', '',
      '住建局相关负责人介绍,居民只需提交一次材料,后续流程由街道代办。', '', '记者 李明 通讯员 王芳', '',
      '夜市重开 烟火气回来了', '', '3月4日晚,位于河西的老街夜市重新开张,近百个摊位一字排开,吸引了不少市民前来品尝小吃。', '',
      '摊主张师傅说,过完年生意一天比一天好。', '', '文/赵强 图/王涛', '',
      '春季招聘会本周六举行', '', '本周六上午9时,2024年春季大型招聘会将在市人才市场举行,届时将有200余家企业提供岗位。', '', '实习生 刘六 记者 周敏',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `夜市重开 烟火气回来了` was a subhead of the story above, and its byline that story's second.
    expect(e.articles.map((a) => [a.headline, a.byline.reporters, a.byline.authors])).toEqual([
      ['老旧小区加装电梯提速', ['李明'], []],
      ['夜市重开 烟火气回来了', [], ['赵强']],
      ['春季招聘会本周六举行', ['周敏'], []],
    ]);
  });
});

describe('a box set beside a story after the credit that closes it', () => {
  it('is the story’s (its label a subhead), and the credit before it still signs the story', () => {
    const page = [
      '江城晚报', '', '2024年6月12日 星期三', '', '学生暑期安全要注意', '', '本报讯 暑假临近,市教育局近日发布防溺水安全提醒,要求各校在放假前开展一次专题安全教育。', '',
      '(记者 陈晨 通讯员 黄丽)', '', '江北新区再添一所九年制学校', '', '本报讯 记者昨日从江北新区获悉,新区第三所九年一贯制学校主体工程已完工,预计今年秋季开学投入使用。', '',
      '(记者 孙明)', '', '相关链接', '', '今年江北新区共新增学位8000余个,有效缓解了入学难问题。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `相关链接` and its text were a story of their own, and the school's story named no reporter.
    expect(e.articles.map((a) => [a.headline, a.byline.reporters])).toEqual([['学生暑期安全要注意', ['陈晨']], ['江北新区再添一所九年制学校', ['孙明']]]);
    expect(e.articles[1]!.paragraphs.map((p) => p.type)).toEqual(['text', 'subhead', 'text']);
  });
});

describe('a wire’s editor under its story, with the day it was filed', () => {
  it('is furniture (`（編輯：張國華）1130611`), not the next story’s kicker', () => {
    // Made-up, as Taiwan's papers print 中央社's stories: each closed by its editor and the day (the Republic's year, month, day).
    const page = [
      '中華日報', '中華民國113年6月12日 星期三', '', '台鐵新型列車下月上路',
      '（中央社記者陳美如台北11日電）台灣鐵路公司今天表示，新購置的城際列車將於下月正式投入營運，首批行駛西部幹線。',
      '台鐵指出，新車座位寬敞，並設有無障礙空間與行李區，可望提升旅客舒適度。', '台鐵也表示，將同步調整部分車次時刻，旅客可上網查詢最新時刻表。',
      '（編輯：張國華）1130611', '', '外交部：持續關注友邦災情',
      '（中央社記者王志明台北11日電）外交部今天表示，友邦近日遭受強烈颱風侵襲，政府已透過駐館表達慰問，並將提供人道援助。',
      '外交部發言人指出，目前尚無國人傷亡通報，駐館將持續與當地政府保持聯繫。', '外交部也提醒國人前往當地旅遊時，應留意天候變化並做好防護措施。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: it stood over the second story as its headline, the story's own headline its subheadline.
    expect(e.articles.map((a) => [a.kicker ?? null, a.headline, a.subheadline ?? null])).toEqual([[null, '台鐵新型列車下月上路', null], [null, '外交部：持續關注友邦災情', null]]);
    expect(e.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['（編輯：張國華）1130611']);
  });
});

describe('a report’s photographer credited under its text', () => {
  it('leaves a story that opens with a lead-in its text, not a photo’s captions', () => {
    // Made-up, as Singapore's and Malaysia's papers sign a story: the lead-in names where it was reported, the photographer under the text.
    const page = [
      '联合晚报', '2024年6月12日 星期三', '', '组屋区增设乐龄活动中心', '报道：林美玲',
      '建屋发展局昨天宣布，未来三年将在十个组屋区增设乐龄活动中心，为年长居民提供更多社交和保健活动空间。', '当局说，新中心将设有健身角落、图书角和多功能活动室。', '',
      '新加坡河畔夜市周末登场', '（新加坡讯）新加坡河畔夜市本周末登场，共有八十多个摊位参与，售卖各地美食和手工艺品。',
      '主办单位说，夜市将持续三个周末，每晚从傍晚六点营业至午夜。', '摄影：陈志强',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the night market's two paragraphs were read as a photo's captions, and the story as a photo story.
    expect(e.articles.map((a) => [a.headline, a.kind, a.byline.photographers, a.paragraphs.map((p) => p.type)])).toEqual([
      ['组屋区增设乐龄活动中心', 'news', [], ['text', 'text']],
      ['新加坡河畔夜市周末登场', 'news', ['陈志强'], ['text', 'text']],
    ]);
  });
});

describe('a weather box whose forecast’s fields commas part', () => {
  it('reads each day’s forecast as the box’s text, where a blank line follows every line', () => {
    // Made-up, as an evening paper closes its page: the box last, each day's weather, wind and temperatures on a line.
    const page = [
      '江城晚报', '2024年6月12日 星期三', '老街夜市重新开张', '本报讯 6月11日晚，老街夜市重新开张，近百个摊位一字排开，吸引了不少市民前来品尝小吃。',
      '摊主张师傅说，过完年生意一天比一天好。', '天气', '今天：多云转小雨，东南风3级，26℃～31℃', '明天:小雨转阴,东风2级,25℃～30℃',
    ].join('\n\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the two forecasts were head lines with the heading, a block with no text: left unassigned.
    expect(e.articles.map((a) => [a.headline, a.paragraphs.map((p) => p.type)])).toEqual([['老街夜市重新开张', ['text', 'text']], ['天气', ['text', 'text']]]);
  });
});

describe('a masthead dated in the Republic’s years with no era before them', () => {
  const read = (dateLine: string) => {
    // Made-up, as Taiwan's papers date a page: `113年` is the Republic's 113th year, 2024.
    const text = ['自由時報', dateLine, '', '南投縣府推動山區長照據點', '【記者林志遠／南投報導】南投縣政府昨天宣布，將在仁愛、信義兩鄉增設六處長照據點，讓偏鄉長者就近獲得照顧服務。', '縣府社會處表示，新據點預計年底前啟用。'].join('\n');
    const e = parsedWhole(text, 'page.txt');
    return { paper: e.paper, date: e.date, headline: e.articles[0]?.headline, kicker: e.articles[0]?.kicker ?? null };
  };

  it('reads `113年6月12日` and `113/06/12` as 2024', () => {
    // Before: no date was read, nor the paper; the paper's name was the first story's kicker, the date its headline.
    const expected = { paper: '自由時報', date: '2024-06-12', headline: '南投縣府推動山區長照據點', kicker: null };
    expect(read('113年6月12日 星期三')).toEqual(expected);
    expect(read('113/06/12（三）')).toEqual(expected);
    expect(read('中華民國113年6月12日')).toEqual(expected);
  });
});

describe('a briefs column whose briefs each open with their lead-in', () => {
  it('reads every bulleted title as the column’s subhead over its brief, and an unbulleted headline after them as the next story', () => {
    // Made-up, as an evening paper sets its briefs: the column's name, each brief's bulleted title over its 本报讯.
    const page = [
      '江南晚报', '2024年6月12日 星期三', '', '快讯', '●市民中心下周起延长服务时间', '本报讯 自下周一起，市民中心服务窗口每天延长服务至晚上8点。',
      '●城东新建两座公交首末站', '本报讯 城东两座公交首末站日前建成投用，新开通公交线路三条。', '全市夏粮收购进度过半',
      '本报讯（记者 李明）记者昨日从市粮食局获悉，全市夏粮收购已完成六成，收购价格总体平稳。', '粮食部门表示，将继续做好收购服务。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the second brief was a story of its own, its title the headline, while the first was the column's subhead.
    expect(e.articles.map((a) => [a.headline, a.paragraphs.map((p) => p.type)])).toEqual([
      ['快讯', ['subhead', 'text', 'subhead', 'text']],
      ['全市夏粮收购进度过半', ['text', 'text']],
    ]);
  });
});

describe('a byline’s slash set as a diagonal', () => {
  it('reads `【陳大文╱新北報導】` and `【記者李小明∕高雄報導】` as the slash: the reporter named, no agency', () => {
    // Made-up, as Taiwan's papers set the slash in Big5 (a box-drawing diagonal) or a converter gives it (a division slash).
    const page = [
      '蘋果日報', '2024年6月12日 星期三', '', '新北捷運環狀線延伸 年底動工', '【陳大文╱新北報導】新北市政府昨天宣布，捷運環狀線北環段將於年底動工，預計七年後完工通車。',
      '市府捷運局表示，北環段全長十五公里，設站十一座。', '', '高雄港新碼頭啟用', '【記者李小明∕高雄報導】高雄港洲際貨櫃中心二期碼頭昨天正式啟用，可停靠全球最大型貨櫃輪。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `陳大文╱新北` was the story's agency, and no reporter was named.
    expect(e.articles.map((a) => [a.headline, a.byline.agency, a.byline.reporters])).toEqual([
      ['新北捷運環狀線延伸 年底動工', null, ['陳大文']],
      ['高雄港新碼頭啟用', null, ['李小明']],
    ]);
  });
});

describe('a story under its paper’s bare lead-in, signed in the credit closing it', () => {
  it('names the credit’s writers, on a page that signs as many stories at their head', () => {
    // Made-up county page: two stories open `本报讯` and close in a credit, two name their writers at the head.
    const page = [
      '青山县报', '2024年6月12日 星期三', '', '我县召开夏季防汛工作会议', '本报讯 6月11日，县委、县政府召开全县夏季防汛工作会议，安排部署当前防汛工作。',
      '会议要求，各乡镇要落实防汛责任，做好人员转移预案。', '（通讯员 李明华 黄建 记者 陈小燕）', '', '石桥镇：茶叶丰收茶农笑', '通讯员 王志刚 刘丽',
      '眼下正是夏茶采摘季，石桥镇万亩茶园里，茶农们正忙着采摘新茶。', '', '龙潭乡开展义诊进村活动', '本报讯（通讯员 赵一鸣）日前，龙潭乡卫生院组织医务人员深入偏远村组，开展免费义诊活动。', '',
      '县人民医院新住院楼投入使用', '本报讯 日前，县人民医院新住院楼正式投入使用，新增床位300张。（通讯员 孙丽 邓伟）',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the first and last stories named no one (as many stories signed at the head as at the end).
    expect(e.articles.map((a) => [a.headline, a.byline.reporters, a.byline.correspondents])).toEqual([
      ['我县召开夏季防汛工作会议', ['陈小燕'], ['李明华', '黄建']],
      ['石桥镇：茶叶丰收茶农笑', [], ['王志刚', '刘丽']],
      ['龙潭乡开展义诊进村活动', [], ['赵一鸣']],
      ['县人民医院新住院楼投入使用', [], ['孙丽', '邓伟']],
    ]);
  });

  it('leaves a wire’s story under another agency’s lead-in as its lead-in names it', () => {
    // (On a page that signs its stories at their head: a paper's credit under the wire is no name of its writers.)
    const page = [
      '江城日报', '2024年6月12日 星期三', '', '城区新增三处口袋公园', '本报讯（记者 赵强）城区今年新增三处口袋公园，市民在家门口就能休闲健身。', '',
      '地铁新线下月试运行', '本报讯（记者 孙明）地铁新线将于下月开始试运行，全线设站十二座。', '',
      '全国夏粮收购进度过半', '新华社北京6月11日电 记者从国家粮食和物资储备局获悉，全国夏粮收购进度已过半。', '（本报记者 王明）',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    expect(e.articles.map((a) => [a.headline, a.byline.reporters])).toEqual([['城区新增三处口袋公园', ['赵强']], ['地铁新线下月试运行', ['孙明']], ['全国夏粮收购进度过半', []]]);
  });
});

describe('a reporter’s credit naming no one under a story', () => {
  it('closes the story above (`本報記者`), never the section of the story below', () => {
    // Made-up, as Hong Kong's papers sign a story by the paper's reporters, unnamed.
    const page = [
      '東方日報', '2024年6月12日 星期三', '', '小巴司機涉醉駕被捕', '一名小巴司機昨晨涉嫌醉酒駕駛被捕，事件中無人受傷。警方正調查事件。', '本報記者', '',
      '天文台預測周末有驟雨', '天文台表示，一道低壓槽將於周末為華南沿岸帶來驟雨及雷暴，氣溫介乎26至31度。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `本報記者` was the section over the weather's story, and the first story named no one.
    expect(e.articles.map((a) => [a.section, a.headline, a.byline.agency, a.byline.raw])).toEqual([
      [null, '小巴司機涉醉駕被捕', '本報', '本報記者'],
      [null, '天文台預測周末有驟雨', null, null],
    ]);
  });
});

describe('a byline set apart over a headline, on a page whose blank lines part stories', () => {
  it('signs the story under it, not the one above, where the page’s other stories sign at their head', () => {
    // Made-up business page: a commentator's byline over the commentary's headline, a blank line above it.
    const page = [
      '江城商报', '2024年6月12日 星期三', '', '沪指小幅收涨 成交额萎缩', '本报讯（记者 刘洋）昨日，A股三大指数涨跌互现，沪指涨0.32%。',
      '分析人士指出，短期市场或延续震荡格局。', '', '本报评论员 张明', '稳就业需要多方合力', '就业是最基本的民生。今年高校毕业生人数再创新高，稳就业任务艰巨。',
      '各地应拓宽就业渠道，为毕业生提供更多岗位。', '', '江城银行推出新型理财产品', '本报讯（记者 孙丽）江城银行昨日推出一款低风险理财产品，起购金额为一万元。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the commentator's byline was the stock report's second, and the commentary named no one.
    expect(e.articles.map((a) => [a.headline, a.byline.reporters, a.byline.authors])).toEqual([
      ['沪指小幅收涨 成交额萎缩', ['刘洋'], []],
      ['稳就业需要多方合力', [], ['张明']],
      ['江城银行推出新型理财产品', ['孙丽'], []],
    ]);
  });
});

describe('a writer’s address alone on its line', () => {
  it('is furniture under the byline (`limeiling@zaobao.com.sg`), not a headline cutting the story from its byline', () => {
    // Made-up, as Singapore's papers print a reporter's address under the byline.
    const page = [
      '联合早报', '2024年6月12日 星期三', '', '组屋转售价格连续第十个季度上涨', '林美玲 报道', 'limeiling@zaobao.com.sg',
      '建屋发展局昨天公布的数据显示，组屋转售价格第二季度上涨1.1%，这是连续第十个季度上涨。', '分析师认为，新组屋供应增加后，转售市场的热度有望逐步降温。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the address was a second story's headline, over the text, and the first story had no text.
    expect(e.articles.map((a) => [a.headline, a.byline.reporters, a.paragraphs.length])).toEqual([['组屋转售价格连续第十个季度上涨', ['林美玲'], 2]]);
    expect(e.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['limeiling@zaobao.com.sg']);
  });
});

describe('a headline’s two phrases spaced over another headline line', () => {
  it('are its kicker, not a section’s label: a label is short', () => {
    // Made-up, as Taiwan's papers set a headline's two phrases apart by a space, another line under it.
    const page = [
      '聯合報', '2024年6月12日 星期三', '', '端午連假 國道估塞車', '高公局建議避開尖峰',
      '【記者林志遠／台北報導】端午連假將至，高公局預估連假首日國道車流量將達平日的一點三倍，建議民眾避開尖峰時段出遊。', '高公局表示，連假期間將實施高乘載管制。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `端午連假 國道估塞車` was the story's section.
    expect(e.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([[null, '端午連假 國道估塞車', '高公局建議避開尖峰']]);
  });
});

describe('a column named by a role and what it does (`记者追踪`)', () => {
  it('is no byline: the letter above keeps its writer’s signature, and no one is named 追踪', () => {
    // Made-up readers' page: a letter signed under its text, then the reporter's follow-up under its column's name.
    const page = [
      '江城晚报', '2024年6月12日 星期三', '小区路灯何时能修好', '编辑同志：', '我家住在城东幸福小区，小区内有五盏路灯坏了一个多月，晚上出行很不方便。', '希望有关部门尽快维修。',
      '城东幸福小区居民 王秀英', '记者追踪', '记者昨日就此事联系了城东街道办事处。工作人员表示，已安排维修人员上门，预计本周内修好。',
    ].join('\n\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `记者追踪` was a byline naming 追踪 a reporter, and the letter's signature the headline over it.
    expect(e.articles.map((a) => [a.headline, a.byline.reporters, a.byline.authors])).toEqual([
      ['小区路灯何时能修好', [], ['王秀英']],
      ['记者追踪', [], []],
    ]);
  });

  it('is no byline either where the word opens with no surname (`记者体验`): no one is named 体验', () => {
    const page = [
      '江城晚报', '2024年6月12日 星期三', '城区首条智慧公交线开通', '本报讯（记者 李明）昨日，城区首条智慧公交线正式开通，全程设站十六座。', '记者体验',
      '记者昨日乘坐了这条线路，车内设有电子屏，实时显示到站信息。',
    ].join('\n\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `记者体验` was a byline naming 体验 a reporter.
    expect(e.articles.flatMap((a) => [...a.byline.reporters, ...a.byline.correspondents])).not.toContain('体验');
    expect(e.articles[0]!.byline.reporters).toEqual(['李明']);
  });

  it('is no byline where the word opens with a character that is also a surname (`記者連線`: 連)', () => {
    // Made-up, as Taiwan's papers head a column of reports from their correspondents.
    const page = [
      '中和時報', '2024年6月12日 星期三', '',
      '青溪鄉長宣布 明年起免費營養午餐', '〔記者張美華／青溪報導〕青溪鄉公所昨天宣布，明年起全鄉國中小學生一律享有免費營養午餐。', '鄉長表示，此舉可減輕家長負擔。', '',
      '記者連線', '颱風逼近 東部停班停課', '記者陳大文／花蓮報導', '颱風今天逼近東部海面，花蓮、台東兩縣政府宣布明天停止上班上課。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `記者連線` closed the story above as its byline, naming 連線 a reporter.
    expect(e.articles.map((a) => [a.headline, a.byline.reporters])).toEqual([
      ['青溪鄉長宣布 明年起免費營養午餐', ['張美華']],
      ['颱風逼近 東部停班停課', ['陳大文']],
    ]);
  });
});

describe('a wire’s staff under its story, each role and name', () => {
  it('is furniture (`（譯者：王大明／核稿：李小華）1130612`), not a line left in no story', () => {
    // Made-up, as Taiwan's papers close 中央社's stories translated from foreign wires: the translator, the checker, the day.
    const page = [
      '中華日報', '2024年6月12日 星期三', '', '歐盟通過新規 管制人工智慧', '（中央社布魯塞爾11日綜合外電報導）歐盟今天正式通過人工智慧法規，將於明年起分階段實施。',
      '（譯者：王大明／核稿：李小華）1130612', '', '日圓貶值 出口商受惠', '（中央社東京11日專電）日圓兌美元今天貶至160日圓價位，創下近期新低。', '日本出口商可望因此受惠。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: left unassigned at the page's end, or the next story's kicker.
    expect(e.articles.map((a) => [a.kicker ?? null, a.headline])).toEqual([[null, '歐盟通過新規 管制人工智慧'], [null, '日圓貶值 出口商受惠']]);
    expect(e.leftovers.filter((l) => l.reason !== 'masthead').map((l) => [l.reason, l.text])).toEqual([['noise', '（譯者：王大明／核稿：李小華）1130612']]);
  });
});

describe('a masthead’s date in words alone under the paper’s name', () => {
  it('is the edition’s (`一九四七年五月十二日`), as it is in the Republic’s era', () => {
    // Made-up, as an older paper dates its masthead: the year in words, no weekday.
    const page = ['大公報', '一九四七年五月十二日', '', '本市米價續漲', '【本報訊】本市米價，連日續漲，昨日每石已達十二萬元，較上週高出一成有餘。', '市府當局，已召集米商會議，商討平抑辦法。'].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: no date and no paper were read; the name was the story's kicker, the date its headline.
    expect([e.paper, e.date, e.articles.map((a) => [a.kicker ?? null, a.headline])]).toEqual(['大公報', '1947-05-12', [[null, '本市米價續漲']]]);
  });
});

describe('a titled lead-in right under the text above, on a flush page whose blank lines part stories', () => {
  it('opens a story of its own (`校園午餐漲價 家長憂心` / `【記者周美玲／台中報導】…`), not a section of the story above', () => {
    // Made-up, as Taiwan's and Hong Kong's papers set a page in text: a blank line between most stories, none over some.
    const page = [
      '中和時報', '2024年6月12日 星期三', '',
      '校園午餐漲價 家長憂心', '【記者周美玲／台中報導】台中市多所國中小午餐費下學期起調漲，每餐增加五元，家長團體擔憂加重負擔。', '教育局說明，食材成本上漲，調整後仍低於全國平均。',
      '海岸垃圾成災 志工淨灘', '【記者林大山／屏東報導】屏東縣海岸近日湧入大量海漂垃圾，上百名志工昨天自發淨灘，清出三噸垃圾。', '環保局表示，將增派清潔人力。', '',
      '社區長者共餐 溫暖人心', '【記者許文華／嘉義報導】嘉義市東區社區關懷據點推出長者共餐，每週三天提供熱食。', '里長說，共餐讓獨居長者有了聊天的地方。',
      '舊區重建 居民憂迫遷', '【港島專訊】港島西區一帶舊樓重建計劃昨日公布，區內居民擔心租金上升被迫遷出。', '區議員表示，將要求當局提供安置方案。', '',
      '山城老街 重現風華', '【記者黃志偉／南投報導】南投縣竹坪鄉老街修復工程昨天完工，吸引上千名遊客參觀。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the second and fourth titles were subheads of the story above, their lead-ins its text, their reporters no one's.
    expect(e.articles.map((a) => [a.headline, a.byline.reporters])).toEqual([
      ['校園午餐漲價 家長憂心', ['周美玲']],
      ['海岸垃圾成災 志工淨灘', ['林大山']],
      ['社區長者共餐 溫暖人心', ['許文華']],
      ['舊區重建 居民憂迫遷', []],
      ['山城老街 重現風華', ['黃志偉']],
    ]);
    expect(e.articles[3]!.byline.raw).toBe('【港島專訊】');
  });
});

describe('a report under its lead-in, closed by its photo’s credit', () => {
  it('stays a report (`【明報專訊】…` / `（記者王小明攝）`): its text is text, the credit its caption', () => {
    // Made-up, as Hong Kong's papers close a short report with its photo's credit.
    const page = [
      '港島日報', '2024年6月12日 星期三', '',
      '舊區重建 居民憂迫遷', '【港島專訊】港島西區一帶舊樓重建計劃昨日公布，區內居民擔心租金上升被迫遷出。', '區議員表示，將要求當局提供安置方案。', '（記者王小明攝）', '',
      '海濱長廊下月開放', '【港島專訊】西區海濱長廊工程完成，將於下月開放予市民使用。', '長廊全長一點二公里。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: a photo story, its report read as three captions.
    const story = e.articles[0]!;
    expect([story.kind, story.paragraphs.map((p) => p.type), story.byline.photographers]).toEqual(['news', ['text', 'text', 'caption'], ['王小明']]);
  });
});

describe('a picture credited to its source under a story', () => {
  it('is the story’s caption (`圖／中國時報資料照片`, `圖：新北市政府提供`, `圖／取自臉書`), never the next story’s kicker or a photographer', () => {
    // Made-up, as Taiwan's papers credit a file photo, a handout or one taken from the web.
    const page = [
      '中和時報', '2024年6月12日 星期三', '',
      '校園午餐漲價 家長憂心', '【記者周美玲／台中報導】台中市多所國中小午餐費下學期起調漲，每餐增加五元，家長團體擔憂加重負擔。', '教育局說明，食材成本上漲。', '圖／中和時報資料照片', '',
      '海岸垃圾成災 志工淨灘', '【記者林大山／屏東報導】屏東縣海岸近日湧入大量海漂垃圾，上百名志工昨天自發淨灘。', '環保局表示，將增派清潔人力。', '圖：屏東縣政府提供', '',
      '社區長者共餐 溫暖人心', '【記者許文華／嘉義報導】嘉義市東區社區關懷據點推出長者共餐，每週三天提供熱食。', '共餐的長者開心用餐。圖／取自臉書',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the first two credits were the next story's kicker and section, the third named 取自臉書 a photographer.
    expect(e.articles.map((a) => [a.section ?? null, a.kicker ?? null, a.headline, a.byline.photographers, a.paragraphs.at(-1)!.type])).toEqual([
      [null, null, '校園午餐漲價 家長憂心', [], 'caption'],
      [null, null, '海岸垃圾成災 志工淨灘', [], 'caption'],
      [null, null, '社區長者共餐 溫暖人心', [], 'caption'],
    ]);
  });
});

describe('a reporter’s credit naming no one, of a paper whose name closes in a bare 報', () => {
  it('closes the story above (`明報記者`, `大公報記者`), not the next story’s section', () => {
    // Made-up, as Hong Kong's papers close a story with their reporters' credit, after a box of facts or text.
    const page = [
      '港島日報', '2024年6月12日 星期三', '',
      '東涌新市鎮擴展 首批居民明年入伙', '【港島專訊】東涌新市鎮擴展計劃首批公營房屋將於明年入伙，首階段提供約四千個單位。', '區議員要求當局加密巴士班次。', '小檔案', '．填海面積：約一百三十公頃', '．預計完成：2030年', '明報記者', '',
      '醫管局推電子處方 減藥房輪候', '【港島專訊】醫院管理局昨日宣布，下月起在三間公立醫院試行電子處方。', '試行期為六個月。', '大公報記者', '',
      '海濱長廊下月開放', '【港島專訊】西區海濱長廊工程完成，將於下月開放予市民使用。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: each credit was headline material, the section over the next story.
    expect(e.articles.map((a) => [a.section ?? null, a.headline, a.byline.raw])).toEqual([
      [null, '東涌新市鎮擴展 首批居民明年入伙', '【港島專訊】 明報記者'],
      [null, '醫管局推電子處方 減藥房輪候', '【港島專訊】 大公報記者'],
      [null, '海濱長廊下月開放', '【港島專訊】'],
    ]);
  });
});

describe('a translator’s round-up credited as a report', () => {
  it('is news (`編譯林美玲／綜合報導`), not commentary, on its own line or in brackets', () => {
    // Made-up, as Taiwan's papers credit the translator who compiled a story from foreign wires.
    const page = [
      '中和時報', '2024年6月12日 星期三', '',
      '日本央行考慮升息', '〔編譯陳家豪／綜合報導〕日本央行今天召開貨幣政策會議，市場預期可能再度升息。', '分析師指出，日圓走勢將影響決策。', '',
      '歐盟新規上路', '編譯林美玲／綜合報導', '歐盟人工智慧法規今天正式上路，違規企業最高可罰全球營收百分之七。', '業者表示將配合調整。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the second, its credit on a line of its own, was a signed piece: commentary.
    expect(e.articles.map((a) => [a.headline, a.kind, a.byline.authors])).toEqual([
      ['日本央行考慮升息', 'news', ['陳家豪']],
      ['歐盟新規上路', 'news', ['林美玲']],
    ]);
  });
});

describe('a story credited to its translator only', () => {
  it('is news (`編譯／陳家豪`), a report from foreign wires, not commentary', () => {
    const page = [
      '中和時報', '2024年6月12日 星期三', '',
      '日本央行考慮升息', '編譯／陳家豪', '日本央行今天召開貨幣政策會議，市場預期可能再度升息。', '分析師指出，日圓走勢將影響決策。', '',
      '城市的夜晚', '作者／林美玲', '夜色降臨，城市換上另一副面孔，街角的小吃攤亮起了燈。', '我總愛在這時出門散步。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the translator's credit made the report a signed piece, commentary. (A writer's credit still does.)
    expect(e.articles.map((a) => [a.headline, a.kind])).toEqual([
      ['日本央行考慮升息', 'news'],
      ['城市的夜晚', 'commentary'],
    ]);
  });
});

describe('a caption closed by `／攝影`, as Taiwan’s papers credit a photograph', () => {
  it('is the story’s caption, its photographer named (`…午餐。記者周美玲／攝影`, `（記者許文華／攝影）`)', () => {
    const page = [
      '中和時報', '2024年6月12日 星期三', '',
      '校園午餐漲價 家長憂心', '【記者周美玲／台中報導】台中市多所國中小午餐費下學期起調漲，每餐增加五元。', '教育局說明，食材成本上漲。', '學生在校園排隊領取午餐。記者周美玲／攝影', '',
      '社區長者共餐', '【記者許文華／嘉義報導】嘉義市東區社區關懷據點推出長者共餐。', '長者開心用餐。（記者許文華／攝影）',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: both were text, no photographer named.
    expect(e.articles.map((a) => [a.headline, a.byline.photographers, a.paragraphs.at(-1)!.type])).toEqual([
      ['校園午餐漲價 家長憂心', ['周美玲'], 'caption'],
      ['社區長者共餐', ['許文華'], 'caption'],
    ]);
  });
});

describe('a box at the page’s foot set flush on an indented page', () => {
  it('is a story (`新聞小辭典` / `青年住宅補貼` / its explanation), not lines left in none', () => {
    // Made-up, as Taiwan's papers close a page with a box explaining a term, its text set flush.
    const page = [
      '中和時報', '中華民國113年6月12日　星期三', '',
      '租屋補貼加碼 青年每月最高八千', '〔記者陳怡君／台北報導〕立法院昨天三讀通過青年住宅補貼條例修正草案，租屋族每月最高可獲補貼八千元。',
      '　　內政部表示，新制預計嘉惠三十萬戶。', '　　部分立委則質疑，補貼可能推升租金。', '　　內政部回應，將同步加強租賃市場管理。', '',
      '颱風逼近 東部停班停課', '〔記者陳大文／花蓮報導〕颱風今天逼近東部海面，花蓮、台東兩縣政府宣布明天停止上班上課。',
      '　　氣象署預估，颱風中心將於明天清晨登陸。', '　　各地應嚴防豪雨。', '',
      '新聞小辭典', '青年住宅補貼', '指政府針對青年租屋族所發放的租金補貼，申請人須符合所得及財產標準。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the box's three lines were left `unassigned`, in no story.
    expect(e.leftovers.filter((l) => l.reason === 'unassigned')).toEqual([]);
    expect(e.articles.map((a) => [a.section ?? null, a.headline, a.paragraphs.map((p) => p.type)])).toEqual([
      [null, '租屋補貼加碼 青年每月最高八千', ['text', 'text', 'text', 'text']],
      [null, '颱風逼近 東部停班停課', ['text', 'text', 'text']],
      ['新聞小辭典', '青年住宅補貼', ['text']],
    ]);
  });
});

describe('a wire’s lead-in in brackets with no day', () => {
  it('opens its story and names its source (`（法新社华盛顿电）`, `（华盛顿综合电）`), as `（新加坡讯）` does', () => {
    // Made-up, as Singapore's and Malaysia's papers open a story from abroad.
    const page = [
      '南洋晨报', '2024年6月12日 星期三', '',
      '美联储维持利率不变', '（法新社华盛顿电）美国联邦储备局昨天宣布维持利率不变，符合市场预期。', '分析师认为，年底前可能降息一次。', '',
      '欧盟通过人工智能法', '（布鲁塞尔综合电）欧盟昨天正式通过人工智能法，将分阶段实施。', '业者表示将配合调整。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the lead-ins were read as the leads' text, and no source was named.
    expect(e.articles.map((a) => [a.headline, a.kind, a.byline.agency, a.paragraphs[0]!.text.slice(0, 4)])).toEqual([
      ['美联储维持利率不变', 'wire', '法新社华盛顿', '美国联邦'],
      ['欧盟通过人工智能法', 'news', '布鲁塞尔', '欧盟昨天'],
    ]);
  });
});

describe('a byline closing in 报道 with the writer’s address after it on its line', () => {
  it('keeps the address in the byline, out of the lead (`刘丽萍 报道 liuliping@sph.com.sg`)', () => {
    // Made-up, as Singapore's papers print a writer's address beside the byline.
    const page = ['南洋晨报', '2024年6月12日 星期三', '', '组屋转售价连续第16季上涨', '刘丽萍 报道 liuliping@example.com.sg', '建屋发展局昨天公布的数据显示，组屋转售价格连续第16个季度上涨。', '分析师认为，转售市场需求可望放缓。'].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the address opened the lead's text, `liuliping@example.com.sg建屋发展局…`.
    expect(e.articles.map((a) => [a.headline, a.byline.reporters, a.paragraphs[0]!.text.slice(0, 5)])).toEqual([['组屋转售价连续第16季上涨', ['刘丽萍'], '建屋发展局']]);
  });
});

describe('a page’s header and foot naming its staff, as evening and city papers print them', () => {
  it('reads `A02 要闻 责任编辑 陈立 美术编辑 何敏` (roles set off by spaces) as the page’s header, and `组版：…` at its foot as furniture', () => {
    // Made-up evening paper's page: the header's roles with no colon, the foot's typesetter (`组版`).
    const page = [
      '东海晚报', '2024年9月5日 星期四', 'A02 要闻 责任编辑 陈立 美术编辑 何敏', '', '全市中小学迎来开学第一课', '', '首席记者 马骏 见习记者 林雪', '',
      '本报讯 9月1日，全市32万名中小学生走进校园，迎来新学期。记者在多所学校看到，开学第一课形式多样。', '', '编辑：陈立　校对：吴红　组版：孙军',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the header was the story's headline, its own headline the 副题, and no page was read; the foot was left unassigned.
    expect([e.page, e.articles.map((a) => [a.kicker ?? null, a.headline, a.subheadline ?? null])]).toEqual(['A02', [[null, '全市中小学迎来开学第一课', null]]]);
    expect(e.leftovers.map((l) => l.reason)).toEqual(['masthead', 'masthead', 'masthead', 'noise']);
  });
});

describe('a weather forecast on a line of its own', () => {
  it('is the page’s furniture, under the masthead or under a story’s text, while a box’s forecast under its heading stays its text', () => {
    // Made-up evening paper's page: the day's weather under the masthead, again under a story, and a one-line box with its heading.
    const page = [
      '江淮晚报', '2024年6月12日 星期三', '今日天气 晴 15℃～26℃ 南风2级', '', '电网迎峰度夏准备就绪', '',
      '本报讯（记者 王婷）记者昨日从市供电公司获悉，该公司已完成全部主变压器检修，新增应急发电车4台。', '', '供电公司提醒，空调温度不宜设置过低。', '',
      '今天 晴 15℃～26℃ 南风2级', '', '周末天气', '', '周六 多云 17℃～28℃',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the first was a story of its own with no headline, the second the story's last paragraph.
    expect(e.articles.map((a) => [a.headline, a.paragraphs.map((p) => p.text)])).toEqual([
      ['电网迎峰度夏准备就绪', ['记者昨日从市供电公司获悉，该公司已完成全部主变压器检修，新增应急发电车4台。', '供电公司提醒，空调温度不宜设置过低。']],
      ['周末天气', ['周六 多云 17℃～28℃']],
    ]);
    expect(e.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['今日天气晴15℃～26℃ 南风2级', '今天晴15℃～26℃ 南风2级']);
  });

  it('is furniture under a source line closing the story above too, which then closes that story', () => {
    const page = [
      '青江日报', '2024年5月20日 星期一', '', '青江县新建5座农村污水处理站', '', '青江县融媒体中心记者 王五', '', '近日，青江县5座农村生活污水处理站建成投用，惠及周边8个村。', '',
      '来源：青江县融媒体中心', '', '今天 晴 15℃～26℃ 南风2级', '', '河东区举办首届乡村运动会', '', '本报讯（记者 陈红）5月18日，河东区首届乡村运动会在东岭村开幕。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the source line opened a story with no headline whose text was the forecast.
    expect(e.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([['青江县新建5座农村污水处理站', 1], ['河东区举办首届乡村运动会', 1]]);
    expect(e.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['今天晴15℃～26℃ 南风2级']);
  });
});

describe('a jump line alone over the continued story’s headline printed again', () => {
  it('reads `（上接第1版）` / headline / text as one story, the rest of the one on page 1, as headline / `（上接第1版）` / text is', () => {
    // Made-up inside page: the rest of a front-page story under its jump line and its headline repeated, then another story.
    const rest = ['医保新政惠及百万参保人', '记者了解到，新政实施后，参保人在定点药店购药可直接刷医保卡结算。'];
    const other = ['城区新增三处口袋公园', '本报讯（记者 赵强）日前，城区新增的三处口袋公园正式向市民开放。'];
    const read = (blocks: string[]) => {
      const e = parsedWhole(['健康时报', '2024年4月9日 星期二', '第4版 医疗前沿', ...blocks].join('\n\n'), 'x.txt');
      return e.articles.map((a) => [a.kind, a.headline, a.continuedFrom?.page ?? null, a.paragraphs.length]);
    };
    const expected = [['continuation', '医保新政惠及百万参保人', '01', 1], ['news', '城区新增三处口袋公园', null, 1]];
    // Before: the jump line over the headline was a story of its own with nothing in it, and the rest a story not continued.
    expect(read(['（上接第1版）', ...rest, ...other])).toEqual(expected);
    expect(read([rest[0]!, '（上接第1版）', rest[1]!, ...other])).toEqual(expected);
  });

  it('joins that rest to its story where the file holds both pages, the headline printed again kept as the story’s', () => {
    const front = ['健康时报', '2024年4月9日 星期二 第1版', '医保新政惠及百万参保人', '本报讯（记者 孙丽华）4月1日起，我市医保新政正式实施，全市百万参保人将从中受益。记者了解到，（下转第4版）'];
    const rest = ['第4版', '医保新政惠及百万参保人', '新政实施后，参保人在定点药店购药可直接刷医保卡结算。'];
    for (const blocks of [[...front, rest[0]!, '（上接第1版）', ...rest.slice(1)], [...front, ...rest.slice(0, 2), '（上接第1版）', rest[2]!]]) {
      const e = parsedWhole(blocks.join('\n\n'), 'x.txt');
      // Before: with the jump line over the headline, the rest was a story of its own, not joined.
      expect(e.articles.map((a) => [a.headline, a.continuedTo, a.continuedFrom, a.paragraphs.map((p) => p.text)])).toEqual([
        ['医保新政惠及百万参保人', null, null, ['4月1日起，我市医保新政正式实施，全市百万参保人将从中受益。记者了解到，新政实施后，参保人在定点药店购药可直接刷医保卡结算。']],
      ]);
    }
  });
});

describe('a reader’s letter opened by its salutation', () => {
  it('is signed by where its writer lives and the name (`临水县　赵有田`), and by a signer with a reply printed under it', () => {
    // Made-up readers' page of an older paper, indented: the letter signed with the writer's county and name at the page's end.
    const old = parsedWhole(
      ['江南日报', '一九五六年五月十三日　星期日', '', '　　读者来信', '　　请注意农村的供销工作', '　　编辑同志：', '　　我们村的供销社经常缺少农具和化肥，社员们很有意见。希望有关部门重视这个问题。', '　　临水县　赵有田'].join('\n'),
      'x.txt',
    );
    // Before: the signature was left in no story.
    expect(old.articles.map((a) => [a.headline, a.byline.authors])).toEqual([['请注意农村的供销工作', ['赵有田']]]);
    // Made-up evening paper: the letter's signer, then the reporter's follow-up under it.
    const replied = parsedWhole(
      [
        '新城晚报', '2024年7月2日 星期二', '读者来信', '路边停车收费应公开透明', '编辑同志：', '最近我发现，城南一些路段的停车收费标准不统一，也没有公示牌。希望有关部门加强管理。', '城南居民 郑伟',
        '本报记者回访：记者就此联系了市停车管理中心，工作人员表示将对相关路段进行检查。',
      ].join('\n\n'),
      'x.txt',
    );
    // Before: the signer was a subhead of the letter.
    expect(replied.articles.map((a) => [a.headline, a.byline.authors, a.paragraphs.map((p) => p.type)])).toEqual([['路边停车收费应公开透明', ['郑伟'], ['text', 'text', 'text']]]);
  });
});

describe('a county’s media centre credited as an outlet (`青江县融媒体中心记者 王五`, `来源：青江县融媒体中心`)', () => {
  it('is the byline’s outlet before its reporter, and the story’s source closing it', () => {
    // Made-up county page, as county papers credit the county's media centre since its founding.
    const page = [
      '青江日报', '2024年5月20日 星期一', '第6版 县区新闻', '青江县新建5座农村污水处理站', '青江县融媒体中心记者 王五 通讯员 李四',
      '近日，青江县5座农村生活污水处理站建成投用，日处理能力达到1500吨，惠及周边8个村。', '来源：青江县融媒体中心', '河东区举办首届乡村运动会',
      '本报讯（记者 陈红）5月18日，河东区首届乡村运动会在东岭村开幕，来自全区的20支代表队参赛。',
    ].join('\n\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the byline line was the first story's 副题 and no one its writer; the source line the next story's kicker.
    expect(e.articles.map((a) => [a.kicker ?? null, a.headline, a.subheadline ?? null, a.byline.agency, a.byline.reporters, a.byline.correspondents])).toEqual([
      [null, '青江县新建5座农村污水处理站', null, '青江县融媒体中心', ['王五'], ['李四']],
      [null, '河东区举办首届乡村运动会', null, '本报', ['陈红'], []],
    ]);
  });
});

describe('an evening paper’s bylines naming the paper and its app, or the paper by its kind', () => {
  it('reads `扬帆晚报/紫帆新闻记者 张晓明` under a headline and `晚报记者 陈刚` under a story’s text as their stories’ bylines', () => {
    // Made-up evening paper's page.
    const page = [
      '扬帆晚报', '2024年11月5日 星期二', 'A04 城事', '地铁3号线二期今起试运营', '扬帆晚报/紫帆新闻记者 张晓明', '今天上午6点，地铁3号线二期正式开通试运营。二期工程全长12.6公里，设车站8座。',
      '“一老一小”服务中心揭牌', '昨天，城北街道“一老一小”服务中心正式揭牌，为辖区老人和儿童提供托管、助餐等服务。', '晚报记者 陈刚',
    ].join('\n\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the first was the story's 副题, the second left in no story.
    expect(e.articles.map((a) => [a.headline, a.subheadline ?? null, a.byline.reporters])).toEqual([
      ['地铁3号线二期今起试运营', null, ['张晓明']],
      ['“一老一小”服务中心揭牌', null, ['陈刚']],
    ]);
  });
});

describe('whose organ the paper is, printed in its masthead (`中共临江市委机关报`)', () => {
  it('is the masthead’s, under the paper’s name or over it: never the first story’s kicker, nor the paper’s name', () => {
    const story = ['全市夏粮收购工作启动', '本报讯（记者 李明）记者昨日从市粮食局获悉，全市夏粮收购工作全面启动。'];
    const read = (masthead: string[]) => {
      const e = parsedWhole([...masthead, '', ...story].join('\n'), 'x.txt');
      return [e.paper, e.date, e.articles.map((a) => [a.kicker ?? null, a.headline])];
    };
    const expected = ['临江日报', '2024-06-12', [[null, '全市夏粮收购工作启动']]];
    // Before: under the name it was the story's kicker; over it, it was the paper and the paper's name the story's kicker.
    expect(read(['临江日报', '国内统一刊号：CN43-0001　邮发代号：41-1', '中共临江市委机关报', '2024年6月12日 星期三'])).toEqual(expected);
    expect(read(['中共临江市委机关报', '临江日报', '2024年6月12日 星期三'])).toEqual(expected);
  });
});

describe('a television listings box, each channel’s name over its rows', () => {
  it('keeps every channel in the box, each name a subhead, however its rows close', () => {
    // Made-up evening paper's listings: the first channel's last row closes in a bracket, as a serial's episodes are printed.
    const page = [
      '浦江晚报', '2024年8月16日 星期五', 'A10 文体', '电视节目', '浦江卫视', '19:00 浦江新闻联播', '21:00 电视剧：山河故人（1、2）', '浦江都市频道', '18:30 都市报道', '20:00 电影：大河',
      '影视频道', '19:30 电视剧：人世间（5）',
    ].join('\n\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: each channel after the first was an item of its own.
    // (Since the twelfth session the first channel is a subhead too, where it was the box's 副题.)
    expect(e.articles.map((a) => [a.headline, a.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)])).toEqual([['电视节目', ['浦江卫视', '浦江都市频道', '影视频道']]]);
  });
});

describe('a byline right under a credit that closed the story above', () => {
  it('signs the story under it (`（新华社记者 王小明）` / `本报评论员` / headline / text), not the story above a second time', () => {
    // Made-up page: a wire closed by its reporter's credit, then the paper's commentary signed over its headline.
    const page = [
      '东江日报', '2024年6月12日 星期三', '第3版 综合', '新华社北京6月11日电　国务院新闻办公室11日举行新闻发布会，介绍今年以来经济运行情况。', '（新华社记者 王小明）', '本报评论员',
      '为实干者撑腰', '实干者是推动发展的中坚力量。为实干者撑腰，就是为发展鼓劲。',
    ];
    for (const gap of ['\n\n', '\n']) {
      const e = parsedWhole(page.join(gap), 'x.txt');
      // Before: the commentator signed the wire, and the commentary named no one.
      expect(e.articles.map((a) => [a.headline, a.byline.authors])).toEqual([
        [null, []],
        ['为实干者撑腰', ['本报评论员']],
      ]);
    }
  });
});

describe('a front page’s summary closed by a pointer on a line of its own, and the paper’s hotline at the foot', () => {
  const page = [
    '东海晚报', '2024年9月5日 星期四', '', '地铁5号线南延线本月底试运行', '', '本报讯（记者 张明远）记者昨日从市轨道集团获悉，地铁5号线南延线将于本月底开始试运行。', '详见A04版', '',
    '江边绿道全线贯通', '', '本报讯（记者 许文）沿江绿道最后一段昨日完工，全长28公里的江边绿道实现全线贯通。', '（详见第3版）', '', '东海晚报热线：96111',
  ].join('\n');

  it('reads the pointer (`详见A04版`) as the summary’s last words: text, not a subhead', () => {
    const e = parsedWhole(page, 'x.txt');
    // Before: the pointer was the summary's subhead (or, last on the page, left in no story).
    expect(e.articles.map((a) => [a.headline, a.paragraphs.map((p) => [p.type, p.text])])).toEqual([
      ['地铁5号线南延线本月底试运行', [['text', '记者昨日从市轨道集团获悉，地铁5号线南延线将于本月底开始试运行。'], ['text', '详见A04版']]],
      ['江边绿道全线贯通', [['text', '沿江绿道最后一段昨日完工，全长28公里的江边绿道实现全线贯通。'], ['text', '（详见第3版）']]],
    ]);
  });

  it('reads the paper’s hotline with its name and a short number (`东海晚报热线：96111`) as furniture', () => {
    const e = parsedWhole(page, 'x.txt');
    // Before: it was the last story's text.
    expect(e.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['东海晚报热线：96111']);
  });
});

describe('an indented page: a byline line under the headline, then the lead-in naming no one', () => {
  it('reads `本报讯` as the story’s lead-in (its agency), not as the first words of its text', () => {
    // Made-up evening paper set with indents: the headline and byline flush, the text indented.
    const page = [
      '东海晚报', '2024年9月5日 星期四', '', '江边绿道全线贯通', '', '本报记者 许文 文/图', '', '\u3000\u3000本报讯 经过半年建设，沿江绿道最后一段昨日完工，全长28公里的江边绿道实现全线贯通。', '',
      '\u3000\u3000绿道沿线设置了驿站、观景平台等设施，市民可骑行、步行。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the story's text opened `本报讯经过半年建设…` and no agency was read (a flush page read it so already).
    expect(e.articles.map((a) => [a.headline, a.byline.agency, a.byline.reporters, a.paragraphs[0]!.text])).toEqual([
      ['江边绿道全线贯通', '本报', ['许文'], '经过半年建设，沿江绿道最后一段昨日完工，全长28公里的江边绿道实现全线贯通。'],
    ]);
  });
});

describe('a story under its paper’s lead-in, signed at its end by a county’s media centre', () => {
  it('names the writers of `（县融媒体中心记者 蒋文 通讯员 李四）`, the outlet before the role no one’s name', () => {
    // Made-up county page: a story the county's media centre sent the paper, signed at its end.
    const page = [
      '青江日报', '2024年5月20日 星期一', '', '河东区老旧小区改造惠及3000户', '',
      '本报讯 今年以来，河东区投入资金1.2亿元，完成12个老旧小区改造，惠及居民3000余户。（河东区融媒体中心记者 蒋文 通讯员 李四）',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the outlet's name, too long for a person's, made the credit no credit: the story named no one.
    expect(e.articles.map((a) => [a.byline.reporters, a.byline.correspondents])).toEqual([[['蒋文'], ['李四']]]);
  });
});

describe('this session’s words in traditional characters', () => {
  it('reads `中共臨江市委機關報`, `詳見A04版`, `南風2級` and `組版：` as their simplified forms are read', () => {
    // Made-up page in traditional characters (a Big5 conversion of a mainland page).
    const page = [
      '中共臨江市委機關報', '臨江晚報', '2024年9月5日 星期四', '', '地鐵3號線二期今起試運營', '', '本報訊（記者 張曉明）今天上午6點，地鐵3號線二期正式開通試運營，全線設站8座。', '詳見A04版', '',
      '城區新增三處口袋公園', '', '本報訊（記者 趙強）日前，城區新增的三處口袋公園正式向市民開放，總面積約1.2萬平方米。', '', '今天 晴 15℃～26℃ 南風2級', '', '編輯：陳立　校對：吳紅　組版：孫軍',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: 機, 詳, 級 and 組 were no forms of 机, 详, 级 and 组: the organ was the paper, the pointer a subhead, the forecast
    // and the foot the last story's text or left over.
    expect([e.paper, e.articles.map((a) => [a.kicker ?? null, a.headline, a.paragraphs.map((p) => p.type)])]).toEqual([
      '臨江晚報',
      [
        [null, '地鐵3號線二期今起試運營', ['text', 'text']],
        [null, '城區新增三處口袋公園', ['text']],
      ],
    ]);
    expect(e.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['今天晴15℃～26℃ 南風2級', '編輯：陳立校對：吳紅組版：孫軍']);
  });
});

describe('a photo story of several photos, each credited under its caption', () => {
  it('names every caption’s photographer, not the last one’s alone', () => {
    // Made-up evening paper's 图片新闻: two photos by two photographers.
    const page = [
      '新城晚报', '2024年7月2日 星期二', '', '图片新闻', '', '7月1日，小朋友在城东湿地公园观察荷花。 本报记者 韩冰 摄', '', '6月30日，市民在滨江公园参加健步走活动。 通讯员 王磊 摄',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: only 王磊, whose credit closes the story, was named.
    expect(e.articles.map((a) => [a.kind, a.byline.photographers, a.paragraphs.map((p) => p.type)])).toEqual([['photo', ['韩冰', '王磊'], ['caption', 'caption']]]);
  });
});

describe('a headline that asks, set apart by blank lines over its byline, on a page whose blank lines part only blocks', () => {
  it('is the story’s headline (`春季过敏怎么办？` / blank / `本报记者 孙丽华` / blank / text with no blank lines)', () => {
    // Made-up health page: questions and answers under a headline that asks.
    const page = [
      '健康时报', '2024年4月9日 星期二', '', '春季过敏怎么办？', '', '本报记者 孙丽华', '', '问：每到春天就打喷嚏、流鼻涕，是感冒还是过敏？',
      '答：如果症状反复出现，且伴有眼痒、鼻痒，多半是过敏性鼻炎。建议到医院做过敏原检测。', '问：过敏性鼻炎能根治吗？', '答：目前还不能根治，但通过规范治疗，大多数患者的症状可以得到有效控制。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the headline was a story of its own, its only text; the questions and answers a story with no headline.
    expect(e.articles.map((a) => [a.headline, a.byline.reporters, a.paragraphs.length])).toEqual([['春季过敏怎么办？', ['孙丽华'], 4]]);
  });
});

describe('a weather story’s own forecast line', () => {
  it('stays its text where the text above tells of the forecast (`市气象台预计…` / `明天 小雨 12℃～18℃ 北风3级`)', () => {
    const page = [
      '江淮晚报', '2024年6月12日 星期三', '', '冷空气来袭 明起降温', '', '本报讯（记者 王婷）受冷空气影响，市气象台预计我市明天起气温明显下降。', '', '明天 小雨 12℃～18℃ 北风3级',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    expect(e.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([['冷空气来袭 明起降温', 2]]);
    // (In traditional characters too: `市氣象台預計…`.)
    const traditional = parsedWhole(page.replace('气象台预计', '氣象台預計'), 'x.txt');
    expect(traditional.articles.map((a) => a.paragraphs.length)).toEqual([2]);
  });
});

describe('a transliterated name’s dot as Big5 sets it (`‧`)', () => {
  it('is read as the name’s `·`: the reporter is named (`〔記者瓦歷斯‧諾幹／花蓮報導〕`)', () => {
    // Made-up, as a Taiwan paper's Big5 file gives an indigenous reporter's name.
    const page = ['中和時報', '2024年6月12日 星期三', '', '部落祭典登場 族人齊聚', '〔記者瓦歷斯‧諾幹／花蓮報導〕花蓮縣豐年祭今天登場，上千名族人盛裝出席。', '美國學者約翰‧史密斯也到場觀禮。'].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `記者瓦歷斯‧諾幹` was the story's agency, and no one its reporter.
    expect(e.articles.map((a) => [a.headline, a.byline.agency, a.byline.reporters])).toEqual([['部落祭典登場 族人齊聚', null, ['瓦歷斯·諾幹']]]);
  });
});

describe('a round-up whose parts each open with a reporter’s lead-in, no blank line between', () => {
  it('is one story, bylined by the first (`〔記者陳大文／台中報導〕…` / `〔記者林美玲／高雄報導〕…`)', () => {
    // Made-up, as Taiwan's papers print a report from several places, each part under its reporter's lead-in.
    const page = [
      '中和時報', '2024年6月12日 星期三', '',
      '颱風逼近 各地嚴陣以待', '〔記者王小明／台北報導〕颱風逼近，台北市政府昨天成立災害應變中心。', '市府呼籲市民儲備飲水及糧食。',
      '〔記者陳大文／台中報導〕台中市政府昨天預先撤離山區居民三百餘人。', '〔記者林美玲／高雄報導〕高雄市沿海地區昨天起封閉海灘，漁船全數回港避風。', '',
      '校園午餐漲價 家長憂心', '〔記者周美玲／台中報導〕台中市多所國中小午餐費下學期起調漲。', '教育局說明，食材成本上漲。', '',
      '海岸垃圾成災 志工淨灘', '〔記者林大山／屏東報導〕屏東縣海岸近日湧入大量海漂垃圾。', '環保局表示，將增派清潔人力。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the third part, under the second's lead-in, was a story of its own with no headline.
    expect(e.articles.map((a) => [a.headline, a.byline.reporters, a.paragraphs.length])).toEqual([
      ['颱風逼近 各地嚴陣以待', ['王小明'], 4],
      ['校園午餐漲價 家長憂心', ['周美玲'], 2],
      ['海岸垃圾成災 志工淨灘', ['林大山'], 2],
    ]);
  });
});

describe('a credit saying a report was compiled, naming no one', () => {
  it('is the story’s byline (`綜合外電報導`, `外電綜合報導`), not its 副题', () => {
    // Made-up, as Taiwan's papers credit a report compiled from foreign wires.
    const page = [
      '中和時報', '2024年6月12日 星期三', '',
      '油價走跌', '綜合外電報導', '國際油價今天走跌，布蘭特原油每桶跌至八十美元以下。', '分析師認為需求疲弱。', '',
      '颱風過境 農損逾億', '外電綜合報導', '颱風過境，東南亞多國農業損失初估超過一億美元。', '聯合國將啟動救助。', '',
      '特別報導', '偏鄉醫療的一天', '〔記者林佩君／台東報導〕清晨六點，巡迴醫療車已經出發。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: each credit was the headline's 副题. (A section's label, `特別報導`, stays one.)
    expect(e.articles.map((a) => [a.section ?? a.kicker ?? null, a.headline, a.subheadline ?? null, a.byline.agency, a.byline.raw])).toEqual([
      [null, '油價走跌', null, null, '綜合外電報導'],
      [null, '颱風過境 農損逾億', null, null, '外電綜合報導'],
      ['特別報導', '偏鄉醫療的一天', null, null, '〔記者林佩君／台東報導〕'],
    ]);
  });
});

describe('a website’s posting time with the time it was updated', () => {
  it('is furniture (`2024/06/12 10:30（6/12 12:15 更新）`), as the posting time alone is, not the lead’s first paragraph', () => {
    // Made-up, as the Central News Agency's site prints a story's times under its headline.
    const page = [
      '立法院三讀漁業補助條例修正 遠洋船員保障增', '2024/06/12 10:30（6/12 12:15 更新）', '',
      '（中央社記者王德明台北12日電）立法院會今天三讀通過漁業補助條例修正草案。', '', '農業部表示，新制將於公布後三個月施行。', '',
      '日股收盤上漲 創三個月新高', '2024/06/12 14:05', '', '（中央社東京12日綜合外電報導）日本股市今天收盤上漲。', '', '分析師指出，半導體類股走強帶動大盤。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the times were the first story's first paragraph.
    expect(e.articles.map((a) => [a.headline, a.paragraphs[0]!.text.slice(0, 4)])).toEqual([
      ['立法院三讀漁業補助條例修正 遠洋船員保障增', '立法院會'],
      ['日股收盤上漲 創三個月新高', '日本股市'],
    ]);
    expect(e.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['2024/06/12 10:30（6/12 12:15更新）', '2024/06/12 14:05']);
  });
});

describe('a dash set as box-drawing lines, as Big5 files give it', () => {
  it('is read as `——`: the 副题 under its headline (`──專訪青年創業家王小明`), not the headline', () => {
    // Made-up, as a Taiwan paper's Big5 file gives a 副题 opening with a dash.
    const page = [
      '中和時報', '2024年6月12日 星期三', '',
      '從夜市攤販到連鎖品牌', '──專訪青年創業家王小明', '〔記者林佩君／台北報導〕王小明二十五歲那年在夜市擺攤，十年後擁有三十家分店。', '他說，堅持品質是成功的關鍵。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the 副题 was the headline and the headline its kicker.
    expect(e.articles.map((a) => [a.kicker ?? null, a.headline, a.subheadline])).toEqual([[null, '從夜市攤販到連鎖品牌', '專訪青年創業家王小明']]);
  });
});

describe('a page whose every story line is indented, its page furniture flush', () => {
  it('is read as a flush page: the furniture OCR repeats between paragraphs (`- 3 -`, `■■■`, the running head) does not make the indented headlines text', () => {
    // Made-up, as a city paper's scan comes out of OCR: every line of every story opens with the paragraph's indent, the
    // page number, a rule and the running head at a column's top flush among them.
    const page = [
      '溪口日报', '2024年6月12日 星期三', '第3版', '',
      '　　北岸镇新建水厂正式通水', '　　三万居民喝上放心水', '', '　　本报记者 韩 明 通讯员 闵 芳', '',
      '　　本报讯 6月11日上午，北岸镇新建的第二水厂正式通水，全镇三万余名居民从此喝上了放心水。',
      '- 3 -',
      '　　镇党委书记柯强表示，下一步将继续完善管网建设，确保水质安全。', '',
      '■■■■■■■■', '',
      '　　老街改造提速', '　　百年骑楼换新颜', '', '　　记者 詹 山', '',
      '　　近日，记者来到城南老街，看到施工人员正在对骑楼立面进行修缮，预计年底完工。',
      '溪口日报 2024年6月12日',
      '　　“改造后的老街既保留了历史风貌，又方便了居民生活。”市住建局相关负责人说。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the page read as indented, the headlines as subheads and bylines as text of one story with no headline.
    // (Which of two head lines is the headline is the paper's convention: the block is asked for whole.)
    const head = (a: ParsedEdition['articles'][number]) => [a.kicker, a.headline, a.subheadline].filter(Boolean).join('/');
    expect(e.articles.map((a) => [head(a), a.byline.reporters, a.paragraphs.length])).toEqual([
      ['北岸镇新建水厂正式通水/三万居民喝上放心水', ['韩明'], 2],
      ['老街改造提速/百年骑楼换新颜', ['詹山'], 2],
    ]);
  });
});

describe('a story whose sentences close with `o`, OCR’s reading of `。`', () => {
  it('keeps its last short line as its text, not a headline left over with no story under it', () => {
    // Made-up, as a scan's OCR reads the small circle of `。` as a Latin `o` and `，` as `,`.
    const page = [
      '蓮城日報', '2024年6月12日 星期三', '',
      '夜市攤商遷移', '', '協調破局', '',
      '【本報訊】夜市攤商遷移一案,昨日協調會再度破局o攤商代表表示,將持續爭取權益o',
      '市府則表示,會再研議配套措施o',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the last line was a head line with no story under it, left over unassigned.
    expect(e.leftovers.filter((l) => l.reason === 'unassigned')).toEqual([]);
    expect(e.articles.map((a) => a.paragraphs.map((p) => p.text.slice(0, 4)))).toEqual([['夜市攤商', '市府則表']]);
  });
});

describe('a line OCR read twice', () => {
  it('is a duplicate the second time: neither a paragraph again nor, a lead-in repeated, a second story with no headline', () => {
    // Made-up, as a scan read in overlapping strips gives a line twice in a row.
    const lead = '本报讯 昨日，城东新建的社区卫生服务中心正式投入使用，周边五万居民在家门口就能看病。';
    const page = [
      '江城晚报', '2024年6月12日 星期三', '',
      '社区卫生服务中心投入使用', '', '本报记者 孙 浩', '',
      lead, lead,
      '中心设有全科、中医、康复等科室，配备医护人员四十余名。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the repeated lead opened a second story with no headline, the rest of the text its own.
    expect(e.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([['社区卫生服务中心投入使用', 2]]);
    expect(e.leftovers.filter((l) => l.reason === 'duplicate').map((l) => l.text)).toEqual([lead.replace(' ', '')]);
  });
});

describe('a quotation closed by a half-width full stop, on a page with no blank lines', () => {
  it('is the story’s paragraph (`農民黃先生說:"今年的收成全沒了."`), not the headline of a story of its own', () => {
    // Made-up, as OCR gives a Taiwan paper's page: half-width marks, no blank line, every line indented.
    const page = [
      '南洲時報', '2024年6月12日 星期三',
      '　　颱風過境農損逾億',
      '　　記者林小雯／南投報導',
      '　　颱風「山竹」昨日過境,南投縣農作物損失慘重.縣府初步統計,農損金額已逾一億元.',
      '　　農民黃先生說:"今年的收成全沒了."',
      '　　縣長表示,將儘速啟動救助機制,協助農民復耕.',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the quotation was a headline over the last paragraph, a story with no byline.
    expect(e.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([['颱風過境農損逾億', 3]]);
  });
});

describe('a 副刊 essay signed `○ 张三` under its title', () => {
  it('has the name as its author, not as its 副题 (simplified and traditional)', () => {
    // Made-up, as a paper's literary page signs its essays with a hollow circle, as others do with `□`.
    for (const [title, sign, text] of [
      ['山中听雨', '○ 林秋禾', '清晨推窗，雨已经下了一夜。远处的山峦隐在雾里。'],
      ['山中聽雨', '○林秋禾', '清晨推窗，雨已經下了一夜。遠處的山巒隱在霧裡。'],
    ]) {
      const page = ['江城晚报', '2025年3月14日\u3000星期五', '', `\u3000\u3000${title}`, `\u3000\u3000${sign}`, '', `\u3000\u3000${text}`, '\u3000\u3000外婆总说，雨是山的信。'].join('\n');
      const e = parsedWhole(page, 'x.txt');
      // Before: the signature was the essay's 副题 and it had no author.
      expect(e.articles.map((a) => [a.headline, a.subheadline ?? null, a.byline.authors])).toEqual([[title, null, ['林秋禾']]]);
    }
  });
});

describe('a readers’ column’s name over a letter’s title with no blank line under the title', () => {
  it('is the letter’s section, and the title its headline (simplified and traditional)', () => {
    // Made-up, as an opinion page sets its letters: the column's name, the letter's title, then the letter itself.
    for (const [lines, label, title] of [
      [[
        '东海都市报',
        '2025年4月9日\u3000星期三',
        '第4版\u3000评论',
        '',
        '本报评论员',
        '让城市慢行系统真正好用',
        '',
        '城市的慢行系统，关系每一位市民的日常出行。近年来，不少城市新建了绿道和自行车道，但有的路段断断续续，有的被违规占用，市民骑行体验并不好。',
        '建好慢行系统，关键在于连贯。规划部门应当把零散的路段连成网络，让市民真正骑得顺、走得安心。',
        '',
        '',
        '读者来信',
        '小区门口的井盖该修了',
        '编辑同志：',
        '我家住在东海市滨河小区，小区门口有一个井盖已经松动了两个多月，雨天积水，行人很容易踩空。希望有关部门尽快修理。',
        '读者\u3000赵明',
      ], '读者来信', '小区门口的井盖该修了'],
      [[
        '東海都市報',
        '2025年4月9日\u3000星期三',
        '第4版\u3000評論',
        '',
        '本報評論員',
        '讓城市慢行系統真正好用',
        '',
        '城市的慢行系統，關係每一位市民的日常出行。近年來，不少城市新建了綠道和自行車道，但有的路段斷斷續續，有的被違規佔用，市民騎行體驗並不好。',
        '建好慢行系統，關鍵在於連貫。規劃部門應當把零散的路段連成網絡，讓市民真正騎得順、走得安心。',
        '',
        '讀者來信',
        '社區門口的井蓋該修了',
        '編輯同志：',
        '我家住在東海市濱河社區，社區門口有一個井蓋已經鬆動了兩個多月，雨天積水，行人很容易踩空。希望有關部門儘快修理。',
        '讀者\u3000趙明',
      ], '讀者來信', '社區門口的井蓋該修了'],
    ] as const) {
      const e = parsedWhole(lines.join('\n'), 'x.txt');
      // Before: the column's name was the letter's headline and its title the 副题.
      expect(e.articles.slice(1).map((a) => [a.section, a.headline, a.subheadline ?? null])).toEqual([[label, title, null]]);
    }
  });
});

describe('a notice signed with the day’s date, the masthead’s date alone', () => {
  it('keeps its signer and its date as its last lines: not the masthead again, not the next notice’s headline', () => {
    // Made-up, as a notice page prints an obituary and an ad under it, on the day of the masthead's date (simplified and traditional).
    for (const [paper, title, text, closing, signer, next, ad] of [
      ['海滨商报', '讣告', '海滨市第三中学退休教师林文昭先生，因病医治无效，于2025年7月30日在海滨逝世，享年八十七岁。', '特此讣告。', '林文昭先生治丧小组', '招聘', '某物流公司招聘货车司机5名，要求持B2以上驾照。'],
      ['海濱商報', '訃告', '海濱市第三中學退休教師林文昭先生，因病醫治無效，於2025年7月30日在海濱逝世，享年八十七歲。', '特此訃告。', '林文昭先生治喪小組', '招聘', '某物流公司招聘貨車司機5名，要求持B2以上駕照。'],
    ]) {
      const page = [paper, '2025年8月2日', '', title, text, closing, signer, '2025年8月2日', '', next, ad].join('\n');
      const e = parsedWhole(page, 'x.txt');
      // Before: the date was read as the masthead printed again, and the signer was the next notice's headline (`招聘` its 副题).
      expect(e.articles.map((a) => [a.headline, a.subheadline ?? null, a.paragraphs.map((p) => p.text)])).toEqual([
        [title, null, [text, closing, signer, '2025年8月2日']],
        [next, null, [ad]],
      ]);
    }
  });
});

describe('a picture credited to a reader, a resident or a netizen by name', () => {
  it('names the photographer without the word for who they are (`读者 孔雪 供图`, `網友林小青攝`, `市民　孔雪　摄`)', () => {
    // Made-up, as a photo page credits pictures its readers sent in (simplified and traditional, spaced and not).
    const page = [
      '临川晚报', '2025年7月1日', '',
      '雨后彩虹', '6月27日傍晚，一道彩虹出现在临川城区上空。（读者 孔雪 供图）', '',
      '雨後彩虹', '6月27日傍晚，一道彩虹出現在臨川城區上空。（網友林小青攝）', '',
      '夏收正忙', '6月28日，临川县农民在田间收割小麦。', '市民\u3000孔雪\u3000摄',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `读者孔雪`, `網友林小青`, and `市民` and `孔雪` as two photographers.
    expect(e.articles.map((a) => a.byline.photographers)).toEqual([['孔雪'], ['林小青'], ['孔雪']]);
  });
});

describe('a serial’s short title closed by its instalment (`远河（连载12）`)', () => {
  it('is the instalment’s headline, the name under it its author (simplified and traditional)', () => {
    // Made-up, as a 副刊 page sets a serialised novel: the title and instalment, the writer's name alone, then the text.
    for (const [title, name, text] of [
      ['远河（连载12）', '陈默川', ['老周把船靠在码头边，掏出烟袋，却发现烟丝早已受潮。', '“老周，还走不走？”船舱里传来阿梅的声音。']],
      ['遠河（連載十二）', '陳默川', ['老周把船靠在碼頭邊，掏出煙袋，卻發現煙絲早已受潮。', '「老周，還走不走？」船艙裡傳來阿梅的聲音。']],
      ['故园（上）', '陈默川', ['老周把船靠在码头边，掏出烟袋，却发现烟丝早已受潮。', '“老周，还走不走？”船舱里传来阿梅的声音。']],
    ] as const) {
      const page = ['江城晚报', '2025年3月14日', '第12版\u3000副刊', '', title, name, '', ...text].join('\n');
      const e = parsedWhole(page, 'x.txt');
      // Before: the story had no headline; the title was its first paragraph and the name a subhead.
      expect(e.articles.map((a) => [a.headline, a.byline.authors, a.paragraphs.map((p) => p.text)])).toEqual([[title, [name], text]]);
    }
  });
});

describe('a book’s details over its review (`《书名》 作者 著 出版社 2024年6月`)', () => {
  it('are the review’s first line, a paragraph of their own: not a new story’s headline, not joined to the text', () => {
    // Made-up, as a 副刊 page sets a book review: title, 副题, signature, the book's details, the review (simplified and traditional).
    for (const [head, sub, sign, details, text] of [
      ['一部写给普通人的城市史', '——读《河岸人家》', '□ 吴书远', '《河岸人家》\u3000方志安 著\u3000青禾出版社\u30002024年6月', ['这是一本不厚的书，却写了一条河两岸三代人的生活。', '书中最动人的是渡口老人的故事。']],
      ['一部寫給普通人的城市史', '——讀《河岸人家》', '□ 吳書遠', '《河岸人家》\u3000方志安 編著\u3000青禾出版社', ['這是一本不厚的書，卻寫了一條河兩岸三代人的生活。', '書中最動人的是渡口老人的故事。']],
    ] as const) {
      const page = ['江城晚报', '2025年3月14日', '第12版\u3000副刊', '', '\u3000\u3000山中听雨', '\u3000\u3000○ 林秋禾', '', '\u3000\u3000清晨推窗，雨已经下了一夜。', '', `\u3000\u3000${head}`, `\u3000\u3000${sub}`, `\u3000\u3000${sign}`, '', `\u3000\u3000${details}`, ...text.map((t) => `\u3000\u3000${t}`)].join('\n');
      const e = parsedWhole(page, 'x.txt');
      // Before: the details were a second story's headline, the review its text.
      expect(e.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([['山中听雨', 1], [head, 3]]);
      expect(e.articles[1]!.paragraphs[0]!.text.startsWith('《河岸人家》')).toBe(true);
      expect(e.articles[1]!.paragraphs[1]!.text).toBe(text[0]);
    }
  });
});

describe('a signed poem over a story whose writer’s name stands alone under its title', () => {
  it('keeps its verses; the next title is that story’s headline, the name its author (simplified and traditional)', () => {
    // Made-up, as a 副刊 page sets a poem, then a serial signed with the bare name.
    for (const [poem, sign, verses, title, name, text] of [
      ['春夜', '○ 周小满', ['月亮挂在柳梢', '风把花香', '悄悄递给路人', '我站在桥头'], '远河', '陈默川', '老周把船靠在码头边，掏出烟袋，却发现烟丝早已受潮。'],
      ['春夜', '□ 周小滿', ['月亮掛在柳梢', '風把花香', '悄悄遞給路人', '我站在橋頭'], '遠河', '陳默川', '老周把船靠在碼頭邊，掏出煙袋，卻發現煙絲早已受潮。'],
    ] as const) {
      const page = ['江城晚报', '2025年3月14日', '', poem, sign, '', ...verses, '', title, name, '', text].join('\n');
      const e = parsedWhole(page, 'x.txt');
      // Before: the poem had no text; its verses were the next story's section.
      expect(e.articles.map((a) => [a.headline, a.section, a.byline.authors, a.paragraphs.map((p) => p.text)])).toEqual([
        [poem, null, [sign.slice(2)], [...verses]],
        [title, null, [name], [text]],
      ]);
    }
  });
});

describe('a forum writer signed under the title with where they live and what they do', () => {
  it('is the piece’s author (`王建民（台中市／社工師）`), not its first paragraph', () => {
    // Made-up, as Taiwan's papers sign a 民意論壇 piece (traditional), and in simplified characters with a half-width slash.
    for (const [title, sign, name, text] of [
      ['別讓長照人力斷層', '王建民（台中市／社工師）', '王建民', '長照2.0推動多年，服務據點增加了，但第一線照服員卻始終不足。'],
      ['别让长照人力断层', '王建民（台中市/社工师）', '王建民', '长照2.0推动多年，服务据点增加了，但第一线照服员却始终不足。'],
    ] as const) {
      const page = ['南港日報', '中華民國114年5月20日\u3000星期二', '', title, sign, '', text, '政府應提高照服員的薪資。'].join('\n');
      const e = parsedWhole(page, 'x.txt');
      // Before: the signature was the piece's first paragraph and it had no author.
      expect(e.articles.map((a) => [a.headline, a.byline.authors, a.paragraphs[0]!.text])).toEqual([[title, [name], text]]);
    }
  });
});

describe('a lead opening with a day later in the edition’s month', () => {
  it('has no dateline: it announces what is to come (`本报讯　从9月15日起`); a wire’s lead-in keeps its date', () => {
    // Made-up, as a page of briefs announces a change to come, in simplified and traditional characters.
    const page = [
      '北岸日报', '2025年9月12日\u3000星期五', '',
      '市图书馆延长开放时间', '本报讯\u3000从9月15日起，市图书馆周末开放时间延长至晚上9点。', '',
      '市圖書館延長開放時間', '本報訊\u3000從9月20日起，市圖書館週末開放時間延長至晚上9點。', '',
      '城东新增两条公交线路', '本报讯（记者 苏晓）9月11日，城东片区新开通公交218路和219路。', '',
      '全市秋季运动会开幕', '本报北岸9月13日电\u3000全市秋季运动会今天开幕。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the first two were dated 15 and 20 September, after the page they are printed on.
    expect(e.articles.map((a) => a.dateline)).toEqual([null, null, '2025-09-11', '2025-09-13']);
  });
});

describe('a story’s last line at the page’s end, its closing mark lost to OCR', () => {
  it('is that story’s last paragraph (`据悉，明年还将继续推进这项工作`), not a head line left over unassigned', () => {
    // Made-up, as OCR drops a paragraph's closing 。 at the foot of a page.
    const page = [
      '临江日报', '2024年6月12日 星期三', '',
      '老旧小区加装电梯', '', '本报记者 韩 冰', '',
      '今年以来，我市共为老旧小区加装电梯二百余部，惠及居民五千余户。', '',
      '“以前上下楼太难了，现在方便多了。”家住城西小区的王大爷说。', '',
      '据悉，明年我市还将继续推进这项工作',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the last line was left over, unassigned.
    expect(e.leftovers.filter((l) => l.reason === 'unassigned')).toEqual([]);
    expect(e.articles.map((a) => [a.headline, a.paragraphs.map((p) => p.text.slice(0, 2))])).toEqual([['老旧小区加装电梯', ['今年', '“以', '据悉']]]);
  });

  it('leaves a short title with a comma, or a question, at the page’s end as it was: the head of a story the page cut off', () => {
    const page = [
      '临江日报', '2024年6月12日 星期三', '',
      '老旧小区加装电梯', '', '本报记者 韩 冰', '',
      '今年以来，我市共为老旧小区加装电梯二百余部，惠及居民五千余户。', '',
      '架桥修路，辛苦了',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    expect(e.leftovers.filter((l) => l.reason === 'unassigned').map((l) => l.text)).toEqual(['架桥修路，辛苦了']);
  });
});

describe('a short vertical rule OCR read as a letter on a line of its own', () => {
  it('is noise (`I`, `l`, `丨`), not the 副题 under the headline', () => {
    // Made-up, as OCR reads a rule between a headline and its byline.
    const page = [
      '青州晚报', '2024年6月12日 星期三', '',
      '夏粮收购全面启动', 'I', '本报记者 郭 宁', '',
      '本报讯 昨日，我市夏粮收购工作全面启动，全市设立收购网点六十余个。', '',
      '城区新增公共停车位两千个', '丨', '本报记者 苗 青', '',
      '本报讯 为缓解停车难，今年城区已新增公共停车位两千余个。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `I` was the first story's 副题.
    expect(e.articles.map((a) => [a.headline, a.subheadline ?? null])).toEqual([['夏粮收购全面启动', null], ['城区新增公共停车位两千个', null]]);
    expect(e.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['I', '丨']);
  });
});

describe('a contents list with dot leaders to its pages, as a gazette, a magazine or a supplement prints it', () => {
  it('is page furniture, not the first document\'s label; a long title and points for leaders too, a sentence\'s `……` never', () => {
    // Made-up, as a city government's gazette opens an issue.
    const page = [
      '江川市人民政府公报', '2024年第5期（总第238期）', '',
      '目  录', '',
      '江川市人民政府关于印发《江川市城市更新行动方案》的通知…………2', '',
      '江川市人民政府办公室关于进一步加强夏季安全生产和防汛抗旱工作的通知......8', '',
      '江川市人民政府', '关于印发《江川市城市更新行动方案》的通知', '',
      '各区县人民政府，市政府各部门：现将《江川市城市更新行动方案》印发给你们，请认真组织实施。', '',
      '他站在岸边数着……3', '',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the two entries were the notice's section label (the long one left to the headline block too).
    expect(e.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual([
      '目录',
      '江川市人民政府关于印发《江川市城市更新行动方案》的通知…………2',
      '江川市人民政府办公室关于进一步加强夏季安全生产和防汛抗旱工作的通知......8',
    ]);
    expect(e.articles[0]).toMatchObject({ section: null, kicker: '江川市人民政府', headline: '关于印发《江川市城市更新行动方案》的通知' });
  });
});

describe('a credit naming the page’s editor at the page’s foot (twelfth session)', () => {
  it('is page furniture (`（本版编辑 王芳）`, `本版責編：林小青`), not the last story’s closing paragraph', () => {
    // Made-up, as county and metro papers close a page under its last story.
    const page = [
      '临江日报', '2025年3月12日 星期三', '',
      '西湖公园樱花进入盛花期', '本报讯 连日来气温回升，西湖公园的樱花进入盛花期，吸引大批市民前往观赏。', '',
      '（本版编辑 王芳）',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the credit was the story's second paragraph.
    expect(e.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([['西湖公园樱花进入盛花期', 1]]);
    expect(e.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['（本版编辑王芳）']);
    const traditional = parsedWhole(['臨江日報', '2025年3月12日 星期三', '', '西湖公園櫻花盛開', '本報訊 連日來氣溫回升，西湖公園的櫻花進入盛花期。', '', '本版責編：林小青'].join('\n'), 'x.txt');
    expect(traditional.articles.map((a) => a.paragraphs.length)).toEqual([1]);
  });

  it('leaves the page’s graphics credit (`本版制图：…`) as it was: under a picture’s title it is that picture’s only line', () => {
    const page = ['临江日报', '2025年3月12日 星期三', '', '春到田间', '', '本版制图：郭 明'].join('\n');
    const e = parsedWhole(page, 'x.txt');
    expect(e.leftovers.filter((l) => l.reason === 'noise')).toEqual([]);
  });
});

describe('a briefs column whose briefs are not bulleted (twelfth session)', () => {
  const shape = (e: ReturnType<typeof parsedWhole>) => e.articles.map((a) => [a.headline, a.paragraphs.map((p) => `${p.type}:${p.text.slice(0, 4)}`)]);

  it('reads each title over its `本报讯 …` paragraph as the column’s next subhead, as bulleted briefs are read', () => {
    // Made-up, as a county paper sets its briefs: titles with no bullet, each over its lead-in.
    const page = [
      '临江日报', '2025年3月12日 星期三', '',
      '简讯', '',
      '市民卡可乘坐城际公交', '本报讯 即日起，市民持市民卡可乘坐临江至青湾的城际公交，享受八折优惠。', '',
      '老年大学秋季班开始报名', '本报讯（通讯员 李小红）市老年大学秋季班即日起开始报名，共开设书法等二十门课程。', '',
      '西湖公园樱花进入盛花期', '本报讯 连日来气温回升，西湖公园的樱花进入盛花期。', '',
      '城南菜市场改造完工', '本报讯（记者 孙立）历时半年改造，城南菜市场昨日重新开业。', '新市场设有摊位三百余个，并增设了停车场。',
    ].join('\n');
    // Before: the first title was the column's subhead, each later brief a story of its own.
    expect(shape(parsedWhole(page, 'x.txt'))).toEqual([
      ['简讯', ['subhead:市民卡可', 'text:本报讯即', 'subhead:老年大学', 'text:本报讯（', 'subhead:西湖公园', 'text:本报讯连']],
      // A story of more than one paragraph after the column is a story of its own.
      ['城南菜市场改造完工', ['text:历时半年', 'text:新市场设']],
    ]);
  });

  it('reads bare lead-ins under the column’s heading as its briefs, each a paragraph; one lead-in under `快讯` keeps its byline', () => {
    const page = [
      '臨江日報', '2025年3月12日 星期三', '',
      '簡訊', '【本報訊】即日起，市民持市民卡可搭乘臨江至青灣的城際公車，享八折優惠。', '【本報訊】長青學苑秋季班即日起開始報名，共開設二十門課程。', '',
      '快訊', '【記者孫立／臨江報導】昨日下午，城南一倉庫發生火警，未造成人員傷亡。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the heading was the first brief's headline, the second brief a story with none.
    expect(shape(e)).toEqual([
      ['簡訊', ['text:【本報訊', 'text:【本報訊']],
      ['快訊', ['text:昨日下午']],
    ]);
    expect(e.articles[1]!.byline.reporters).toEqual(['孫立']);
  });
});

describe('a closing credit naming an outlet and a writer with no role, or who supplied the story (twelfth session)', () => {
  it('reads `（区融媒体中心 蒋文）` as its reporter, and `（县融媒体中心 供稿）`, `（省統計局供稿）` as its source', () => {
    // Made-up, as a county paper closes what its media centre and the offices send it.
    const page = [
      '青山日报', '2025年4月8日 星期二', '',
      '城东街道开展义诊进社区活动', '近日，城东街道联合区人民医院开展义诊进社区活动，发放健康手册三百余份。', '活动现场，医生还讲解了春季常见病的预防知识。', '（区融媒体中心 蒋文）', '',
      '全县春耕备耕有序推进', '连日来，全县各乡镇抢抓农时，春耕备耕工作有序推进。', '目前已完成早稻育秧面积五万余亩。', '（县融媒体中心 供稿）', '',
      '一季度全省居民收入稳步增长', '一季度，全省居民人均可支配收入同比增长百分之五点六。', '（省統計局供稿）', '',
      '城南小学举行春季运动会', '4月7日，城南小学举行春季运动会，全校一千余名师生参加。', '（区融媒体中心 城东街道）',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: none of the four had a byline.
    expect(e.articles.map((a) => [a.headline, a.byline.agency, a.byline.reporters])).toEqual([
      ['城东街道开展义诊进社区活动', null, ['蒋文']],
      ['全县春耕备耕有序推进', '县融媒体中心', []],
      ['一季度全省居民收入稳步增长', '省統計局', []],
      // (A place after the outlet is no one's name.)
      ['城南小学举行春季运动会', null, []],
    ]);
  });
});

describe('a data box: its label, each figure large over what it counts (twelfth session)', () => {
  it('is one story under its label, each figure a subhead over its text (`数读` / `128个` / `…的示范村数。`)', () => {
    // Made-up, as a metro paper sets a box of figures beside a story.
    const page = [
      '临江日报', '2025年5月20日 星期二', '',
      '全市农村人居环境整治三年行动收官', '本报讯（记者 韩冰）记者从市农业农村局获悉，全市农村人居环境整治三年行动日前收官。', '三年来，全市累计改造农村户厕十二万余座。', '',
      '數讀', '', '128個', '今年全市新增的美麗鄉村示範村數。', '', '96.5%', '全市農村生活垃圾收運處置體系覆蓋的行政村比例。', '', '3.2万亩', '今年新增的高标准农田面积。', '',
      '城西农贸市场下月开业', '本报讯（记者 孙立）城西农贸市场下月开业，设摊位二百余个。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `数读` was a kicker over the headline `128个`, and each later figure a story of its own.
    expect(e.articles.map((a) => [a.headline, a.paragraphs.map((p) => `${p.type}:${p.text.slice(0, 4)}`)])).toEqual([
      ['全市农村人居环境整治三年行动收官', ['text:记者从市', 'text:三年来，']],
      ['數讀', ['subhead:128個', 'text:今年全市', 'subhead:96.5', 'text:全市農村', 'subhead:3.2万', 'text:今年新增']],
      ['城西农贸市场下月开业', ['text:城西农贸']],
    ]);
  });

  it('reads a headline over a box of its figures, then its lead-in, as one story: the figures its subheads, the lead-in its byline', () => {
    // Made-up, as a front page sets a story's key figures large between its headline and its text.
    const page = [
      '临江日报', '2025年5月20日 星期二', '',
      '城西农贸市场下月开业', '本报讯（记者 孙立）城西农贸市场下月开业，设摊位二百余个，并配套建设停车场和公共厕所，方便周边居民。',
      '市场负责人介绍，开业后将实行统一管理，对进场商品严格检测，确保市民吃上放心菜。', '',
      '全市外贸进出口规模创新高', '一季度增速居全省首位', '856亿元', '一季度全市外贸进出口总额达856亿元，居全省第三位', '12.4%', '一季度全市外贸进出口同比增长12.4%，增速居全省首位',
      '本报讯（记者 韩冰）记者昨日从市商务局获悉，一季度全市外贸进出口规模创历史同期新高。', '其中，出口增长尤为明显。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the figures and their lines were the block's 副题 (the first figure its kicker where the page has no blank lines).
    expect(e.articles.map((a) => [a.headline, a.subheadline, a.byline.reporters, a.paragraphs.map((p) => p.type)])).toEqual([
      ['城西农贸市场下月开业', null, ['孙立'], ['text', 'text']],
      ['全市外贸进出口规模创新高', '一季度增速居全省首位', ['韩冰'], ['subhead', 'subhead', 'subhead', 'subhead', 'text', 'text']],
    ]);
  });

  it('leaves a column’s name opening with a year (`2019春运一线`) a headline', () => {
    const page = ['临江日报', '2025年5月20日 星期二', '', '2019春运一线', '本报讯（记者 孙立）昨日，临江站迎来返程客流高峰。'].join('\n');
    expect(parsedWhole(page, 'x.txt').articles.map((a) => a.headline)).toEqual(['2019春运一线']);
  });
});

describe('a page of a few short lines, a corner of a page (twelfth session)', () => {
  it('reads each headline block over its byline line and its one sentence as a story, no columns read across', () => {
    // Made-up: two stories, each a headline (one of three lines), its reporters' line and one sentence.
    const page = [
      '临江晚报', '2025年6月3日 星期二', '',
      '今夏首个高温预警发布', '气象部门提醒市民', '做好防暑降温工作', '本报记者 韩冰 通讯员 李明', '市气象台昨日发布今夏首个高温黄色预警。', '',
      '城东夜市开市', '本报记者 孙立', '城东夜市昨晚开市，吸引市民前来品尝小吃。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: its lines were read as columns read across: one story with no headline ran the head lines and both sentences
    // together, the two bylines each a story with no headline or text.
    expect(e.layout?.profile.interleaved).toBe(false);
    expect(e.articles.map((a) => [a.byline.reporters, a.paragraphs.map((p) => p.text)])).toEqual([
      [['韩冰'], ['市气象台昨日发布今夏首个高温黄色预警。']],
      [['孙立'], ['城东夜市昨晚开市，吸引市民前来品尝小吃。']],
    ]);
    expect(e.articles[1]!.headline).toBe('城东夜市开市');
  });
});

describe('a book’s details among a page’s first lines (twelfth session)', () => {
  it('are the review’s first paragraph, not the masthead’s (`《河岸人家》　方志安 著　青禾出版社　2024年6月`)', () => {
    // Made-up, as a paper's books page opens with a review.
    const page = [
      '江城晚报', '2024年6月12日 星期三', '第B3版 读书', '',
      '在河岸边读懂故乡', '——读方志安《河岸人家》', '《河岸人家》　方志安 著　青禾出版社　2024年6月', '□ 林小青',
      '方志安的新作《河岸人家》写的是一条河和河边的一个村子。', '读这本书，像是跟着作者沿河走了一遍。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the details were the masthead's fourth line (their publisher and month read as a masthead's).
    expect(e.leftovers.map((l) => l.text)).toEqual(['江城晚报', '2024年6月12日星期三', '第B3版读书']);
    expect(e.articles.map((a) => [a.headline, a.byline.authors, a.paragraphs[0]!.text.slice(0, 6)])).toEqual([['在河岸边读懂故乡', ['林小青'], '《河岸人家》']]);
    expect(e.date).toBe('2024-06-12');
  });
});

describe('a results list under a colon, its rows’ cells parted by wide spaces (twelfth session)', () => {
  it('keeps each row a paragraph of its own, its cells apart, not run on with the colon’s paragraph', () => {
    // Made-up, as a metro paper prints a sports meeting's results under its report.
    const page = [
      '江城晚报', '2024年6月12日 星期三', '',
      '全市中学生田径运动会落幕', '本报讯（记者 赵强）为期三天的全市中学生田径运动会昨日落幕，八百余名运动员参赛。', '比赛成绩：',
      '男子100米　1.张小飞（西江中学）10秒21　2.李明远（北湖中学）10秒35', '女子跳远　1.陈思琪（东城中学）5米62　2.王小雨（西江中学）5米48', '',
      '城南菜市场改造完工', '本报讯（记者 孙立）历时半年改造，城南菜市场昨日重新开业。', '新市场设有摊位三百余个，并增设了停车场。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the rows ran on with `比赛成绩：` as one paragraph, their cells closed up (`男子100米1.张小飞…`).
    expect(e.articles.map((a) => [a.headline, a.paragraphs.map((p) => p.text.slice(0, 12))])).toEqual([
      ['全市中学生田径运动会落幕', ['为期三天的全市中学生田径', '比赛成绩：', '男子100米 1.张小飞', '女子跳远 1.陈思琪（东']],
      ['城南菜市场改造完工', ['历时半年改造，城南菜市场', '新市场设有摊位三百余个，']],
    ]);
  });
});

describe('a story copied from a digital edition’s article view, its fields each on a line (twelfth session)', () => {
  it('reads `作者：…`, `稿件来源：…` and `发布时间：…` under the headline as its byline, its source and furniture: one story', () => {
    // Made-up, as a county paper's e-paper site prints one story with its page's controls.
    const page = [
      '首页 > 临江日报 > 第03版：城市', '【字号 大 中 小】　打印本页　关闭窗口',
      '城南新建三座口袋公园', '居民出门五分钟就能走进绿地', '作者：记者 韩冰 通讯员 李明', '稿件来源：临江日报', '发布时间：2025-06-03 08:30',
      '本报讯 日前，城南三座口袋公园建成开放，居民出门五分钟就能走进绿地。', '据介绍，三座公园共种植乔木两百余株，铺设步道一千多米，并设置了儿童游乐设施。',
      '“以前晚饭后没地方散步，现在方便多了。”家住附近的王大爷说。',
      '上一篇：老年食堂开到家门口', '下一篇：夏季用电高峰将至', '返回目录', '分享到：微信 微博 QQ空间',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the source and the time were the headline's story's text, the lead-in a story of its own with no headline.
    // (Which of the two head lines is the headline is the paper's convention: both are the block's.)
    expect(e.articles.map((a) => [[a.kicker, a.headline, a.subheadline].filter(Boolean).sort(), a.byline.agency, a.byline.reporters, a.byline.correspondents, a.paragraphs.length])).toEqual([
      [['城南新建三座口袋公园', '居民出门五分钟就能走进绿地'].sort(), '临江日报', ['韩冰'], ['李明'], 3],
    ]);
    expect(e.leftovers.map((l) => l.text)).toContain('发布时间：2025-06-03 08:30');
  });
});

describe('a WeChat account’s reprint of a paper’s story (twelfth session)', () => {
  it('reads its posting line, its staff (`编辑 | 张三`) and its calls to read the original as furniture, the story whole', () => {
    // Made-up, as a city's account reposts its paper's story.
    const page = [
      '临江发布', '2025-06-03 18:30  发表于江南', '',
      '这个夏天，临江的夜市火了！', '', '来源：临江日报', '记者 孙立', '',
      '6月1日晚，城东夜市正式开市。近百个摊位一字排开，吸引了大批市民前来打卡。', '',
      '据了解，夜市营业时间为每晚6点至12点，将持续至10月底。', '',
      '编辑 | 张三', '审核｜李四', '监制 | 王五', '', '点击阅读原文，查看更多精彩内容', '扫码关注我们',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the posting line was the text of a story headlined with the account's name, the staff and the call unassigned.
    expect(e.articles.map((a) => [a.headline, a.byline.agency, a.byline.reporters, a.paragraphs.length])).toEqual([['这个夏天，临江的夜市火了！', '临江日报', ['孙立'], 2]]);
    expect(e.leftovers.filter((l) => l.reason !== 'noise')).toEqual([]);
  });
});

describe('a serial’s instalment on a supplement’s page, the chapter’s title set apart under its signed title block (twelfth session)', () => {
  it('has the title as its headline, the name as its author, the chapter’s title its first subhead', () => {
    // Made-up, as an evening paper's 副刊 prints a novel's instalment.
    const page = [
      '江城晚报', '2025年6月3日 星期二', '第B8版 副刊', '',
      '长篇连载', '遠河', '連載（十二）', '陳默川', '', '第五章　渡口', '',
      '天還沒亮，老周就把船撐到了渡口。河面上起了霧，對岸的燈一盞一盞地熄了。', '他蹲在船頭，點了一袋煙，等著第一個過河的人。', '', '（未完待續）', '',
      '散文', '六月的栀子花', '□ 林小青', '', '小时候，外婆家的院子里有一棵栀子树。每到六月，满树的白花开了。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `长篇连载 遠河 連載（十二） 陳默川` was the section over the headline `第五章 渡口`, and the instalment had no author.
    expect(e.articles.map((a) => [a.headline, a.byline.authors, a.paragraphs[0]!.type])).toEqual([
      ['遠河', ['陳默川'], 'subhead'],
      ['六月的栀子花', ['林小青'], 'text'],
    ]);
    expect(e.articles[0]!.paragraphs[0]!.text).toBe('第五章渡口');
    // Signed with a bullet (`□ 陳默川`), the same: before, the chapter's title opened a story of its own.
    const bulleted = parsedWhole(page.replace('陳默川', '□ 陳默川'), 'x.txt');
    expect(bulleted.articles.map((a) => [a.headline, a.byline.authors, a.paragraphs[0]!.type])).toEqual([
      ['遠河', ['陳默川'], 'subhead'],
      ['六月的栀子花', ['林小青'], 'text'],
    ]);
  });
});

describe('a notice signed with a date in the Republic’s years (twelfth session)', () => {
  it('keeps its signer and date (`鄉長　陳大文` / `中華民國一一四年六月二日`) as its last lines', () => {
    // Made-up, as a township's paper in Taiwan prints its office's notice at the page's foot.
    const page = [
      '竹南鄉訊', '中華民國一一四年六月三日　星期二', '',
      '農會推廣稻米新品種', '【本報訊】竹南鄉農會日前舉辦稻米新品種觀摩會，吸引百餘位農民參加。', '',
      '公告', '竹南鄉公所公告', '主旨：公告本鄉自來水管線汰換工程施工期間交通管制事宜。', '說明：施工期間自六月十日起至七月十日止，請用路人配合改道。',
      '鄉長　陳大文', '中華民國一一四年六月二日',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: both were left over unassigned.
    expect(e.leftovers.filter((l) => l.reason === 'unassigned')).toEqual([]);
    expect(e.articles.at(-1)!.paragraphs.slice(-2).map((p) => p.text)).toEqual(['鄉長陳大文', '中華民國一一四年六月二日']);
    expect(e.date).toBe('2025-06-03');
  });
});

describe('a byline opening with a paper named by one character and 報 (twelfth session)', () => {
  it('reads `明報記者 王小明` and `旺報 記者王小明／台北報導` as the paper’s reporter; `本报记者` as before', () => {
    // Made-up, as Hong Kong's and Taiwan's papers sign a story under its headline.
    const page = [
      '明報', '2025年6月3日 星期二', '',
      '港鐵東涌綫延線工程展開', '明報記者 王小明', '港鐵東涌綫延線工程昨日展開，預計二〇二九年完成。', '港鐵發言人表示，工程期間將盡量減少對居民的影響。', '',
      '夜市攤商遷移 協調破局', '旺報 記者林小青／台北報導', '台北市士林夜市攤商遷移一事，昨日協調會未能達成共識。', '',
      '港口新航线开通', '本报记者 韩冰', '港口新航线昨日开通，每周往返两班。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the two lines were each story's 副题, the stories with no byline.
    expect(e.articles.map((a) => [a.headline, a.subheadline, a.byline.agency, a.byline.reporters])).toEqual([
      ['港鐵東涌綫延線工程展開', null, '明報', ['王小明']],
      ['夜市攤商遷移 協調破局', null, '旺報', ['林小青']],
      ['港口新航线开通', null, null, ['韩冰']],
    ]);
  });
});

describe('a lead-in whose source opens with Latin letters (twelfth session)', () => {
  it('reads `【on.cc東網專訊】`, `【TVB新聞專訊】` as the story’s lead-in, its source the agency', () => {
    // Made-up, as Hong Kong's news sites open their reports.
    const page = [
      '東網', '2025年6月3日 星期二', '',
      '港鐵東涌綫延線工程展開', '【on.cc東網專訊】港鐵東涌綫延線工程昨日展開，預計二〇二九年完成。', '港鐵發言人表示，工程期間將盡量減少對居民的影響。', '',
      '天文台發出酷熱天氣警告', '【TVB新聞專訊】天文台今日上午發出酷熱天氣警告，市區氣溫高達三十四度。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the lead-ins were the text's first words, the stories with no byline.
    expect(e.articles.map((a) => [a.byline.agency, a.paragraphs[0]!.text.slice(0, 4)])).toEqual([
      ['on.cc東網', '港鐵東涌'],
      ['TVB新聞', '天文台今'],
    ]);
  });
});

describe('a briefs column headed `要闻简报` (twelfth session)', () => {
  it('is a briefs column as `简讯` is: its titles subheads, not the first brief’s section', () => {
    const page = [
      '临江日报', '2025年3月12日 星期三', '',
      '要聞簡報', '',
      '市民卡可乘坐城际公交', '本报讯 即日起，市民持市民卡可乘坐临江至青湾的城际公交，享受八折优惠。', '',
      '老年大学秋季班开始报名', '本报讯（通讯员 李小红）市老年大学秋季班即日起开始报名，共开设二十门课程。',
    ].join('\n');
    // Before: `要聞簡報` was the first brief's section, the second brief a story of its own.
    expect(parsedWhole(page, 'x.txt').articles.map((a) => [a.headline, a.paragraphs.filter((p) => p.type === 'subhead').length])).toEqual([['要聞簡報', 2]]);
  });
});

describe('the page’s staff after 本版 (twelfth session)', () => {
  it('reads `本版责编：王芳　　校对：李明` as page furniture, as `责编：王芳 校对：李明` is', () => {
    const page = [
      '青山县报', '2025年6月3日 星期二', '',
      '我县新增两家省级农业龙头企业', '本报讯（通讯员 陈静）近日，我县青山茶业、绿源米业两家企业入选省级农业产业化龙头企业。', '',
      '本版责编：王芳　　校对：李明',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the line was left over unassigned.
    expect(e.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['本版责编：王芳校对：李明']);
  });
});

describe('the name of the account that posted a reprint, over its posting line (twelfth session)', () => {
  it('is furniture (`临江发布` / `2025-06-03 18:30 发表于江南` / the headline), not the story’s kicker; a headline over its posting time stays', () => {
    const page = [
      '临江发布', '2025-06-03 18:30  发表于江南', '', '这个夏天，临江的夜市火了！', '', '来源：临江日报', '记者 孙立', '',
      '6月1日晚，城东夜市正式开市。近百个摊位一字排开，吸引了大批市民前来打卡。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: the account's name was the story's kicker.
    expect(e.articles.map((a) => [a.kicker, a.headline])).toEqual([[null, '这个夏天，临江的夜市火了！']]);
    expect(e.leftovers.map((l) => l.text)).toContain('临江发布');
    const own = parsedWhole(['城南新建三座口袋公园', '2025-06-03 08:30', '日前，城南三座口袋公园建成开放，居民出门五分钟就能走进绿地。'].join('\n'), 'x.txt');
    expect(own.articles.map((a) => a.headline)).toEqual(['城南新建三座口袋公园']);
  });
});

describe('a serial’s column name over its title (twelfth session)', () => {
  it('is the instalment’s section (`长篇连载` / `远河` / `连载（十二）`), never its kicker', () => {
    const page = [
      '江城晚报', '2025年6月3日 星期二', '第B8版 副刊', '',
      '長篇連載', '遠河', '連載（十二）', '陳默川', '', '第五章　渡口', '',
      '天還沒亮，老周就把船撐到了渡口。河面上起了霧，對岸的燈一盞一盞地熄了。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: `長篇連載` was the kicker.
    expect(e.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([['長篇連載', null, '遠河']]);
  });
});

describe('numbered briefs in a briefs column (twelfth session)', () => {
  it('part each line into its title, a subhead, and its text, as bulleted briefs are; elsewhere a numbered line stays whole', () => {
    const page = [
      '临江日报', '2025年3月12日 星期三', '',
      '简讯', '1.市民卡可乘坐城际公交 即日起，市民持市民卡可乘坐临江至青湾的城际公交，享受八折优惠。',
      '2.老年大学秋季班开始报名 市老年大学秋季班即日起开始报名，共开设书法、声乐等二十门课程。', '',
      '城东新建三座过街天桥', '本报讯（记者 周明远）城东新区今年将新建三座过街天桥，主要有以下考虑：', '1.方便学生 上下学的学生过马路将更安全，家长也更放心。',
    ].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: title and text ran together, `…城际公交即日起，…`.
    expect(e.articles.map((a) => [a.headline, a.paragraphs.map((p) => `${p.type}:${p.text.slice(0, 6)}`)])).toEqual([
      ['简讯', ['subhead:1.市民卡可', 'text:即日起，市民', 'subhead:2.老年大学', 'text:市老年大学秋']],
      ['城东新建三座过街天桥', ['text:城东新区今年', 'text:1.方便学生']],
    ]);
  });
});

describe('a page that names its day only in its posting time (twelfth session)', () => {
  it('is dated by it (`发布时间：2025-06-03 08:30`, `2025-06-03 18:30 发表于江南`), where no masthead, file name or source names one', () => {
    const page = [
      '首页 > 临江日报 > 第03版：城市', '城南新建三座口袋公园', '作者：记者 韩冰', '来源：临江日报', '发布时间：2025-06-03 08:30',
      '本报讯 日前，城南三座口袋公园建成开放，居民出门五分钟就能走进绿地。', '据介绍，三座公园共种植乔木两百余株。',
    ].join('\n');
    const e = parsedWhole(page, 'article.txt');
    // Before: the edition had no date.
    expect([e.date, e.dateSource]).toEqual(['2025-06-03', 'inferred']);
    const wechat = parsedWhole(['临江发布', '2025-06-04 18:30  发表于江南', '', '这个夏天，临江的夜市火了！', '', '6月1日晚，城东夜市正式开市，吸引了大批市民前来打卡。'].join('\n'), 'post.txt');
    expect(wechat.date).toBe('2025-06-04');
  });
});

describe('the page a digital edition’s breadcrumb names (twelfth session)', () => {
  it('is the edition’s page where no masthead names one (`首页 > 临江日报 > 第03版：城市`)', () => {
    const page = [
      '首页 > 临江日报 > 第03版：城市', '城南新建三座口袋公园', '来源：临江日报', '',
      '本报讯 日前，城南三座口袋公园建成开放，居民出门五分钟就能走进绿地。',
    ].join('\n');
    // Before: no page.
    expect(parsedWhole(page, 'article.txt').page).toBe('03');
  });
});

describe('a sentence that opens with a jump’s or a lead-in’s words, inside a story', () => {
  // Before, `上接第一版的…` was read as the rest of a jumped story and `本报讯的…` (in a flush page) as a lead-in: each
  // opened a story with no headline mid-text.
  const sentences = ['上接第一版的报道说，这里的变化可谓翻天覆地，群众的获得感越来越强。', '本报讯的写法在过去几十年里几乎没有变化，记者们都很熟悉。', '听到老友的死讯，他沉默了很久。'];
  for (const indent of ['\u3000\u3000', '']) {
    it(`keeps them in the story’s text (${indent ? 'indented' : 'flush'} paragraphs)`, () => {
      const body = ['本报讯（记者 王明）今年以来，城东新区各项建设全面提速，一批重点项目相继开工。', ...sentences, '下一步，新区将继续加大投入力度，确保各项目标任务按期完成。'];
      const text = ['东湖晚报', '2024年6月12日 星期三', '', '城东新区建设全面提速', ...body.map((l) => indent + l), ...NEXT_STORY].join('\n');
      const parsed = parseEdition(new TextEncoder().encode(text), 'x.txt');
      expect(parsed.articles.map((a) => a.headline)).toEqual(['城东新区建设全面提速', '城南新建三座口袋公园']);
      expect(parsed.articles[0]!.paragraphs.map((p) => p.text).slice(1, 4)).toEqual(sentences);
      expect(parsed.articles[0]!.continuedFrom).toBeNull();
    });
  }
});

describe('a story’s sentences that open or close with a newspaper’s words, kept in its text (made-up pages)', () => {
  /** A page of two stories, the first holding `sentences` between its lead and its last paragraph: the first story parsed. */
  const storyHolding = (sentences: string[], indent: string) => {
    const body = ['本报讯（记者 王明）今年以来，城东新区各项建设全面提速，一批重点项目相继开工。', ...sentences, '下一步，新区将继续加大投入力度，确保各项目标任务按期完成。'];
    const text = ['东湖晚报', '2024年6月12日 星期三', '', '城东新区建设全面提速', ...body.map((l) => indent + l), ...NEXT_STORY].join('\n');
    const parsed = parseEdition(new TextEncoder().encode(text), 'x.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['城东新区建设全面提速', '城南新建三座口袋公园']);
    return parsed.articles[0]!;
  };
  for (const indent of ['\u3000\u3000', '']) {
    const layout = indent ? 'indented' : 'flush';
    it(`reads no jump in a sentence opening with 接 or 续 and a page (${layout} paragraphs)`, () => {
      // Before, each line was read as the rest of a story jumped from that page: a headless story began mid-text.
      const sentences = ['接第一版主编的电话后，他立刻赶回了报社。', '接2版面试通知后，她激动得一夜没睡。', '续第二版的话题，他又写了一篇评论。'];
      const story = storyHolding(sentences, indent);
      expect(story.paragraphs.map((p) => p.text).slice(1, 4)).toEqual(sentences);
      expect(story.continuedFrom).toBeNull();
    });
  }
  for (const indent of ['\u3000\u3000', '']) {
    it(`keeps a call to follow an account that goes on from a line stopping on a comma (${indent ? 'indented' : 'flush'} paragraphs)`, () => {
      // Before, the call's line went to the leftovers as furniture, and the sentence lost its second half.
      const story = storyHolding(['想了解更多招聘信息及动态，', '欢迎关注微信公众号“城东发布”。'], indent);
      const texts = story.paragraphs.map((p) => p.text);
      if (indent) expect(texts.slice(1, 3)).toEqual(['想了解更多招聘信息及动态，', '欢迎关注微信公众号“城东发布”。']);
      else expect(texts[1]).toBe('想了解更多招聘信息及动态，欢迎关注微信公众号“城东发布”。');
    });
  }
  it('still reads a bare 接 and its page as a jump’s rest, alone on its line or set apart from the text', () => {
    for (const line of ['接第二版', '接第二版 会议指出，要加大投入力度。']) {
      const text = ['东湖晚报', '', line, '　　会议强调，要确保各项目标任务按期完成。'].join('\n');
      expect(parseEdition(new TextEncoder().encode(text), 'x.txt').articles[0]!.continuedFrom?.page, line).toBe('02');
    }
  });
});

describe('a page with neither indents nor blank lines: a lead-in under the running text with no headline over it', () => {
  it('is a section of that story (a round-up’s next report), while a headline over a lead-in still opens one', () => {
    // Before, each such lead-in opened a story with no headline, the round-up cut in three.
    const text = [
      '东湖晚报',
      '2024年6月12日 星期三',
      '多地迎来降雨降温',
      '本报讯（记者 王明）受冷空气影响，昨日我市迎来一次明显降雨过程，最高气温下降六摄氏度。',
      '气象部门提醒，市民出行注意交通安全。',
      '据新华社电，昨日南方多个省份也出现强降雨，部分地区出现内涝。',
      '本报北京6月11日电（记者 李华）中央气象台11日继续发布暴雨黄色预警。',
      '专家表示，这轮降雨将持续到本周末。',
      '市图书馆新馆开馆',
      '本报讯（记者 赵敏）昨日，市图书馆新馆正式开馆，首日接待读者五千余人次。',
    ].join('\n');
    const parsed = parseEdition(new TextEncoder().encode(text), 'x.txt');
    expect(parsed.layout?.profile).toMatchObject({ indented: false, gaps: 'none' });
    expect(parsed.articles.map((a) => a.headline)).toEqual(['多地迎来降雨降温', '市图书馆新馆开馆']);
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['受冷空气影响', '气象部门提醒', '据新华社电，', '本报北京6月', '专家表示，这']);
  });
});

describe('made-up pages of the fourteenth session', () => {
  const parse = (lines: string[]) => parseEdition(new TextEncoder().encode(lines.join('\n')), 'x.txt');
  it('reads an opinion page’s `评论员文章` as the section of the piece under it, not the byline of the editorial above', () => {
    const parsed = parse([
      '东湖日报', '2024年5月6日 星期一', '', '社论', '让青年在奋斗中绽放光彩', '',
      '青年兴则国家兴。在五四青年节到来之际，我们向广大青年致以节日的问候。', '',
      '评论员文章', '以钉钉子精神抓落实', '', '本报评论员', '', '抓落实，贵在久久为功。要一锤接着一锤敲，一张蓝图绘到底。',
    ]);
    // Before, the label was the editorial's byline, its author one 文章, and the commentator's piece had no section.
    expect(parsed.articles.map((a) => [a.section, a.headline, a.byline?.raw ?? null])).toEqual([
      ['社论', '让青年在奋斗中绽放光彩', null],
      ['评论员文章', '以钉钉子精神抓落实', '本报评论员'],
    ]);
  });

  const reprint = (lead: string) => [
    '青山日报', '2024年7月8日', '', '来源：青山日报', '编辑：刘小燕', '审核：陈建国', '', '🔥 暑期安全提醒！这些地方千万别去', '',
    lead, '', '据介绍，今年以来全市已排查危险水域42处，设置警示牌300余块。', '', '来源：青山日报', '编辑：刘小燕', '审核：陈建国',
  ];
  it('reads a reprint’s source line over its headline as the story’s source, not a story of its own', () => {
    const parsed = parse(reprint('本报讯（记者 周敏）进入暑期，野外游泳溺水事故进入高发期。'));
    // Before, `来源：青山日报` at the top was a story with nothing in it but its source.
    expect(parsed.articles.map((a) => [a.headline, a.byline?.raw])).toEqual([['🔥 暑期安全提醒！这些地方千万别去', '本报讯（记者 周敏） 来源：青山日报']]);
  });
  it('reads a lead-in after a post’s pointer (`👉 本报讯（记者 周敏）…`, `▶本报讯…`) as the lead-in', () => {
    for (const pointer of ['👉 ', '▶', '➡️ ']) {
      const story = parse(reprint(`${pointer}本报讯（记者 周敏）进入暑期，野外游泳溺水事故进入高发期。`)).articles[0]!;
      // Before, the lead-in was text, its reporter unread.
      expect([story.byline?.reporters, story.paragraphs[0]!.text], pointer).toEqual([['周敏'], '进入暑期，野外游泳溺水事故进入高发期。']);
    }
  });
  it('keeps a court report’s case number and its judge’s note in the report (`【案号】（2024）苏0102刑初345号` / `【法官说法】`)', () => {
    const parsed = parse([
      '江城法治报', '2024年9月12日 星期四', '', '拖欠农民工工资 老板被判刑', '',
      '本报讯（记者 何静）因拒不支付劳动者报酬，王某近日被判处有期徒刑一年。', '', '【案号】（2024）苏0102刑初345号', '',
      '【法官说法】', '拒不支付劳动报酬，情节严重的，构成犯罪。',
    ]);
    // Before, the case number was a second story's headline and the judge's note its text.
    expect(parsed.articles.map((a) => [a.headline, a.paragraphs.map((p) => p.text)])).toEqual([
      ['拖欠农民工工资 老板被判刑', ['因拒不支付劳动者报酬，王某近日被判处有期徒刑一年。', '【案号】（2024）苏0102刑初345号', '【法官说法】', '拒不支付劳动报酬，情节严重的，构成犯罪。']],
    ]);
  });
  it('closes an account’s reprint with its credits (`文字｜周敏` / `图片｜网络` / `来源｜青山日报`), no story of their own', () => {
    const parsed = parse([
      '今年起，这些新规将影响你我生活', '', '7月1日起，一批新规正式施行，涉及食品安全、消费维权等多个领域。', '',
      '消费者通过网络购买商品，七日内可无理由退货的商品范围进一步扩大。', '', '文字｜周敏', '图片｜网络', '来源｜青山日报', '编辑｜刘小燕', '审核｜陈建国',
    ]);
    // Before, the words' and the source's credits were left over and `图片｜网络` headed a story of its own.
    expect(parsed.articles.map((a) => [a.headline, a.byline?.raw, a.byline?.reporters, a.byline?.agency, a.paragraphs.length])).toEqual([
      ['今年起，这些新规将影响你我生活', '文字｜周敏 图片｜网络 来源｜青山日报', ['周敏'], '青山日报', 2],
    ]);
  });
  it('sets a reprint’s posting line after the account’s names aside, and dates the page by it', () => {
    const parsed = parse([
      '今年起，这些新规将影响你我生活', '', '原创 青山日报 青山日报 2024-07-08 18:30 发表于湖北', '',
      '一批新规正式施行，涉及食品安全、消费维权等多个领域。', '', '消费者七日内可无理由退货的商品范围进一步扩大。',
    ]);
    // Before, the posting line ran into the first paragraph and the page had no date.
    expect(parsed.date).toBe('2024-07-08');
    expect(parsed.articles.map((a) => a.paragraphs[0]!.text)).toEqual(['一批新规正式施行，涉及食品安全、消费维权等多个领域。']);
  });
  it('sets a reprint’s call to click and follow aside, no kicker of the headline under it', () => {
    const parsed = parse(['点击上方蓝字关注我们', '', '今年起，这些新规将影响你我生活', '', '一批新规正式施行，涉及食品安全、消费维权等多个领域。']);
    // Before, the call was the headline's kicker.
    expect(parsed.articles.map((a) => [a.kicker, a.headline])).toEqual([[null, '今年起，这些新规将影响你我生活']]);
  });
  it('reads a standings table’s header of one-character cells as its first row, under the table’s title (no blank lines)', () => {
    const parsed = parse([
      '北湖晚报', '2024年9月2日 星期一', '北湖队客场1比1战平', '本报讯（记者 孙涛）9月1日，北湖队客场1比1战平南岭队。',
      '中甲积分榜', '名次 球队 赛 胜 平 负 积分', '1 西江 22 14 5 3 47', '2 东海 22 13 6 3 45',
      '全民健身日活动丰富', '本报讯（记者 孙涛）8月8日是全民健身日，全市各地举办了多样的健身活动。',
    ]);
    // Before, the header row was the table's headline and its title the kicker, the header's cells closed up.
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.paragraphs[0]!.text])).toEqual([
      [null, '北湖队客场1比1战平', '9月1日，北湖队客场1比1战平南岭队。'],
      [null, '中甲积分榜', '名次 球队 赛 胜 平 负 积分'],
      [null, '全民健身日活动丰富', '8月8日是全民健身日，全市各地举办了多样的健身活动。'],
    ]);
  });
  it('keeps a photo’s credit set over its caption with a colon (`圖：記者陳志曲攝` / caption) in the story above', () => {
    const parsed = parse([
      '自由時報', '2024年6月1日 星期六', '梅雨鋒面報到 北部防豪雨', '〔記者吳柏軒／台北報導〕梅雨鋒面今天起影響台灣，民眾外出應攜帶雨具。',
      '圖：記者陳志曲攝', '大雨中，民眾撐傘走在台北街頭。', '高鐵端午加開班次 明起開放訂票', '（中央社記者汪淑芬台北1日電）台灣高鐵公司今天宣布，端午節連假將加開182班次。',
    ]);
    // Before, the credit opened a story with no headline, signed by a reporter 陳志曲攝, the caption its text.
    expect(parsed.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([
      ['梅雨鋒面報到 北部防豪雨', 3],
      ['高鐵端午加開班次 明起開放訂票', 1],
    ]);
  });
  it('reads `（紧转第4版）` closing a story’s part as its jump, nothing of it left in the text', () => {
    for (const jump of ['（紧转第4版）', '（紧转A4版）', '紧转4版']) {
      const story = parse(['清溪县报', '', '县委召开常委会议', '', `本报讯 6月17日，县委召开常委会议，研究部署当前重点工作。${jump}`]).articles[0]!;
      // Before, a bare 转 was read: `（紧` stayed at the paragraph's end.
      expect([story.paragraphs.map((p) => p.text), story.continuedTo?.page], jump).toEqual([['6月17日，县委召开常委会议，研究部署当前重点工作。'], jump.includes('A') ? 'A04' : '04']);
    }
  });
  it('reads a county paper’s `融媒记者 李明 通讯员 王芳` under its headline as the story’s byline', () => {
    const story = parse(['清溪县报', '', '“三夏”一线党旗红', '融媒记者 李明 通讯员 王芳', '连日来，全县各级党组织带领党员干部深入田间地头，帮助群众抢收抢种。']).articles[0]!;
    // Before, the byline was the headline's 副题.
    expect([story.headline, story.subheadline, story.byline?.reporters, story.byline?.correspondents]).toEqual(['“三夏”一线党旗红', null, ['李明'], ['王芳']]);
  });
  it('sets a reprint’s staff under its headline aside (`编辑：刘小燕` / `审核：陈建国`), no text of the story', () => {
    const story = parse(['暑期安全提醒', '', '编辑：刘小燕', '审核：陈建国', '', '进入暑期，野外游泳溺水事故进入高发期。']).articles[0]!;
    // Before, `审核：陈建国` was the story's first paragraph.
    expect(story.paragraphs.map((p) => p.text)).toEqual(['进入暑期，野外游泳溺水事故进入高发期。']);
  });
  it('reads a headline with one cry or question inside, right over its lead-in under the page’s furniture, as the headline (no blank lines)', () => {
    for (const headline of ['暑期安全提醒！这些水域千万别去', '水温多高？记者实测']) {
      const parsed = parse(['点击上方蓝字关注我们', headline, '本报讯（记者 周敏）进入暑期，野外游泳溺水事故进入高发期。', '据介绍，今年以来全市已排查危险水域42处。']);
      // Before, the line was the text of a story with no headline, the lead-in opening a second.
      expect(parsed.articles.map((a) => [a.headline, a.byline?.reporters]), headline).toEqual([[headline, ['周敏']]]);
    }
    // A long headline under nothing but furniture is the page's first line, as with nothing above it.
    const long = '市应急管理局联合教育部门发布暑期防溺水安全提醒并公布全市四十二处危险水域名单';
    expect(parse(['点击上方蓝字关注我们', long, '本报讯（记者 周敏）进入暑期，野外游泳溺水事故进入高发期。']).articles.map((a) => a.headline)).toEqual([long]);
    // A paragraph's sentences right over a lead-in stay text.
    const text = parse(['城南新建三座口袋公园', '本报讯 城南三座口袋公园建成开放。', '好消息！居民出门就能走进绿地，大家都很高兴', '本报讯（记者 周敏）进入暑期，野外游泳溺水事故进入高发期。']);
    expect(text.articles.map((a) => a.headline)).not.toContain('好消息！居民出门就能走进绿地，大家都很高兴');
  });
  it('signs a short comment closed by `（本报评论员）` with it, on a page that signs its stories at their head', () => {
    const parsed = parse([
      '人民日报', '一九八六年五月四日　星期日', '', '首都青年集会纪念五四', '', '本报北京五月三日讯　记者李强报道：首都青年今天举行集会。', '',
      '短评', '青年要有远大理想', '', '青年是祖国的未来。有了远大理想，才能经得起各种考验。', '', '（本报评论员）',
    ]);
    // Before, the signature was the comment's last paragraph and it had no byline.
    const comment = parsed.articles.find((a) => a.headline === '青年要有远大理想')!;
    expect([comment.byline?.authors, comment.paragraphs.map((p) => p.text)]).toEqual([['本报评论员'], ['青年是祖国的未来。有了远大理想，才能经得起各种考验。']]);
  });
});


describe('forms left by the fourteenth session, read (fifteenth session)', () => {
  const parse = (lines: string[]) => parseEdition(new TextEncoder().encode(lines.join('\n')), 'x.txt');
  it('reads `本报综合` under a headline as the story’s credit to the paper, no 副题', () => {
    for (const credit of ['本报综合', '（本报综合）', '本報綜合', '本报综合整理']) {
      const story = parse(['城南新建三座口袋公园', '', credit, '', '日前，城南三座口袋公园建成开放，居民出门五分钟就能走进绿地。']).articles[0]!;
      // Before, the credit was the headline's 副题 and the story had no byline.
      expect([story.subheadline, story.byline?.agency, story.byline?.reporters], credit).toEqual([null, credit.includes('報') ? '本報' : '本报', []]);
    }
  });
  it('reads a broadcaster’s reporter under a headline as the story’s byline (`央视记者 张三`, `鳳凰衛視記者 陳大文`)', () => {
    for (const [line, agency] of [['央视记者 张三', '央视'], ['鳳凰衛視記者 陳大文', '鳳凰衛視'], ['央廣記者 王小明', '央廣']] as [string, string][]) {
      const story = parse(['南岭大桥合龙', line, '6月12日，南岭大桥主桥顺利合龙，预计年底通车。']).articles[0]!;
      // Before, the byline was the headline's 副题 (no outlet the byline reader knew).
      expect([story.subheadline, story.byline?.agency], line).toEqual([null, agency]);
    }
  });
  it('keeps a sentence opening `本报6月12日电话采访…` in its story’s text, no wire opening a story', () => {
    const parsed = parse([
      '城南新建三座口袋公园', '', '本报讯（记者 王某）日前，城南三座口袋公园建成开放。', '', '本报6月12日电话采访了市园林局负责人，他介绍，今年还将新建五座公园。',
    ]);
    // Before, the sentence opened a story with no headline, the paper's wire run into its text `话采访了…`.
    expect(parsed.articles.map((a) => a.paragraphs.map((p) => p.text))).toEqual([['日前，城南三座口袋公园建成开放。', '本报6月12日电话采访了市园林局负责人，他介绍，今年还将新建五座公园。']]);
  });
  it('takes 中央社’s staff note and filing day run into the last paragraph (`…多加利用。（編輯：李明）1130601`) out of the text', () => {
    for (const note of ['（編輯：李明）1130601', '（譯者：王大明／核稿：李小華）1130612', '（编辑：李明）1130601']) {
      const lines = ['高鐵端午加開班次 明起開放訂票', '（中央社記者汪淑芬台北1日電）台灣高鐵公司今天宣布，端午節連假將加開182班次。', `高鐵表示，6月4日凌晨零時起開放訂票，旅客可多加利用。${note}`];
      for (const layout of [lines.join('\n\n'), lines.join('\n')]) {
        const story = parseEdition(new TextEncoder().encode(layout), 'x.txt').articles[0]!;
        // Before, the note and its day code were the last paragraph's last words.
        expect(story.paragraphs.map((p) => p.text).at(-1), note).toBe('高鐵表示，6月4日凌晨零時起開放訂票，旅客可多加利用。');
      }
    }
    // A figure closing a sentence's bracket is the text's.
    const kept = parse(['城南新建三座口袋公园', '本报讯 公园共投资（含配套设施）1200000']).articles[0]!;
    expect(kept.paragraphs.at(-1)!.text).toBe('公园共投资（含配套设施）1200000');
  });
  it('takes an editor’s note with no filing day off the last paragraph’s end (`…多加利用。（編輯：李明）`), and keeps a translator’s', () => {
    const close = (note: string) => parse(['高鐵端午加開班次', '', '（中央社記者汪淑芬台北1日電）台灣高鐵公司今天宣布加開班次。', '', `旅客可多加利用。${note}`]).articles[0]!.paragraphs.at(-1)!.text;
    // Before, the note was the paragraph's last words.
    expect(close('（編輯：李明）')).toBe('旅客可多加利用。');
    expect(close('（编辑：李明）')).toBe('旅客可多加利用。');
    expect(close('（譯者：王大明）')).toBe('旅客可多加利用。（譯者：王大明）');
  });
  it('reads a reprint’s title closing on a cry right over its posting line as the headline (no blank lines)', () => {
    for (const headline of ['这些水域千万别去！', '水溫多高？']) {
      const parsed = parse(['点击上方蓝字关注我们', headline, '原创 青山日报 2024-07-08 18:30', '编辑：刘小燕', '进入暑期，野外游泳溺水事故进入高发期。']);
      // Before, the title was the text of a story with no headline.
      expect(parsed.articles.map((a) => [a.headline, a.paragraphs.length]), headline).toEqual([[headline, 1]]);
    }
  });
  it('reads a byline run into its lead with no lead-in word (`清溪县融媒体中心记者 李明 通讯员 王芳 连日来，…`), the rest the lead', () => {
    const lead = '清溪县融媒体中心记者 李明 通讯员 王芳 连日来，全县各级党组织带领党员干部深入田间地头，帮助群众抢收抢种。';
    for (const layout of [['清溪县报', '', '“三夏”一线党旗红', '', lead], ['清溪县报', '“三夏”一线党旗红', lead, '据了解，今年全县小麦种植面积达12万亩。']]) {
      const story = parse(layout).articles[0]!;
      // Before, the byline was the lead's first words and the story had none.
      expect([story.headline, story.byline?.reporters, story.byline?.correspondents, story.paragraphs[0]!.text]).toEqual([
        '“三夏”一线党旗红', ['李明'], ['王芳'], '连日来，全县各级党组织带领党员干部深入田间地头，帮助群众抢收抢种。',
      ]);
    }
  });
  it('reads a round’s results box with its cells closed up under a report (no blank lines) as the box, no text of the report', () => {
    const parsed = parse([
      '海滨队主场2比1力克江州队', '本报讯（记者 孙涛）9月1日晚，海滨队在主场以2比1战胜江州队，取得三连胜。', '赛后，主教练表示球队状态正在回升。',
      '中超第24轮', '海滨队2:1江州队', '东湖队0:0南岭队', '西江队3:1北山队',
    ]);
    // Before, the round's name and its results were the report's last paragraphs.
    expect(parsed.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual([['海滨队主场2比1力克江州队', 2], ['中超第24轮', 3]]);
  });
  it('reads a reprint’s headline with a cry inside over its posting line and staff, no lead-in under them, as the headline (no blank lines)', () => {
    for (const [headline, posted] of [['暑期安全提醒！这些水域千万别去', '原创 青山日报 青山日报 2024-07-08 18:30 发表于湖北'], ['水溫多高？記者實測', '青山日報 2024-07-08 18:30']] as [string, string][]) {
      const parsed = parse(['点击上方蓝字关注我们', headline, posted, '来源：青山日报', '编辑：刘小燕', '进入暑期，野外游泳溺水事故进入高发期。', '据介绍，今年以来全市已排查危险水域42处。']);
      // Before, the headline was the text of a story with no headline, the source opening a second.
      expect(parsed.articles.map((a) => [a.headline, a.byline?.agency, a.paragraphs.length]), headline).toEqual([[headline, '青山日报', 2]]);
    }
  });
  it('reads a source credit under a headline (`（本報綜合報導）`, `综合新华社、央视新闻`, `以下文章来源于青山日报`, `来源：央视`) as the story’s', () => {
    const credits: [string, string][] = [['（本報綜合報導）', '本報'], ['综合新华社、央视新闻', '新华社、央视新闻'], ['以下文章来源于青山日报', '青山日报'], ['来源：央视', '央视'], ['本报综合消息', '本报']];
    for (const [credit, agency] of credits) {
      const story = parse(['南岭大桥合龙', '', credit, '', '6月12日，南岭大桥主桥顺利合龙，预计年底通车。']).articles[0]!;
      // Before, each was the headline (its kicker over it), its 副题 or the story's first paragraph.
      expect([story.kicker, story.headline, story.subheadline, story.byline?.agency, story.paragraphs.length], credit).toEqual([null, '南岭大桥合龙', null, agency, 1]);
    }
  });
  it('gives a story closed by a round-up’s or a reprint’s credit in brackets (`（本报综合）`, `（综合新华社、央视新闻）`) that source', () => {
    const credits: [string, string][] = [['（本报综合）', '本报'], ['（本報綜合報導）', '本報'], ['（综合新华社、央视新闻）', '新华社、央视新闻'], ['（本文转自青山日报）', '青山日报']];
    for (const [credit, agency] of credits) {
      const story = parse(['南岭大桥合龙', '', '6月12日，南岭大桥主桥顺利合龙，预计年底通车。', '', `据介绍，大桥全长3.2公里。${credit}`]).articles[0]!;
      // Before, the story named no source.
      expect(story.byline?.agency, credit).toBe(agency);
    }
  });
});

describe('made-up pages of the fifteenth session', () => {
  const parse = (lines: string[]) => parseEdition(new TextEncoder().encode(lines.join('\n')), 'x.txt');
  it('keeps each notice’s signer and date where the notices on a page are signed by one body on one day', () => {
    const notice = (title: string, to: string) => [
      title, `${to}：`, `本院受理原告某某公司诉你合同纠纷一案，因你下落不明，现依法向你公告送达起诉状副本及开庭传票。自公告之日起经过三十日，即视为送达。`,
      '特此公告。', '江城市中级人民法院', '二〇二四年六月十四日', '',
    ];
    const parsed = parse(['法治日报', '2024年6月14日 星期五', '', ...notice('公告送达', '张某某'), ...notice('开庭传票', '李某某'), ...notice('送达公告', '王某某')]);
    // Before, the second and third notices lost their signer and date, left over as repeats of the first's.
    expect(parsed.leftovers.filter((l) => l.reason === 'duplicate')).toEqual([]);
    for (const article of parsed.articles) expect(article.paragraphs.slice(-2).map((p) => p.text)).toEqual(['江城市中级人民法院', '二〇二四年六月十四日']);
    expect(parsed.articles).toHaveLength(3);
  });
});

describe('a page’s section before its page line under the masthead (fifteenth session)', () => {
  it('names the page (`要闻 第三版`, `本埠增刊 第十三版`, `國內要聞 第一張 第三版`), and the section is no story’s', () => {
    for (const [label, page] of [['要闻 第三版', '03'], ['要闻·第3版', '03'], ['本埠增刊 第十三版', '13'], ['國內要聞　第一張 第三版', '03']] as const) {
      const parsed = parseEdition(new TextEncoder().encode(['江城日报', '一九五六年五月二十一日　星期一', label, '', '银钱业市况平稳', '本市银钱业市况近日尚称平稳，钱庄收解数额较上周略增。'].join('\n')), 'x.txt');
      // Before, no page was read and the label was the story's section or kicker.
      expect([parsed.page, parsed.articles.map((a) => [a.section, a.kicker, a.headline])], label).toEqual([page, [[null, null, '银钱业市况平稳']]]);
    }
  });
});

describe('a lead-in closed by a comma, as financial papers print it (fifteenth session)', () => {
  it('takes the comma with it: the text opens with its first word', () => {
    const parsed = parseEdition(new TextEncoder().encode(['江城证券报', '2024年6月14日 星期五', '', '沪市三家公司发布重组公告', '江城证券报网讯，据上交所消息，6月13日沪市共有3家公司发布重组公告。'].join('\n')), 'x.txt');
    // Before, the story's text opened with the comma.
    expect(parsed.articles.map((a) => [a.byline?.agency, a.paragraphs[0]!.text])).toEqual([['江城证券报网', '据上交所消息，6月13日沪市共有3家公司发布重组公告。']]);
  });
});

describe('a page copied from a PDF, hard-wrapped, its running head and folio where each page breaks (fifteenth session)', () => {
  it('reads the running head and the folio as furniture, the paragraph they cut as one, and the headline under them as a headline', () => {
    const page = [
      '江城日报', '2024年6月14日 星期五', '第5版 文化', '',
      '古城墙修缮工程完工', '本报记者 周敏',
      '经过两年修缮，江城古城墙东段修缮', '工程近日完工，将于本月下旬向市民免', '费开放。',
      '据介绍，此次修缮工程全长1.2公里，', '江城日报 2024年6月14日 星期五 第5版', '修复城垛300余个，更换城砖2万余块。',
      '施工中，工程队严格遵循“修旧如旧”', '原则，尽可能保留原有的城砖和构件。',
      '市文物局负责人表示，古城墙是江城', '历史文化的重要载体，修缮后将结合', '周边街区改造，打造历史文化步道。',
      '- 5 -', '江城日报 2024年6月14日 星期五 第6版', '非遗传承人走进校园',
      '本报讯（通讯员 李红）6月12日，市', '非遗保护中心组织剪纸、泥塑等项目的', '传承人走进城南小学，为学生们上了一', '堂生动的非遗课。',
    ];
    const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
    // Before, the running head ran into the paragraph it cut (`…1.2公里，江城日报2024年6月14日星期五第5版修复城垛…`), and the next
    // page's head into the headline under it (`江城日报 2024年6月14日 星期五 第6版非遗传承人走进校园`).
    expect(parsed.articles.map((a) => a.headline)).toEqual(['古城墙修缮工程完工', '非遗传承人走进校园']);
    const text = parsed.articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join('\n');
    expect(text).toContain('全长1.2公里，修复城垛300余个');
    expect(text).not.toContain('江城日报');
    expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text)).toEqual(['江城日报2024年6月14日星期五第5版', '- 5 -', '江城日报2024年6月14日星期五第6版']);
  });
});

describe('a writer signing with where they work and what they do (fifteenth session)', () => {
  it('reads `江城县人民医院医生 张秀英` under a title as its author, in either script', () => {
    for (const [signature, author] of [['江城县人民医院医生　张秀英', '张秀英'], ['北方机床厂工人 王福生', '王福生'], ['红星公社社员 李大山', '李大山'], ['江城縣人民醫院護士 林美玲', '林美玲']] as const) {
      const parsed = parseEdition(new TextEncoder().encode(['东风日报', '一九六九年十月一日　星期三', '', '一个普通的共产党员', signature, '我是一个普通的医务工作者。参加工作十多年来，我始终记着为人民服务这句话。'].join('\n')), 'x.txt');
      // Before, the signature was the title's 副题 and the piece had no author.
      expect(parsed.articles.map((a) => [a.headline, a.subheadline, a.byline?.authors]), signature).toEqual([['一个普通的共产党员', null, [author]]]);
    }
  });
});

describe('the page’s staff with its contact after them (sixteenth session)', () => {
  it('reads `本版编辑：周红 投稿邮箱：…` under the last story as page furniture, not the story’s last words', () => {
    for (const [credit, read] of [
      ['本版编辑：周红 投稿邮箱：qsdlb@163.com', '本版编辑：周红投稿邮箱：qsdlb@163.com'],
      ['本版編輯：周紅　　聯絡電話：0791-88886666', '本版編輯：周紅聯絡電話：0791-88886666'],
      ['责编：王芳 校对：李明 投稿信箱：qsdlb@163.com', '责编：王芳校对：李明投稿信箱：qsdlb@163.com'],
    ] as const) {
      const page = ['青山电力报', '2024年6月14日 星期五', '', '变电站迎峰度夏检修完成', '本报讯 6月上旬，公司组织各运维班对辖区内12座变电站开展专项检修，共消除缺陷37处。', '检修期间，运维人员克服高温天气，确保了设备安全运行。', credit];
      const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
      // Before, the credit ran into the story's last paragraph (`…确保了设备安全运行。本版编辑：周红投稿邮箱：…`).
      expect(parsed.articles.flatMap((a) => a.paragraphs.map((p) => p.text)), credit).toEqual(['6月上旬，公司组织各运维班对辖区内12座变电站开展专项检修，共消除缺陷37处。', '检修期间，运维人员克服高温天气，确保了设备安全运行。']);
      expect(parsed.leftovers.filter((l) => l.reason === 'noise').map((l) => l.text), credit).toEqual([read]);
    }
  });
});

describe('a closing credit naming who sent or compiled the story (sixteenth session)', () => {
  it('reads `（投稿：办公室）` and `（欧洲时报/周红 编译）` as the story’s credit on any page, not its last paragraph', () => {
    // Made-up, as a company paper and an overseas paper close what a department sent and what an editor compiled.
    const page = [
      '欧洲新报', '2024年6月14日', '',
      '巴黎华人社团举办端午节活动', '本报记者 李晓明', '6月10日，巴黎多个华人社团在十三区联合举办端午节庆祝活动，吸引了上千名华侨华人参加。', '',
      '德国将调整移民政策', '德国联邦政府6月12日宣布，将从明年起调整技术移民的审批程序，缩短办理时间。', '（欧洲时报/周红 编译）', '',
      '荷兰花卉出口创新高', '荷兰花卉协会6月11日公布，今年前五个月花卉出口额同比增长百分之八。', '（歐洲時報／林美玲 編譯）', '',
      '职工篮球赛落幕', '本报讯 6月12日，公司第五届职工篮球赛在体育馆落幕，检修公司代表队获得冠军。', '（投稿：办公室）', '',
      '安全月活动启动', '6月1日，公司安全生产月活动启动，各单位开展了形式多样的宣传活动。', '（來稿：工會 王芳、李紅）',
    ].join('\n');
    const parsed = parseEdition(new TextEncoder().encode(page), 'x.txt');
    // Before, each credit was its story's last paragraph, and the stories named no one (the compiled ones no source).
    expect(parsed.articles.map((a) => [a.headline, a.byline.agency, a.byline.authors, a.byline.correspondents, a.paragraphs.length, a.kind])).toEqual([
      ['巴黎华人社团举办端午节活动', null, [], [], 1, 'news'],
      ['德国将调整移民政策', '欧洲时报', ['周红'], [], 1, 'news'],
      ['荷兰花卉出口创新高', '歐洲時報', ['林美玲'], [], 1, 'news'],
      ['职工篮球赛落幕', '本报', [], [], 1, 'news'],
      ['安全月活动启动', '工會', [], ['王芳', '李紅'], 1, 'news'],
    ]);
    expect(parsed.articles[3]!.byline.raw).toBe('本报讯 投稿：办公室');
  });
});

describe('a bare lead-in whose source opens with a Latin letter under a table (sixteenth session)', () => {
  it('opens the story under its headline (`e公司讯，…`), its source the agency', () => {
    // Made-up, as a financial daily sets a results table over a report from its app.
    const page = [
      '证券时报', '2024年6月14日 星期五', '',
      '部分公司半年度业绩预告', '证券代码 证券简称 预计净利润（亿元） 同比增长', '600001 江城电力 12.5 35%', '600002 青山科技 3.2 18%',
      '半导体板块午后走强', 'e公司讯，6月13日午后，半导体板块集体走强，多只个股涨停。', '分析人士认为，行业景气度正在回升。',
    ].join('\n');
    const parsed = parseEdition(new TextEncoder().encode(page), 'x.txt');
    // Before, the lead-in was the text's first words, the story naming no source.
    const story = parsed.articles.find((a) => a.headline === '半导体板块午后走强')!;
    expect([story.byline.agency, story.paragraphs[0]!.text]).toEqual(['e公司', '6月13日午后，半导体板块集体走强，多只个股涨停。']);
  });
});

describe('an exchange-rate box under a report with no blank line (sixteenth session)', () => {
  it('is a box of rows under its label, not head lines over the next story', () => {
    // Made-up, as an overseas paper sets the day's rates beside a report.
    const page = [
      '歐洲新報', '2024年6月14日', '',
      '歐元兌人民幣匯率小幅上漲', '本週歐元兌人民幣匯率小幅上漲，華人商戶匯款成本有所下降。',
      '今日匯率', '1歐元＝7.78元人民幣', '1英鎊＝9.21元人民幣', '100日元＝4.61元人民幣',
      '巴黎華人社團舉辦端午節活動', '6月10日，巴黎多個華人社團在十三區聯合舉辦端午節慶祝活動。',
    ].join('\n');
    const parsed = parseEdition(new TextEncoder().encode(page), 'x.txt');
    // Before, the rates were the next story's section, kicker, headline and 副题 (`100日元＝4.61元人民幣 巴黎華人社團…`).
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs.length])).toEqual([
      [null, '歐元兌人民幣匯率小幅上漲', null, 1],
      [null, '今日匯率', null, 3],
      [null, '巴黎華人社團舉辦端午節活動', null, 1],
    ]);
  });
});

describe('a notice’s salutation naming its parties (sixteenth session)', () => {
  it('is a paragraph of its own as the notice’s first line (`张某某：`, `李某某、王某某：`, `張小明、李大華：`), as `编辑同志：` is', () => {
    for (const salutation of ['张某某：', '李某某、王某某：', '江城市某某建材有限公司：', '張小明、李大華：']) {
      // Made-up, as a court's notice is printed in a paper's notices column, flush with no blank lines.
      const page = ['江城日报', '2024年6月14日 星期五', '', '江城市中级人民法院', '公告', salutation, '本院受理原告赵某诉你们民间借贷纠纷一案，现依法向你们公告送达起诉状副本及开庭传票。', '特此公告。', '江城市中级人民法院', '二〇二四年六月十四日'];
      const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
      // Before, the salutation ran into the paragraph under it (`张某某：本院受理…`).
      expect(parsed.articles[0]!.paragraphs.slice(0, 2).map((p) => p.text), salutation).toEqual([salutation, '本院受理原告赵某诉你们民间借贷纠纷一案，现依法向你们公告送达起诉状副本及开庭传票。']);
    }
    // (Under the case's number a court prints between its heading and the parties, too.)
    const numbered = ['江城日报', '2024年6月14日 星期五', '', '公告', '（2024）江01民初1234号', '张某某：', '本院受理原告赵某诉你借款合同纠纷一案，现依法向你公告送达起诉状副本。'];
    expect(parseEdition(new TextEncoder().encode(numbered.join('\n')), 'x.txt').articles[0]!.paragraphs.map((p) => p.text)).toEqual(['（2024）江01民初1234号', '张某某：', '本院受理原告赵某诉你借款合同纠纷一案，现依法向你公告送达起诉状副本。']);
    // (Under a story's headline, a name and a colon opening a line is the text's: a speaker's words run on.)
    const story = ['江城日报', '2024年6月14日 星期五', '', '老街坊说变化', '张秀英：', '这几年街道变化太大了，出门就是公园。'];
    expect(parseEdition(new TextEncoder().encode(story.join('\n')), 'x.txt').articles[0]!.paragraphs[0]!.text).toBe('张秀英：这几年街道变化太大了，出门就是公园。');
  });
});

describe('a page of the Central News Agency’s copy with no other date (sixteenth session)', () => {
  it('is dated by the filing day closing its copy (`（編輯：李明）1130601`: 2024-06-01), its stories’ datelines with it', () => {
    // Made-up, as the agency's copy is pasted with no masthead and no date in the file's name.
    const page = [
      '颱風凱米逼近 氣象署發布海上警報', '（中央社記者林小芳台北1日電）中度颱風凱米持續增強，中央氣象署今天上午發布海上颱風警報。', '氣象署表示，颱風暴風圈明天可能觸及東半部陸地。（編輯：李明）1130601', '',
      '高鐵加開班次疏運連假人潮', '（中央社記者王大明台北1日電）台灣高鐵公司今天宣布，端午連假期間將加開80班次。（編輯：陳小華）1130601',
    ].join('\n');
    const parsed = parseEdition(new TextEncoder().encode(page), 'x.txt');
    // Before, the page had no date (`unknown`) and its stories no dateline.
    expect([parsed.date, parsed.dateSource, parsed.articles.map((a) => a.dateline)]).toEqual(['2024-06-01', 'inferred', ['2024-06-01', '2024-06-01']]);
  });
});

describe('a report from the foreign press closed by its translator’s credit (sixteenth session)', () => {
  it('is news, its translator its author, in either script', () => {
    for (const [credit, author] of [['（编译/王芳）', '王芳'], ['（編譯／王芳）', '王芳'], ['编译 王芳', '王芳']] as const) {
      const page = ['环球参考', '2025年6月3日 星期二', '', '德媒：中国车企加快布局欧洲', '', '据德国《商报》网站6月1日报道，多家中国车企正在欧洲设立研发中心和销售网络。', '', '报道援引一位分析师的话说，中国车企的优势在于电池技术和供应链成本。', '', credit];
      const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
      // Before, the translator read at the story's foot was taken for a signed piece's author: the report was commentary.
      expect(parsed.articles.map((a) => [a.headline, a.kind, a.byline.authors]), credit).toEqual([['德媒：中国车企加快布局欧洲', 'news', [author]]]);
    }
  });
});

describe('a wire of an agency abroad, as a paper of translated foreign press heads one (sixteenth session)', () => {
  it('is a wire where its lead-in names the agency and the place it was sent from, in either script', () => {
    for (const [lead, agency] of [['【俄新社莫斯科6月2日电】', '俄新社莫斯科'], ['【韓聯社首爾6月2日電】', '韓聯社首爾'], ['德新社柏林6月2日电 ', '德新社柏林']] as const) {
      const page = ['环球参考', '2025年6月3日 星期二', '', '专家称北极航道通航期延长', '', `${lead}一位北极问题专家日前表示，由于气温上升，北方海航道的通航期有望延长。`];
      const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
      // Before, only an agency the vocabulary named (美联社, 塔斯社 …) or a lead-in's source closing in 社 was a wire's: with its
      // place after it, an agency it did not name made the story news.
      expect(parsed.articles.map((a) => [a.byline.agency, a.kind]), lead).toEqual([[agency, 'wire']]);
    }
  });
});

describe('a legal paper’s note on the case set beside its report (sixteenth session)', () => {
  it('reads `法官说法`, `律師說法`, `专家点评` as the report’s subhead, not a new story’s headline, with blank lines or none', () => {
    for (const label of ['法官说法', '■律師說法', '【专家点评】', '法官説法']) {
      const lines = ['江城法治报', '2025年6月12日 星期四', '', '网购“低价名表”竟是假货', '□ 本报记者 赵敏', '', '近日，东湖区人民法院审结了一起网络购物合同纠纷案，判决商家退一赔三。', '', '法院审理认为，商家的行为构成欺诈。', '', label, '', '承办法官介绍，经营者提供商品有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失。'];
      for (const text of [lines.join('\n'), lines.filter((l) => l !== '').join('\n')]) {
        const parsed = parseEdition(new TextEncoder().encode(text), 'x.txt');
        // Before, the label was the headline of a story of its own, the judge's note its text.
        expect(parsed.articles.map((a) => [a.headline, a.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)]), label).toEqual([['网购“低价名表”竟是假货', [label]]]);
      }
    }
  });
});

describe('an obituary notice signed by the family, each kin’s word and name apart (sixteenth session)', () => {
  it('keeps the signature and its date as the notice’s last lines, in either script', () => {
    for (const signature of ['孝子 张国庆 孝女 张国华 泣告', '孝子 張國慶 孝女 張國華 泣告', '长子 张国庆 次子 张国华 谨启']) {
      const page = ['江城日报', '2025年6月16日 星期一', '', '讣告', '', '我们敬爱的母亲李秀兰女士，于2025年6月13日凌晨在家中安详辞世，享年92岁。', '', '谨此讣闻。', '', signature, '2025年6月15日', '', '沉痛悼念周老师', '', '○ 刘晓明', '', '惊悉周文远老师辞世，我久久不能平静。'];
      const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
      // Before, the signature, five scraps of up to four characters, was read as a banner's OCR, noise, and its date headed the
      // tribute under it.
      expect(parsed.articles.map((a) => [a.headline, a.paragraphs.length]), signature).toEqual([['讣告', 4], ['沉痛悼念周老师', 1]]);
      expect(parsed.articles[0]!.paragraphs[3]!.text, signature).toBe('2025年6月15日');
    }
  });
});

describe('a notice whose heading is spaced out as printed (sixteenth session)', () => {
  it('is a notice: `讣　告`, `啟　事`, `公 告`', () => {
    for (const heading of ['讣　告', '啟　事', '公 告']) {
      const page = ['江城日报', '2025年6月16日 星期一', '', heading, '', '江城市原副市长王建国同志因病医治无效，于2025年6月12日在江城逝世，享年86岁。', '', '特此告知。'];
      const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
      // Before, the space between its two characters hid the notice's word: the notice was news.
      expect(parsed.articles.map((a) => a.kind), heading).toEqual(['notice']);
    }
  });
});

describe('a chronology box, each row a day and what was done (sixteenth session)', () => {
  it('keeps each row a paragraph of its own, and the page is not read as columns read across', () => {
    const page = [
      '江城晚报', '号外', '2025年6月15日', '',
      '江城获得2030年亚运会举办权', '', '本报讯（记者 周敏）6月15日，亚奥理事会全体代表大会投票，江城获得2030年亚运会举办权。', '',
      '这是江城首次获得综合性国际大型运动会的举办权。', '',
      '申办历程', '', '2023年3月 江城正式提出申办意向', '2024年5月 申办委员会成立', '2025年1月20日 提交申办报告', '2025年6月 投票获胜', '',
      '全城欢庆不眠夜', '', '本报记者 李红 摄影报道', '', '15日晚，江城中心广场聚集了上万名市民，大家挥舞国旗，齐声欢呼。',
    ];
    const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
    // Before, the four rows ran together as one paragraph with their days (`2023年3月江城正式提出申办意向2024年5月…`), the page
    // was taken for columns read across, and the next story's headline was the box's subhead.
    expect(parsed.layout?.profile.interleaved).toBe(false);
    const text = parsed.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
    expect(text).toContain('2023年3月 江城正式提出申办意向');
    expect(text).toContain('2025年1月20日 提交申办报告');
    expect(parsed.articles.map((a) => a.headline)).toContain('全城欢庆不眠夜');
  });
});

describe('an extra edition’s label in the masthead (sixteenth session)', () => {
  it('is the masthead’s (`号外`, `【號外】`), not the first story’s kicker', () => {
    for (const label of ['号外', '【號外】', '号 外']) {
      const page = ['江城晚报', label, '2025年6月15日', '', '江城获得2030年亚运会举办权', '', '本报讯（记者 周敏）6月15日，亚奥理事会全体代表大会投票，江城获得2030年亚运会举办权。'];
      const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
      // Before, the label was the first story's kicker.
      expect(parsed.articles.map((a) => [a.kicker, a.headline]), label).toEqual([[null, '江城获得2030年亚运会举办权']]);
      expect(parsed.leftovers.filter((l) => l.reason === 'masthead').length, label).toBe(3);
    }
  });
});

describe('a rural paper’s service boxes under a report (sixteenth session)', () => {
  it('reads `农事提醒` and `价格行情` each as a box of its own, with blank lines or none', () => {
    const lines = [
      '江南农民报', '2025年6月18日 星期三', '',
      '早稻进入灌浆期 田管重在防病虫', '', '本报讯（记者 吴小平）眼下，全省早稻陆续进入灌浆期，各地要抓好早稻后期田间管理。', '',
      '农事提醒', '', '水稻：早稻灌浆期要保持田间干湿交替，切忌断水过早。', '蔬菜：雨后及时清沟排水，防止渍害。', '',
      '价格行情', '', '（6月17日 江城农产品批发市场）', '品名 最低价 最高价 单位', '早籼稻 1.32 1.38 元/斤', '生猪 7.10 7.45 元/斤',
    ];
    for (const text of [lines.join('\n'), lines.filter((l) => l !== '').join('\n')]) {
      const parsed = parseEdition(new TextEncoder().encode(text), 'x.txt');
      // Before, each box's name was a subhead of the report above it, its tips and prices the report's text.
      expect(parsed.articles.map((a) => a.headline)).toEqual(['早稻进入灌浆期 田管重在防病虫', '农事提醒', '价格行情']);
    }
  });
});

describe('a bilingual paper’s page line with its section in English (sixteenth session)', () => {
  it('names the page and is the masthead’s (`第4版 城市 CITY`, `第2版 要闻 NEWS & VIEWS`)', () => {
    for (const line of ['第4版 城市 CITY', '第4版 要闻 NEWS & VIEWS', '第4版：城市 City']) {
      const page = ['江城双语报', '2025年6月20日 星期五', line, '', '江城地铁5号线开通运营', '', '本报讯（记者 林晓）6月18日上午，江城地铁5号线正式开通运营。'];
      const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
      // Before, the English name kept the line from being read as one: no page was named and the line was the first story's kicker.
      expect([parsed.page, parsed.articles.map((a) => [a.kicker, a.headline])], line).toEqual(['04', [[null, '江城地铁5号线开通运营']]]);
    }
  });
});

describe('a bilingual paper’s headline with its English rendering (sixteenth session)', () => {
  it('keeps the Chinese line the headline and the English one its 副题, under it or over it', () => {
    for (const block of [['江城地铁5号线开通运营', 'Metro Line 5 Opens to Passengers'], ['Metro Line 5 Opens to Passengers', '江城地铁5号线开通运营']]) {
      const page = ['江城双语报', '2025年6月20日 星期五', '', ...block, '', '本报讯（记者 林晓）6月18日上午，江城地铁5号线正式开通运营。'];
      const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
      const a = parsed.articles[0]!;
      // Before, the English line, its letters counted as half characters, was longer than the Chinese one: it was the
      // headline, under the Chinese line as its kicker.
      expect(a.headline, block[0]).toBe('江城地铁5号线开通运营');
      expect([a.kicker, a.subheadline].filter((x) => x !== null), block[0]).toEqual(['Metro Line 5 Opens to Passengers']);
    }
  });
});

describe('a bilingual paper’s byline in English under the Chinese one (sixteenth session)', () => {
  it('joins the byline, the names as the Chinese gives them; alone, it names the writer', () => {
    const page = (byline: string[]) => ['江城双语报', '2025年6月20日 星期五', '', '江城地铁5号线开通运营', 'Metro Line 5 Opens to Passengers', '', ...byline, '', '6月18日上午，江城地铁5号线正式开通运营。', '', 'Metro Line 5 in Jiangcheng began operation on the morning of June 18.'];
    const both = parseEdition(new TextEncoder().encode(page(['本报记者 林晓', 'By LIN XIAO']).join('\n')), 'x.txt');
    // Before, `By LIN XIAO` was the headline of a second story, the report's text under it.
    expect(both.articles.map((a) => [a.headline, a.byline.reporters, a.byline.raw])).toEqual([['江城地铁5号线开通运营', ['林晓'], '本报记者 林晓 By LIN XIAO']]);
    const alone = parseEdition(new TextEncoder().encode(page(['By Lin Xiao']).join('\n')), 'x.txt');
    expect(alone.articles.map((a) => [a.headline, a.byline.reporters])).toEqual([['江城地铁5号线开通运营', ['Lin Xiao']]]);
  });
});

describe('a long feature’s section number over the section’s first subhead (sixteenth session)', () => {
  it('keeps `三` / `（一）钱从哪里来` in the running feature, its subheads, with blank lines or none', () => {
    const lines = [
      '江城日报', '2025年6月22日 星期日', '',
      '一座老城的“微更新”', '——江城老城区改造调查', '', '本报记者 周敏', '',
      '一', '', '清晨六点，家住青石巷的陈阿婆已经在新修的小广场上打起了太极拳。', '',
      '二', '', '为此，江城在每个改造片区都设立了“居民议事会”，由居民商量着定。', '',
      '三', '（一）钱从哪里来', '', '改造资金采取政府补一点、居民出一点、社会投一点的办法。', '',
      '（二）改完谁来管', '', '改造完成后，各片区引入物业服务，确保“改得好、管得住”。',
    ];
    for (const text of [lines.join('\n'), lines.filter((l) => l !== '').join('\n')]) {
      const parsed = parseEdition(new TextEncoder().encode(text), 'x.txt');
      // Before, the section's number was the headline of a story of its own, its first subhead that story's 副题.
      expect(parsed.articles.map((a) => [a.headline, a.paragraphs.filter((p) => p.type === 'subhead').map((p) => p.text)])).toEqual([
        ['一座老城的“微更新”', ['一', '二', '三', '（一）钱从哪里来', '（二）改完谁来管']],
      ]);
    }
  });
});

describe('a pupil’s piece signed with a class number in brackets and closed by the teacher who guided it (sixteenth session)', () => {
  it('names the pupil its author and the teacher no writer, the teacher’s line with a colon or a space', () => {
    for (const adviser of ['指导教师 赵芳', '指导老师：赵芳', '指導教師 趙芳']) {
      const page = ['江城少年报', '2025年6月1日 星期日', '', '小作家', '', '我的妈妈', '', '江城三小二年级（3）班 陈思琪', '', '我的妈妈是一名护士。她每天很早就去上班，很晚才回家。', '', '我长大了也要像妈妈一样帮助别人。', '', adviser];
      const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
      // Before, the class's digit kept the signature from being read (the story's 副题, no author), and a teacher's line with a
      // space for its colon named the teacher the author.
      expect(parsed.articles.map((a) => [a.headline, a.subheadline, a.byline.authors]), adviser).toEqual([['我的妈妈', null, ['陈思琪']]]);
    }
  });
});

describe('a bilingual page’s English paragraph closed by a full stop (sixteenth session)', () => {
  it('ends there: the Chinese paragraph set apart under it is a paragraph of its own', () => {
    const page = ['江城双语报', '2025年6月20日 星期五', '', '江城地铁5号线开通运营', '', '本报讯（记者 林晓）6月18日上午，江城地铁5号线正式开通运营。', '', 'Metro Line 5 began operation on June 18. The line has 20 stations.', '', '市民王女士说：“以后上班能节省半个小时。”', '', '"I can save half an hour," said a resident surnamed Wang.', '', '目前，5号线日均客流已超过10万人次。'];
    const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
    // Before, a full stop after a letter ended no sentence: the English paragraph ran on into the Chinese one under it.
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['6月18日上', 'Metro ', '市民王女士说', '"I can', '目前，5号线']);
  });
});

describe('a paper of translated foreign press: wires of agencies abroad, `题：` titles, translators’ credits (sixteenth session)', () => {
  it('reads every agency’s wire as a wire, the reports from foreign papers as news, each translator its author', () => {
    const { parsed, lines, byHeadline } = readPaper('foreign-press-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed).toMatchObject({ paper: '环球参考报', date: '2025-06-03', page: '06' });
    expect(parsed.articles.map((a) => [a.kind, a.headline])).toEqual([
      ['wire', '美媒：美国制造业回流遭遇人力瓶颈'],
      ['news', '英报：欧洲城市推广“十五分钟生活圈”'],
      ['news', '日媒关注东南亚电商竞争加剧'],
      ['news', '德媒：中国新能源车企加快布局欧洲'],
      ['wire', '俄专家：北极航道通航期延长'],
    ]);
    expect(byHeadline('美媒：美国制造业回流遭遇人力瓶颈')!.byline).toMatchObject({ agency: '美联社华盛顿', authors: ['李明远'] });
    expect(byHeadline('德媒：中国新能源车企加快布局欧洲')).toMatchObject({ kicker: '外媒看中国', byline: { authors: ['王芳'] } });
    expect(byHeadline('俄专家：北极航道通航期延长')!.byline.agency).toBe('俄新社莫斯科');
  });
});

describe('a bilingual weekly: each headline and paragraph in Chinese and in English (sixteenth session)', () => {
  it('reads the page line with its English name, the Chinese headlines over their English renderings, the English byline', () => {
    const { parsed, lines, byHeadline } = readPaper('bilingual-style.txt');
    expect(lines).toEqual({ missing: [], twice: [] });
    expect(parsed).toMatchObject({ paper: '江城双语报', date: '2025-06-20', page: '04' });
    expect(parsed.articles.map((a) => [a.headline, a.subheadline])).toEqual([
      ['江城地铁5号线开通运营', 'Metro Line 5 Opens to Passengers'],
      ['国际学校开放日吸引数千家长', 'Open Day Draws Thousands of Parents'],
    ]);
    expect(byHeadline('江城地铁5号线开通运营')!.byline).toMatchObject({ reporters: ['林晓'], raw: '本报记者 林晓 By LIN XIAO' });
    expect(byHeadline('江城地铁5号线开通运营')!.paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['6月18日上', 'Metro ', '市民王女士说', '"I can']);
    expect(parsed.leftovers.map((l) => l.reason)).toEqual(['masthead', 'masthead', 'masthead', 'masthead']);
  });
});

describe('a story closed by its agency’s copy mark, as older mainland papers close one (sixteenth session)', () => {
  it('takes the agency as its source (`（新华社稿）`, `（新華社稿）`)', () => {
    for (const credit of ['（新华社稿）', '（新華社稿）']) {
      const page = ['人民晨报', '一九八三年五月四日　星期三', '', '农村专业户越来越多', '', '据不完全统计，全县已有各类专业户两千多户，占农户总数的百分之五。', '', credit];
      const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
      // Before, the mark was the story's last paragraph and the story named no source.
      expect(parsed.articles.map((a) => [a.headline, a.byline.agency]), credit).toEqual([['农村专业户越来越多', credit.slice(1, 4)]]);
    }
  });
});

describe('a children’s paper’s report signed by its young reporter (sixteenth session)', () => {
  it('reads `本报小记者 王小明（…）` under the headline as its byline', () => {
    const page = ['江城少年报', '2025年6月1日 星期日', '', '我们的节日', '——江城小学生欢度“六一”', '', '本报小记者 王小明（江城实验小学四年级）', '', '今天是六一国际儿童节。学校操场上彩旗飘飘，同学们参加游园活动。'];
    const parsed = parseEdition(new TextEncoder().encode(page.join('\n')), 'x.txt');
    // Before, 小记者 was no role: the line was the headline, the real headline its section and the 副题 its kicker.
    expect(parsed.articles.map((a) => [a.headline, a.subheadline, a.byline.reporters])).toEqual([['我们的节日', '江城小学生欢度“六一”', ['王小明']]]);
  });
});
