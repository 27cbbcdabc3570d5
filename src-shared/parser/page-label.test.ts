import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { endsInPagePointer } from './line-features';
import { pageNamed, pageOfLine } from './masthead';
import { coverage, parsedWhole } from '../../tests/unit/made-up-text';
import { parseEdition } from './parse-edition';

describe('a page’s label', () => {
  it('names the page as the library does: the sheet’s letter kept, the number in two digits', () => {
    // Before, a lettered label with no 第 (`A2版 综合`) named no page, and `第B05版` was page 05 like `第A05版`.
    expect(['第01版：要闻', '第三版', '05版', 'A2版 综合', 'A02版：要闻', '第B05版：体育'].map(pageOfLine)).toEqual(['01', '03', '05', 'A02', 'A02', 'B05']);
    expect(pageNamed('光明日报 2024年05月20日 第A12版')).toBe('A12');
    // Set about with marks or brackets, as text dumps and web copies print page lines (before: no page, and the line was the
    // next story's headline or kicker).
    expect(['【第01版】', '==第01版==', '——第02版——', '[第03版]', '■第02版', '（第二版）', '第02版(要闻)', '【第A05版：社会】'].map(pageOfLine)).toEqual(['01', '01', '02', '03', '02', '02', '02', 'A05']);
    expect(pageOfLine('（本报记者 张晓）')).toBeNull();
    // A sentence that names a page is no page line.
    expect(pageOfLine('A股三季度成交额创新高')).toBeNull();
  });

  it.each([
    ['要闻·A01', 'A01'],
    ['要闻 | A01', 'A01'],
    ['A01', 'A01'],
    ['A01 要闻', 'A01'],
    ['B2 财经', 'B02'],
  ])('reads the page label %s under the masthead as the page %s, not the first story’s section or kicker', (label, page) => {
    // Made-up: before, `要闻·A01` was the first story's section and `A01` alone its kicker; the page was unknown.
    const text = ['江南都市报', '2024年10月8日 星期二', label, '', '国庆假期全市接待游客超500万人次', '', '本报讯（记者 张晓）国庆假期，全市各大景区迎来客流高峰。'].join('\n');
    const parsed = parsedWhole(text, 'x.txt');
    expect(parsed.page).toBe(page);
    expect(parsed.articles.map((a) => [a.section, a.kicker, a.headline])).toEqual([[null, null, '国庆假期全市接待游客超500万人次']]);
  });

  it('joins each story cut on a sheet with its rest on that sheet, where two sheets’ pages share their numbers', () => {
    // Made-up: one file of four pages of a metro paper. A01's story and B01's both jump to a page 03 of their sheet, and B03
    // comes first. Before, A01 and B01 were both page 01: A01's story took the first rest from a page 01, B03's.
    const text = [
      '江南都市报',
      '2024年10月8日 星期二',
      'A01版：要闻',
      '',
      '全市重点项目三季度投资完成过半',
      '',
      '本报讯（记者 张晓）记者从市发改委获悉，今年全市重点项目三季度累计完成投资过半，（下转A03版）',
      '',
      'B01版：体育',
      '',
      '市运会篮球赛昨日开幕',
      '',
      '本报讯（记者 李明）第十届市运会篮球比赛昨日在市体育中心开幕，（下转B03版）',
      '',
      'B03版：体育',
      '',
      '（上接B01版）来自全市的二十四支队伍参赛，比赛将持续十天。',
      '',
      'A03版：要闻',
      '',
      '（上接A01版）其中交通项目完成投资的七成，年内将有八个项目建成通车。',
    ].join('\n');
    const parsed = parsedWhole(text, 'a01.txt');
    expect(parsed.page).toBe('A01');
    expect(parsed.articles.map((a) => [a.headline, a.paragraphs.map((p) => p.text).join('')])).toEqual([
      ['全市重点项目三季度投资完成过半', '记者从市发改委获悉，今年全市重点项目三季度累计完成投资过半，其中交通项目完成投资的七成，年内将有八个项目建成通车。'],
      ['市运会篮球赛昨日开幕', '第十届市运会篮球比赛昨日在市体育中心开幕，来自全市的二十四支队伍参赛，比赛将持续十天。'],
    ]);
  });

  it('still joins a rest to its cut where the file names no page the rest stands on', () => {
    // Made-up: a page 1 file whose rests follow with no page line: the rest's page is not known, the page it names is.
    const text = ['临江日报', '2024年5月20日 星期一', '第1版', '', '城区新建三座口袋公园', '', '本报讯（记者 王芳）今年以来，城区新建三座口袋公园，（下转第2版）', '', '（上接第1版）市民在家门口就能休闲健身。'].join('\n');
    const parsed = parsedWhole(text, 'p1.txt');
    expect(parsed.articles.map((a) => a.paragraphs.map((p) => p.text).join(''))).toEqual(['今年以来，城区新建三座口袋公园，市民在家门口就能休闲健身。']);
  });

  it('ends a front page’s summary at the pointer to its full report’s page, so the next headline opens the next story', () => {
    // Made-up front page of a metro paper. Before, `详见A05版` and `>>>B01` ended no sentence: the next story's headline and
    // text ran on in the summary above.
    const text = [
      '江南都市报', '2024年10月8日 星期二', 'A01版：要闻', '',
      '城区新建三座口袋公园', '', '今年以来，城区新建三座口袋公园，市民在家门口就能休闲健身。详见A05版', '',
      '市运会篮球赛昨日开幕', '', '第十届市运会篮球比赛昨日在市体育中心开幕，来自全市的二十四支队伍参赛。>>>B01', '',
      '秋粮收购全面启动', '', '全市秋粮收购工作日前全面启动，首批订单粮款已兑付到农户手中。',
    ].join('\n');
    const parsed = parsedWhole(text, 'x.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['城区新建三座口袋公园', '市运会篮球赛昨日开幕', '秋粮收购全面启动']);
    expect(['（详见A03版）', '詳見第3版', '全文见5版', '>>>B01', '》》A12版'].every(endsInPagePointer)).toBe(true);
    // A sentence that names a page, and a date, close on no pointer.
    expect(['本报第3版', '记者从A股市场获悉', '预计见效要到2025'].some(endsInPagePointer)).toBe(false);
  });

  it('reads a later page’s lettered label with no 版 (A3 焦點) as that page’s, where the masthead names a lettered page', () => {
    // Made-up Taiwan page in Big5: the lead story jumps (轉A3) to page A3, whose label has no 版. Before, `A3 焦點` was the
    // headline of the story's rest, which then stood apart as a story of its own, on page A1.
    const page = [
      '聯合報', '中華民國113年10月8日 星期二', 'A1 要聞', '',
      '立院三讀通過綠能條例修正案', '',
      '【記者陳美玲／台北報導】立法院昨天三讀通過再生能源發展條例修正案，明定再生能源發電占比須達三成，（轉A3）', '',
      '颱風山陀兒逼近 南部嚴防豪雨', '',
      '【記者林志明／高雄報導】中度颱風山陀兒持續向台灣接近，南部地區今明兩天將有豪雨。', '',
      'A3 焦點', '',
      '（接A1）並要求新建建築設置太陽光電設施。經濟部表示，將加速推動離岸風電與地熱發電。',
    ].join('\n');
    const parsed = parseEdition(new Uint8Array(iconv.encode(page, 'big5')), 'udn-a1.txt');
    expect(parsed.source.encoding).toBe('big5');
    expect(coverage(parsed, page)).toEqual({ missing: [], twice: [] });
    expect(parsed.articles.map((a) => [a.headline, a.page, a.paragraphs.map((p) => p.text).join('')])).toEqual([
      ['立院三讀通過綠能條例修正案', 'A01', '立法院昨天三讀通過再生能源發展條例修正案，明定再生能源發電占比須達三成，並要求新建建築設置太陽光電設施。經濟部表示，將加速推動離岸風電與地熱發電。'],
      ['颱風山陀兒逼近 南部嚴防豪雨', 'A01', '中度颱風山陀兒持續向台灣接近，南部地區今明兩天將有豪雨。'],
    ]);
    expect(parsed.leftovers.filter((l) => l.reason === 'masthead').map((l) => l.text)).toContain('A3焦點');
  });

  it('reads such a line as a headline where the masthead names another page', () => {
    // Before, `G20 峰会` right under the masthead was read as a lettered page's label too, though `第3版` named the page.
    const text = ['临江日报', '2024年10月8日 星期二', '第3版', '', 'G20 峰会', '', '本报讯（记者 张晓）二十国集团领导人峰会昨日开幕。'].join('\n');
    const parsed = parsedWhole(text, 'x.txt');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['G20峰会']);
  });
});

describe('a lettered page label with its section after a bar', () => {
  it('is the page (`A08｜港聞`, `A08 | 港聞`), as the section first was, not the first story’s kicker', () => {
    // Made-up, as Hong Kong's papers print a page's label under the masthead.
    for (const label of ['A08｜港聞', 'A08 | 港聞', 'A08／港聞']) {
      const page = ['港島日報', '2024年6月12日', label, '', '梅林港擴建案 環評過關', '〔記者王小明／梅林報導〕梅林港第三期擴建計畫昨天通過環境影響評估審查。', '港務公司指出，擴建工程總經費約四百五十億元。'].join('\n');
      const e = parsedWhole(page, 'x.txt');
      // Before: no page was read, and the label was the story's kicker.
      expect([label, e.page, e.articles.map((a) => [a.kicker ?? null, a.headline])]).toEqual([label, 'A08', [[null, '梅林港擴建案 環評過關']]]);
    }
  });
});

describe('a page’s header with its staff, the section first or set off by bars', () => {
  it('is the masthead’s, naming the page (`港聞 A08 責任編輯：…`, `A08｜港聞｜責任編輯：…`)', () => {
    // Made-up, as Hong Kong's papers print a page's header.
    for (const header of ['港聞 A08 責任編輯：王小明 美術編輯：陳大文', 'A08｜港聞｜責任編輯：王小明', 'A08 港聞｜責任編輯：王小明']) {
      const page = ['港島日報', '2024年6月12日', header, '', '梅林港擴建案 環評過關', '〔記者王小明／梅林報導〕梅林港第三期擴建計畫昨天通過環境影響評估審查。', '港務公司指出，擴建工程總經費約四百五十億元。'].join('\n');
      const e = parsedWhole(page, 'x.txt');
      // Before: no page was read, and the header was the story's headline or kicker.
      expect([header, e.page, e.articles.map((a) => [a.kicker ?? null, a.headline])]).toEqual([header, 'A08', [[null, '梅林港擴建案 環評過關']]]);
    }
  });
});

describe('a page’s header naming its 主編', () => {
  it('is the masthead’s, naming the page (`A3 焦點新聞 主編：王小明`)', () => {
    // Made-up, as Taiwan's papers name a page's chief editor in its header.
    const page = ['中和時報', '2024年6月12日', 'A3 焦點新聞 主編：王小明', '', '梅林港擴建案 環評過關', '〔記者王小明／梅林報導〕梅林港第三期擴建計畫昨天通過環境影響評估審查。', '港務公司指出，擴建工程總經費約四百五十億元。'].join('\n');
    const e = parsedWhole(page, 'x.txt');
    // Before: no page was read, and the header was the story's section.
    expect([e.page, e.articles.map((a) => [a.section ?? null, a.kicker ?? null, a.headline])]).toEqual(['A03', [[null, null, '梅林港擴建案 環評過關']]]);
  });
});

describe('a one-line masthead dated as Taiwan’s papers date a page', () => {
  it('names the paper (`自由時報 113.06.12`, `自由時報 2024.06.12（三）`), as `光明日报 2024年05月20日` does', () => {
    for (const masthead of ['中和時報 113.06.12', '中和時報 2024.06.12（三）', '中和時報 113.06.12（三）']) {
      const page = [masthead, '', '梅林港擴建案 環評過關', '〔記者王小明／梅林報導〕梅林港第三期擴建計畫昨天通過環境影響評估審查。', '港務公司指出，擴建工程總經費約四百五十億元。'].join('\n');
      const e = parsedWhole(page, 'x.txt');
      // Before: the date was read, the paper not.
      expect([masthead, e.paper, e.date]).toEqual([masthead, '中和時報', '2024-06-12']);
    }
  });
});
