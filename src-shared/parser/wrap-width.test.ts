import { describe, expect, it } from 'vitest';
import { readLine, splitSourceLines, visibleLength } from './text-lines';
import { detectWrap, fillsWrapWidth, measureLines, printedLength, unwrapLines } from './wrap-width';
import { displayWidth } from './display-width';

const chars = (width: number) => ({ width, columns: false });
const detectWrapWidth = (lines: Parameters<typeof detectWrap>[0]) => detectWrap(lines)?.width ?? null;

describe('printedLength', () => {
  /** The count as the wrap made it, unit by unit: not line ends, a byte-order mark, a surrogate pair's second half. */
  const characters = (raw: string) => raw.replace(/[\r\n\ufeff\udc00-\udfff]/g, '').length;

  it('counts characters and display columns as the unit-by-unit count and displayWidth do, for every UTF-16 unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const raw = `字${String.fromCharCode(c)}a`;
      expect(printedLength(raw)).toBe(characters(raw));
      expect(printedLength(raw, true)).toBe(displayWidth(raw));
    }
    const line = '\ufeff　本报讯 (记者\t张三)𠀋 2024年\r';
    expect([printedLength(line), printedLength(line, true)]).toEqual([characters(line), displayWidth(line)]);
    expect([printedLength(''), printedLength('', true)]).toEqual([0, 0]);
  });
});

describe('measureLines', () => {
  it('measures each line as printedLength and visibleLength do, for every UTF-16 unit, lines read as printed or closed up', () => {
    const lines = [];
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      lines.push(readLine(`字${unit}a`, c + 1), readLine(`a${unit}b`, c + 1), readLine(`字 ${unit} 字`, c + 1));
    }
    lines.push(readLine('\ufeff　本报讯 (记者\t张三)𠀋 2024年', 1), readLine('本 报 讯', 2), readLine('&nbsp;株洲', 3), readLine('', 4));
    const { characters, columns, visible } = measureLines(lines);
    const differ = lines.filter((l, i) => characters[i] !== printedLength(l.raw) || columns[i] !== printedLength(l.raw, true) || visible[i] !== visibleLength(l.text));
    expect(differ).toEqual([]);
  });
});

describe('detectWrap', () => {
  const paragraph = '近日,市政务公开专区在市民中心一楼亮相。该专区由市政府办公室建设,由市政务公开领导小组办公室负责日常管理维护,方便办事群众查询阅读。';
  it('finds the width of a hard-wrapped file', () => {
    const wrapped = paragraph.repeat(3).match(/.{1,20}/gu)!.join('\n');
    expect(detectWrapWidth(splitSourceLines(wrapped))).toBe(20);
  });
  it('says null for one paragraph per line', () => {
    const lines = Array.from({ length: 12 }, (_, i) => paragraph.slice(0, 30 + i * 3)).join('\n');
    expect(detectWrapWidth(splitSourceLines(lines))).toBeNull();
  });
  it('treats a line within one character of the width as full, counting its spaces', () => {
    expect(fillsWrapWidth('一二三四五六七八九十一二三四五六七八九', chars(20))).toBe(true);
    expect(fillsWrapWidth('一二三 四五六七八九十一二三四五六七八', chars(20))).toBe(true);
    expect(fillsWrapWidth('一二三四五六七八九十一二三四五六七八', chars(20))).toBe(false);
    expect(fillsWrapWidth('一二三四五六七八九十', null)).toBe(false);
  });

  it('finds the width of a wrapped file whose OCR scattered spaces between characters', () => {
    const spaced = paragraph.repeat(5).replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, (c: string, _char: string, offset: number) => (offset % 3 === 0 ? `${c} ` : c));
    expect(detectWrapWidth(splitSourceLines(spaced.match(/.{1,24}/gu)!.join('\n')))).toBe(24);
  });
});

describe('a wrapped page with many short lines', () => {
  it('finds the width when no line is longer, even if fewer than half the lines reach it', () => {
    const full = '一'.repeat(30);
    const lines = [...Array.from({ length: 40 }, () => full), ...Array.from({ length: 60 }, (_, i) => '二'.repeat(4 + (i % 20)))];
    expect(detectWrapWidth(splitSourceLines(lines.join('\n')))).toBe(30);
  });

  it('finds none when long lines run past the common length', () => {
    const lines = [...Array.from({ length: 40 }, () => '一'.repeat(30)), ...Array.from({ length: 60 }, (_, i) => '二'.repeat(4 + i * 3))];
    expect(detectWrapWidth(splitSourceLines(lines.join('\n')))).toBe(null);
  });
});

describe('unwrapLines', () => {
  const read = (lines: string[], width: number | null) =>
    unwrapLines(splitSourceLines(lines.join('\n')).filter((l) => l.text !== ''), width === null ? null : chars(width)).map((l) => [l.numbers, l.text, l.endsFull]);

  it('joins a line the wrap cut mid-sentence with the line under it, and records the source lines', () => {
    expect(read(['聂方红主持召开市政协党组(扩大)', '会议暨十届十七次主席会议'], 16)).toEqual([[[1, 2], '聂方红主持召开市政协党组(扩大)会议暨十届十七次主席会议', false]]);
  });

  it('leaves a full line that ends a sentence, marking that its paragraph may go on', () => {
    expect(read(['市民可以沿湖步行或骑行,每天开放。', '步道沿途设置休息驿站', '供市民歇脚。'], 17)).toEqual([
      [[1], '市民可以沿湖步行或骑行,每天开放。', true],
      [[2], '步道沿途设置休息驿站', false],
      [[3], '供市民歇脚。', false],
    ]);
  });

  it('never joins across a blank line, or onto an indented line or a byline', () => {
    expect(read(['城东污水处理厂二期工程正式通水运行', '', '二期工程日前通水运行'], 18).map((l) => l[0])).toEqual([[1], [3]]);
    expect(read(['城东污水处理厂二期工程正式通水运行', '\u3000\u3000二期工程日前通水运行'], 18).map((l) => l[0])).toEqual([[1], [2]]);
    expect(read(['城东污水处理厂二期工程正式通水运行', '青山日报讯(记者/赵敏) 二期工程日前通水运行'], 18).map((l) => l[0])).toEqual([[1], [2]]);
  });

  it('joins a line that only looks like a lead-in (`…通讯模块`: no paper or agency) to the line it carries on', () => {
    expect(read(['研发的智能减压阀控制系统,能够实现自动调控管道压力的减压阀,通', '过搭载通讯模块,进行漏损预警和及时关闭。'], 31).map((l) => l[0])).toEqual([[1, 2]]);
  });

  it('reads a byline line under a headline as its own line, but joins one the wrap cut off a caption or another byline', () => {
    expect(read(['城东污水处理厂二期工程正式通水运行', '记者 赵敏'], 18).map((l) => l[0])).toEqual([[1], [2]]);
    const caption = '社区篮球决赛昨晚举行，白石港代表队获得冠军。株';
    expect(read([caption, '洲日报全媒体记者/谭昕吾 通讯员/许磊 摄'], [...caption].length).map((l) => l[0])).toEqual([[1, 2]]);
    expect(read(['株洲日报全媒体记者/谭昕吾', '通讯员/许磊 摄'], 13).map((l) => l[0])).toEqual([[1, 2]]);
  });

  it('counts the spaces the wrap counted when it tells a cut line', () => {
    expect(read(['走基层 找问题 机关行物 热头行', '物 人名 化发展 化水平'], 16).map((l) => l[0])).toEqual([[1, 2]]);
  });

  const text = '近日市政务公开专区在市民中心一楼亮相该专区由市政府办公室建设由市政务公开领导小组办公室负责日常管理维护方便办事群众查询阅读'.repeat(4);
  it('takes a line one short of the width for a cut line only where the wrap leaves a column free', () => {
    const headline = '城东污水处理厂二期工程今天正式通水运行';
    // Cut at exactly 20: a line of 19 is the writer's (a headline with its lead right under it).
    const exact = [...text.match(/.{20}/gu)!.slice(0, 12), '查询阅读。', headline, '二期工程日前通水运行。'];
    expect(read(exact, 20).slice(-2).map((l) => l[1])).toEqual([headline, '二期工程日前通水运行。']);
    // Cut at 20 display columns: every other line has 19 characters, and a line of 19 is cut.
    const columns: string[] = [];
    for (let i = 0, k = 0; columns.length < 12; k++) columns.push(text.slice(i, (i += k % 2 ? 19 : 20)));
    expect(read([...columns, '查询阅读。', headline, '二期工程日前通水运行。'], 20).at(-1)![1]).toBe(`${headline}二期工程日前通水运行。`);
  });

  it('joins the unfinished end of a line the wrap cut right after a sentence end, when a blank line follows it', () => {
    expect(read(['钠离子电池落地应用将取得突破。 ', '今年4月立方新能源圆柱型钠离', '', '子电池量产出货。'], 16).map((l) => l[0])).toEqual([[1, 2], [4]]);
    // A headline right under a paragraph has its text under it, not a blank line.
    expect(read(['一二三四五六七八九十一二三四五。', '城东污水处理厂二期通水', '二期工程日前通水运行。'], 16).map((l) => l[0])).toEqual([[1], [2], [3]]);
  });

  it('joins nothing without a width', () => {
    expect(read(['城东污水处理厂二期工程正式通水运行', '二期工程日前通水运行'], null).map((l) => l[0])).toEqual([[1], [2]]);
  });
});

describe('a small wrapped page', () => {
  // Five lines cut at 24 among twenty short ones (headlines, bylines, short paragraphs' ends), none longer: 20%.
  const short = Array.from({ length: 20 }, (_, i) => '二'.repeat(3 + i) + (i % 2 ? '。' : ''));
  it('finds the width when the few lines at it stop mid-sentence', () => {
    const cut = Array.from({ length: 5 }, () => '三'.repeat(23) + '，');
    expect(detectWrapWidth(splitSourceLines([...cut, ...short].join('\n')))).toBe(24);
  });

  it('takes the wider of two windows holding as many lines: the wrap caps the lines', () => {
    const twelve = Array.from({ length: 4 }, () => '四'.repeat(12));
    const cut = Array.from({ length: 4 }, () => '三'.repeat(23) + '，');
    const others = [3, 4, 5, 6, 7, 15, 16, 17, 19, 20].map((n) => '二'.repeat(n));
    expect(detectWrapWidth(splitSourceLines([...twelve, ...cut, ...others].join('\n')))).toBe(24);
  });

  it('finds none when those longest lines close their sentences: a writer’s paragraphs', () => {
    const closed = Array.from({ length: 5 }, () => '三'.repeat(23) + '。');
    expect(detectWrapWidth(splitSourceLines([...closed, ...short].join('\n')))).toBeNull();
  });

  it('finds none when three lines in ten are the longest and they close their sentences: each story’s lead', () => {
    // Made-up: three stories' leads of a like length, the rest headlines and shorter paragraphs (30% at the width, none longer).
    const leads = ['三'.repeat(52) + '。', '四'.repeat(53) + '。', '五'.repeat(51) + '。'];
    const others = [12, 18, 36, 40, 22, 30, 44].map((n) => '二'.repeat(n) + (n > 30 ? '。' : ''));
    expect(detectWrapWidth(splitSourceLines([...leads, ...others].join('\n')))).toBeNull();
    // (Nor where one of the three stops on a wire's closing note, `…不變。（譯者：陳怡君／核稿：林志明）1130612`: one in three.)
    const noted = [leads[0]!, '四'.repeat(31) + '。（譯者：陳怡君／核稿：林志明）1130612', leads[2]!];
    expect(detectWrapWidth(splitSourceLines([...noted, ...others].join('\n')))).toBeNull();
  });

  it('finds none when most lines are a table’s rows and headlines of one length, and the page’s text is longer', () => {
    // Made-up sports page: a standings table and its headlines, eleven characters or so, hold no clause mark; the report does.
    const rows = ['江城队主场2比1逆转', '本报记者 陈晓东 文/图', '中甲积分榜（前五名）', '排名 球队 场次 积分', '1 江城队 12 28', '2 海港队 12 26', '3 北岭队 12 23', '4 南湖队 12 21', '5 西山队 12 19'];
    const text = ['昨晚，中甲联赛第12轮在江城体育中心打响，江城队主场以2比1逆转客队，取得三连胜。', '上半场客队率先破门，下半场江城队连入两球，完成逆转。', '赛后，主教练表示，球队的拼搏精神值得肯定。', '■相关新闻', '江城队门将入选国青集训名单', '本报讯 记者昨日获悉，江城队门将刘小虎入选国青队集训名单，将于下周赴京报到。'];
    expect(detectWrapWidth(splitSourceLines([...rows, ...text].join('\n')))).toBeNull();
  });
});

describe('a wrap counted in display columns', () => {
  // A monospaced rendering cuts each line at 40 columns: a line with digits holds more characters than one without.
  const text =
    '2024年1至10月，全市完成固定资产投资1235.6亿元，同比增长8.7%，其中工业投资456.2亿元。城镇居民人均可支配收入41286元，增长5.1%；农村居民人均可支配收入21876元，增长7.3%。全市新登记市场主体2.36万户，新增规模以上工业企业138家，高新技术企业总数达到1096家。';
  const columnsOf = (c: string) => (/[\x20-\x7e]/.test(c) ? 1 : 2);
  const wrapAt = (width: number) => {
    const lines: string[] = [];
    let line = '';
    let used = 0;
    for (const c of text.repeat(3)) {
      if (used + columnsOf(c) > width) [lines[lines.length], line, used] = [line, '', 0];
      line += c;
      used += columnsOf(c);
    }
    return [...lines, line];
  };

  it('finds the width in columns where the characters of each line differ in number, and unwraps by it', () => {
    const lines = wrapAt(40);
    expect(new Set(lines.slice(0, -1).map((l) => l.length)).size).toBeGreaterThan(1);
    const source = splitSourceLines(lines.join('\n'));
    const wrap = detectWrap(source);
    expect(wrap).toEqual({ width: 40, columns: true });
    expect(unwrapLines(source, wrap).map((l) => l.text).join('')).toBe(text.repeat(3));
    expect([fillsWrapWidth('一二三四五六七八九十一二三四五六七八九十', wrap), fillsWrapWidth('一二三四五六七八九十', wrap)]).toEqual([true, false]);
  });

  it('finds none in a table whose rows a rendering set to one width, among a writer’s paragraphs: no row is running text', () => {
    const rows = Array.from({ length: 14 }, (_, i) => `书名：${'许茂和他的女儿们的故事'.slice(0, 2 + (i % 7))}${' '.repeat(18 - 2 * (2 + (i % 7)))}作者：周克芹`);
    expect(new Set(rows.map((r) => r.length)).size).toBe(7);
    const paragraphs = Array.from({ length: 6 }, (_, i) => text.slice(0, 30 + i * 17));
    expect(detectWrap(splitSourceLines([...paragraphs, ...rows].join('\n')))).toBeNull();
  });
});

describe('detectWrap on a page of two column widths', () => {
  const cut = (text: string, width: number) => {
    // As a typesetter cuts a line: no line opens with a closing mark.
    const out: string[] = [];
    let line = '';
    for (const ch of text) {
      if (line.length >= width && !'，。、；：！？”）'.includes(ch)) {
        out.push(line);
        line = '';
      }
      line += ch;
    }
    return [...out, line];
  };
  const wide = '\u3000\u3000今年，全县计划种植水稻二十五万亩，比去年增加一万亩。县农业农村局提前储备种子、化肥等农资，保障春耕生产顺利进行，农技人员深入田间地头指导育秧。';
  const narrow = (k: number) => `\u3000\u3000第${k}个村级光伏电站近日正式并网发电，装机容量五百千瓦，预计年发电量五十五万千瓦时，可为村集体增收四十万元，收益用于公益事业。`;

  it('reads the narrower width as the wrap, where neither holds most lines alone', () => {
    const page = ['东山县开展春耕备耕', ...cut(wide, 24), '', ...[1, 2, 3].flatMap((k) => ['西岭镇建成光伏电站', ...cut(narrow(k), 14), ''])].join('\n');
    // Before: no wrap, and the narrow lines read as columns read across.
    expect(detectWrapWidth(splitSourceLines(page))).toBe(15);
  });

  it('reads no wrap from two lengths of lines that hold no running text (headlines, a list of names)', () => {
    const heads = Array.from({ length: 12 }, (_, k) => (k % 2 ? `东山县第${k}届农民丰收节开幕` : `西岭镇中心小学附属幼儿园第${k}期新生开学典礼举行`));
    const page = [...heads, '\u3000\u3000全县计划种植水稻二十五万亩，比去年增加一万亩，县农业农村局提前储备种子、化肥等农资。'].join('\n');
    expect(detectWrapWidth(splitSourceLines(page))).toBeNull();
  });
});

describe('detectWrap where the wider column holds more lines', () => {
  it('still reads the narrower width as the wrap, counted in characters', () => {
    const cut = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'gu'))!;
    const wide = '\u3000\u3000今年，全县计划种植水稻二十五万亩，比去年增加一万亩。县农业农村局提前储备种子、化肥等农资，保障春耕生产顺利进行，农技人员深入田间地头指导育秧，各乡镇还组织了农机手培训，确保农时不误。';
    const narrow = '\u3000\u3000西岭镇村级光伏电站近日正式并网发电，装机容量五百千瓦，预计年发电量五十五万千瓦时。';
    const page = ['东山县开展春耕备耕', ...cut(wide.repeat(2), 24), '', '西岭镇建成光伏电站', ...cut(narrow, 14)].join('\n');
    // Before: the wider width, the narrower column's lines then each a line of its own.
    expect(detectWrapWidth(splitSourceLines(page))).toBe(14);
  });
});
