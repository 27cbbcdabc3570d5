import { pageName } from '../model/page-name';
import type { Byline, ContinuationRef, LayoutProfile } from '../model/edition';
import { gapsBefore } from './layout-profile';
import { type BylineMatch, endsCaption, isPhotoCreditLine, matchAuthorLine, matchLeadByline, matchStandaloneByline, matchUnnamedCredit, matchWordsAndPhotoCredit } from './byline';
import { unwrapLines, type Wrap } from './wrap-width';
import { withHeadlinesBeforeLeadsApart } from './headline-before-lead';
import { isFolio, isPageHeader, isPublisherLine, pageOfLine, runningHead, sourceCitation } from './masthead';
import { headerClosedUp, tableLines } from './table-rows';
import { anyForm, CONTENTS_LABELS, DATE_ALONE, EDITORS_NOTE, EMAIL_ADDRESS, EMAIL_ALONE, HEAD_ROLE_LABEL, IMPRINT_FIELDS, AFTERWORD, isAddressLine, isSalutation, isSurnamedName, KICKER_CLOSING, KICKER_CLOSING_ENDS, LETTER_COLUMN_WORDS, LETTER_SIGNATURE, numberValue, PUBLISHER_FIELDS, SIGNED_OFF, simplifiedForm, WEB_FURNITURE, WEB_FURNITURE_OPENINGS, WEB_POSTED_LINE, withoutColumnTag, SERVICE_BOX, PAPER_SUFFIX } from './vocabulary';
import { closeCjkSpaces, firstVisibleUnit, isJsSpace, isSingleHan, lastVisibleUnit, SENTENCE_END, type SourceLine, unitsOf, visibleLength, withAsciiDigits } from './text-lines';
import { endsInColon, endsInField, endsInPagePointer, isBookDetails, isBulletSubhead, isPagePointerAlone, endsMidPhrase, FIELD, type FileStatistics, HEAD_MAX, headlineShaped, isCompleteField, shapeOf } from './line-features';
import { applyLabels, type LabellerWeights, labelLines, type LineLabel } from './line-labeller';
import { LABELLER_WEIGHTS } from './labeller-weights';

export type LineKind = 'head' | 'body' | 'lead-byline' | 'byline' | 'author' | 'noise' | 'continued-to' | 'continued-from';

/** One logical line: usually one source line, two when a byline's parenthesis spans a line break. */
export interface ClassifiedLine {
  kind: LineKind;
  text: string;
  /** The text with OCR spacing kept: headline phrases are separated by spaces. */
  spaced: string;
  lines: number[];
  indented: boolean;
  /** Blank lines between this line and the content line before it. */
  gapBefore: number;
  /** In an indented layout, a short indented line that reads like a headline: a subhead of the running story, never a new story's headline. */
  subheadLike?: boolean;
  /** Part of a run of narrow, unpunctuated lines: multi-column OCR read across columns. */
  columnFragment: boolean;
  /** As long as the file's hard-wrap width: the line was cut by the wrap, its paragraph goes on. */
  full: boolean;
  /** A headline line printed inside column-interleaved text, away from its story's byline. */
  floatingHead?: boolean;
  byline?: Byline;
  author?: string;
  /** For lead bylines: the lead text after the byline. */
  rest?: string;
  continuation?: ContinuationRef;
  /** A line of a label-value list set against others (`值班电话:…`): text, even when short. */
  inFieldList?: boolean;
  /** The label the line labeller picked (line-labeller.ts). */
  label?: LineLabel;
  /** Text that closes its paragraph whatever its last character (`——摘自…` signing the text above). */
  endsParagraph?: boolean;
  /** A photo credit on a line of its own (`本报记者 张三 摄`): the end of a caption, text whatever the labeller would read. */
  photoCredit?: boolean;
  /** Headline material right under a photo credit on a line of its own: the photo story ended, a new story's headline. */
  headAfterCredit?: boolean;
  /** `headlineShaped(text, spaced)`, once read (the shapes and the features both ask). */
  shaped?: boolean;
  /** A row of a table set in the text (table-rows.ts), its header or its source note: a paragraph of its own, cells kept apart. */
  tableRow?: boolean;
  /** A document's signature under its text: its date alone (`2024年5月20日`) and who issued it above that. */
  signature?: boolean;
  /** A channel's name over its rows in a listings box (`湘江频道` / `18:00 湘江新闻`): the box's subhead (`markListingChannels`). */
  channel?: boolean;
  /** An editor's note (`编者按：…`): text whatever its shape, never a headline. */
  editorsNote?: boolean;
  /**
   * A headline with its byline set beside it on one line (`全市召开经济工作会议   本报记者 张三`, `春天的歌\u3000□ 王小二`): `text` is the
   * headline, this the byline line after the wide space (the segmenter reads it as a line of its own).
   */
  bylineBeside?: { text: string; byline: Byline | undefined; author: string | undefined };
  /** The headline of a lead printed on its line (`headline-before-lead.ts`): headline material whatever its shape. */
  headOfLead?: boolean;
  /** A noise line that is OCR's second reading of the line above it (`isDoubledLine`): left over as a duplicate. */
  doubled?: boolean;
}

/**
 * The longest flush line that an indented layout reads as headline material when it is set apart by a blank
 * line or stands under another head line: a 副题 can run to a long sentence (`习近平：中方支持…，赞赏…`).
 */
const HEAD_LINE_MAX = 100;
/** The longest a short indented line runs (a data box's figure, a subhead): complete in itself where nothing wraps the text. */
const SHORT_INDENTED_MAX = 24;
/**
 * Calls to scan a code (`扫码关注…`, `长按识别二维码`, `观看视频，请用手机扫描二维码`): furniture wherever they stand in the line, unless
 * the line is a statement (`closesStatement`: `市民只需扫码即可完成预约。`).
 */
const SCAN_CALL = /扫一扫|扫码|二维码|长按识别/u;
/**
 * A call to follow an account (`关注本报微信公众号`, `欢迎关注…客户端`): furniture where it opens the line, as a call does; a story's
 * sentence that tells readers of an account (`市民可关注“南岭公交”微信公众号查询实时信息。`) has its subject first.
 */
const FOLLOW_CALL = /关注.{0,8}(?:公众号|微信|客户端|抖音|视频号)/u;
/**
 * A call to click and follow the account, as a WeChat reprint opens (`点击上方蓝字关注我们`, `↑点击上方“青山日报”关注我们`, `點擊藍字
 * 關注我們`): 点击 opens it, 关注 comes within fifteen characters. (A sentence telling of a click, `点击关注后，他收到了…。`, closes
 * with a full stop: `closesStatement`.)
 */
const CLICK_TO_FOLLOW = /^(?:[↑⬆👆]\uFE0F?\s*)?(?:点击|點擊).{0,14}?(?:关注|關注)/u;
/**
 * A call to read the original or more, closing an account's reprint (`点击阅读原文，查看更多精彩内容`, `阅读原文`): furniture where
 * it opens the line and the line is no statement (`closesStatement`: `了解更多情况后，记者决定再去一趟。`). (Told by one search for
 * 原文 or 更多 first.)
 */
const READ_MORE_CALL = /^(?:[▼↓👇]\s*)?(?:点击|點擊)?\s*(?:阅读原文|閱讀原文|查看原文|了解更多|查看更多)/u;
/**
 * An account's staff under its reprint, each role and a bar before the name (`编辑 | 张三`, `审核｜李四`, `监制 | 王五`), as
 * WeChat accounts sign: furniture, as a website's editor is.
 */
const ACCOUNT_STAFF = /^(?:编辑|編輯|责编|責編|审核|審核|校对|校對|监制|監製|统筹|統籌|排版|美编|美編|终审|終審|值班编辑|值班編輯)\s*[|｜丨]\s*[\u4e00-\u9fff·\s、]{2,24}$/u;
/** Where a call to follow opens, at the latest: `关注…`, `请关注…`, `欢迎关注…`, `敬请关注…`. */
const FOLLOW_CALL_OPENING_MAX = 2;
/** What may follow a sentence's full stop at the line's end: closing quotes and brackets, spaces. */
const AFTER_FULL_STOP = unitsOf('”’"』」）) \u3000');
/**
 * The line closes with a full stop, closing quotes after it or not: a statement, a story's sentence. A call to the reader
 * (`扫码关注我们`, `点击阅读原文，查看更多精彩内容`) closes on its last word or an exclamation; a sentence that tells of scanning or
 * reading (`无论是扫码购物还是溯源系统，背后都有数据技术的支持。`, `阅读原文后，他有了新的想法。`) with a full stop. Read back
 * from the last character.
 */
function closesStatement(text: string): boolean {
  let end = text.length;
  while (end > 0 && AFTER_FULL_STOP.has(text.charCodeAt(end - 1))) end--;
  return text[end - 1] === '。';
}
/** A line of marks and symbols only (`※※※`, `———`). */
const MARKS_ONLY = /^[\s\p{P}\p{S}_]+$|^[-—_=*·.。、]{3,}$/u;
/** Where an export left a picture out (`（图片）`, `[图]`, `【视频】`): it marks the place, and says nothing a reader reads. */
const PICTURE_PLACEHOLDER = /^\s*[[［【（(〔]\s*(?:图片|圖片|图|圖|照片|插图|插圖|视频|視頻)\s*[\]］】）)〕]\s*$/;
/** A call to scan a code, to follow an account or to read on (`SCAN_CALL`, `FOLLOW_CALL`, `READ_MORE_CALL`). */
function isCallToReader(text: string): boolean {
  if ((text.includes('扫') || text.includes('码') || text.includes('长按')) && SCAN_CALL.test(text) && !closesStatement(text)) return true;
  if (text.includes('关注') && (FOLLOW_CALL.exec(text)?.index ?? Infinity) <= FOLLOW_CALL_OPENING_MAX) return true;
  if ((text.includes('点击') || text.includes('點擊')) && CLICK_TO_FOLLOW.test(text) && !closesStatement(text)) return true;
  return (text.includes('原文') || text.includes('更多')) && READ_MORE_CALL.test(text) && !closesStatement(text);
}
/** Marks a clause stops on with its sentence going on past the line's end. */
const CLAUSE_GOES_ON = unitsOf('，,、');
/**
 * A call's words on the line under text that stops on a comma go on with its sentence (`4.想了解更多招聘信息及动态，` /
 * `欢迎关注微信公众号“…”。`, as a notice closes an item): the story's text, no furniture. (Asked only of a line read as noise.)
 */
function callGoesOnFromAbove(text: string, above: ClassifiedLine | undefined): boolean {
  return above !== undefined && above.kind === 'body' && CLAUSE_GOES_ON.has(lastVisibleUnit(above.text)) && isCallToReader(text);
}
/** A line of marks and symbols only, opening with no letter, digit or Chinese character (most lines are told by that). */
function isRule(text: string): boolean {
  const first = text.charCodeAt(0);
  const opensWithWord = (first >= 0x4e00 && first <= 0x9fff) || (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
  return !opensWithWord && MARKS_ONLY.test(text);
}
/** What OCR reads a short vertical rule as, alone on its line: no headline, byline or text is one such character. */
const VERTICAL_RULE_READINGS = 'Il丨｜';

/**
 * Decorative scraps, calls to follow an account, pictures' placeholders. Each pattern is tried only where a character
 * says it can match: a call holds 扫, 码, 关注 or 长按; a line of marks does not open with a Chinese character, a letter or a
 * digit; a placeholder is short and opens with a bracket.
 */
const NOISE = {
  test: (text: string): boolean => {
    if (isCallToReader(text)) return true;
    if ((text.includes('|') || text.includes('｜') || text.includes('丨')) && text.length <= ACCOUNT_STAFF_MAX && ACCOUNT_STAFF.test(text)) return true;
    if (text.length <= 8 && PICTURE_PLACEHOLDER.test(text)) return true;
    if (WEB_FURNITURE_OPENINGS.includes(text[0] ?? ' ') && WEB_FURNITURE.test(text)) return true;
    if (text.length <= EMAIL_ALONE_MAX && text.includes('@') && EMAIL_ALONE.test(text)) return true;
    const first = text.charCodeAt(0);
    if (isPostedAt(text)) return true;
    // (With its label before it: `发布时间：2025-06-03 08:30`.)
    if ((first === 0x53d1 || first === 0x767c || first === 0x66f4) && text.length <= POSTED_AT_MAX && WEB_POSTED_LINE.test(text)) return true;
    // (A short vertical rule between columns, which OCR reads as a letter on a line of its own: `I`, `l`, `丨`.)
    if (text.length === 1 && VERTICAL_RULE_READINGS.includes(text)) return true;
    return isRule(text);
  },
};
/** The longest line read as an account's staff (`ACCOUNT_STAFF`). */
const ACCOUNT_STAFF_MAX = 32;
/** The longest line read as a writer's address alone, as Singapore's papers print it under the byline (`limeiling@zaobao.com.sg`). */
const EMAIL_ALONE_MAX = 64;
/**
 * The time a website posted a story, on a line of its own over its source (`2024-05-21 08:30:15`), the time it was updated after
 * it in brackets or not (`2024/06/12 10:30（6/12 12:15 更新）`, as Taiwan's Central News Agency prints it), or where it was posted
 * from after it (`2025-06-03 18:30 发表于江南`, as a WeChat account's reprint heads a story).
 */
const POSTED_AT = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[（(]\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*更新\s*[）)]|\s*(?:发表于|發表於)\s*[\u4e00-\u9fff]{2,8})?$/;
/** The longest such line: a time, and the time it was updated in brackets. */
const POSTED_AT_MAX = 44;
/** A posting time on a line of its own (`POSTED_AT`), told by its first character and its length before the pattern. */
function isPostedAt(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && text.length <= POSTED_AT_MAX && POSTED_AT.test(text);
}
/**
 * An account's names before the time it posted a reprint, as WeChat heads one, read with the line's spaces: 原创 (its own
 * piece) and up to two names, the writer's and the account's (`原创 青山日报 青山日报 2024-07-08 18:30 发表于湖北`), or the
 * account's name alone (`青山日报 2024-07-08 18:30`). Group 1: 原创; group 2: the names, each closed by its space.
 */
const ACCOUNT_BEFORE_POSTED_AT = /^\s*(原创|原創)?\s*((?:[\u4e00-\u9fffA-Za-z·]{2,16}\s+){1,2})(?=\d{4}[-/.]\d)/;
/** The longest line read as an account's names and its posting time: two names of sixteen, their spaces, and the time. */
const ACCOUNT_POSTED_AT_MAX = POSTED_AT_MAX + 36;
/**
 * A reprint's posting line with the account's names before its time (`ACCOUNT_BEFORE_POSTED_AT`, then `POSTED_AT`): one name
 * alone where 原创 does not open it (two words before a time may be a byline's role and name). Told by a colon (the time's)
 * and the line's length before the pattern.
 */
function isAccountPostingLine(spaced: string): boolean {
  if (spaced.length > ACCOUNT_POSTED_AT_MAX || !spaced.includes(':')) return false;
  const m = ACCOUNT_BEFORE_POSTED_AT.exec(spaced);
  if (!m || (!m[1] && m[2]!.trim().includes(' '))) return false;
  return POSTED_AT.test(spaced.slice(m[0].length).trim());
}
/**
 * A posting line read as furniture without the account's names before its time, as a leftover keeps it (its spaces between
 * words closed up: `原创青山日报青山日报2024-07-08 18:30发表于湖北` → `2024-07-08 18:30发表于湖北`); the line as it was where
 * none opens it.
 */
export function withoutAccountNames(furniture: string): string {
  const first = furniture.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return furniture;
  const names = ACCOUNT_NAMES_RUN.exec(furniture);
  return names ? furniture.slice(names[0].length) : furniture;
}
/** The account's names closed up before a posting time (`原创青山日报青山日报`), as `withoutAccountNames` reads them. */
const ACCOUNT_NAMES_RUN = /^(?:原创|原創)?[\u4e00-\u9fffA-Za-z·]{2,32}(?=\d{4}[-/.]\d)/;
/**
 * The paper's imprint printed at a page's foot (`社址：… 邮编：… 电话：… 定价：…`): two of its fields at least, one of them a
 * publisher's own (an address, a postcode, a price, a printer, a licence or serial number), so a notice's `电话：` is not one.
 */
const IMPRINT_FIELD = new RegExp(`(?:${IMPRINT_FIELDS.map((w) => anyForm(w)).join('|')})\\s*[:：]`, 'g');
const PUBLISHER_FIELD = new RegExp(`^(?:${PUBLISHER_FIELDS.map((w) => anyForm(w)).join('|')})`);

function isImprint(text: string): boolean {
  // (Each field names itself before a colon: a short line with none, most, is told without the patterns.)
  if (text.length <= 40 && (text.includes('：') || text.includes(':')) && (HOTLINE_ALONE.test(text) || SUBMISSIONS_ADDRESS_ALONE.test(text))) return true;
  if (text.length > 160 || !holdsTwoColons(text)) return false;
  const fields = [...text.matchAll(IMPRINT_FIELD)].map((m) => m[0]);
  return fields.length >= 2 && fields.some((field) => PUBLISHER_FIELD.test(field));
}
/** One of the paper's own hotlines alone with its number (`广告热线：0791-88888888`): the imprint's field, set apart on its line. */
/** The paper's own address for readers' pieces alone with it (`投稿邮箱：jcwb@163.com`): the imprint's field too. */
const SUBMISSIONS_ADDRESS_ALONE = new RegExp(`^(?:${PUBLISHER_FIELDS.filter((w) => w.startsWith('投稿')).map((w) => anyForm(w)).join('|')})\\s*[:：]\\s*${EMAIL_ADDRESS}$`);
/**
 * (The paper's name may open it, `东海晚报热线：96111`, `东海晚报新闻热线：…`, as evening papers print theirs at a page's foot, and
 * the number may be a short one of five digits.)
 */
const HOTLINE_ALONE = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{2,8}(?:${PAPER_SUFFIX}))?(?:${[...PUBLISHER_FIELDS.filter((w) => w.endsWith('热线')), '热线'].map((w) => anyForm(w)).join('|')})\\s*[:：]\\s*[\\d\\-－—()（）\\s]{5,24}$`,
);

/**
 * A line of a weather box's forecast, short and with no sentence in it, giving a temperature's range (`多云 18℃～26℃`,
 * `晴 18～26℃`) or a wind's force (`东北风2～3级`): the box's text under its heading (`今日天气`), never a headline, and no
 * mojibake for its ℃ and ～. (A headline names one temperature, `最高气温达38℃`: no range.) Its fields may be parted by
 * commas, each a phrase (`今天：多云转小雨，东南风3级，26℃～31℃`); a sentence's clauses are longer.
 */
const FORECAST = new RegExp(
  `-?\\d{1,2}\\s*(?:℃|°C)?\\s*[～~\\-—至到/]\\s*-?\\d{1,2}\\s*(?:℃|°C)|[东南西北東]{1,2}${anyForm('风')}\\s*\\d(?:\\s*[～~\\-—至到]\\s*\\d)?\\s*${anyForm('级')}`,
);
const FORECAST_MAX = 24;
/** A forecast whose fields commas part: the longest it runs, and the longest a field runs (its day's label with it). */
const FORECAST_FIELDS_MAX = 40;
const FORECAST_FIELD_MAX = 12;
function isForecastLine(text: string): boolean {
  if (text.includes('。') || !ASCII_DIGIT.test(text)) return false;
  // (Both of FORECAST's forms hold a digit 0-9, a range's or a wind's force: a line with none is told by one native scan.)
  if (!text.includes('，') && !text.includes(',')) return text.length <= FORECAST_MAX && FORECAST.test(text);
  return text.length <= FORECAST_FIELDS_MAX && text.split(/[，,]/).every((field) => field.length <= FORECAST_FIELD_MAX) && FORECAST.test(text);
}
const ASCII_DIGIT = /[0-9]/;

/** Every imprint field closes in a colon: a line with fewer than two holds no imprint (most lines; one quick native scan). */
const TWO_COLONS = /[:：][^]*?[:：]/;
const holdsTwoColons = (text: string): boolean => TWO_COLONS.test(text);
/** A page a jump line names: `02`, `A3`, `第２版` in full-width digits, `第二版` in Chinese numerals (older papers). */
const JUMP_PAGE = `([A-Z]?[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})`;
/**
 * `（下转第二版）`, `转4版`, `（紧转A2版）` closing the part of a story a page prints (紧转, as many city and county papers set it:
 * read as a bare 转, it left `（紧` in the text). Group 1: the page; 2: its marker.
 */
const CONTINUED_TO = new RegExp(`[（(]?\\s*(?:下${anyForm('转')}|${anyForm('紧转')}|${anyForm('转')})\\s*(?:第\\s*)?${JUMP_PAGE}\\s*版\\s*([①-⑳]?)\\s*[）)]?\\s*$`);
/**
 * `（上接第一版）`, `上接第2版①`, `接第二版` opening the rest of a jumped story. (Not where a particle or a comma goes on from
 * 版: `上接第一版的报道说，…` is a sentence about the page.)
 */
const CONTINUED_FROM = new RegExp(`^\\s*[（(]?\\s*(?:${anyForm('上接')}|${anyForm('紧接')}|${anyForm('续')}|接)\\s*(?:第\\s*)?${JUMP_PAGE}\\s*版\\s*([①-⑳]?)\\s*[）)]?(?![的之，,、])`);
/**
 * `接`, `续` opening a line with no bracket are a sentence's verbs as often as a jump's words (`接第一版主编的电话后，…`,
 * `接2版面试通知后…`): a jump's rest only where a space, a marker or the line's end follows its 版, as `接第二版` stands alone or
 * before its text. (`上接`, `紧接` are a jump's words only.) Read on the line with its spaces (`collapsed`).
 */
const BARE_JUMP_WORD_IN_SENTENCE = new RegExp(`^(?:${anyForm('续')}|接)\\s*(?:第\\s*)?${JUMP_PAGE}\\s*版(?![\\s①-⑳]|$)`);
/**
 * Jumps as papers in Hong Kong and Taiwan print them, to a lettered page with no 版, always in brackets: `（轉A3）` at the cut,
 * `（接A1）`, `（續A1）` at the rest. The same groups as the patterns above.
 */
const CONTINUED_TO_LETTERED = new RegExp(`[（(]\\s*(?:下${anyForm('转')}|${anyForm('紧转')}|${anyForm('转')})\\s*([A-Z][0-9０-９]{1,2})\\s*([①-⑳]?)\\s*[）)]\\s*$`);
const CONTINUED_FROM_LETTERED = new RegExp(`^\\s*[（(]\\s*(?:${anyForm('上接')}|${anyForm('续')}|接)\\s*([A-Z][0-9０-９]{1,2})\\s*([①-⑳]?)\\s*[）)]`);

/** A lead-in whose parenthesis the line break cut: `株洲日报讯(全媒体记者/A 通讯` (`…日報訊(` in traditional type). */
const SPLIT_LEAD = new RegExp(`^[\\u4e00-\\u9fff]{1,10}${anyForm('讯')}\\s*[（(]`);
/** What a `下转…` jump can end with, spaces aside: 版, its marker (`①`) or the bracket closing it (`CONTINUED_TO`, `CONTINUED_TO_LETTERED`). */
const JUMP_LAST_UNITS = unitsOf('版）)①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳');

/** What a `上接…` line can open with. */
const JUMP_FROM_OPENINGS = unitsOf('（(上紧緊续續接');

/** A jump's page (`2`, `A3`, `二`), named as the library names pages (`02`, `A03`), and its marker. */
function pageRef(page: string, marker: string): ContinuationRef {
  const digits = withAsciiDigits(page);
  const lettered = /^([A-Z]?)(\d+)$/.exec(digits);
  return { page: lettered ? pageName(Number(lettered[2]), lettered[1]) : pageName(numberValue(page)), marker };
}

/** A character that is CJK, Latin, a digit or common punctuation: the rest, in a line, is mojibake. */
const ORDINARY_CHARACTER = /^[\p{Script=Han}\p{L}\p{N}\s，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!'"()%\-+/~<>]$/u;

/** A UTF-16 unit outside printable ASCII, the CJK ideographs and punctuation, the full-width forms and U+2010–2027: maybe odd. */
const UNUSUAL_UNIT = /[^\x20-\x7e\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027]/;

/** Share of the text's UTF-16 units in characters that are not ordinary. */
export function oddCharacterRatio(text: string): number {
  if (text.length === 0) return 0;
  // Fast path: CJK ideographs, CJK punctuation, full-width forms and printable ASCII are ordinary. (One native scan: every
  // line of a page is asked, most of them long paragraphs of nothing else.)
  if (!UNUSUAL_UNIT.test(text)) return 0;
  // The UTF-16 units the class leaves, counted per character: basic-plane ones from a table the class itself fills.
  const ordinary = ordinaryTable();
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) {
      i++;
      if (!ORDINARY_CHARACTER.test(String.fromCodePoint(c))) odd += 2;
    } else if (ordinary[c] === 0) odd++;
  }
  return odd / text.length;
}

let ordinaryBasicPlane: Uint8Array | null = null;

/** Whether each basic-plane character is ordinary: filled by the class on first use (once per process, a few ms). */
function ordinaryTable(): Uint8Array {
  if (ordinaryBasicPlane) return ordinaryBasicPlane;
  const table = new Uint8Array(0x10000);
  // (Lone surrogates are no character the class holds.)
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && ORDINARY_CHARACTER.test(String.fromCharCode(c))) table[c] = 1;
  return (ordinaryBasicPlane = table);
}

/** Four spaces in a text, anywhere (each `\S*` stops at the next space: linear). */
const FOUR_SPACES = /\s\S*\s\S*\s\S*\s/;

/**
 * OCR of a decorative banner comes out as many scraps of two to four
 * characters separated by spaces (`走基层 找问题 机关行物 热头行物 人名`).
 */
function isScrappedBanner(spaced: string): boolean {
  // Five scraps are parted by four spaces at least (most lines have none: one native scan tells).
  if (!FOUR_SPACES.test(spaced)) return false;
  const chunks = spaced.split(/\s+/).filter(Boolean);
  if (!(chunks.length >= 5 && chunks.every((c) => [...c].length <= 4 && /^[\u4e00-\u9fff]+$/.test(c)))) return false;
  // (A credit spaced word by word is no banner: `本报记者 罗军 文 陈明 摄`. Nor is a family's signature under a notice, each
  // kin's word and name a scrap, closing in its sign-off: `孝子 张国庆 孝女 张国华 泣告`, told by the line's last character first.)
  if ('告启啓上'.includes(spaced[spaced.length - 1]!) && SIGNED_OFF.test(spaced)) return false;
  return !isPhotoCreditLine(spaced) && matchStandaloneByline(spaced) === null;
}

/**
 * A table-of-contents line: a label (`今日导读`), or a headline and the page it is on (`市委常委会召开会议 2版`), the page in
 * brackets or not (`● 全市经济运行稳中向好 （2版）`), or lettered with no 版 (`■城南新建三座口袋公园 A6`).
 */
const CONTENTS_LABEL = new RegExp(`^(?:${CONTENTS_LABELS.map((w) => anyForm(w)).join('|')})$`);
/** The longest a contents label's line is, its spaces counted (`本版标题导航`, `目  录`). */
const CONTENTS_LABEL_MAX = 16;
const CONTENTS_ENTRY = /^[^，。,；;！？!?:：]{4,40}?(?:[\s…·.]+(?:第\s*)?[A-Z]?\d{1,2}\s*版|\s*[（(【［〔]\s*(?:第\s*)?[A-Z]?\d{1,2}\s*版\s*[）)】］〕])$/;
/** An entry with its lettered page after a space and no 版, as a metro paper's front page lists them (`■高温天气持续 注意防暑 A5`). */
const CONTENTS_ENTRY_LETTERED = /^[^，。,；;！？!?:：]{4,40}?[\s…·.]+[A-H]\d{1,2}$/;
const JUMP_AT_END = /[转轉接]\s*(?:第\s*)?[A-Z]?\d{1,2}\s*版\s*[）)】］〕]?$/;
/**
 * An entry with dot leaders to its page, as a gazette's, a magazine's or a supplement's contents print it
 * (`…关于加强夏季安全生产工作的通知…………8`): no clause in it, three ellipses' dots or four points at least (a sentence's `……` is
 * one or two), then the page.
 */
const CONTENTS_ENTRY_LEADERS = /^[^，。,；;！？!?]{4,80}?(?:…{3,}|[·.．・]{4,})\s*\d{1,3}$/;
/** Whether the text ends in a digit, as a contents entry does: told by its last character before the pattern. */
const endsInDigit = (text: string): boolean => {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39;
};
function isContentsLine(text: string): boolean {
  const last = text[text.length - 1] ?? '';
  if (last >= '0' && last <= '9') return CONTENTS_ENTRY_LETTERED.test(text) || CONTENTS_ENTRY_LEADERS.test(text);
  // (A page in brackets closes on 版 and the bracket: `（2版）`.)
  // (The label may be spaced out as a heading is, `目  录`.)
  if (last !== '版' && !(text[text.length - 2] === '版' && '）)】］〕'.includes(last))) return text.length <= CONTENTS_LABEL_MAX && CONTENTS_LABEL.test(text.replace(/\s+/g, ''));
  // (`下转2版`, `（下转第2版）` are jumps, read as such.)
  return CONTENTS_ENTRY.test(text) && !JUMP_AT_END.test(text);
}

const MARKDOWN_IMAGE = /^!\[[^\]]*\]\([^()]*\)$/;

/** A line at least this long, the same as the line above it, is OCR's second reading of one line (a short one may repeat as printed). */
const DOUBLED_LINE_MIN = 16;

/**
 * OCR that reads a line twice (a scan's overlapping strips, a column's foot read again at the next one's top) gives the same
 * long line twice in a row (`本报讯 昨日，城东…就能看病。` twice), set alike: the second is noise, not a paragraph, still
 * less a second story's lead. (A paper that prints a document's title as the headline and again at the head of its text
 * sets the two apart, flush and indented, and a title holds no clause: running text only, set alike, is read so.) Told by the length first; the texts are compared only where the
 * lengths agree.
 */
function isDoubledLine(text: string, indented: boolean, above: { text: string; indented: boolean } | undefined): boolean {
  return text.length >= DOUBLED_LINE_MIN && above !== undefined && above.text.length === text.length && above.indented === indented && above.text === text && (text.includes('，') || text.includes(',') || text.includes('。'));
}

export function isNoise(text: string, spaced = text): boolean {
  // Calls to follow an account and decorative scraps are short; long lines are only checked for mojibake and as an imprint.
  // (A page's header, `A3 要闻 责任编辑：…`, where a file holds several pages.)
  // (A website's note of the paper a story came from, `《光明日报》（2024年05月20日 01版）`.)
  if (sourceCitation(text) || runningHead(spaced)) return true;
  // (A picture's place in a Markdown page, `![](images/p1.jpg)`, as PDF-to-Markdown converters leave it.)
  if (text.startsWith('![') && MARKDOWN_IMAGE.test(text)) return true;
  // (A rule drawn across the column, `------…`, is as long as the column: marks only, whatever its length.)
  // (A contents entry with dot leaders may be long: a document's whole title, `…的通知…………2`.)
  if (text.length > 40) return oddCharacterRatio(text) > 0.3 || isImprint(text) || isPageHeader(spaced) || isRule(text) || (endsInDigit(text) && CONTENTS_ENTRY_LEADERS.test(text));
  // (A page line, `第2版`, `A3版 综合`, where a file holds several pages: page furniture as in the masthead.)
  return NOISE.test(text) || isAccountPostingLine(spaced) || isFolio(text) || pageOfLine(text) !== null || isContentsLine(spaced) || (text.length >= 4 && oddCharacterRatio(text) > 0.3 && !isForecastLine(text)) || isScrappedBanner(spaced) || isImprint(text) || isPageHeader(spaced);
}

/**
 * A head line the layout says opens a story, set apart by blank lines: flush where indents mark paragraphs; where blank lines
 * part stories and nothing else (a flush page, `between-stories`), any but a bulleted or numbered one (a subhead), as
 * `allowedLabels` reads it.
 */
function opensStoryApart(line: ClassifiedLine, profile: LayoutProfile): boolean {
  if (line.kind !== 'head' || line.gapBefore === 0) return false;
  return profile.indented ? !line.indented : profile.gaps === 'between-stories' && !isBulletSubhead(line.text);
}

/**
 * Flags runs of narrow lines that stop mid-sentence: the signature of a
 * multi-column page that OCR read straight across. Headline blocks are at most
 * four short lines, so a run of six or more narrow lines is column text.
 */
function markColumnRuns(lines: ClassifiedLine[], profile: LayoutProfile): void {
  const narrow = lines.map((l) => {
    const n = visibleLength(l.text, 22);
    // (A table's rows are narrow and stop without a sentence's end too: they are no column text. Nor is a head line the layout
    // says opens a story, set apart by blank lines (`opensStoryApart`: flush where indents mark paragraphs, any where blank lines
    // part stories only): a story opens there, whatever ran above it, a poem's or a cartoon's verses and their credit for one. Not on a page read across its columns: there a headline is read among the
    // fragments, out of its place, and `markFloatingHeads` gives it to its story.)
    // (Nor, on a page not read across its columns, a byline line: `本报记者 孙立` under a short headline over a one-sentence
    // story, as a corner of a page sets a few, is a story's, and the short lines about it no column's.)
    return n >= 5 && n <= 22 && l.kind !== 'noise' && !l.tableRow && !l.headOfLead && !/[:：]/.test(l.text) && !(!profile.interleaved && opensStoryApart(l, profile)) && !(!profile.interleaved && (l.kind === 'byline' || l.kind === 'lead-byline'));
  });
  let i = 0;
  while (i < lines.length) {
    if (!narrow[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && narrow[j]) j++;
    const run = lines.slice(i, j);
    const unfinished = run.filter((l) => !SENTENCE_END.test(l.text)).length;
    if (run.length >= 6 && unfinished >= run.length * 0.6) {
      // A headline block right before a byline ends the run: it is a new story, not column text.
      let end = run.length;
      const after = lines[j];
      if (after && (after.kind === 'lead-byline' || after.kind === 'byline')) {
        while (end > 0 && run.length - end < 4 && run[end - 1]!.kind === 'head') end--;
      }
      for (const l of run.slice(0, end)) l.columnFragment = true;
      markFloatingHeads(run.slice(0, end));
    }
    i = j;
  }
}


/**
 * Inside column-interleaved text, a story's headline block is read out of
 * place, among the fragments of the columns. Its lines stand out by being
 * unpunctuated and clearly shorter than the column width the fragments share;
 * a line between two such lines belongs to the same block (a long main
 * headline between a kicker and a subheadline).
 */
function markFloatingHeads(run: ClassifiedLine[]): void {
  const lengths = run.map((l) => visibleLength(l.text)).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const headish = (l: ClassifiedLine) => l.kind === 'head' && !/[、]/.test(l.text) && !/^\p{P}/u.test(l.text) && !/[，,]$/.test(l.text);
  const short = run.map((l) => headish(l) && visibleLength(l.text) <= median * 0.75);
  run.forEach((line, k) => {
    const sandwiched = k > 0 && k + 1 < run.length && short[k - 1]! && short[k + 1]! && headish(line);
    if (short[k] || sandwiched) line.floatingHead = true;
  });
}

/** The fewest characters of text a drop cap opens: a paragraph's line, not a headline's or a table's cell. */
const DROP_CAP_TEXT_MIN = 12;
/** The numerals an essay numbers its parts with, each alone on its line. */
const SECTION_NUMERALS = '一二三四五六七八九十';

/**
 * Whether a line of one character stands where a drop cap does: under a headline or a byline (or first), over a paragraph's line.
 * (Not a numeral: `一` alone over an essay's text numbers its first part.)
 */
function opensTextUnderHead(cap: string, above: ClassifiedLine | undefined, next: { text: string }): boolean {
  if (SECTION_NUMERALS.includes(cap)) return false;
  if (above !== undefined && above.kind !== 'head' && above.kind !== 'byline' && above.kind !== 'author') return false;
  return isSingleHan(next.text[0] ?? '') && visibleLength(next.text, DROP_CAP_TEXT_MIN) >= DROP_CAP_TEXT_MIN && /[，。,；！？]/.test(next.text);
}

/** The shortest line of text a folio may stand between: a paragraph's, not a table's cell or a figure's label. */
const FOLIO_TEXT_MIN = 20;

/**
 * A page's number alone on its line in the middle of a sentence (`…同比增加` / `3` / `15%。…`), where a PDF's page broke: the
 * page's furniture, never the sentence's words (read into it, `增加315%`). Told by the text around it: a long line stopping
 * mid-sentence above, a long line below that goes on with it.
 */
function isFolioInSentence(text: string, above: ClassifiedLine | undefined, below: { text: string; indented: boolean } | undefined, indentedLayout: boolean): boolean {
  if (text.length > 3 || !/^\d+$/.test(text) || !above || !below || (above.kind !== 'body' && above.kind !== 'lead-byline')) return false;
  // (Where indents open paragraphs, an indented line below opens one: the number was a figure's, over its own line of text.)
  if (indentedLayout && below.indented) return false;
  const aboveText = above.kind === 'lead-byline' ? (above.rest ?? '') : above.text;
  return visibleLength(aboveText, FOLIO_TEXT_MIN) >= FOLIO_TEXT_MIN && !SENTENCE_END.test(aboveText) && visibleLength(below.text, FOLIO_TEXT_MIN) >= FOLIO_TEXT_MIN;
}

/**
 * A headline that asks or exclaims before its last words (`夏日夜游去哪儿？这份攻略请收好`, `年货怎么买？看这里`), set apart by a blank
 * line: short, one question or exclamation inside, and no clause of a sentence (no comma, no quotation, no closing dash or mark).
 * (A sentence's question, `“后悔吗？”记者话音刚落，…`, `这股潜力究竟有多大？数据是有力的证明——`, is text.)
 */
function isQuestionHeadline(text: string): boolean {
  if (text.length > HEAD_MAX || !(text.includes('？') || text.includes('！'))) return false;
  const mark = Math.max(text.lastIndexOf('？'), text.lastIndexOf('！'));
  if (mark < 2 || text.length - mark - 1 < 2) return false;
  return !/[，,。；;：:“”"「」—]/.test(text) && !ENDS_CLAUSE_OR_PHRASE.includes(text[text.length - 1]!);
}
/**
 * A headline that asks or exclaims, then its column's tag (`违规登珠峰，停！（美丽中国）`, `“没救下人，才会后悔！”（德耀中华）`): its
 * mark is no sentence's end where the tag follows it. Short, and no sentence inside.
 */
function criesUnderTag(text: string): boolean {
  const last = text[text.length - 1];
  if ((last !== '）' && last !== ')') || !(text.includes('？') || text.includes('！'))) return false;
  const untagged = withoutColumnTag(text);
  return untagged !== text && /[！？][”"』」’]?$/.test(untagged) && !/[。；;]/.test(untagged) && visibleLength(untagged, HEAD_MAX + 1) <= HEAD_MAX;
}
/**
 * A headline of clauses closing in its column's tag (`寿光，这个春节暖暖的（一线探民生）`): short, a comma inside but no sentence's end,
 * and its words do not break off on a clause's mark before the tag. The tag says headline where the commas would say text.
 */
function clausesUnderTag(text: string): boolean {
  const last = text[text.length - 1];
  if (last !== '）' && last !== ')') return false;
  const untagged = withoutColumnTag(text);
  return (
    untagged !== text &&
    visibleLength(untagged, HEAD_MAX + 1) <= HEAD_MAX &&
    !/[。；;！？!?]/.test(untagged) &&
    !ENDS_CLAUSE_OR_PHRASE.includes(untagged[untagged.length - 1]!)
  );
}
/**
 * A kicker that leads into the headline under it, headline material whatever its length or commas, where a headline-shaped
 * line follows: with a dash, no sentence ending inside it (`清华大学教授孙宏斌及其团队以育人和科研做“两翼”——` / `为电网装上“超强
 * 大脑”`); or closing on a word that reports speech (`KICKER_CLOSING_WORDS`: 强调, 指出, 表示 …), with no mark of a sentence or a
 * quotation inside (`胡长春在市委考核工作领导小组（扩大）会议暨…调度会上强调` / `主动作为抓好绩效考核 全力以赴完成目标任务`).
 */
function leadsIntoHeadline(text: string, next: { text: string; spaced: string } | undefined): boolean {
  // (Its last character first: a dash, or the last of a word that reports speech. Most lines end otherwise, and are told
  // before their length is counted.)
  const last = text[text.length - 1] ?? '';
  const dash = last === '—' || last === '－';
  if (!next || (!dash && !KICKER_CLOSING_ENDS.has(last)) || visibleLength(text, HEAD_LINE_MAX + 1) > HEAD_LINE_MAX) return false;
  const leads = dash ? !/[。；;！？!?]/.test(text) : KICKER_CLOSING.test(text) && !/[。；;！？!?：:“”"]/.test(text);
  return leads && headlineShaped(next.text, next.spaced);
}
/**
 * A kicker over a headline that closes in its column's tag, right under it (`从月球探测器“诞生”到飞向月球、着陆月背，“嫦娥团队”一路紧紧
 * 相随` / `呵护嫦娥四号完成奔月之旅（科技视点）`): headline material, its clauses and all, where it opens a block (the page's first
 * line, set apart, or under a paragraph that closed) and ends no sentence itself.
 */
function kicksTaggedHeadline(text: string, above: ClassifiedLine | undefined, gapBefore: number, next: { text: string; spaced: string } | undefined): boolean {
  if (!next || (SENTENCE_END.test(text) && !asksOrTrailsOff(text)) || visibleLength(text, KICKER_MAX + 1) > KICKER_MAX) return false;
  const opensBlock = gapBefore > 0 || !above || above.kind !== 'body' || !!above.photoCredit || SENTENCE_END.test(above.text);
  if (!opensBlock || ENDS_CLAUSE_OR_PHRASE.includes(text[text.length - 1]!)) return false;
  const last = next.text[next.text.length - 1];
  return (last === '）' || last === ')') && withoutColumnTag(next.text) !== next.text && (headlineShaped(next.text, next.spaced) || criesUnderTag(next.text) || clausesUnderTag(next.text));
}
/**
 * The text closes in a question or trails off in an ellipsis (`…基层落实情况如何？`, `…长者饭堂、医养结合、嵌入式……`), a headline's
 * length at most, no full stop or exclamation inside: a kicker asks or lists its way into the headline under it, as one of
 * clauses does. (A paragraph's last line may close so too, `半夜，果然起风了。风力十一级，飞沙走石……`: longer, or holding a sentence.)
 */
const asksOrTrailsOff = (text: string): boolean => {
  const last = text[text.length - 1];
  return (last === '？' || last === '?' || last === '…') && visibleLength(text, HEAD_MAX + 1) <= HEAD_MAX && !/[。！!]/.test(text);
};
/** The most lines a salutation runs to, its closing line (`女士们，先生们，朋友们：`) included. */
const SALUTATION_LINES_MAX = 6;

/**
 * A salutation's line, a later one closing it with a colon: addressees run on to the next (`全国同胞们，` / `同志们，朋友们：`),
 * or a party named with its titles (`尊敬的各位政府首脑、副首脑和夫人，` / … / `女士们，先生们，朋友们：`). All are the salutation,
 * which opens the text under a speech's or a letter's title; none is a line of the title's block.
 */
function opensSalutation(lines: readonly { text: string }[], i: number): boolean {
  const text = lines[i]!.text;
  const last = text[text.length - 1];
  if (last !== '，' && last !== ',') return false;
  const next = lines[i + 1];
  if (next !== undefined && isSalutation(`${text}${next.text}`)) return true;
  if (!isAddressLine(text)) return false;
  for (let k = i + 1; k < lines.length && k < i + SALUTATION_LINES_MAX; k++) {
    const line = lines[k]!.text;
    if (isSalutation(line)) return true;
    if (!isAddressLine(line)) return false;
  }
  return false;
}
/**
 * In an indented paper, a flush line right over an indented lead that opens with its report's lead-in, naming a day, an
 * agency or a reporter (`据新华社北京10月22日电（记者…）…`): that story's headline, however long
 * (`魏凤和会见出席第九届北京香山论坛外国防务和军队领导人及…`), where no blank line sets it apart. A sentence's end says text.
 */
function headsWireLead(text: string, next: { indented: boolean; collapsed: string } | undefined): boolean {
  if (!next?.indented || SENTENCE_END.test(text) || visibleLength(text, HEAD_LINE_MAX + 1) > HEAD_LINE_MAX) return false;
  return namesReport(matchLeadByline(next.collapsed));
}
/** A lead-in that names the report's day, its agency or its reporters (`本报北京2月17日电（记者…）`, `新华社…电`). */
const namesReport = (lead: BylineMatch | null): boolean => lead !== null && (lead.dated || lead.byline.agency !== null || lead.byline.reporters.length > 0);
/**
 * In a flush paper, a line right over a lead-in that names a day, an agency or a reporter, what is above it closed (the
 * page's first line, a paragraph that ended a sentence, a photo's credit, head material): that report's headline, however
 * long (`沙特王储兼副首相、国防大臣穆罕默德将访华并举行中沙高级别联合委员会第三次会议`), as `headsWireLead` reads one in an
 * indented paper. No indent tells it here: its words do. It ends no sentence and holds no clause (a 副题 of clauses, a
 * paragraph of text, a bulleted point do), and is no closing note wholly in brackets (`（新华社北京10月7日电）`, which ends in
 * its bracket). The next line's lead-in read here is kept in `ahead` for that line's own turn (one read a line).
 */
function headsLeadIn(text: string, above: ClassifiedLine | undefined, next: { collapsed: string } | undefined, ahead: LeadAhead): boolean {
  if (!next || SENTENCE_END.test(text) || CLAUSE_MARK.test(withoutInnerCry(text)) || visibleLength(text, HEAD_LINE_MAX + 1) > HEAD_LINE_MAX || !closedAbove(above)) return false;
  ahead.collapsed = next.collapsed;
  ahead.lead = matchLeadByline(next.collapsed);
  return namesReport(ahead.lead);
}
/**
 * A line right over an account's posting line (`暑期安全提醒！这些水域千万别去` / `原创 青山日报 青山日报 2024-07-08 18:30 …`), what is
 * above it closed: the post's headline, as an account prints its title over the line, whatever is under that (the source, the
 * staff, the text). It ends no sentence but on a cry or question, and holds no clause but one cry or question between its
 * phrases (`withoutInnerCry`), as a headline over its lead-in (`headsLeadIn`). Told by the next line's colon first (a posting
 * time holds one).
 */
function headsPostingLine(text: string, above: ClassifiedLine | undefined, next: { spaced: string } | undefined): boolean {
  if (!next || !next.spaced.includes(':')) return false;
  // (A post's title may close on its cry or question, `这些水域千万别去！`: over the posting line, no sentence's end.)
  const bare = text.replace(CLOSING_CRIES, '');
  if (SENTENCE_END.test(bare) || CLAUSE_MARK.test(withoutInnerCry(bare)) || visibleLength(text, HEAD_LINE_MAX + 1) > HEAD_LINE_MAX || !closedAbove(above)) return false;
  return isAccountPostingLine(next.spaced);
}
/** The cries or questions closing a line (`！`, `？！`). */
const CLOSING_CRIES = /[！？!?]+$/;
/** The next line's lead-in, read ahead (`headsLeadIn`): `collapsed` is the text it was read from. */
interface LeadAhead {
  collapsed: string | null;
  lead: BylineMatch | null;
}
/** A mark that ends a sentence or parts its clauses, anywhere in a line. */
const CLAUSE_MARK = /[。！？；，,;!?]/;
/**
 * A headline's one cry or question between its two phrases (`暑期安全提醒！这些水域千万别去`, `水温多高？记者实测`), as a post or a
 * metro paper sets one: no clause of a sentence where nothing else parts the line (a comma or a full stop would). The line
 * without it, for `CLAUSE_MARK`; the line as it is where it holds no such mark, or more than one.
 */
function withoutInnerCry(text: string): string {
  const at = text.search(/[！？!?]/);
  if (at <= 0 || at === text.length - 1) return text;
  const rest = text.slice(at + 1);
  return /[！？!?]/.test(rest) ? text : `${text.slice(0, at)} ${rest}`;
}
/** What is above a line has closed: nothing (the page's first line), head material or a byline, text that ended a sentence or a photo's credit. */
function closedAbove(above: ClassifiedLine | undefined): boolean {
  if (!above) return true;
  if (above.kind === 'body') return !!above.photoCredit || SENTENCE_END.test(above.text);
  if (above.kind === 'lead-byline' || above.kind === 'continued-from') return !above.rest || SENTENCE_END.test(above.rest);
  return above.kind !== 'noise';
}
/** The longest kicker over a tagged headline, in characters (a reporter's lead-in to the story, clauses and all). */
const KICKER_MAX = 100;
/** Marks a headline does not close on (a clause's, a list's). */
const ENDS_CLAUSE_OR_PHRASE = '，,、；;：:（(《“';

function unclosedParen(text: string): boolean {
  const open = (text.match(/[（(]/g) ?? []).length;
  const close = (text.match(/[）)]/g) ?? []).length;
  return open > close;
}

/** What classification needs to know of the file's layout. */
export interface ReadingLayout {
  profile: LayoutProfile;
  /** Where the hard wrap cuts, when the profile is wrapped. */
  wrap: Wrap | null;
  /** The file's median line length and most common blank-line run (layout figures), read by the line labeller. */
  medianLength?: number;
  usualGap?: number;
  /** The file's text has hardly a mark of punctuation (`LayoutFigures.unpunctuated`). */
  unpunctuated?: boolean;
}

const UNLAID: ReadingLayout = { profile: { indented: false, gaps: 'mixed', wrapped: false, interleaved: false }, wrap: null };

/** The file's statistics the line labeller reads. */
export function fileStatistics(layout: ReadingLayout): FileStatistics {
  return { profile: layout.profile, medianLength: layout.medianLength ?? 0, usualGap: layout.usualGap ?? 0 };
}

/** Classifies the lines and lets the line labeller decide which are headlines, subheads, text and captions. */
export function classifyLines(source: SourceLine[], skip: Set<number>, layout: ReadingLayout = UNLAID, weights: LabellerWeights = LABELLER_WEIGHTS): ClassifiedLine[] {
  const out = lineShapes(source, skip, layout);
  const stats = fileStatistics(layout);
  const { labels, features } = labelLines(out, stats, weights);
  applyLabels(out, labels, stats, features);
  markListingChannels(out);
  return out;
}

/**
 * A row of a listing: the hour, then what is on (`19:30 快乐大本营`, `20:00电视剧：人世间（5）`), as a television or radio box prints it.
 * (Not an event's schedule, whose rows give a span, `9:30-12:00 无人机表演赛`: the same session may be printed on two days.)
 */
const LISTING_ROW = /^\d{1,2}[:：]\d{2}(?!\s*[-－—–~～至到])\s*[^\d\s:：]/;
/** The longest a channel's name over its listing runs (`湖南卫视`, `浦江都市频道`, `中央广播电视总台CCTV-1`). */
const CHANNEL_MAX = 16;

/**
 * A channel's name over its rows in a listings box (`电视节目` / `湖南卫视` / `19:30 …` / … / `湘江频道` / `18:00 …`): a part of the
 * box, its subhead, never a story's headline of its own nor the box's 副题. Told by its place: a short line with no clause mark,
 * listing rows under it, and above it another channel's rows or the box's heading.
 */
function markListingChannels(lines: ClassifiedLine[]): void {
  const isRow = (line: ClassifiedLine | undefined) => !!line && (line.kind === 'body' || line.kind === 'head') && LISTING_ROW.test(line.text);
  lines.forEach((line, k) => {
    const above = lines[k - 1];
    if (!above) return;
    // (A row under a channel or another row is the box's text, however short: the page's last, `19:30 电视剧：人世间（5）`, is no headline.)
    if (line.kind === 'head' && isRow(line) && (above.channel || (above.kind === 'body' && isRow(above)))) {
      line.kind = 'body';
      line.label = 'body';
      line.tableRow = true;
      line.endsParagraph = true;
      return;
    }
    if (line.kind !== 'head' || visibleLength(line.text, CHANNEL_MAX) > CHANNEL_MAX || /[，,。；;：:！？!?]/.test(line.text) || !isRow(lines[k + 1])) return;
    if ((above.kind === 'body' && isRow(above)) || (above.kind === 'head' && SERVICE_BOX.test(above.text))) {
      line.label = 'subhead';
      line.channel = true;
    }
  });
}

/**
 * Each line's fixed kind (bylines, jumps, noise) and, for the rest, whether the layout reads it as headline
 * material (`head`) or text (`body`): the labeller's input.
 */
export function lineShapes(source: SourceLine[], skip: Set<number>, layout: ReadingLayout = UNLAID): ClassifiedLine[] {
  const { wrap, profile } = layout;
  const unpunctuated = layout.unpunctuated === true;
  // A hard wrap is undone first: each line is judged as its writer set it.
  // (A headline run into its lead on one line is read as the two lines it stands for.)
  const content = withHeadlinesBeforeLeadsApart(
    unwrapLines(
      source.filter((l) => l.text !== '' && !skip.has(l.number)),
      wrap,
    ),
  );
  const gaps = gapsBefore(source);
  // The lines read as a weather forecast's (`isForecastLine`), by their place in `out`.
  const forecasts = new Set<number>();
  const out: ClassifiedLine[] = [];
  // Whether any line so far was read as more than furniture (the page's first line may stand under a post's or page's noise).
  let readAbove = false;
  const ahead: LeadAhead = { collapsed: null, lead: null };
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    // (Where the text has no marks, the spaces between its phrases are its punctuation: kept, one wide.)
    let text = unpunctuated ? line.spaced : line.text;
    let spaced = line.spaced;
    let collapsed = line.collapsed;
    let numbers = line.numbers;
    // A lead byline whose parenthesis closes on the next line: `…(全媒体记者/A 通讯` + `员/B) 远在…`.
    // (The pattern is anchored, its 讯 among the first characters: it fails at once on most lines, quicker than a search for 讯.)
    if (SPLIT_LEAD.test(text) && unclosedParen(text) && content[i + 1]) {
      const next = content[i + 1]!;
      if (/^[^（()）]{0,24}[）)]/.test(next.text)) {
        text = `${text}${next.text}`;
        spaced = `${spaced}${next.spaced}`;
        collapsed = `${collapsed}${next.collapsed}`;
        numbers = [...numbers, ...next.numbers];
        i++;
      }
    }
    // A drop cap: a story's first character set large, which OCR reads as a line of its own (`金` / `秋十月，临江大地…`), right
    // under the headline block or the byline. Read with the text it opens.
    else if (isSingleHan(text) && content[i + 1] && opensTextUnderHead(text, out[out.length - 1], content[i + 1]!)) {
      const next = content[i + 1]!;
      text = `${text}${next.text}`;
      spaced = `${spaced}${next.spaced}`;
      collapsed = `${collapsed}${next.collapsed}`;
      numbers = [...numbers, ...next.numbers];
      i++;
    }
    const full = (numbers.length > line.numbers.length ? content[i]! : line).endsFull;
    const gapBefore = gaps[line.number] ?? 0;
    // Every field named from the start, the optional ones unset: each line then has one object shape, and the passes
    // that read every line's fields (features, segmentation) find them at one place instead of asking per shape.
    const base: ClassifiedLine = {
      kind: 'body', text, spaced, lines: numbers, indented: line.indented, gapBefore, columnFragment: false, full, subheadLike: undefined, floatingHead: undefined,
      byline: undefined, author: undefined, rest: undefined, continuation: undefined, inFieldList: undefined, label: undefined, endsParagraph: undefined,
      photoCredit: undefined, headAfterCredit: undefined, shaped: undefined, tableRow: undefined, signature: undefined, channel: undefined, editorsNote: undefined, bylineBeside: undefined,
      headOfLead: line.headOfLead, doubled: undefined,
    };
    // A long lead's spacing may be mostly noise, but its byline's spaces still part the names (`王 磊 罗东旭`).
    // (Read ahead already where the line above asked whether it heads this lead-in: `headsLeadIn`.)
    const lead = ahead.collapsed === collapsed ? ahead.lead : matchLeadByline(collapsed);
    ahead.collapsed = null;
    // (Each jump pattern is tried only where its first or last word can be: most lines are no jump.)
    const from = JUMP_FROM_OPENINGS.has(firstVisibleUnit(text)) && !BARE_JUMP_WORD_IN_SENTENCE.test(collapsed) ? (CONTINUED_FROM.exec(text) ?? CONTINUED_FROM_LETTERED.exec(text)) : null;
    // Jump lines stand at the end of a line: only look at its tail, and only where it ends as one can.
    const tail = JUMP_LAST_UNITS.has(lastVisibleUnit(text)) ? text.slice(-24) : '';
    const toMatch = tail.includes('版') ? CONTINUED_TO.exec(tail) : tail.includes('转') || tail.includes('轉') ? CONTINUED_TO_LETTERED.exec(tail) : null;
    const to = toMatch ? { page: toMatch[1]!, marker: toMatch[2] ?? '', index: text.length - tail.length + toMatch.index } : null;
    if (line.headOfLead) base.kind = 'head';
    else if ((isNoise(text, spaced) && !callGoesOnFromAbove(text, out[out.length - 1])) || isFolioInSentence(text, out[out.length - 1], content[i + 1], profile.indented)) base.kind = 'noise';
    else if (isDoubledLine(text, line.indented, content[i - 1])) {
      base.kind = 'noise';
      base.doubled = true;
    } else if (from) {
      base.kind = 'continued-from';
      base.continuation = pageRef(from[1]!, from[2] ?? '');
      base.rest = text.slice(from[0].length).trim();
    } else if (to && visibleLength(text.slice(0, to.index)) === 0) {
      base.kind = 'continued-to';
      base.continuation = pageRef(to.page, to.marker);
    } else if (lead && (lead.byline.reporters.length || lead.byline.correspondents.length || lead.rest.length > 0 || lead.dated || BARE_REPORT.test(text))) {
      base.kind = 'lead-byline';
      base.byline = lead.byline;
      base.rest = unpunctuated ? lead.rest.trim() : closeCjkSpaces(lead.rest);
      if (to) {
        // The lead paragraph itself jumps to another page.
        base.continuation = pageRef(to.page, to.marker);
        base.rest = closeCjkSpaces(lead.rest).replace(CONTINUED_TO, '').replace(CONTINUED_TO_LETTERED, '').trim();
      }
    } else if (isPhotoCreditLine(text)) {
      // A caption's credit (`新华社记者 王五 摄`, `（李四 摄）`): the caption's last words, never a byline or a headline. (One
      // that credits the words too, right under a headline, is the story's byline: `本报记者 罗军 文 陈明 摄`.)
      // (Nor is one that credits the photograph alone, right under a photo's headline, over its caption: `株洲日报全媒体记者/谭林 摄`.)
      const underHead = out[out.length - 1]?.kind === 'head';
      const credited = underHead ? (matchWordsAndPhotoCredit(spaced) ?? matchStandaloneByline(spaced)) : null;
      const wordsAndPhotos = credited && credited.photographers.length > 0 ? credited : null;
      if (wordsAndPhotos) {
        base.kind = 'byline';
        base.byline = wordsAndPhotos;
      } else {
        base.photoCredit = true;
        base.endsParagraph = true;
      }
    } else {
      // (A credit naming no one, `本報記者`, only under text: the story's close, as Hong Kong's papers sign.)
      const standalone = matchStandaloneByline(spaced) ?? (out[out.length - 1]?.kind === 'body' ? matchUnnamedCredit(text) : null);
      const author = matchAuthorLine(text);
      if (standalone) {
        base.kind = 'byline';
        base.byline = standalone;
      } else if (author) {
        base.kind = 'author';
        base.author = author;
      } else if (to) {
        // Body text that ends with a jump line (`…群众对设备操作、下转02版①`): the text goes on on
        // another page, so the paragraph ends here and the marker is not part of it. Never a headline,
        // however short the line (a wrapped paragraph's tail: `创视、新时代输送、下转02版`).
        base.continuation = pageRef(to.page, to.marker);
        base.rest = text.slice(0, to.index).trim();
      } else if (profile.indented) {
        // Indents mark paragraphs: an indented line is text (a short one a subhead); a flush one opening a block is headline material.
        const previous = out[out.length - 1];
        // (A line complete in itself closes what is above it too: a photo's credit, a short label and value, `制图：蔡华伟`.)
        const opensBlock =
          gapBefore > 0 ||
          !previous ||
          previous.kind !== 'body' ||
          SENTENCE_END.test(previous.text) ||
          !!previous.photoCredit ||
          (FIELD.test(previous.text) && visibleLength(previous.text, 20) <= 20) ||
          (!profile.wrapped && previous.indented && visibleLength(previous.text, SHORT_INDENTED_MAX) <= SHORT_INDENTED_MAX);
        if (!line.indented && !full && opensBlock) {
          // A flush line set apart, or under another head line, is headline material even with commas (a 副题), unless it
          // ends in a colon: a letter's or a speech's salutation (亲爱的…：, 同志们，朋友们：) opens the text under its title.
          // (So is a salutation's first line, closed by the next: `全国同胞们，` / `同志们，朋友们：`.)
          const inBlock = (gapBefore > 0 || previous?.kind === 'head') && !endsInColon(text) && !opensSalutation(content, i);
          // (So is one closing in a column's tag, `“谢谢你们，中国记者！”（记者手记）`, where no blank line sets it apart.)
          const tagged = !inBlock && !profile.wrapped && withoutColumnTag(text) !== text;
          if (shapeOf(base) || ((inBlock || tagged) && visibleLength(text, HEAD_LINE_MAX) <= HEAD_LINE_MAX) || leadsIntoHeadline(text, content[i + 1]) || headsWireLead(text, content[i + 1]))
            base.kind = 'head';
        }
      } else if (
        !full &&
        (shapeOf(base) ||
          (gapBefore > 0 && isQuestionHeadline(text)) ||
          criesUnderTag(text) ||
          ((gapBefore > 0 || out.length === 0 || out[out.length - 1]!.kind === 'head') && clausesUnderTag(text)) ||
          leadsIntoHeadline(text, content[i + 1]) ||
          kicksTaggedHeadline(text, out[out.length - 1], gapBefore, content[i + 1]) ||
          headsLeadIn(text, readAbove ? out[out.length - 1] : undefined, content[i + 1], ahead) ||
          headsPostingLine(text, readAbove ? out[out.length - 1] : undefined, content[i + 1]))
      ) {
        base.kind = 'head';
      }
    }
    if (base.kind === 'body' || base.kind === 'head') {
      // (The label alone on its line, `编者按`, heads the note's box.)
      if (isEditorsNote(text) && visibleLength(text, EDITORS_LABEL_MAX) > EDITORS_LABEL_MAX) {
        base.kind = 'body';
        base.editorsNote = true;
      }
    }
    if ((base.kind === 'body' || base.kind === 'head') && !base.editorsNote && numbers.length === 1) readBylineBeside(base, line.raw);
    if (unpunctuated && visibleLength(text, HEAD_MAX) > HEAD_MAX) {
      // With no marks, a long line is text whatever its shape (its clauses spaced as a headline's phrases are), and it ends
      // its paragraph: no mark says a sentence runs on.
      base.shaped = false;
      if (base.kind === 'head') base.kind = 'body';
      if (base.kind === 'body' || base.kind === 'lead-byline') base.endsParagraph = true;
    }
    // A caption's line closed by its photo's credit ends its paragraph: what follows is no more of it (`赛事预告`).
    if (base.kind === 'body' && !base.photoCredit && endsCaption(text)) base.endsParagraph = true;
    // An item closed by a contact field after its sentences (`…包食宿。电话：0716-8123456`) ends there too.
    if (base.kind === 'body' && endsInField(text)) base.endsParagraph = true;
    // A book's details over its review (`《河岸人家》 方志安 著 青禾出版社 2024年6月`) are a line of their own, not the review's first words.
    if (base.kind === 'body' && isBookDetails(text)) base.endsParagraph = true;
    // A weather box's forecast is its text, a row a line, whatever its shape (`东北风2～3级` is no headline).
    if ((base.kind === 'body' || base.kind === 'head') && isForecastLine(text)) {
      // (A row of the forecast's table: the day, the weather, the temperature, the wind.)
      base.kind = 'body';
      base.tableRow = true;
      base.endsParagraph = true;
      forecasts.add(out.length);
    }
    // So does a summary closed by a pointer to the page its full report is on (`…休闲健身。详见A05版`).
    // (A pointer alone on its line under a summary, `详见A04版`, is the summary's last words: text, never a headline or a subhead.)
    if (base.kind === 'head' && isPagePointerAlone(text)) base.kind = 'body';
    if (base.kind === 'body' && endsInPagePointer(text)) base.endsParagraph = true;
    out.push(base);
    if (base.kind !== 'noise') readAbove = true;
  }
  markLoneForecasts(out, forecasts);
  markTableRows(out, source);
  markSignatures(out);
  markLetterSigners(out);
  markFieldLists(out);
  markHeadlinesAboveBylines(out, profile);
  markOpenKickers(out);
  markHeadsAfterCredits(out);
  markColumnRuns(out, profile);
  markPageFoot(out);
  markContentsEntries(out);
  markPosterName(out);
  return out;
}

/** The longest a site's or an account's name over its posting line runs (`临江发布`, `青山融媒`), in characters. */
const POSTER_NAME_MAX = 12;

/**
 * The file's first line right above a posting line (`临江发布` / `2025-06-03 18:30 发表于江南`), short and with no mark in it, the
 * story's headline under them: the name of the account or site that posted the story, as a WeChat reprint heads it.
 * Furniture, as the posting line is, never the story's kicker.
 */
function markPosterName(lines: ClassifiedLine[]): void {
  const first = lines[0];
  const next = lines[1];
  // (With a headline under the posting line: a story's own headline over its posting time, `…开通` / `2024-05-21 08:30` / text,
  // stays the headline.)
  if (!first || !next || first.kind !== 'head' || next.kind !== 'noise' || lines[2]?.kind !== 'head' || visibleLength(first.text, POSTER_NAME_MAX + 1) > POSTER_NAME_MAX) return;
  if (isPostedAt(next.text) && !/[，,。：:！？!?、]/.test(first.text)) first.kind = 'noise';
}

/**
 * The entries of a page's contents with no page numbers, as a digital edition lists its stories' titles under `本版标题导航`:
 * the lines right under the label, each printed again later in the file (the story's own headline), are furniture. The list
 * ends at the first line that is not so, or that stands further from the line above than the first entry from the label.
 * Linear: each line's text is looked up once.
 */
function markContentsEntries(lines: ClassifiedLine[]): void {
  const labels: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]!.kind === 'noise' && lines[i]!.text.length <= CONTENTS_LABEL_MAX && CONTENTS_LABEL.test(lines[i]!.text.replace(/\s+/g, ''))) labels.push(i);
  if (labels.length === 0) return;
  const lastAt = new Map<string, number>();
  lines.forEach((line, i) => lastAt.set(line.text, i));
  for (const label of labels) {
    // (The entries stand as close as the first stands to the next: a wider gap ends the list.)
    const spacing = lines[label + 1]?.gapBefore ?? 0;
    for (let i = label + 1; i < lines.length; i++) {
      const line = lines[i]!;
      if ((line.kind !== 'head' && line.kind !== 'body') || line.gapBefore > spacing || lastAt.get(line.text)! <= i) break;
      line.kind = 'noise';
    }
  }
}

/** A web or mail address alone on its line (`http://www.ljrb.com.cn`, `E-mail: ljrb@163.com`). */
const ADDRESS_ALONE = new RegExp(`^(?:(?:网址|網址|E-?mail|邮箱|郵箱)\\s*[:：]?\\s*)?(?:https?:\\/\\/\\S+|www\\.\\S+|${EMAIL_ADDRESS})$`, 'i');
/** A field of the imprint on a line of its own (`新闻热线：…`, `邮编：412000`). */
const IMPRINT_FIELD_LINE = new RegExp(`^(?:${IMPRINT_FIELDS.map((w) => anyForm(w)).join('|')})\\s*[:：]`);

/**
 * The page's foot, its imprint set a field a line (`http://www.ljrb.com.cn` / `新闻热线：…` / `总编辑：…`): the lines after the
 * last story's text, two at least, each an address, an imprint field or a publisher's line, one of them the paper's own (an
 * address, a publisher's field: a notice closes on its `地址：` and `电话：`, which are its own).
 */
function markPageFoot(lines: ClassifiedLine[]): void {
  let start = lines.length;
  let own = false;
  while (start > 0) {
    const line = lines[start - 1]!;
    if (line.kind === 'noise') {
      start--;
      continue;
    }
    if (line.kind !== 'body' && line.kind !== 'head') break;
    const address = ADDRESS_ALONE.test(line.spaced);
    const publisher = isPublisherLine(line.text);
    if (!address && !publisher && !IMPRINT_FIELD_LINE.test(line.text)) break;
    own ||= address || publisher || PUBLISHER_FIELD.test(line.text);
    start--;
  }
  const foot = lines.slice(start).filter((l) => l.kind !== 'noise');
  if (foot.length >= 2 && own) for (const line of foot) line.kind = 'noise';
}

/** The longest an editor's note's label is (`【编者的话】`). */
const EDITORS_LABEL_MAX = 7;
/** An editor's note (`编者按：…`, `【编者按】`): text that introduces or closes a story, never its headline. */
const isEditorsNote = (text: string) => {
  // (Its label opens the line: only the opening is looked at before the pattern is tried.)
  const opening = text.slice(0, 4);
  return (opening.includes('编') || opening.includes('編')) && EDITORS_NOTE.test(text);
};

/** A report's lead-in alone on its line, its text below (`本报讯`, `【本报讯】`), as older papers set it. */
const BARE_REPORT = new RegExp(`^[【〔\\[［（(]?\\s*${anyForm('本报讯')}\\s*[】〕\\]］）)]?$`);

/** A wide space inside a line (two spaces or more, or a full-width one) and where it ends: a headline's byline may follow. */
const WIDE_SPACE = /\S(?:[ \t\u00a0]{2,}|\u3000[\s\u3000]*)(?=\S)/g;
/** The longest a headline with its byline beside it is (visible characters). */
const HEAD_WITH_BYLINE_MAX = 60;

/**
 * A headline with its byline beside it (`全市召开经济工作会议   本报记者 张三`): the part after the line's last wide space is a
 * byline or an author's line and the part before it is headline-shaped. The line is then the headline, its byline kept
 * beside it to be read as a line of its own.
 */
function readBylineBeside(line: ClassifiedLine, raw: string): void {
  // (The spaces as printed: `spaced` holds one where the line had several.)
  if (raw.length > HEAD_WITH_BYLINE_MAX * 2) return;
  // (A wide space after the line's indent, told without copying the line: most lines have none.)
  let start = 0;
  while (start < raw.length && isJsSpace(raw.charCodeAt(start))) start++;
  if (raw.indexOf('  ', start) < 0 && raw.indexOf('\u3000', start) < 0) return;
  const trimmed = raw.trim();
  let cut = -1;
  for (const gap of trimmed.matchAll(WIDE_SPACE)) cut = gap.index! + gap[0].length;
  if (cut < 0) return;
  const [head, tail] = [trimmed.slice(0, cut).replace(/[\s\u3000]+/g, ' ').trim(), trimmed.slice(cut).replace(/[\s\u3000]+/g, ' ').trim()];
  // (Not a row of label and value pairs: `书名：笨花  作者：铁凝`.)
  if (visibleLength(head, HEAD_WITH_BYLINE_MAX) > HEAD_WITH_BYLINE_MAX || head.includes('：') || head.includes(':')) return;
  const byline = matchStandaloneByline(tail) ?? undefined;
  const author = byline ? undefined : (matchAuthorLine(tail) ?? undefined);
  if ((!byline && !author) || !headlineShaped(closeCjkSpaces(head), head)) return;
  line.kind = 'head';
  line.text = closeCjkSpaces(head);
  line.spaced = head;
  line.shaped = true;
  line.bylineBeside = { text: tail, byline, author };
}

/** The longest a signer's line is (`临江市公安局交通警察支队`, `总理 李克强`). */
const SIGNER_MAX = 24;

/**
 * A notice's, a decree's or a letter's signature under its text: the date alone on its line, and the line right above it
 * when that is short and unpunctuated (who issued it) and text that ends a sentence, or a field line (`联系电话：0731…`), stands
 * above both (`特此通告。` / `临江市公安局交通警察支队` / `2024年5月20日`). Text of the document, each line a paragraph; never a headline.
 */
function markSignatures(lines: ClassifiedLine[]): void {
  lines.forEach((line, k) => {
    if (line.kind !== 'head' && line.kind !== 'body') return;
    // A signer closing with a sign-off word under the text (`孝子：王建平 王建华 泣告`): the notice's last line.
    // (Told by its last character first: 告, 启 or 上.)
    const last = line.text[line.text.length - 1] ?? '';
    if ('告启啓上'.includes(last) && line.text.length <= SIGNER_MAX * 2 && SIGNED_OFF.test(line.text) && lines[k - 1]?.kind === 'body' && SENTENCE_END.test(lines[k - 1]!.text)) {
      line.kind = 'body';
      line.signature = true;
      line.endsParagraph = true;
      return;
    }
    if (!line.text.includes('日') || !DATE_ALONE.test(withAsciiDigits(line.text))) return;
    const signer = lines[k - 1];
    const above = lines[k - 2];
    const signs =
      !!signer && (signer.kind === 'head' || signer.kind === 'body') && !signer.tableRow && visibleLength(signer.text, SIGNER_MAX) <= SIGNER_MAX &&
      !/[，,。；;！？!?：:]/.test(signer.text) && !!above && above.kind === 'body' && (SENTENCE_END.test(above.text) || isCompleteField(above.text));
    const dated = !!signer && (signs || (signer.kind === 'body' && SENTENCE_END.test(signer.text)));
    if (!dated) return;
    for (const part of signs ? [signer, line] : [line]) {
      part.kind = 'body';
      part.signature = true;
      part.endsParagraph = true;
    }
  });
}

/** The longest a letter's signature line is (`江城市东区幸福小区居民 王秀英`). */
const LETTER_SIGNATURE_MAX = 24;

/**
 * A reader's letter signed under its text (`…让我们早日坐上电梯。` / `东区幸福小区居民 王秀英`): the writer, its author, never
 * the next story's headline.
 */
function markLetterSigners(lines: ClassifiedLine[]): void {
  // Whether the running text is a letter opened by its salutation (`编辑同志：`), as a readers' page prints one: from the
  // salutation to the next head line or byline.
  let inLetter = false;
  lines.forEach((line, k) => {
    const letter = inLetter;
    if (line.kind === 'body' && isSalutation(line.text)) inLetter = true;
    else if (line.kind !== 'body' && line.kind !== 'noise') inLetter = false;
    if ((line.kind !== 'head' && line.kind !== 'body') || line.tableRow || line.signature || line.text.length > LETTER_SIGNATURE_MAX * 2) return;
    // The letter ends there: the page ends, or another headline follows. (A headline is followed by its text or its
    // byline: `市民踏青赏花` / `本报讯（记者 李四）…`, `防止贫困群众致贫返贫` / `各地建立了…`.)
    // (Or the editor's afterword opens under it, `编后：…`; or, under a letter opened by its salutation, the reply printed
    // under it, `本报记者回访：…`.)
    const below = lines[k + 1];
    if (below && !letter && below.kind !== 'head' && below.kind !== 'noise' && !AFTERWORD.test(below.text)) return;
    const above = lines[k - 1];
    if (!above || above.kind !== 'body' || above.tableRow || visibleLength(line.text, LETTER_SIGNATURE_MAX) > LETTER_SIGNATURE_MAX || !SENTENCE_END.test(above.text)) return;
    const spaced = line.spaced.trim();
    const signed = LETTER_SIGNATURE.exec(spaced);
    // (Under a letter opened by its salutation, where the writer lives or works, then the name, is signature enough:
    // `临水县\u3000赵有田`, `青山公社社员 王大力`, as older papers sign readers' letters.)
    const placed = !signed && letter ? PLACE_AND_NAME.exec(spaced) : null;
    const name = signed?.[1] ?? (placed && isSurnamedName(placed[1]!) ? placed[1]! : null);
    if (!name || LETTER_COLUMN_WORDS.has(simplifiedForm(name))) return;
    line.kind = 'author';
    line.author = name;
  });
}

/** A letter's signer: where they live or work (two to sixteen characters), a space, and a name of two to four (group 1). */
const PLACE_AND_NAME = /^[\u4e00-\u9fff]{2,16}[\s\u3000]+([\u4e00-\u9fff·]{2,4})$/;

/**
 * A weather forecast on a line of its own (`今天 晴 15℃～26℃ 南风2级`), as an evening or city paper prints the day's weather under
 * its masthead or in a corner of the page, is the page's furniture: no heading over it (`天气`, a head line), no colon introducing
 * it (`市气象台预计：`), no other forecast line next to it (a box's rows, `今天…` / `明天…`, stay the box's text). Before, it was
 * read as the last paragraph of the story above it, or as a story of its own under the masthead.
 */
/** Words of a story that tells of a forecast (`市气象台预计`, `据气象部门预报`). */
const FORECAST_TOLD = new RegExp(`${anyForm('气象')}|${anyForm('预报')}`);
function markLoneForecasts(lines: ClassifiedLine[], forecasts: ReadonlySet<number>): void {
  for (const k of forecasts) {
    const above = lines[k - 1];
    if (forecasts.has(k - 1) || forecasts.has(k + 1)) continue;
    // (Under the masthead nothing is above it; under a story's text, a sentence has ended, or a credit or source line closed the
    // story, `来源：青江县融媒体中心`. A heading over it, or a line that runs on into it, keeps it: `天气` / `今天 晴…`, `预计今天：` /
    // `多云 18℃～26℃`.)
    if (above && above.kind !== 'noise' && above.kind !== 'byline' && (above.kind === 'head' || endsInColon(above.text) || !SENTENCE_END.test(above.text))) continue;
    // (Nor where the text above tells of the forecast, `市气象台预计，明天起…`: a weather story's own forecast is its text.)
    if (above && above.kind !== 'noise' && FORECAST_TOLD.test(above.text)) continue;
    const line = lines[k]!;
    line.kind = 'noise';
    line.tableRow = undefined;
    line.endsParagraph = undefined;
  }
}

/** Rows of a table (with its header and source note) are text, each a paragraph, whatever their shape says. */
function markTableRows(lines: ClassifiedLine[], source: readonly SourceLine[]): void {
  // A header's cells with every space kept, from its source line where it stands alone on one (asked only of the line over a
  // run of rows: the lines by number, gathered on the first ask).
  let byNumber: Map<number, SourceLine> | null = null;
  const kept = (i: number): string => {
    const line = lines[i]!;
    if (line.lines.length !== 1) return line.spaced;
    byNumber ??= new Map(source.map((l) => [l.number, l]));
    return byNumber.get(line.lines[0]!)?.collapsed ?? line.spaced;
  };
  const table = tableLines(
    lines.map((l) => l.spaced),
    (i) => (lines[i]!.kind === 'head' || lines[i]!.kind === 'body') && lines[i]!.continuation === undefined && !lines[i]!.photoCredit,
    kept,
  );
  table.forEach((inTable, i) => {
    if (!inTable) return;
    const line = lines[i]!;
    line.kind = 'body';
    line.tableRow = true;
    line.endsParagraph = true;
    // (A header read with its spaces kept keeps its cells apart, as a row does.)
    if (!line.spaced.includes(' ') && line.lines.length === 1) {
      const cells = kept(i);
      if (headerClosedUp(line.spaced, cells)) line.spaced = cells;
    }
  });
}

/** A line closing in a question or an exclamation (`…你的暖气热了吗？`, `“双十一”快递量创新高！`), with no other sentence in it. */
const EXCLAIMS_OR_ASKS = /^[^。；;！？!?]+[！？!?]+[”’"』」]?$/;

/**
 * Lines right above a byline that shape alone reads as text, and a story's headline block holds:
 * - a headline closing in ？ or ！ (`这个冬天，你的暖气热了吗？`), set apart by a blank line above: where blank lines part the
 *   page, a story's own short paragraph is not followed, with no blank line, by another story's byline;
 * - a 副题 of clauses (`习近平：中方支持…，赞赏…`) set right under a headline line.
 */
function markHeadlinesAboveBylines(lines: ClassifiedLine[], profile: LayoutProfile): void {
  // Where a blank line parts every paragraph, one between the line and the byline says nothing.
  const gapsMeanNothing = profile.gaps === 'every-paragraph';
  lines.forEach((line, k) => {
    const next = lines[k + 1];
    if (line.kind !== 'body' || line.full || line.inFieldList || line.continuation !== undefined) return;
    if (!next || (next.kind !== 'byline' && next.kind !== 'lead-byline')) return;
    // (Where blank lines part stories and nothing else, a line alone between two, a byline under it, is no story's paragraph: a
    // block of its own over that byline, `春季过敏怎么办？` / blank / `本报记者 孙丽华`.)
    const apartFromByline = next.gapBefore > 0 && !gapsMeanNothing;
    if (apartFromByline && !(profile.gaps === 'between-stories' && line.gapBefore > 0)) return;
    // (In a file with no blank line at all, none can set it apart.)
    if ((line.gapBefore > 0 || profile.gaps === 'none') && EXCLAIMS_OR_ASKS.test(line.text) && visibleLength(line.text, HEAD_MAX) <= HEAD_MAX) line.kind = 'head';
    else if (!apartFromByline && (line.gapBefore === 0 || gapsMeanNothing) && lines[k - 1]?.kind === 'head' && !SENTENCE_END.test(line.text) && visibleLength(line.text, HEAD_LINE_MAX) <= HEAD_LINE_MAX) line.kind = 'head';
  });
}

/** The marks an open kicker closes on, a comma or a colon (read as the line's last character). */
const OPEN_KICKER_ENDS = '，,：:';

/**
 * A kicker left open by a comma or colon (`坚持稳中求进，` / `聚焦两会：`), or a headline's first line cut at a joining character
 * (`全市青少年科技创新大赛的` / `颁奖仪式在市科技馆举行`), over a headline block that a byline or lead closes: the block's first line,
 * not a paragraph of one line (headline-block.ts joins a cut headline's lines again). Only where it stands at a story's start (the line above ends a
 * sentence, or is a headline or byline, or there is none) and head lines follow it to the byline within two lines.
 */
function markOpenKickers(lines: ClassifiedLine[]): void {
  const signs = (line: ClassifiedLine | undefined) => !!line && (line.kind === 'byline' || line.kind === 'lead-byline');
  lines.forEach((line, k) => {
    if (line.kind !== 'body' || line.full || line.inFieldList || line.continuation !== undefined || !(OPEN_KICKER_ENDS.includes(line.text[line.text.length - 1] ?? ' ') || endsMidPhrase(line.text))) return;
    if (visibleLength(line.text, HEAD_MAX) > HEAD_MAX || FIELD.test(line.text)) return;
    const previous = lines[k - 1];
    const atStart = !previous || previous.kind === 'head' || signs(previous) || SENTENCE_END.test(previous.text);
    const [a, b, c] = [lines[k + 1], lines[k + 2], lines[k + 3]];
    const blockFollows = a?.kind === 'head' && (signs(b) || (b?.kind === 'head' && signs(c)));
    if (atStart && blockFollows) line.kind = 'head';
  });
}

/** Headline material right under a photo credit on a line of its own: the photo story above ended, the line opens the next. */
function markHeadsAfterCredits(lines: ClassifiedLine[]): void {
  for (let k = 1; k < lines.length; k++) if (lines[k - 1]!.photoCredit && lines[k]!.kind === 'head') lines[k]!.headAfterCredit = true;
}

/**
 * Lines of a label-value list (a notice's `督察进驻期:…` / `专门值班电话:…` /
 * `专门邮政信箱:…`, set line under line) are its text, even the short ones
 * that look like headlines. A headline with a colon (`株洲：…`) stands apart:
 * it is not set directly against another label-value line, nor between two.
 */
function markFieldLists(lines: ClassifiedLine[]): void {
  const field = lines.map((l) => FIELD.test(l.text));
  const touching = (a: ClassifiedLine | undefined, b: ClassifiedLine | undefined) => !!a && !!b && a.lines[a.lines.length - 1]! + 1 === b.lines[0];
  lines.forEach((line, k) => {
    // (A headline's role labelled, `主题：…`, is no field: a block of them is a headline block.)
    if (line.kind !== 'head' || !field[k] || HEAD_ROLE_LABEL.test(line.text)) return;
    const [before, after] = [lines[k - 1], lines[k + 1]];
    const inList = (field[k - 1] && touching(before, line)) || (field[k + 1] && touching(line, after)) || (field[k - 1] && field[k + 1]);
    if (inList) {
      line.kind = 'body';
      line.inFieldList = true;
    }
  });
}
