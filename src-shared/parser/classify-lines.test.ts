import fc from 'fast-check';
import { parsedWhole } from '../../tests/unit/made-up-text';
import { describe, expect, it } from 'vitest';
import { classifyLines, isNoise, oddCharacterRatio, withoutAccountNames } from './classify-lines';
import { splitSourceLines } from './text-lines';

/** The share as one regular expression replacement, as the parser had it before counting per character: the model. */
const ORDINARY_CHARACTERS = /[\p{Script=Han}\p{L}\p{N}\s，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!'"()%\-+/~<>]+/gu;
function oddCharacterRatioModel(text: string): number {
  if (text.length === 0) return 0;
  const quick = /^[\x20-\x7e\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027]*$/.test(text);
  return quick ? 0 : text.replace(ORDINARY_CHARACTERS, '').length / text.length;
}

describe('oddCharacterRatio', () => {
  it('reads mojibake as odd and Chinese text with its usual marks as ordinary', () => {
    expect(oddCharacterRatio('株洲日报讯(记者/张三)“新闻”·①—…')).toBe(0);
    expect(oddCharacterRatio('╔═╗║▓▒░')).toBe(1);
    expect(isNoise('浣犲ソ锛屾垜鏄�  ╔═╗║▓▒░▓▒░')).toBe(true);
  });

  it('matches the model exactly on any text of ordinary, odd, astral and lone-surrogate characters', () => {
    const alphabet = ['字', '中', 'a', '1', ' ', '，', '“', '·', '①', '℃', '╔', '▓', 'é', 'Ω', '𠀋', '😀', '\ud800', '\udc00', '#', '@', '\u3000', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(oddCharacterRatio(text)).toBe(oddCharacterRatioModel(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('calls to follow an account', () => {
  it('are furniture where they open the line, and a story’s sentence that tells of an account is not', () => {
    expect(['欢迎关注本报微信公众号', '敬请关注临江日报客户端', '关注临江日报抖音号', '扫码关注我们', '长按识别二维码'].map((t) => isNoise(t))).toEqual([true, true, true, true, true]);
    // Before: read as a call to follow, and the story lost its sentence to the leftovers.
    expect(isNoise('市民可关注“南岭公交”微信公众号查询实时信息。')).toBe(false);
  });

  it('read no story’s statement of scanning a code or reading on as a call (it closes with a full stop)', () => {
    // Before: each was a call, and the story lost its sentence (or a wrapped paragraph its first line) to the leftovers.
    for (const sentence of ['市民只需扫码即可完成预约。', '每个摊位都贴上了二维码，顾客扫一扫就能付款。', '无论是扫码购物还是溯源系统，背后都有数据技术的支持。', '“买菜也能扫码付款。”', '阅读原文后，他有了新的想法。', '了解更多情况后，记者决定再去一趟。'])
      expect(isNoise(sentence), sentence).toBe(false);
    for (const call of ['观看视频，请用手机扫描二维码', '扫码看更多精彩内容！', '点击阅读原文，查看更多精彩内容', '了解更多 ↓']) expect(isNoise(call), call).toBe(true);
  });
});

describe('rules drawn between stories', () => {
  it('are furniture at any length, as long as the column they cross', () => {
    // Before: a rule over 40 characters was read as the story's last paragraph.
    for (const rule of ['-'.repeat(48), '—'.repeat(45), '='.repeat(60), '＊　　＊　　＊', '·'.repeat(50)]) expect(isNoise(rule), rule).toBe(true);
    expect(isNoise('“菜品多、价格实惠，老伴不在家我就来这吃。”昨日中午，家住老街社区的刘奶奶在社区食堂吃上了午餐。')).toBe(false);
    expect(isNoise('——记全国劳动模范、临江市第一人民医院心内科主任医师张明华')).toBe(false);
  });
});

describe('a page’s staff in brackets at a story’s foot', () => {
  it('is furniture with its roles set off by spaces alone, and a story’s own credit in brackets is not', () => {
    // Before: `（编辑 王强 校对 刘敏）` was the story's last paragraph (with colons it had been furniture already).
    expect(isNoise('（编辑王强校对刘敏）', '（编辑 王强 校对 刘敏）')).toBe(true);
    expect(isNoise('（责任编辑：李娜 美编：赵磊）', '（责任编辑：李娜 美编：赵磊）')).toBe(true);
    // An intern editor and a reviewer are the page's staff too.
    expect(isNoise('（实习编辑：王五审核：赵六）', '（实习编辑：王五 审核：赵六）')).toBe(true);
    expect(isNoise('（记者王强通讯员刘敏）', '（记者 王强 通讯员 刘敏）')).toBe(false);
    expect(isNoise('（编辑王强）', '（编辑 王强）')).toBe(false);
  });
});

describe('a long flush line over an indented wire lead, in an indented paper with no blank lines', () => {
  // Made-up, in the layout of an indented page whose blank lines are gone: before, the long headline (over HEAD_MAX) was
  // text of the story above, and the wire story under it a section of that story.
  const page = (headline: string) =>
    [
      '市政协召开主席会议',
      '\u3000\u3000本报讯（记者 张晓）5月20日，市政协召开主席会议，研究部署下半年重点工作。',
      '\u3000\u3000会议强调，要围绕中心工作深入调研，为全市发展多建良言、多献良策。',
      headline,
      '\u3000\u3000据新华社北京5月20日电（记者 李明）国务院新闻办公室20日举行发布会，介绍有关情况。',
      '\u3000\u3000发布会上，有关负责人回答了记者提问。',
    ].join('\n');

  it('is the wire story’s headline, however long', () => {
    const headline = '国务院新闻办公室举行发布会介绍推动高质量发展和扩大高水平对外开放有关情况及下一步工作安排';
    const parsed = parsedWhole(page(headline), 'wire.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['市政协召开主席会议', headline]);
    expect(parsed.articles[1]!.byline).toMatchObject({ agency: '新华社北京', reporters: ['李明'] });
  });

  it('is text when it ends a sentence', () => {
    const sentence = '会议还听取了关于全市重点民生实事项目推进情况和下半年工作安排的汇报，并对相关工作提出了明确要求。';
    const parsed = parsedWhole(page(sentence), 'wire.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['市政协召开主席会议']);
    expect(parsed.articles[0]!.paragraphs.map((p) => p.text).join('')).toContain(sentence);
  });
});

describe('a flush headline set apart by blank lines, under a run of short lines, in an indented paper', () => {
  // Made-up, in the manner of a commentary page: a cartoon's verses and its credit (short lines, half ending no sentence),
  // then the next commentary's headline. Before, the headline was read as one more line of column text run on from the
  // verses, and joined to the credit as text of the story above. (Read as a whole page of this kind reads, indented and not
  // interleaved: on a page this short the verses alone would make it look interleaved.)
  const text = [
    '图片报道',
    '',
    '\u3000\u3000临江市开通夜间公交线路，方便夜班工人和市民出行，已有十条线路运行。',
    '\u3000\u3000这正是：',
    '\u3000\u3000夜色渐深灯火明，',
    '\u3000\u3000公交进站笑相迎。',
    '\u3000\u3000十条线路通南北，',
    '\u3000\u3000夜归不再愁路程。',
    '\u3000\u3000张  三图  李  四文',
    '',
    '',
    '读书让城市更有温度',
    '',
    '\u3000\u3000近日，临江市第十届读书节开幕，全市三百多家书店和图书馆推出上千场活动。',
  ].join('\n');
  const page = (interleaved: boolean) =>
    classifyLines(splitSourceLines(text), new Set(), { profile: { indented: true, gaps: 'between-stories', wrapped: false, interleaved }, wrap: null });

  it('is headline material that opens its story, no column text run on from the verses', () => {
    const headline = page(false).find((l) => l.text === '读书让城市更有温度')!;
    expect(headline).toMatchObject({ kind: 'head', columnFragment: false });
  });

  it('on a page read across its columns, stays among the fragments, where a headline may be read out of place', () => {
    expect(page(true).find((l) => l.text === '读书让城市更有温度')!.columnFragment).toBe(true);
  });
});

describe('a salutation over several lines under a speech’s title, in an indented paper', () => {
  // Made-up, in the manner of a speech printed in full: before, the salutation's first line (`全国同胞们，`, `尊敬的…，`, under
  // the title's date) was read as one more line of the headline block, the 副题's end.
  const speech = (salutation: string[]) =>
    [
      '在临江市建市七十周年纪念大会上的讲话',
      '（2024年5月20日）',
      ...salutation,
      '\u3000\u3000今天，我们隆重集会，纪念临江市建市七十周年。',
      '\u3000\u3000七十年来，全市人民艰苦奋斗，把一座小城建成了现代化的滨江城市。',
      '\u3000\u3000让我们携起手来，为建设更加美好的临江而努力奋斗！',
    ].join('\n');

  it.each([
    [['全国同胞们，', '同志们，朋友们：']],
    [['尊敬的各位来宾、各位友好城市代表，', '尊敬的各国驻华使节，', '女士们，先生们，朋友们：']],
  ])('opens the text, whole: no line of the headline block (%j)', (salutation) => {
    const [article] = parsedWhole(speech(salutation), 'speech.txt').articles;
    expect(article).toMatchObject({ headline: '在临江市建市七十周年纪念大会上的讲话', subheadline: '（2024年5月20日）' });
    expect(article!.paragraphs[0]!.text).toBe(salutation.join(''));
  });
});

describe('a reprint’s posting line after the account’s names', () => {
  const noise = (spaced: string) => isNoise(spaced.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff\d])/g, ''), spaced);
  it('is furniture with 原创 and two names, or one name alone, before the time', () => {
    for (const line of ['原创 青山日报 青山日报 2024-07-08 18:30 发表于湖北', '原创 周敏 青山日报 2024-07-08 18:30', '青山日报 2024-07-08 18:30']) expect(noise(line), line).toBe(true);
    // Two words with no 原创 before a time may be a byline's role and name; a sentence is no posting line.
    expect(noise('记者 张三 2024-07-08 18:30')).toBe(false);
    expect(noise('青山日报于2024-07-08 18:30发布通知')).toBe(false);
  });
  it('gives its time without the names, as a leftover keeps it', () => {
    expect(withoutAccountNames('原创青山日报青山日报2024-07-08 18:30发表于湖北')).toBe('2024-07-08 18:30发表于湖北');
    expect(withoutAccountNames('2024-07-08 18:30')).toBe('2024-07-08 18:30');
  });
});

describe('a call to click and follow the account', () => {
  it('is furniture (`点击上方蓝字关注我们`, `↑点击上方“青山日报”关注我们`, `點擊藍字 關注我們`); a sentence telling of a click is text', () => {
    for (const line of ['点击上方蓝字关注我们', '↑点击上方“青山日报”关注我们', '點擊藍字關注我們', '点击蓝字 关注我们']) expect(isNoise(line), line).toBe(true);
    expect(isNoise('点击关注后，他收到了一条推送消息。')).toBe(false);
  });
});

describe('an account’s staff with a colon', () => {
  it('is furniture (`审核：陈建国`, `监制：林小青`, `終審：王五`), as `编辑：刘小燕` was', () => {
    for (const line of ['审核：陈建国', '審核：陳建國', '监制：林小青', '終審：王五', '校对：李四', '编辑：刘小燕']) expect(isNoise(line), line).toBe(true);
    expect(isNoise('审核：本次申报材料须于6月底前提交。')).toBe(false);
  });
});

