import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineShapes } from './classify-lines';
import { FEATURE_NAMES, FIELD, featureVector, headlineShaped, holdsCaseNumber, isCompleteField, isLabelValue, type LineFeatures, lineFeatures, PHRASED, readFeatures, UNSCORED } from './line-features';
import { SENTENCE_END, visibleLength } from './text-lines';
import { withoutColumnTag } from './vocabulary';
import { measureLayout } from './layout-profile';
import { splitSourceLines } from './text-lines';

/** The feature tables of made-up text, keyed by each line's opening. */
function featuresOf(text: string) {
  const lines = splitSourceLines(text);
  const { profile, figures } = measureLayout(lines, new Set());
  const layout = { profile, wrap: null, medianLength: figures.medianLength, usualGap: figures.usualGap };
  const shaped = lineShapes(lines, new Set(), layout);
  const features = lineFeatures(shaped, { profile, medianLength: figures.medianLength, usualGap: figures.usualGap });
  return (start: string) => {
    const i = shaped.findIndex((l) => l.text.startsWith(start));
    if (i < 0) throw new Error(`no line starts with ${start}`);
    return features[i]!;
  };
}

describe('headlineShaped', () => {
  it('takes short unpunctuated lines and a headline closed by a column tag, in simplified and traditional', () => {
    expect(headlineShaped('山村小学有了新书屋', '山村小学有了新书屋')).toBe(true);
    expect(headlineShaped('山村小學有了新書屋', '山村小學有了新書屋')).toBe(true);
    expect(headlineShaped('老街改造留住烟火气（人民时评）', '老街改造留住烟火气（人民时评）')).toBe(true);
    expect(headlineShaped('老街改造留住煙火氣〔人民時評〕', '老街改造留住煙火氣〔人民時評〕')).toBe(true);
  });

  it('refuses sentences, lines cut on a joining word and field lines', () => {
    expect(headlineShaped('书屋由村民自己动手改造。', '书屋由村民自己动手改造。')).toBe(false);
    expect(headlineShaped('孩子们沉浸在读书的快乐与', '孩子们沉浸在读书的快乐与')).toBe(false);
    expect(headlineShaped('孩子們沉浸在讀書的快樂與', '孩子們沉浸在讀書的快樂與')).toBe(false);
    expect(headlineShaped('值班电话:0731-1234567', '值班电话:0731-1234567')).toBe(false);
  });

  it('refuses a line that opens a title or a quotation and does not close it: its sentence goes on (OCR spaces or not)', () => {
    const cut = '化学领域国际顶尖学 术期刊《Chemical Society Reviews》近日刊发了题为《钠 离子电池高性能层状';
    expect(headlineShaped(cut.replace(/ (?=[\u4e00-\u9fff])/g, ''), cut)).toBe(false);
    expect(headlineShaped('他说“我们一定要', '他说“我们一定要')).toBe(false);
    // (Closed, a title is a headline's: `《长安三万里》热映`.)
    expect(headlineShaped('《长安三万里》热映', '《长安三万里》热映')).toBe(true);
  });
});

describe('lineFeatures on made-up text', () => {
  it('gives every line a value for every named feature', () => {
    const f = featuresOf('山村小学有了新书屋\n\n本报讯（记者李明）村里的小学今天有了一间新书屋。');
    expect(Object.keys(f('山村小学')).sort()).toEqual([...FEATURE_NAMES].sort());
  });

  const FLUSH = [
    '老街改造留住烟火气',
    '本报讯（记者赵兰）城南老街的改造今天完工，青石板路重新铺好，老店铺的招牌也换了新漆。',
    '老店铺换新颜',
    '改造保留了老店铺原来的门脸，只把电线和水管埋进了地下，老街的样子没有变。',
    '江心岛上建起观鸟站',
    '江心岛上建起的观鸟站今天迎来第一批游客，站里的望远镜可以看清对岸的白鹭。',
    '周末的早市也搬回了老街，每天清晨六点开市，附近几个村子的农户都来卖菜，卖菜的摊位',
    '比以前整齐',
    '了许多，买菜的人也多了起来。',
  ].join('\n\n');

  it('reads a headline over a byline, a subhead in the running story’s words, and a new story echoed by its lead', () => {
    const f = featuresOf(FLUSH);
    expect(f('老街改造').bylineFollows).toBe(1);
    expect(f('老街改造').headMaterial).toBe(1);
    expect(f('老店铺换新颜')).toMatchObject({ loneInStory: 1, sharesStoryVocabulary: 1, echoedByNextLead: 0 });
    expect(f('江心岛上')).toMatchObject({ loneInStory: 1, sharesStoryVocabulary: 0, echoedByNextLead: 1 });
    expect(f('本报讯').headMaterial).toBe(0);
  });

  it('reads a short line with a clause comma lone in a story as a paragraph OCR broke, an OCR space in it or not', () => {
    const text = ['老街改造留住烟火气', '本报讯（记者赵兰）城南老街的改造今天完工，青石板路重新铺好。', '活动中，志愿者们向 孩子们讲防', '溺水安全小故事，组织孩子们观看警示教育视频。'].join('\n\n');
    // (Before: the space, taken for a headline's phrase spacing, kept the line from counting as a broken paragraph.)
    expect(featuresOf(text)('活动中').commaLoneInStory).toBe(1);
  });

  it('reads the short line under text that stops mid-sentence as the paragraph’s tail', () => {
    const f = featuresOf(FLUSH);
    expect(f('比以前整齐')).toMatchObject({ headMaterial: 1, tailOfUnfinishedParagraph: 1 });
    expect(f('江心岛上').tailOfUnfinishedParagraph).toBe(0);
  });

  it('the same in traditional characters', () => {
    const f = featuresOf(
      ['老街改造留住煙火氣', '本報訊（記者趙蘭）城南老街的改造今天完工，青石板路重新鋪好，老店鋪的招牌也換了新漆。', '老店鋪換新顏', '改造保留了老店鋪原來的門臉，只把電線和水管埋進了地下，老街的樣子沒有變。'].join('\n\n'),
    );
    expect(f('老街改造').bylineFollows).toBe(1);
    expect(f('老店鋪換新顏')).toMatchObject({ loneInStory: 1, sharesStoryVocabulary: 1 });
  });

  it('in an indented layout: a short indented line has a subhead’s typography, a flush line set apart a headline’s place', () => {
    const f = featuresOf(
      [
        '违规登山，停！（美丽中国）',
        '',
        '\u3000\u3000本报拉萨3月2日电（记者周清）雪山下的管理站今天发布公告，未经批准的登山活动一律停止。',
        '\u3000\u3000管理站讲清缘故',
        '\u3000\u3000雪山生态脆弱，垃圾清运困难，去年清出的垃圾有好几吨。',
        '\u3000\u3000公告发布后，当地向导纷纷表示支持，旅行社也调整了线路。',
      ].join('\n'),
    );
    expect(f('违规登山')).toMatchObject({ flushSetApart: 1, headlineShaped: 0, columnTag: 1, pageOpening: 1 });
    expect(f('管理站讲清缘故')).toMatchObject({ shortIndentedShaped: 1, flushSetApart: 0 });
    expect(f('雪山生态').shortIndentedShaped).toBe(0);
  });
});

describe('featureVector', () => {
  it('lists every feature in FEATURE_NAMES order', () => {
    const features = Object.fromEntries(FEATURE_NAMES.map((name, k) => [name, k + 1])) as LineFeatures;
    expect(featureVector(features)).toEqual(FEATURE_NAMES.map((_, k) => k + 1));
  });
});

describe('the character tests read before a pattern', () => {
  /** headlineShaped as it read with patterns only: the model its character tests must match. */
  function headlineShapedModel(fullText: string, fullSpaced: string): boolean {
    if (/^\s*(?:https?:\/\/|www\.)\S+\s*$/.test(fullText)) return false;
    const text = withoutColumnTag(fullText);
    const spaced = text === fullText ? fullSpaced : withoutColumnTag(fullSpaced);
    if (text === '') return false;
    if (SENTENCE_END.test(text) || /[，,、:：]$/.test(text) || /[。！？；]/.test(text)) return false;
    if (/[:：]\s*[\d（(A-Za-z]/.test(text)) return false;
    const n = visibleLength(text, 61);
    if (/[的与與和及对對将將把被从從向于於而并並但或由让讓之其]$/.test(text) && n >= 6) return false;
    if (n <= 32) return true;
    return n <= 60 && PHRASED.test(spaced) && !/[,，]/.test(text);
  }
  const CHARS = ['市', '的', '与', ':', '：', '，', '、', '。', '1', 'a', 'h', 'w', 'www.', 'http://', ' ', '（', '）', '时评', '𠀋'];

  it('headline shape, a field line and a label and value read as their patterns do', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(headlineShaped(text, text)).toBe(headlineShapedModel(text, text));
        expect(FIELD.test(text)).toBe(/^[^，。,、；;:：\s]{2,10}[:：]\s*\S/.test(text));
        expect(isLabelValue(text)).toBe(/^[^，。,]{1,12}[:：]\S/.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('readFeatures with lines left unscored', () => {
  const seedsDir = join(__dirname, '../../seeds');
  it('reads every scored line’s features as a full read does (its story vocabulary too); the others are UNSCORED', () => {
    let sharing = 0;
    for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
      const lines = splitSourceLines(readFileSync(join(seedsDir, file), 'utf8'));
      const { profile, figures } = measureLayout(lines, new Set());
      const shaped = lineShapes(lines, new Set(), { profile, wrap: null, medianLength: figures.medianLength, usualGap: figures.usualGap });
      const stats = { profile, medianLength: figures.medianLength, usualGap: figures.usualGap };
      const full = readFeatures(shaped, stats).features;
      // Every third line unscored: among them headline material, whose words the running story still takes.
      const partial = readFeatures(shaped, stats, (i) => i % 3 !== 1).features;
      expect(full.filter((f, i) => i % 3 === 1 && f.headMaterial === 1).length).toBeGreaterThan(0);
      partial.forEach((f, i) => expect(f).toEqual(i % 3 === 1 ? UNSCORED : full[i]));
      sharing += partial.filter((f) => f.sharesStoryVocabulary === 1).length;
    }
    // (The vocabulary features are among those compared: some scored line speaks its story's words.)
    expect(sharing).toBeGreaterThan(0);
  });
});

describe('a court’s case number', () => {
  it('makes its line a field of the report (`【案号】（2024）苏0102刑初345号`), never headline-shaped, complete in itself', () => {
    for (const line of ['【案号】（2024）苏0102刑初345号', '（2023）京01民终88号', '〔案號〕(2024)最高法知民终12號']) {
      expect(holdsCaseNumber(line), line).toBe(true);
      expect(headlineShaped(line, line), line).toBe(false);
      expect(isCompleteField(line), line).toBe(true);
    }
    // A headline with a year in brackets and a number is no case number.
    expect(holdsCaseNumber('（2024）全市第3号台风应对')).toBe(false);
    expect(headlineShaped('2024年第3号台风过境', '2024年第3号台风过境')).toBe(true);
  });
});
