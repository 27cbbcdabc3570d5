import type { Byline } from '../model/edition';
import { colonWithin, firstVisibleUnit, isJsSpace, SENTENCE_END, unitsOf, withAsciiDigits, withoutSpaces } from './text-lines';
import { ADVISER_LINE, AFFILIATED_WRITER, CONTRIBUTOR_NAME, AFFILIATION_ENDINGS, AGENCY, BROADCASTER, BROADCASTER_ENDING, DISPATCH_PLACE_END, EMAIL_ALONE, anyForm, BOX_LABEL, BRIEFS_LABEL, CHINESE_NUMBER, COLUMN_AFTER_ROLE, COMMENTATOR, LEAD_CLOSE, LEAD_OPEN, MEDIA_NAME_ENDINGS, OUTLET_SUFFIX, OWN_PAPER, PAPER_SUFFIX, PICTURE_LABELS, PICTURE_SOURCE_CREDIT, PICTURE_SOURCE_MAX, REPORT, REPORT_WORD, REPORT_PIECE, REPORT_QUALIFIER, REPORTED, opensWithSurname, SENDER_LABELS, REPORT_WORD_FIRSTS, WEB_OUTLET_ENDING, PAPER_SUFFIXES, ROLE_WORD_ENDING, ROLE_WORDS, rolePatterns, WORK_DONE_LAST, WORK_DONE_TAIL, SECTION_NAME, simplifiedForm, STORY_FIELD_LABELS, SUPPLIER, TIME_WORDS, isSurnamedName, WIRE, PICTURE_SOURCE_WORD } from './vocabulary';

/**
 * Byline grammar of Chinese newspapers: an agency lead-in (`XX讯`, `本报讯`,
 * `新华社北京5月21日电`, `本报北京1月18日电`), then roles with names
 * (`全媒体记者/A 通讯员/B C`, `记者A、B`), in any order, with OCR's stray
 * spaces. Roles are matched with optional spaces between their characters.
 */
type Role = keyof Pick<Byline, 'reporters' | 'correspondents' | 'photographers' | 'authors'>;
const ROLES: Role[] = ['reporters', 'correspondents', 'photographers', 'authors'];
const SPACED_ROLES = rolePatterns(true);
/** Any role word (a reporter's, a correspondent's, a photographer's, an author's), with its spacing. */
const EVERY_ROLE = ROLES.map((r) => SPACED_ROLES[r]).join('|');
// (A role is parted from its names by a slash, a colon or, as magazines and websites set it, a bar: `文 | 张三`.)
const ROLE_RE = new RegExp(`(${EVERY_ROLE})\\s*[/／:：|｜]?`, 'g');
/** A role word anywhere in a text (`ROLE_RE` without its global state): `中央社記者林小芳東京5日電` names a reporter. */
const ROLE_ANYWHERE = new RegExp(ROLE_RE.source);

/**
 * Every role word of a text with what follows it, as `[...text.matchAll(ROLE_RE)]` lists them: read by `exec` from the start
 * (`matchAll` copies the pattern on every call, and role lists are read on most bylines and leads).
 */
function roleMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  ROLE_RE.lastIndex = 0;
  for (let m = ROLE_RE.exec(text); m !== null; m = ROLE_RE.exec(text)) {
    out.push(m);
    // (As matchAll steps past an empty match.)
    if (m[0] === '') ROLE_RE.lastIndex++;
  }
  return out;
}

/** The words that close a lead-in (`…讯`, `…电`, `…报道`), in both forms: every lead this module reads has one. */
const LEAD_IN_WORD = new RegExp(`${REPORT}|${WIRE}|${REPORTED}|${anyForm('消息')}`);
/** A day, with its month or not: `5月21日`, `十日`. */
const DAY = `(?:(?:\\d{1,2}|${CHINESE_NUMBER})\\s*月\\s*)?(?:\\d{1,2}|${CHINESE_NUMBER})\\s*日`;
/**
 * `XX讯`, `東湖晚報訊`, `XX新闻网讯`, `【明報專訊】`, `（新加坡讯）`, `本报综合讯`, `（吉隆坡5日讯）`, `本报北京5月21日讯`: a report's
 * lead-in. Its source has two characters at least: one before 讯 makes a word (快讯, 简讯, 资讯 label a section).
 */
const AGENCY_LEAD = new RegExp(
  `^${LEAD_OPEN}?\\s*((?:[\\u4e00-\\u9fff]{2,8}[·•・])?[\\u4e00-\\u9fff]{2,8}?(?:${PAPER_SUFFIX}|${OUTLET_SUFFIX})?)\\s*(?:${DAY})?\\s*(?:${REPORT_QUALIFIER})*\\s*${REPORT}(?!${anyForm('员')})\\s*${LEAD_CLOSE}?`,
);
/**
 * `【on.cc東網專訊】`, `〔TVBS新聞網訊〕`: a report's lead-in whose source opens with its Latin name, as some of Hong Kong's and
 * Taiwan's outlets are named. Only within square brackets, opened and closed: bare, a Latin word before 讯 is a sentence's
 * (`5G通讯…`). Group 1 is the source.
 */
const LATIN_NAMED_REPORT_LEAD = new RegExp(
  `^[【〔\\[［]\\s*([A-Za-z][A-Za-z0-9.\\-]{1,15}\\s*[\\u4e00-\\u9fff]{0,8}?)\\s*(?:${REPORT_QUALIFIER})*\\s*${REPORT}(?!${anyForm('员')})\\s*[】〕\\]］]`,
);
/**
 * `e公司讯，…`, `i时代报讯 …`: a report's lead-in whose source opens with a Latin letter, bare, as financial papers' apps and brands
 * are named. Read only where it cannot be a sentence's words: a letter first (`5G通讯…` opens with a digit), a mark, a space, a
 * bracket or the line's end right after 讯, and before 讯 no first character of a word closing in it (`iPhone最新资讯，…`,
 * `REPORT_WORD_FIRSTS`). Group 1 is the source.
 */
const LATIN_NAMED_BARE_LEAD = new RegExp(
  `^([A-Za-z][A-Za-z0-9.\\-]{0,15}[\\u4e00-\\u9fff]{1,8}?)(?:${REPORT_QUALIFIER})*${REPORT}(?!${anyForm('员')})(?=\\s*[:：，,]|\\s|$|[（(])`,
);
/** The first characters of the words closing in 讯 (`WORDS_CLOSING_IN_REPORT`), in either form. */
const REPORT_WORD_FIRST_UNITS = unitsOf(REPORT_WORD_FIRSTS);
/** Whether a bare lead-in's source opens with a Latin letter (told before the pattern). */
function opensWithLatinLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}
/** Who sends a dated lead-in: an agency, the paper itself, another paper (`中国青年报`, `新民晚报`), an agency or an app (`新湖南客户端`). */
const WIRE_SOURCE = `(?:${AGENCY}|${OWN_PAPER}|[\\u4e00-\\u9fff]{2,6}(?:${PAPER_SUFFIX}|社|${anyForm('客户端')}))`;
/** The hour a wire was sent, as papers before 1949 print it after the day: `下午七時`, `上午十時三十分`. */
const TIME_OF_DAY = `(?:[上下]午|晚|晨|早|夜)?\\s*(?:\\d{1,2}|${CHINESE_NUMBER})\\s*[时時](?:\\s*(?:\\d{1,2}|${CHINESE_NUMBER})\\s*分)?`;
/**
 * What closes a dated wire lead-in: `电`, a paper's own `专电`, or `报导` after the wires it was put together from
 * (`綜合外電報導`); the hour it was sent may come first (`上海三十日下午七時專電`, `北平三十日下午四時發專電`).
 */
const WIRE_CLOSE = `(?:${TIME_OF_DAY}\\s*)?(?:${anyForm('发')}\\s*)?(?:(?:${REPORT_QUALIFIER})*${WIRE}|(?:${REPORT_QUALIFIER})*${REPORTED}|${anyForm('消息')})`;
/**
 * `新华社北京5月21日电`, `本报北京1月18日电`, `中央社台北十二日電`, `〔合眾社華盛頓十日電〕`, `〔中央社華盛頓4日綜合外電報導〕`,
 * `（中央社記者林小芳東京5日電）`: a wire lead-in, the day in digits or Chinese numerals, often in brackets. Group 1 is the
 * lead-in, 2 its source, 3 what stands between the source and the date (a place, or a reporter and a place).
 */
/** `据新华社…电`, `综合新华社…电`: a wire the paper ran as it came, or compiled from (the wire, not 据 or 综合, is the source). */
const ACCORDING_TO_WORD = `(?:${anyForm('据')}|${anyForm('综合')})`;
const ACCORDING_TO = `(?:${ACCORDING_TO_WORD}\\s*)?`;
/**
 * A broadcaster or an app as a report's source (`央视`, `凤凰卫视`, `央视新闻客户端`): by its short name (`BROADCASTERS`), or a
 * channel's, station's or app's ending.
 */
const BROADCAST_SOURCE = `(?:${BROADCASTER}|[\\u4e00-\\u9fff]{1,8}(?:${BROADCASTER_ENDING}|${anyForm('客户端')}))`;
/**
 * The last characters of what `WEB_WIRE_LEAD` names first (网, a broadcaster's short name, 卫视, 电台, 客户端), in both forms: a lead
 * whose opening holds none is told without the pattern.
 */
const BROADCAST_OPENING_UNITS = unitsOf('网網视視广廣台臺线線綫端BVN');
/** `央广网北京5月20日消息`, `中国新闻网北京5月20日电`, `凤凰卫视6月12日消息`, `国际在线北京6月13日消息`: a dated lead-in from an outlet named by its ending 网 or 在线, or a broadcaster or app. Group 1: source, place, day. */
const WEB_WIRE_LEAD = new RegExp(
  `^${LEAD_OPEN}?\\s*((?:[\\u4e00-\\u9fff]{2,5}(?:${anyForm('网')}|${WEB_OUTLET_ENDING})|${BROADCAST_SOURCE})[\\u4e00-\\u9fff]{0,8}?\\s*${DAY}\\s*(?:${WIRE}|${anyForm('消息')}))\\s*${LEAD_CLOSE}?`,
);
/**
 * The most characters between an agency and its dispatch's day: a place (`北京`), or reporters and a place (`記者王小明、李大華台北`,
 * as the Central News Agency prints two).
 */
const WIRE_BETWEEN_MAX = 16;
const WIRE_LEAD = new RegExp(
  `^${LEAD_OPEN}?\\s*${ACCORDING_TO}((${WIRE_SOURCE})((?:[\\u4e00-\\u9fff]|[、·](?=[\\u4e00-\\u9fff])){0,${WIRE_BETWEEN_MAX}}?)\\s*${DAY}\\s*${WIRE_CLOSE})\\s*${LEAD_CLOSE}?`,
);

/**
 * `新华社电（记者…）`, `中新社電（記者…）`: a wire lead-in with neither place nor day, read as one only when the byline's
 * parenthesis follows (a sentence may well open with an agency's name).
 */
const UNDATED_WIRE_LEAD = new RegExp(
  `^${LEAD_OPEN}?\\s*${ACCORDING_TO}(${WIRE_SOURCE}[\\u4e00-\\u9fff]{0,8}?\\s*${WIRE})\\s*${LEAD_CLOSE}?(?=\\s*(?:[（(]|${SPACED_ROLES.reporters}))`,
);
/** `据新华社电 …`, `综合新华社电 …`: after 据 or 综合 an agency's 电 is its lead-in, whatever follows (a space, a mark or the text). Group 1: the lead-in. */
const ACCORDING_TO_WIRE_LEAD = new RegExp(`^${LEAD_OPEN}?\\s*${ACCORDING_TO_WORD}\\s*(${WIRE_SOURCE}[\\u4e00-\\u9fff]{0,8}?\\s*${WIRE})\\s*${LEAD_CLOSE}?\\s*(?:[:：，,]|(?=\\s|$|[“"《（(]))`);
/**
 * `央视新闻消息：…`, `新华社消息 …`, `人民网消息`, `国际在线消息：…`: a report's lead-in in the manner of broadcast and web copy, from
 * an agency or an outlet named by its ending (网, 社, 台, 在线), set off by a mark or a space (`电视台消息称` is a sentence); a paper's compiled report,
 * `本报综合消息`, `本报综合报道`. Group 1: the source.
 */
const NEWS_FROM_LEAD = new RegExp(
  `^${LEAD_OPEN}?\\s*${ACCORDING_TO}((?:${AGENCY}|${OWN_PAPER}|${anyForm('央视新闻')}|${BROADCAST_SOURCE}|[\\u4e00-\\u9fff]{1,6}(?:${anyForm('网')}|社|${anyForm('台')}|${PAPER_SUFFIX})|[\\u4e00-\\u9fff]{2,6}${WEB_OUTLET_ENDING}))\\s*(?:(?:${anyForm('综合')}\\s*)?${anyForm('消息')}|${anyForm('综合')}\\s*${REPORTED})\\s*${LEAD_CLOSE}?(?:(?<=[】〕\\]］）)])|\\s*(?:[:：，,]|(?=\\s|$|[“"《（(])))`,
);
/** A source closing in a site's ending other than 网 (`国际在线`). */
const WEB_OUTLET_END = new RegExp(`${WEB_OUTLET_ENDING}$`);
/** A lead-in's match closing in a colon. */
const COLON_CLOSE = /[:：]\s*$/;
const WIRE_WORD_END = new RegExp(`${WIRE}$`);
const NEWS_WORD_END = new RegExp(`${anyForm('消息')}$`);
const OPENS_BRACKET = new RegExp(`^\\s*${LEAD_OPEN}`);
/** The brackets a lead-in opens with (`LEAD_OPEN`), for a test of one character. */
const LEAD_OPENINGS = unitsOf('〔[［【（(');

const DATE_AND_WIRE = new RegExp(`${DAY}${WIRE_CLOSE}$`);
/** Any role word (a reporter's, a correspondent's, an author's). */
const ANY_ROLE = `(?:${SPACED_ROLES.reporters}|${SPACED_ROLES.correspondents}|${SPACED_ROLES.authors})`;
/** A paper's or an agency's bureau abroad or in a province, its reporters after it (`欧洲时报德国分社`, `新华社上海分社`). */
const BUREAU = `[\\u4e00-\\u9fff]{2,10}${anyForm('分社')}`;
/** A paper named by one character and 报 (`明報`), never a pronoun's (`本报`, `该报`): before a reporter in a bracketed lead-in. */
const PAPER_OF_ONE_CHARACTER = `(?![本该該此我其各两兩贵貴])[\\u4e00-\\u9fff]${anyForm('报')}`;
/** A role and its names, then where they report from and `报道`: `記者王小明、李大華／台南報導`, `記者黃家明報道`. Group 1: role and names; 2: the place. */
const REPORTER_CLAUSE = `(${ANY_ROLE}\\s*[\\u4e00-\\u9fff·、\\s]{2,24}?)\\s*(?:[/／]\\s*([\\u4e00-\\u9fff]{0,8}?))?\\s*(?:${REPORT_QUALIFIER})*\\s*${REPORTED}`;
/** The paper or broadcaster a reporter's lead-in may name before the role (`聯合報記者…`, `本報記者…`, `華視記者…`, `鳳凰衛視記者…`). */
const LEAD_OUTLET = `${OWN_PAPER}|${BROADCASTER}|[\\u4e00-\\u9fff]{2,8}(?:${PAPER_SUFFIX}|${BROADCASTER_ENDING})`;
/**
 * `〔記者王小明／桃園報導〕`, `【本報記者王小明／紐約報導】`, `〔編譯張三／綜合報導〕`, `記者張美華／台北報導`: a reporter's lead-in, as
 * Taiwan papers and Chinese papers abroad print it. Group 1: the lead-in; 2: the paper, when it names one; 3: role and
 * names; 4: the place, when a slash sets it off. Read as a lead-in only in brackets or with the slash (a sentence may
 * open `记者昨日报道`).
 */
const REPORTER_LEAD = new RegExp(
  `^${LEAD_OPEN}?\\s*((?:(${LEAD_OUTLET}|${BUREAU}|${PAPER_OF_ONE_CHARACTER})\\s*[/／]?)?\\s*${REPORTER_CLAUSE})\\s*${LEAD_CLOSE}?`,
);
/**
 * `〔記者王小明／特稿〕`, `〔記者陳大文／專訪〕`: a reporter's lead-in in brackets naming the kind of piece after the slash, where
 * another names where from and 報導, as Taiwan's papers print it over a special report or an interview. Groups as REPORTER_LEAD's:
 * 1 the lead-in, 2 the paper, 3 role and names.
 */
const PIECE_LEAD = new RegExp(
  `^${LEAD_OPEN}\\s*((?:(${LEAD_OUTLET})\\s*[/／]?)?\\s*(${ANY_ROLE}\\s*[\\u4e00-\\u9fff·、\\s]{2,24}?)\\s*[/／]\\s*${REPORT_PIECE})\\s*${LEAD_CLOSE}`,
);
/**
 * `【王小明／台北報導】`, `【中央社／台北報導】`: names (or a source) and a place in brackets, with no role word. Group 1: the names
 * or the source.
 */
const NAMED_REPORT_LEAD = new RegExp(
  `^${LEAD_OPEN}\\s*([\\u4e00-\\u9fff·、\\s]{2,16}?)\\s*[/／]\\s*[\\u4e00-\\u9fff]{0,8}?\\s*(?:${REPORT_QUALIFIER})*\\s*${REPORTED}\\s*${LEAD_CLOSE}`,
);
/** What a bracketed lead-in may name as its source: anything but a bracket (`英国《金融时报》网站`, `南京`). */
const BRACKETED_SOURCE = `[^〔\\[［【（(〕\\]］】）)]{2,30}?`;
/**
 * `（南京十九日電）`, `【英国《金融时报》网站3月5日报道】`: a dated lead-in in brackets whose source is a place, a paper or a
 * site rather than a known agency. Group 1: the source, with its place.
 */
const PLACE_WIRE_LEAD = new RegExp(`^${LEAD_OPEN}\\s*(${BRACKETED_SOURCE})\\s*${DAY}\\s*${WIRE_CLOSE}\\s*${LEAD_CLOSE}`);
/**
 * `（华盛顿综合电）`, `（法新社华盛顿电）`, `（路透社/法新社电）`: a wire's lead-in in brackets with no day, as Singapore's and
 * Malaysia's papers open a story from abroad (the 讯 of a report is read so already: `（新加坡讯）`). Group 1: the source, with
 * its place; the source two characters at least (`（来电）` is none).
 */
const UNDATED_BRACKETED_WIRE_LEAD = new RegExp(`^${LEAD_OPEN}\\s*([^〔\\[［【（(〕\\]］】）)\\s]{2,16}?)\\s*(?:${REPORT_QUALIFIER})*\\s*${WIRE}\\s*${LEAD_CLOSE}`);
/**
 * `【本报驻东京记者张三】`, `【环球时报驻美国特约记者 李四】`: a reporter's lead-in in brackets with no 报道 (a paper, where it
 * is posted, the role and names). Group 1: the paper; 2: role and names.
 */
const POSTED_REPORTER_LEAD = new RegExp(
  `^${LEAD_OPEN}\\s*(${OWN_PAPER}|[\\u4e00-\\u9fff]{2,8}(?:${PAPER_SUFFIX}|${OUTLET_SUFFIX}|${anyForm('网')}))?\\s*(?:${anyForm('驻')}[\\u4e00-\\u9fff]{1,8}?)?\\s*(${ANY_ROLE}\\s*[\\u4e00-\\u9fff·、\\s]{2,24}?)\\s*${LEAD_CLOSE}`,
);
/**
 * `【环球时报综合报道】`, `【环球网报道 记者 王五】`: a source's report in brackets, named by its kind, its reporters after it.
 * Group 1: the source; 2: role and names.
 */
const SOURCE_REPORT_LEAD = new RegExp(
  `^${LEAD_OPEN}\\s*(${BRACKETED_SOURCE})\\s*(?:${REPORT_QUALIFIER})*\\s*${REPORTED}\\s*(${ANY_ROLE}\\s*[\\u4e00-\\u9fff·、\\s]{2,24}?)?\\s*${LEAD_CLOSE}`,
);
/** Whether the words after the role words of a role list are all names (none a column's word, `手记`, `感言`). */
function onlyPersonNames(roleList: string): boolean {
  const words = joinLoneCharacters(roleList.replace(ROLE_RE, ' ').split(/[\s、，,/／]+/).filter(Boolean));
  return words.length > 0 && words.every((w) => NAME.test(w) && !NOT_NAMES.has(w));
}

/** A source rather than a person: an agency, the paper, or a name with a paper's or outlet's ending. */
const SOURCE_NAME = new RegExp(`^(?:${AGENCY}|${OWN_PAPER}|[\\u4e00-\\u9fff]{1,8}(?:${PAPER_SUFFIX}|${OUTLET_SUFFIX}))$`);
/**
 * After a report's lead-in, its reporter (`【大公報訊】記者黃家明報道：…`), the agency before the role or not, as older wire copy
 * names its own reporter after the dateline (`新华社北京十一日电 新华社记者张三报道：…`).
 */
const REPORTER_AFTER_LEAD = new RegExp(`^\\s*(?:${AGENCY})?${REPORTER_CLAUSE}\\s*[:：]?`);
/**
 * A person's name: two to five characters, or a transliterated one, its parts joined by `·` (`阿依古丽·买买提`, `瓦歷斯·諾幹`, as
 * papers print the names of China's and Taiwan's peoples who name themselves so), up to sixteen characters in all.
 */
const NAME = /^(?:[\u4e00-\u9fff·]{2,5}|(?=.{3,16}$)[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3})$/;
const PICTURE_SOURCE = new RegExp(`^${PICTURE_SOURCE_WORD}$`);
/**
 * A byline's closing `文` set apart after a name (`本报记者 张三 文`), where its picture came from after it or not (`记者 王五 文
 * 受访者供图`): what the names before it made, the words, no part of a name (OCR splits a name's characters apart, not a name's
 * two characters from a third).
 */
const WORDS_CREDIT_TAIL = new RegExp(`(?<=[\\u4e00-\\u9fff·]{2})[\\s\\u3000]+文(?:[\\s\\u3000]+${PICTURE_SOURCE_WORD})?\\s*$`);
/**
 * `本报讯 记者张三 通讯员李四 近日，…`: roles and names set off by spaces after a bare lead-in, the lead's text after them (or on
 * the next line: `本报讯 记者 杨帆` / `北京时间5月20日晚，…`).
 */
const ROLES_AFTER_LEAD = new RegExp(`^(\\s*(?:(?:${EVERY_ROLE})\\s*[/／:：]?\\s*[\\u4e00-\\u9fff·]{2,4}(?:[、\\s]+[\\u4e00-\\u9fff·]{2,4})*?(?:\\s+|\\s*$))+)(?=\\S|$)`);
function namesAfterLead(after: string): RegExpExecArray | null {
  const m = ROLES_AFTER_LEAD.exec(after);
  return m && onlyPersonNames(m[1]!) ? m : null;
}
/** Words that follow a role word as a column's name, not a person's (`记者手记`, `记者观察`). */
const NOT_NAMES = new Set<string>([...COLUMN_AFTER_ROLE, ...TIME_WORDS]);

const PLAIN_ROLES = rolePatterns(false);
const ROLE_TESTS = ROLES.map((role) => ({ role, test: new RegExp(`^(?:${PLAIN_ROLES[role]})`) }));

function roleOf(word: string): Role {
  const closed = withoutSpaces(word);
  for (const r of ROLE_TESTS) if (r.test.test(closed)) return r.role;
  return 'reporters';
}

export function emptyByline(): Byline {
  return { agency: null, reporters: [], correspondents: [], photographers: [], authors: [], raw: null };
}

/**
 * A reporter's credit naming no one, alone on its line, as Hong Kong's papers close a story (`本報記者`, `明報記者`, `本报特约记者`):
 * group 1 the paper. (A note in brackets, `（作者为本报记者）`, is the text's.)
 */
const UNNAMED_CREDIT = new RegExp(
  `^(${OWN_PAPER}|[\\u4e00-\\u9fff]{1,6}?(?:${PAPER_SUFFIXES.filter((w) => w.length > 1 && w !== '周末').map((w) => anyForm(w)).join('|')})|[\\u4e00-\\u9fff]{1,2}${anyForm('报')})\\s*(?:${ROLE_WORDS.reporterPrefixes.filter((w) => w !== '本报').map((w) => anyForm(w)).join('|')})?\\s*${anyForm('记者')}$`,
);
/** The byline of a reporter's credit that names no one (`本報記者`): its paper, and the credit as printed; null for any other line. */
export function matchUnnamedCredit(text: string): Byline | null {
  const m = text.length <= UNNAMED_CREDIT_MAX ? UNNAMED_CREDIT.exec(text.trim()) : null;
  // (A paper whose name closes in a bare 报, `明報`, `大公報`, `文匯報`, is one of two or three characters, and no document's word:
  // `情报`, `画报` … are no paper's name here.)
  return m && !REPORT_WORD.test(withoutSpaces(m[1]!)) ? { ...emptyByline(), agency: withoutSpaces(m[1]!), raw: text.trim() } : null;
}
const UNNAMED_CREDIT_MAX = 16;

/**
 * OCR splits names with stray spaces (`刘 琼`, `陈正 明`, `罗 东 旭`). A
 * Chinese name has two to four characters (mostly two or three), so a lone
 * character is never a name by itself. A run of lone characters is one name
 * (two runs when it is too long for one); a single lone character joins the
 * neighbour it makes a two- or three-character name with, the next word
 * first (a surname), and only failing that a four-character one.
 */
/** One Chinese character alone (a word OCR split off a name). */
const lone = (word: string | undefined) => word !== undefined && [...word].length === 1 && /[\u4e00-\u9fff]/.test(word);
/** A word's length once a lone character joins it; no word, no joining. */
const joinedLength = (other: string | undefined) => (other === undefined ? Infinity : [...other].length + 1);

function joinLoneCharacters(words: string[]): string[] {
  // Runs of two or more lone characters: `罗 东 旭` → 罗东旭, `王 磊 刘 芳` → 王磊 刘芳.
  const grouped: string[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (lone(words[j])) j++;
    const run = j - i;
    if (run >= 2) {
      const chars = words.slice(i, j);
      // A run too long for one name is two: 4 → 2+2, 5 → 2+3, 6 → 3+3.
      const sizes = run <= 3 ? [run] : [Math.floor(run / 2), Math.ceil(run / 2)];
      let at = 0;
      for (const size of sizes) {
        grouped.push(chars.slice(at, at + size).join(''));
        at += size;
      }
      i = j;
    } else {
      grouped.push(words[i]!);
      i++;
    }
  }
  const out: string[] = [];
  for (let i = 0; i < grouped.length; i++) {
    const word = grouped[i]!;
    if (!lone(word)) {
      out.push(word);
      continue;
    }
    const next = grouped[i + 1];
    const previous = out[out.length - 1];
    if (joinedLength(next) <= 3) grouped[i + 1] = word + next;
    else if (joinedLength(previous) <= 3) out[out.length - 1] = previous + word;
    else if (joinedLength(next) <= 4) grouped[i + 1] = word + next;
    else if (joinedLength(previous) <= 4) out[out.length - 1] = previous + word;
    else out.push(word);
  }
  return out;
}

/** Splits "A B、C" into names, dropping anything that is not name-shaped. */
export function splitNames(segment: string): string[] {
  const words = segment
    .split(/[\s、，,；;/／]+/)
    .map((n) => n.replace(/[()（）]/g, ''))
    .filter(Boolean);
  // (`记者朱荣鹏、人民网记者毛雷`: the outlet before a role is no one's name.)
  return joinLoneCharacters(words).filter((n) => NAME.test(n) && !SOURCE_NAME.test(n) && !/[网網台]$/.test(n) && !PICTURE_SOURCE.test(n));
}

/** Where a lead-in's closing-up stops: its first parenthesis (a lead's reporters), or its first slash (a byline's roles). */
const OPENING_PARENTHESIS = /[（(]/;
const SLASH = /[/／]/;

/**
 * Closes OCR spaces in the lead-in before the first parenthesis or slash (`株洲日 报讯(` → `株洲日报讯(`). Not where a square
 * bracket closed before it with text after: that parenthesis is the text's (`【本報記者 張文華 紐約報導】紐約…（Main Street）…`),
 * and the bracket's spaces part its names.
 */
function closeLeadIn(text: string, stop: RegExp): string {
  const at = text.search(stop);
  return at > 0 && at <= 30 && !textAfterSquareBracket(text.slice(0, at)) ? text.slice(0, at).replace(/\s+/g, '') + text.slice(at) : text;
}
/** A square bracket closed, then text (`【…報導】紐約…`): told by the closing bracket first. */
const SQUARE_BRACKET_THEN_TEXT = /[】〕\]］]\s*\S/;
function textAfterSquareBracket(opening: string): boolean {
  return (opening.includes('】') || opening.includes('〕') || opening.includes(']') || opening.includes('］')) && SQUARE_BRACKET_THEN_TEXT.test(opening);
}

/** A bracket closing a story's text, group 1 its inside: a credit (`…免费入场。（记者 周敏）`) or a source (`…（据新华社）`). */
const CLOSING_BRACKET = /[（(]([^（()）]{2,60})[）)]\s*$/;

/** The inside of the round bracket the text closes with, or null (told by its last character first: most paragraphs end otherwise). */
function closingBracket(text: string): string | null {
  const trimmed = text.trimEnd();
  const last = trimmed[trimmed.length - 1];
  return last === '）' || last === ')' ? (CLOSING_BRACKET.exec(trimmed)?.[1] ?? null) : null;
}

/** What the writers did after their names, which is no one's name (`（本报记者 倪弋 整理）`, `（记者 张三 采写）`). */
const DONE_AFTER_NAMES = new RegExp(`\\s*(?:${['采访', '整理', '采写', '综合', '供稿'].map((w) => anyForm(w)).join('|')})+\\s*$`);
/** A writer's note, not a name: `（作者为电影导演）`, `（作者系…）`. */
const WRITER_NOTE = new RegExp(`${anyForm('作者')}\\s*[为為系係是]`);

/**
 * The byline a story's closing credit gives, as papers that sign a story at its end print it: the names under their roles, read
 * only where the bracket holds roles and names and nothing else (a writer's note, `（作者为北京大学教授）`, or a dateline,
 * `（新华社北京2月20日电）`, names no one). Null where it names no one. `text`: the story's last paragraph, or its last line as
 * printed (names apart as the spaces part them: closed up, two names run into one).
 */
export function closingCreditByline(text: string): Byline | null {
  const inside = closingBracket(text);
  if (inside === null) return null;
  // A commentator's signature in brackets closing the piece (`（本报评论员）`, `（新华社特约评论员）`), as a short comment is signed.
  if (signsAsCommentator(inside)) return matchStandaloneByline(inside);
  const labelled = sentOrCompiledBy(inside);
  if (labelled) return labelled;
  const list = inside.replace(DONE_AFTER_NAMES, '');
  // (The outlet may name itself before the role, `（县融媒体中心记者 蒋文）`, as a county's media centre signs what it sends the
  // paper: no one's name, however long.)
  const outlet = STANDALONE_AGENCY.exec(list.trimStart());
  const people = outlet ? list.trimStart().slice(outlet[0].length) : list;
  // (A photo's credit, `（记者 张三 摄）`, is the caption reader's.)
  if (/[摄攝]\s*$/.test(list) || WRITER_NOTE.test(list)) return null;
  if (!ROLE_ANYWHERE.test(list)) return outletCredit(inside, list);
  if (!onlyPersonNames(people)) return null;
  const byline = emptyByline();
  readRoleList(list, byline);
  if (byline.reporters.length + byline.correspondents.length + byline.authors.length + byline.photographers.length === 0) return null;
  // (As printed, without the brackets that set it apart from the text: `记者 李明 通讯员 王芳`.)
  byline.raw = inside.trim();
  return byline;
}

/** A bracket's words that are a commentator's signature (`本报评论员`, `新华社特约评论员`, `本报评论员 李四`; told by the title's 员 first). */
function signsAsCommentator(inside: string): boolean {
  return (inside.includes('员') || inside.includes('員')) && COMMENTATOR_LINE.test(inside.trim());
}

/**
 * A commentator's signature in brackets closing a piece (`…考验。（本报评论员）`, `（本報評論員）` alone): the piece's byline on any
 * page, where other closing credits are read only on a page that signs its stories at their end (a signature names no one
 * else's role). Null where the text closes in none.
 */
export function closingCommentator(text: string): Byline | null {
  const inside = text.includes('员') || text.includes('員') ? closingBracket(text) : null;
  return inside !== null && signsAsCommentator(inside) ? matchStandaloneByline(inside) : null;
}

/**
 * A signature in brackets closing a story that signs on any page: a commentator's (`closingCommentator`), or a credit naming
 * who sent or compiled the story (`（投稿：办公室）`, `（欧洲时报/周红 编译）`), its label or its 编译 saying what it is. Null where
 * the text closes in none.
 */
export function closingSignature(text: string): Byline | null {
  const inside = closingBracket(text);
  return inside === null ? null : signsAsCommentator(inside) ? matchStandaloneByline(inside) : sentOrCompiledBy(inside);
}

/**
 * An outlet then its writers with no role, a space between (`（区融媒体中心 蒋文）`, `（县融媒体中心 蒋文 刘洋）`), as a county's
 * media centre signs what it sends the paper, as it does with the role (`（县融媒体中心记者 蒋文）`): the names are its reporters.
 * Each name opens with a surname (a place or office after an outlet is no one, `（县融媒体中心 供稿）` none at all).
 */
function outletCredit(inside: string, list: string): Byline | null {
  const m = OUTLET_THEN_NAMES.exec(list.trim());
  if (!m) return null;
  const names = m[1]!.split(/[\s\u3000、]+/);
  if (names.length > OUTLET_CREDIT_NAMES_MAX || !names.every((w) => NAME.test(w) && isSurnamedName(w) && !NOT_NAMES.has(w))) return null;
  const byline = emptyByline();
  byline.reporters.push(...names);
  byline.raw = inside.trim();
  return byline;
}
/** The most writers an outlet's credit with no role names. */
const OUTLET_CREDIT_NAMES_MAX = 3;

/**
 * The agency, paper or site a story's text closes by naming in brackets, as a paper that reprints a story does (`…（据新华社）`,
 * `…（来源：人民网）`, `（据央视新闻）`, `（中央社）`); null for any other bracket.
 */
export function closingSource(text: string): string | null {
  const inside = closingBracket(text)?.replace(/\s+/g, '');
  if (inside === undefined) return null;
  const source = TAKEN_FROM_LINE.exec(inside) ?? SOURCE_LINE.exec(inside) ?? AGENCY_ALONE.exec(inside) ?? (inside.endsWith('供稿') ? SUPPLIED_BY.exec(inside) : null);
  if (source) return withoutSpaces(source[1]!);
  // (`（本报综合）`, `（综合新华社、央视新闻）`, `（本文转自青山日报）`: a round-up's or a reprint's credit, told by 综 or 自 first.)
  // (The round-up's credit read in its brackets, where 报道 may close it: `（本報綜合報導）`.)
  const compiled = inside.includes('综') || inside.includes('綜') ? (OWN_ROUND_UP.exec(`（${inside}）`) ?? COMPILED_FROM.exec(inside)) : null;
  const credited = compiled ?? (inside.includes('自') || inside.includes('于') || inside.includes('於') ? REPRINTED_FROM.exec(inside) : null);
  return credited ? withoutSpaces(credited[1] ?? credited[2]!) : null;
}
/**
 * An agency's name alone, its 电 after it or not (`（中央社）`, `（法新社電）`, as Taiwan's and Singapore's papers close a wire's story),
 * or its 稿, copy (`（新华社稿）`, as older mainland papers close a story of the agency's).
 */
const AGENCY_ALONE = new RegExp(`^(${AGENCY})(?:${WIRE}|稿)?$`);

/** A role list in a lead's brackets, its names with what each made after them or not: `记者 张三/文 李四/图`, `记者 A 通讯员 B`. */
function readRoleList(list: string, into: Byline): void {
  // Where the report was made from closes the list, no one's name (`記者張美華／台北報導`).
  const reported = endsInReported(list) ? REPORTED_TAIL.exec(list) : null;
  let inner = reported && reported.index > 0 ? list.slice(0, reported.index) : list;
  // (A word after a space run into 报道 is where from only where a name stands before it: `（记者 王五报道）` names 王五, its one name.)
  if (reported && reported.index > 0 && !'/／'.includes(reported[0].trimStart()[0] ?? ' ') && nothingAfterLastRole(inner)) inner = list.replace(REPORTED_WORD_TAIL, '');
  // (Only a list with a slash before what a name made can credit it so: most have none, and the pattern is costly.)
  const credited = CREDIT_AFTER_SLASH.test(inner) ? creditsAfterNames(inner) : null;
  if (!credited) {
    parseRoles(inner, into);
    return;
  }
  for (const role of ROLES) into[role].push(...credited[role]);
}

const CREDIT_AFTER_SLASH = /[/／]\s*[文图圖摄攝]/;
/** The closing 报道 alone, with the kind of report before it (`综合报道`). */
const REPORTED_WORD_TAIL = new RegExp(`\\s*(?:${REPORT_QUALIFIER})*\\s*${REPORTED}$`);
/** Whether the last role word of a list closes it, no name after it (`记者`, `本报记者 `). */
function nothingAfterLastRole(list: string): boolean {
  const matches = roleMatches(list);
  const last = matches[matches.length - 1];
  return last !== undefined && list.slice((last.index ?? 0) + last[0].length).trim() === '';
}

/** Parses the inside of a role list: `全媒体记者/A 通讯员/B C`. */
export function parseRoles(inner: string, into: Byline): boolean {
  const matches = roleMatches(inner);
  if (matches.length === 0) return false;
  let found = false;
  // `图/记者 孙涛`: the photographs' credit, then the photographer's title; the names under the title are the photographer's.
  let creditedAs: Role | null = null;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    const start = (match.index ?? 0) + match[0].length;
    const end = i + 1 < matches.length ? (matches[i + 1]!.index ?? inner.length) : inner.length;
    const between = inner.slice(start, end);
    const names = splitNames(between);
    // (The role with what follows it: `文/` is an author's only before its slash.)
    const role = roleOf(match[0]);
    if (names.length === 0 && role === 'photographers' && /[/／]\s*$/.test(match[0]) && between.trim() === '') {
      creditedAs = role;
      continue;
    }
    if (names.length) found = true;
    into[creditedAs ?? role].push(...names);
    creditedAs = null;
  }
  return found;
}

export interface BylineMatch {
  byline: Byline;
  /** Text after the byline on the same line (the start of the lead paragraph). */
  rest: string;
  /** A wire lead-in with its day (`路透社倫敦十九日電`): one on a line of its own opens the story the next line tells. */
  dated: boolean;
}

/**
 * Recognises a byline at the start of a paragraph, e.g.
 * `株洲日报讯(全媒体记者/A 通讯员/B) 7月21日,…` or `本报北京1月18日电（记者A、B）…`.
 */

/** One way a lead-in is printed: its pattern, what else a match must show, and what it says of the byline. */
interface LeadInForm {
  pattern: RegExp;
  /** Whether the pattern can match the text at all, told cheaply (every text may, without it). */
  applies?: (text: string) => boolean;
  /** Whether a match is this form indeed (beyond its pattern); every match is, without it. */
  accepts?: (match: RegExpExecArray, text: string) => boolean;
  read: (match: RegExpExecArray, byline: Byline) => void;
  /** The lead-in names its day (`路透社倫敦十九日電`): on a line of its own it opens the story the next line tells. */
  dated?: boolean;
  /** The lead-in names its reporters itself: no `（记者…）` or `记者…报道：` after it is read. */
  namesReporters?: (match: RegExpExecArray) => boolean;
}

/** The names (or the source) of `【王小明／台北報導】`, when they are names indeed, or a source such as 中央社. */
function namedReporters(who: string): { source: string } | { names: string[] } | null {
  if (SOURCE_NAME.test(withoutSpaces(who))) return { source: withoutSpaces(who) };
  const names = splitNames(who);
  if (names.length === 0 || names.join('') !== withoutSpaces(who).replace(/[、·]/g, '')) return null;
  // (One word that is no person's name is the paper's desk that compiled the report, `〔即時新聞／綜合報導〕`, `〔體育中心／綜合報導〕`,
  // `〔編輯部／台北報導〕`, as Taiwan's papers credit one: the source, no reporter.)
  return names.length === 1 && !isSurnamedName(names[0]!) ? { source: names[0]! } : { names };
}

/** The text opens with a lead-in's bracket (`LEAD_OPEN`): the forms whose pattern opens with one apply to no other text. */
const opensInBracket = (text: string): boolean => text.length > 0 && LEAD_OPENINGS.has(text.charCodeAt(0));

/** A paper's name and its brand after a dot, in square brackets (`【大河报·豫视频】`). Group 1: the paper. */
const PAPER_BRAND_LEAD = new RegExp(`^【\\s*([\\u4e00-\\u9fff]{2,8}(?:${PAPER_SUFFIX}))\\s*[·•・]\\s*[\\u4e00-\\u9fffA-Za-z0-9]{2,8}\\s*】(?=\\s*\\S)`);
/** A form's `read` where its group 1 is the source alone: the agency, its spaces closed up. */
const readAgency = (m: RegExpExecArray, byline: Byline): void => {
  byline.agency = withoutSpaces(m[1]!);
};
/** How a source named before 讯 ends when it is an outlet: a paper (`…日报`, `本报`), an agency (`…社`), a website or a station. */
const OUTLET_NAME_END = new RegExp(`(?:${PAPER_SUFFIX}|${OUTLET_SUFFIX}|${anyForm('网')}|${anyForm('台')})$`);
/** What stands right after a sentence's 讯, never after a lead-in's: a clause's mark or the clause going on (`…的死讯，`, `闻讯赶来`). */
const SENTENCE_GOES_ON = /^[，,、。；;！!？?\u4e00-\u9fff]/;

/**
 * `AGENCY_LEAD` matched a sentence's word closing in 讯, not a lead-in: `听到普希金的死讯，28岁的…`, `他闻讯赶来…`, `惊闻喜讯，…`.
 * A lead-in names an outlet (`…报`, `…社`, `…网`, `…台`), stands in brackets (`（新加坡讯）`), or says its day or kind
 * (`本报北京5月21日讯`, `…专讯`); a bare source that does none of these is a lead-in only where a space, a bracket or a colon
 * follows its 讯, never a comma or the clause's next word.
 */
function readsAsSentence(m: RegExpExecArray, text: string): boolean {
  const source = m[1]!;
  const word = Math.max(m[0].lastIndexOf('讯'), m[0].lastIndexOf('訊'));
  if (OPENS_BRACKET.test(text) || OUTLET_NAME_END.test(withoutSpaces(source))) return false;
  // (Between the source and 讯 only spaces: no day, no qualifier.)
  if (withoutSpaces(m[0].slice(m[0].indexOf(source) + source.length)).length > 1) return false;
  return SENTENCE_GOES_ON.test(text.slice(m.index + word + 1));
}

/** A source that sends wires by its name alone: a known agency (`新华社`, `中央社`) or the paper itself. */
const KNOWN_WIRE_SOURCE = new RegExp(`^(?:${AGENCY}|${OWN_PAPER})$`);
/** A source named by its ending 社 alone (`出版社`, `合作社`, `该报社`): any body's, no agency's by that. */
const ANY_SOCIETY = /社$/;
/** The day and a bare 电 closing a wire's lead-in (no 专电, no hour, no 发): `12日电`. */
const DAY_THEN_BARE_WIRE = new RegExp(`日\\s*${WIRE}$`);
const HAN_UNIT = /[\u4e00-\u9fff]/;

/**
 * `WIRE_LEAD` matched a sentence's body, its day and its 电话 or 电邮, not a wire: `出版社6月12日电邮回复称，…`, `村合作社12日电话通知…`,
 * `該報社12日電郵回覆表示…`. A wire from a source that is no known agency nor the paper (only a name closing in 社), naming no place
 * and no kind, in no brackets, is one only where a space or a mark sets its 电 off: run straight into a Chinese character, the 电
 * opens the sentence's word. (A known agency's or the paper's wire may run into its text, `新华社北京5月20日电日前，…`, but
 * not into 话 or 邮 with no place named: `本报6月12日电话采访…`.)
 */
function wireRunsIntoWord(m: RegExpExecArray, text: string): boolean {
  const source = m[2]!;
  // (A reporter named where the place stands, `本报记者6月12日电话…`, names no place.)
  if ((m[3] !== '' && !REPORTER_WORD.test(m[3]!)) || OPENS_BRACKET.test(text) || !DAY_THEN_BARE_WIRE.test(m[1]!)) return false;
  const end = m.index + m[0].length;
  if (isJsSpace(text.charCodeAt(end - 1))) return false;
  // A known agency or the paper naming no place, its 电 run into 话, 邮 or 视 (`本报6月12日电话采访…`, `新华社12日電郵…`, `…12日电视
  // 讲话中`): the sentence's 电话, 电邮 or 电视, where a wire from either names the place it was sent from (`本报北京6月12日电`).
  if (KNOWN_WIRE_SOURCE.test(source)) return WIRE_WORD_SECOND.has(text.charCodeAt(end));
  return ANY_SOCIETY.test(source) && HAN_UNIT.test(text[end] ?? '');
}
/** The second characters of 电话, 电邮 and 电视, in either form: after a wire's bare 电 with no place, the sentence's word. */
const WIRE_WORD_SECOND = unitsOf('话話邮郵视視');
/** A reporter's role word alone (`记者`, `記者`). */
const REPORTER_WORD = new RegExp(`^${anyForm('记者')}$`);

/**
 * A particle right after a lead-in's closing word (讯, 电, 报道) makes the lead-in a noun its sentence goes on about, whatever
 * form it has: `本报讯的写法…`, `新华社北京6月12日电的稿件…`, `記者王小明／台北報導的那篇文章…`. (A lead-in in brackets, or one a
 * space sets off, closes first: what follows it is the text's, `（新华社北京6月12日电）的确，…`.)
 */
function namedInSentence(m: RegExpExecArray, text: string): boolean {
  const end = m.index + m[0].length;
  return text[end] === '的' && !LEAD_CLOSINGS.has(text.charCodeAt(end - 1)) && !isJsSpace(text.charCodeAt(end - 1));
}
/** The brackets a lead-in closes with (`LEAD_CLOSE`), for a test of one character. */
const LEAD_CLOSINGS = unitsOf('〕]］】）)');

/** The lead-in forms, tried in this order; the first that accepts its match is the line's. */
const LEAD_IN_FORMS: LeadInForm[] = [
  {
    // `央广网北京5月20日消息（记者…）`: a website's or a broadcaster's dated lead-in (its name within its first few characters).
    pattern: WEB_WIRE_LEAD,
    applies: (text) => {
      const opening = text.slice(0, 12);
      for (let k = 0; k < opening.length; k++) if (BROADCAST_OPENING_UNITS.has(opening.charCodeAt(k))) return true;
      return false;
    },
    read: (m, byline) => {
      byline.agency = withoutSpaces(m[1]!).replace(DATE_AND_WIRE, '');
    },
    dated: true,
  },
  {
    pattern: WIRE_LEAD,
    // A wire lead-in closing in 报道 stands in brackets (`〔中央社華盛頓4日綜合外電報導〕`): bare, it is a sentence (`据叙通社10月20日报道，…`).
    // (`新华社北京5月20日消息` is one too.)
    accepts: (m, text) => (WIRE_WORD_END.test(m[1]!) || NEWS_WORD_END.test(m[1]!) || OPENS_BRACKET.test(text)) && !wireRunsIntoWord(m, text),
    // The agency and place, without the date: `新华社北京5月21日电` → 新华社北京. Where a reporter stands between them
    // (`中央社記者林小芳東京5日電`), the agency alone; the reporter's name is read where a known place closes it (`DISPATCH_PLACES`),
    // else name and place run together and neither is guessed.
    read: (m, byline) => {
      const between = m[3]!;
      if (!ROLE_ANYWHERE.test(between)) {
        byline.agency = withoutSpaces(m[1]!).replace(DATE_AND_WIRE, '');
        return;
      }
      byline.agency = withoutSpaces(m[2]!);
      const sent = withoutSpaces(between);
      const place = DISPATCH_PLACE_END.exec(sent);
      const names = place ? sent.slice(0, place.index).replace(ROLE_RE, '、').split('、').filter(Boolean) : [];
      if (names.length > 0 && names.every(isPersonName)) byline.reporters.push(...names);
    },
    dated: true,
  },
  {
    pattern: UNDATED_WIRE_LEAD,
    read: (m, byline) => {
      byline.agency = withoutSpaces(m[1]!).replace(WIRE_WORD_END, '');
    },
  },
  {
    pattern: ACCORDING_TO_WIRE_LEAD,
    read: (m, byline) => {
      byline.agency = withoutSpaces(m[1]!).replace(WIRE_WORD_END, '');
    },
  },
  {
    pattern: NEWS_FROM_LEAD,
    // (A site named by 在线 hands over with a colon or stands in brackets: `国际在线消息：…`; `客服在线消息，…` may be a sentence's.)
    accepts: (m, text) => !WEB_OUTLET_END.test(m[1]!) || COLON_CLOSE.test(m[0]) || OPENS_BRACKET.test(text),
    read: readAgency,
  },
  {
    pattern: REPORTER_LEAD,
    accepts: (m, text) => m[4] !== undefined || OPENS_BRACKET.test(text),
    read: (m, byline) => {
      byline.agency = m[2] ? withoutSpaces(m[2]) : null;
      // (The role, its names and 报道, read as a credit's list is: where from, after a space as after a slash, is no one's name,
      // `【欧洲时报记者 李晓明 巴黎报道】`, as `本报讯（记者 张三 北京报道）` reads.)
      readRoleList(m[1]!.slice(m[1]!.indexOf(m[3]!)), byline);
    },
    namesReporters: () => true,
  },
  {
    // A correspondent's telegram from a place, or a paper's report: the place or paper stands where the agency would.
    pattern: PLACE_WIRE_LEAD,
    applies: opensInBracket,
    read: readAgency,
    dated: true,
  },
  {
    pattern: PIECE_LEAD,
    applies: opensInBracket,
    accepts: (m) => onlyPersonNames(m[3]!),
    read: (m, byline) => {
      byline.agency = m[2] ? withoutSpaces(m[2]) : null;
      parseRoles(m[3]!, byline);
    },
    namesReporters: () => true,
  },
  {
    pattern: UNDATED_BRACKETED_WIRE_LEAD,
    applies: opensInBracket,
    read: readAgency,
  },
  {
    pattern: POSTED_REPORTER_LEAD,
    applies: opensInBracket,
    // (`【记者手记】`, `【记者感言】` name a column, not a reporter.)
    accepts: (m) => onlyPersonNames(m[2]!),
    read: (m, byline) => {
      byline.agency = m[1] ? withoutSpaces(m[1]) : null;
      parseRoles(m[2]!, byline);
    },
    namesReporters: () => true,
  },
  {
    pattern: NAMED_REPORT_LEAD,
    applies: opensInBracket,
    accepts: (m) => namedReporters(m[1]!) !== null,
    read: (m, byline) => {
      const named = namedReporters(m[1]!)!;
      if ('source' in named) byline.agency = named.source;
      else byline.reporters.push(...named.names);
    },
    namesReporters: () => true,
  },
  {
    pattern: SOURCE_REPORT_LEAD,
    applies: opensInBracket,
    read: (m, byline) => {
      // (Before a slash, the source; after it, where from: `〔國際新聞中心／綜合報導〕`, `〔國際新聞中心／台北報導〕`.)
      byline.agency = withoutSpaces(m[1]!).split(/[/／]/)[0]!;
      if (m[2]) parseRoles(m[2], byline);
    },
    namesReporters: (m) => !!m[2],
  },
  {
    pattern: LATIN_NAMED_REPORT_LEAD,
    applies: opensInBracket,
    read: readAgency,
  },
  {
    pattern: LATIN_NAMED_BARE_LEAD,
    applies: opensWithLatinLetter,
    // (The source's last character before 讯 opens no word closing in it: `iPhone最新资讯，…` is a sentence.)
    accepts: (m) => !REPORT_WORD_FIRST_UNITS.has(m[1]!.charCodeAt(m[1]!.length - 1)),
    read: readAgency,
  },
  {
    // `【大河报·豫视频】`, `【齐鲁晚报·齐鲁壹点】`: a paper and its app or video brand in brackets, no 讯, as metro papers' sites open a
    // report; the paper is the agency (its reporters, if named after it, are read below).
    pattern: PAPER_BRAND_LEAD,
    applies: (text) => text[0] === '【',
    read: readAgency,
  },
  {
    pattern: AGENCY_LEAD,
    accepts: (m, text) => !readsAsSentence(m, text),
    read: (m, byline) => {
      byline.agency = withoutSpaces(m[1]!) || null;
    },
  },
];

/** A colon or a comma after a lead-in, handing over to the text. */
const HANDOVER_MARK = /^\s*[:：，,]\s*/;
/** A colon closing a lead-in's credit, handing over to the text. */
const TRAILING_HANDOVER_COLON = /\s*[:：]$/;

export function matchLeadByline(spacedText: string): BylineMatch | null {
  // (`👉 本报讯（记者 周敏）…`: the mark a reprint posted to an account sets before its paragraph is no part of the lead-in.)
  const pointer = opensWithPointer(spacedText) ? POINTER_BEFORE_LEAD.exec(spacedText) : null;
  if (pointer) return matchLeadByline(spacedText.slice(pointer[0].length));
  // Every lead-in ends in 讯, 电 or 报道, or stands in brackets: a line with neither is no lead (most lines; one quick scan),
  // unless it opens with a reporter's roles and names run into the text (`…记者 李明 通讯员 王芳 连日来，…`).
  if (!LEAD_IN_WORD.test(spacedText) && !LEAD_OPENINGS.has(firstVisibleUnit(spacedText))) return rolesThenText(spacedText);
  const printed = closeLeadIn(spacedText, OPENING_PARENTHESIS);
  if (isClosingCredit(printed)) return null;
  // Read with its digits as ASCII (`本报北京３月４日电`), one character for one: the lead-in and the rest are cut from the print.
  const text = withAsciiDigits(printed);
  for (const form of LEAD_IN_FORMS) {
    if (form.applies && !form.applies(text)) continue;
    const match = form.pattern.exec(text);
    if (!match || (form.accepts && !form.accepts(match, text)) || namedInSentence(match, text)) continue;
    const byline = emptyByline();
    form.read(match, byline);
    let consumed = match[0].length;
    if (!form.namesReporters?.(match)) {
      // The reporters after the lead-in: `（记者…）`, or `记者…报道：` after a report's lead-in (`【大公報訊】記者黃家明報道：…`).
      const after = text.slice(consumed);
      const reporters = /^\s*[（(]([^（()）]{0,80})[）)]/.exec(after) ?? REPORTER_AFTER_LEAD.exec(after) ?? namesAfterLead(after);
      if (reporters) {
        readRoleList(reporters[1]!, byline);
        consumed += reporters[0].length;
        // A second bracket of roles right after the first (`（记者 张三）（通讯员 李四）`).
        const more = /^\s*[（(]([^（()）]{0,80})[）)]/.exec(text.slice(consumed));
        if (more && ROLE_ANYWHERE.test(more[1]!) && onlyPersonNames(more[1]!)) {
          readRoleList(more[1]!, byline);
          consumed += more[0].length;
        }
      }
    }
    // (Without the colon that hands over to the text, `記者黃家明報道：`: the credit shown over a story ends with the names.)
    byline.raw = printed.slice(0, consumed).trim().replace(TRAILING_HANDOVER_COLON, '');
    // (A colon closing the lead-in, `央视网消息（新闻联播）：…`, `本报讯（记者 韩冰）：…`, is the lead-in's, no mark of the text;
    // so is a comma, `证券时报网讯，…`, `财联社6月13日电，…`, `凤凰卫视6月12日消息，…`, as financial papers, sites and broadcasters print it.)
    const colon = HANDOVER_MARK.exec(printed.slice(consumed));
    if (colon) consumed += colon[0].length;
    return { byline, rest: printed.slice(consumed).trim(), dated: !!form.dated };
  }
  return reportedThenText(spacedText) ?? rolesThenText(spacedText);
}

/**
 * The pictographs and pointers a reprint posted to an account sets before a paragraph (`👉 本报讯（记者 周敏）…`, `📌 `, `▶本报讯…`,
 * `➡️ `): marks of the post, none a lead-in's words. Group 0: the marks and the space after them.
 */
const POINTER_BEFORE_LEAD = /^\s*(?:\p{Extended_Pictographic}[\uFE0F\u200D]*|[▶►▷➤➡→])+\s*/u;
/** Arrows, dingbats and other symbols (U+2190–U+27BF) and the astral planes' pictographs: where a pointer may open a line. */
const POINTER_RANGE_START = 0x2190;
const POINTER_RANGE_END = 0x27bf;
/** Whether a line's first visible character may be a pointer or a pictograph (told by its code before the pattern is tried). */
function opensWithPointer(line: string): boolean {
  const code = line.trimStart().charCodeAt(0);
  return (code >= POINTER_RANGE_START && code <= POINTER_RANGE_END) || (code >= 0xd800 && code <= 0xdbff);
}

/** A byline line closing in 报道, a colon or a space after it (a comma would make it a sentence's verb), then text: group 1 the byline. */
const REPORTED_THEN_TEXT = new RegExp(`^(.{2,50}?${REPORTED})(?:\\s*[:：]|\\s+)\\s*(?=\\S)`);

/**
 * A byline line run into the lead it signs, with no lead-in word before it (`三湘都市报全媒体记者 张某 长沙报道 近日，…`,
 * `本报记者 张三 通讯员 李四 报道：近日，…`): the line up to its 报道 must read as a byline that names a reporter or a
 * correspondent; the text after it is the lead.
 */
function reportedThenText(spaced: string): BylineMatch | null {
  if (!endsInReportedWithin(spaced)) return null;
  const m = REPORTED_THEN_TEXT.exec(spaced);
  const byline = m ? matchStandaloneByline(m[1]!) : null;
  if (!m || !byline || (byline.reporters.length === 0 && byline.correspondents.length === 0)) return null;
  const rest = spaced.slice(m[0].length).trim();
  // (The writer's address after the byline, `刘丽萍 报道 liuliping@sph.com.sg`, as Singapore's papers print it, is the byline's:
  // no text of the lead.)
  if (rest.includes('@') && EMAIL_ALONE.test(rest)) return { byline: { ...byline, raw: spaced.trim() }, rest: '', dated: false };
  return { byline: { ...byline, raw: m[0].trim() }, rest, dated: false };
}

/** Whether 报道 (or 報導, 报导, 報道) stands among the text's first fifty-two characters: told before the pattern is tried. */
function endsInReportedWithin(text: string): boolean {
  const opening = text.slice(0, 52);
  for (let k = opening.indexOf('报'); k >= 0; k = opening.indexOf('报', k + 1)) if ('道导'.includes(opening[k + 1] ?? ' ')) return true;
  for (let k = opening.indexOf('報'); k >= 0; k = opening.indexOf('報', k + 1)) if ('導道'.includes(opening[k + 1] ?? ' ')) return true;
  return false;
}

/**
 * A line that is only a parenthesis is a credit closing the story above (`（新华社北京10月14日电 记者…）`, `（综合本报记者…报道）`):
 * a lead-in in round brackets opens a story only with its text after it (`（新加坡讯）陆路交通管理局…`).
 */
function isClosingCredit(text: string): boolean {
  if (!/^\s*[（(]/.test(text)) return false;
  const close = text.search(/[）)]/);
  return close < 0 || text.slice(close + 1).trim() === '';
}

/** `株洲日报全媒体记者/…`, `新华社记者 …`, `湖南日报·新湖南客户端记者 …`: the paper, agency, site or app opening a byline line. */
/**
 * An outlet that employs reporters, named before them: a paper, an agency (…社), a site (…网) or an app (…客户端), a medium that is
 * no paper (`MEDIA_NAME_ENDINGS`), or a paper's name run into its app's (`长沙晚报掌上长沙`, the dot between them lost); a paper
 * and its app may be parted by a slash too (`扬帆晚报/紫帆新闻记者 …`, as evening papers credit both), and a paper may name
 * itself by its kind alone (`晚报记者 陈刚`, `快报记者 …`, as `本报记者`).
 */
/** A paper's kind, which it may name itself by before its reporters (`晚报记者`): its name's endings of two characters or more. */
const PAPER_KINDS = PAPER_SUFFIXES.filter((w) => w.length >= 2 && w !== '周末')
  .map((w) => anyForm(w))
  .join('|');
/**
 * A paper named by one character and 报 (`明報`, `旺報`), as Hong Kong's and Taiwan's papers name themselves before their
 * reporters: only right before 记者, and never a pronoun's (`本报`, `该报`, `此报`: the paper itself or one named before).
 */
const ONE_CHARACTER_PAPER = `(?![本该該此我其各两兩贵貴])[\\u4e00-\\u9fff]${anyForm('报')}(?=\\s*${anyForm('记者')})`;
const OUTLET_NAME = `(?:(?:${PAPER_KINDS})(?=\\s*${anyForm('记者')})|${ONE_CHARACTER_PAPER}|(?:[\\u4e00-\\u9fff]{2,8}[·•・/／])?(?:${BROADCASTER}|[\\u4e00-\\u9fff]{2,8}(?:${PAPER_SUFFIX}|社|${anyForm('客户端')})|[\\u4e00-\\u9fff]{1,8}${anyForm('网')}|(?:\\d{1,3})?[\\u4e00-\\u9fff]{1,8}(?:${MEDIA_NAME_ENDINGS.map((w) => anyForm(w)).join('|')})|[\\u4e00-\\u9fff]{2,8}${anyForm('报')}[\\u4e00-\\u9fff]{2,6}))`;
/** An outlet then names with no role (`区融媒体中心 蒋文`, `outletCredit`). Group 1: the names. */
const OUTLET_THEN_NAMES = new RegExp(`^(?:${OUTLET_NAME})[\\s\\u3000]+([\\u4e00-\\u9fff·][\\u4e00-\\u9fff·\\s\\u3000、]*)$`);
const STANDALONE_AGENCY = new RegExp(
  `^(${OWN_PAPER}(?=\\s*(?:${SPACED_ROLES.correspondents}))|${OUTLET_NAME})(?=\\s*(?:${SPACED_ROLES.reporters}|${SPACED_ROLES.correspondents}))`,
);

/**
 * `綜合外電報導`, `外电综合报道`: a report's credit saying it was compiled from foreign wires, naming no one. (Not the paper's own
 * round-up, `本报 综合报道`, nor `特别报道`, `专题报道`: labels of a section, no credit.)
 */
const COMPILED_REPORT = new RegExp(`^(?:${anyForm('综合')}\\s*${anyForm('外电')}|${anyForm('外电')}\\s*${anyForm('综合')})\\s*${REPORTED}$`);
const COMPILED_REPORT_MAX = 12;
/**
 * `本报综合`, `（本报综合）`, `本報綜合`, `本报综合整理`, `本报综合消息`: a story the paper compiled from others' reports, credited
 * to the paper and no one; with 报道 only in brackets (`（本報綜合報導）`: bare, `本报 综合报道` closing in 报道 labels a section, as
 * `专题 报道` does). Group 1 or 2: the paper.
 */
const OWN_ROUND_UP = new RegExp(
  `^(?:${LEAD_OPEN}\\s*(${OWN_PAPER})\\s*${anyForm('综合')}\\s*(?:${anyForm('整理')}|${anyForm('消息')}|${REPORTED})?\\s*${LEAD_CLOSE}|(${OWN_PAPER})\\s*${anyForm('综合')}\\s*(?:${anyForm('整理')}|${anyForm('消息')})?)$`,
);
const OWN_ROUND_UP_MAX = 10;

/** A paper, an agency, a site or an app opening a byline line, its reporters' names after it (group 1). */
const LEADING_OUTLET = new RegExp(`^(${OUTLET_NAME})\\s*(?=[\\u4e00-\\u9fff·]{2,})`);

/** The most names a byline line may give before its first role word. */
const LEADING_NAMES_MAX = 3;
const OWN_PAPER_TAIL = new RegExp(`(?:${OWN_PAPER})$`);

/**
 * A byline printed on its own line: `XX日报全媒体记者/A 通讯员/B`, `记者 A`,
 * `□ 张三`. Every word must be a role or a name, so prose is never mistaken for one.
 */
export function matchStandaloneByline(text: string): Byline | null {
  const byline = readBylineLine(text);
  if (byline) return namesColumn(byline) ? null : byline;
  // Read again without what may stand around a byline: a posting time and an outlet before a slash, a note after the name.
  const trimmed = text.trim();
  const bare = withoutBylineExtras(trimmed);
  // (A photo's credit under its note, `…计海新摄（影像中国）`, is read as a credit, by the caption's reader.)
  const again = bare === null || endsInCreditWord(bare) ? null : readBylineLine(bare);
  const named = again && (again.reporters.length > 0 || again.correspondents.length > 0 || again.photographers.length > 0 || again.authors.length > 0);
  return named && !namesColumn(again) ? { ...again, raw: trimmed } : null;
}

/**
 * A reporter's or correspondent's role and one word of two characters that opens with no surname (`记者体验`, `记者实测`,
 * `记者视角`): a column's name, as `记者手记` is, no one's byline.
 */
function namesColumn(byline: Byline): boolean {
  // (Reporters and correspondents only: an author may sign with a pen name, `知侠`, `浩然`.)
  if (byline.agency !== null || byline.photographers.length + byline.authors.length > 0) return false;
  const names = [...byline.reporters, ...byline.correspondents];
  return names.length === 1 && names[0]!.length === 2 && !opensWithSurname(names[0]!);
}

/** The longest line read again without a byline's extras (a posting time, an outlet, a note in brackets: some 30 characters). */
const EXTRAS_LINE_MAX = 80;
/** An outlet's name and a slash before its reporter (`聯合報／記者王小明／台北報導`, as Taiwan's sites print it). Group 1: the outlet. */
const OUTLET_THEN_SLASH = new RegExp(`^(${OUTLET_NAME})\\s*[／/]\\s*(?=${anyForm('记者')})`);

/**
 * A byline line without what may stand around it: the time a site posted the story and an outlet's slash before the reporter
 * (`2023-06-15 08:30 聯合報／記者王小明／台北即時報導`), a note in brackets after the names (`作者：张三（湖南师范大学教授）`). Null when
 * there is none (each looked for only where a character says it may be there).
 */
function withoutBylineExtras(line: string): string | null {
  // (A byline line is short: a long line is running text, read once is enough.)
  if (line.length > EXTRAS_LINE_MAX) return null;
  let bare = line;
  if ((line.includes('／') || line.includes('/')) && (line.includes('记者') || line.includes('記者'))) bare = bare.replace(POSTED_AT, '').replace(OUTLET_THEN_SLASH, '$1 ');
  const last = bare[bare.length - 1];
  if (last === '）' || last === ')') {
    const open = Math.max(bare.lastIndexOf('（'), bare.lastIndexOf('('));
    if (open > 0) bare = bare.slice(0, open).trimEnd();
  }
  return bare === line ? null : bare;
}

/** A mark of a sentence or a clause, which no byline line holds. */
const SENTENCE_MARK = /[。，,！？]/;

/**
 * A reporter's or correspondent's role and names opening the line, an outlet before them or not, each name set off by spaces,
 * then the text, unbroken by a space up to its first mark (`清溪县融媒体中心记者 李明 通讯员 王芳 连日来，…`): group 1 the byline; 2
 * the outlet.
 */
const ROLES_THEN_TEXT = new RegExp(
  `^\\s*((${OUTLET_NAME}|${OWN_PAPER})?\\s*(?:(?:${SPACED_ROLES.reporters}|${SPACED_ROLES.correspondents})\\s*[/／:：]?\\s*[\\u4e00-\\u9fff·]{2,4}(?:[、\\s]+[\\u4e00-\\u9fff·]{2,4})*?\\s+)+?)(?=[\\u4e00-\\u9fff“"‘《0-9][^\\s。，,！？]*[。，,！？])`,
);
/** The paper opening a role (`本报记者`, `本報特約記者`). */
const OWN_PAPER_FIRST = new RegExp(`^\\s*${OWN_PAPER}`);
/** The fewest roles a byline run into its lead with no outlet names (`记者 李明 通讯员 王芳 …`). */
const RUN_IN_ROLES_MIN = 2;
/** How far into a line a byline run into its lead names its first role (an outlet's name of a dozen characters before it). */
const RUN_IN_ROLE_WITHIN = 24;

/**
 * A byline run into the lead it signs with no lead-in word and no 报道 (`清溪县融媒体中心记者 李明 通讯员 王芳 连日来，…`, as a
 * county paper's copy is pasted): only where it cannot be a sentence: a role opening the line (after an outlet), every name
 * of two to four characters opening with a surname and set off by spaces, and text with a sentence's mark after the last.
 */
function rolesThenText(spaced: string): BylineMatch | null {
  const opening = spaced.slice(0, RUN_IN_ROLE_WITHIN);
  if (!opening.includes('记者') && !opening.includes('記者') && !opening.includes('通讯员') && !opening.includes('通訊員')) return null;
  const m = ROLES_THEN_TEXT.exec(spaced);
  // (A bare role and one name may open a sentence, `记者 王明 昨天在会上说，…`: the byline names its outlet, or the paper, or
  // two roles at least.)
  if (!m || (!m[2] && !OWN_PAPER_FIRST.test(m[1]!) && roleMatches(m[1]!).length < RUN_IN_ROLES_MIN)) return null;
  const rest = spaced.slice(m[0].length).trim();
  if (!SENTENCE_MARK.test(rest)) return null;
  const byline = matchStandaloneByline(m[1]!);
  if (!byline || byline.reporters.length + byline.correspondents.length === 0) return null;
  if (![...byline.reporters, ...byline.correspondents].every((name) => isSurnamedName(name) && !NOT_NAMES.has(name))) return null;
  return { byline: { ...byline, raw: m[1]!.trim() }, rest, dated: false };
}

/** A byline line as printed (see `matchStandaloneByline`). */
/** A young reporter's byline: the paper or not (group 1), 小记者, a space or a colon, one name (group 2). */
const YOUNG_REPORTER = new RegExp(`^(${OWN_PAPER})?\\s*小${anyForm('记者')}(?:\\s*[:：/／]\\s*|\\s+)([\\u4e00-\\u9fff·]{2,4})$`);
/** An English name: up to four words, each opening with a capital (`LIN XIAO`, `Lin Xiao`, `O'Neil`). */
const ENGLISH_NAME = "[A-Z][A-Za-z'’.-]*(?:\\s+[A-Z][A-Za-z'’.-]*){0,3}";
/** A byline in English, as a bilingual paper prints one under the Chinese (`By LIN XIAO`, `By Lin Xiao and Zhou Mei`): group 1 the `By `. */
const ENGLISH_BYLINE = new RegExp(`^(By\\s+)(?!(?:The|A|An)\\b)${ENGLISH_NAME}(?:\\s*(?:,|and|&)\\s*${ENGLISH_NAME}){0,3}$`);
const ENGLISH_NAMES_APART = /\s*(?:,|\band\b|&)\s*/;

function readBylineLine(text: string): Byline | null {
  const trimmed = text.trim();
  // Closing up the lead-in removes spaces from its first 30 characters at most: past 90 it cannot come to 60.
  if (trimmed.length > 90) return null;
  // A bullet may set the byline off (`■本报记者 张三`, `◎记者 李四`).
  const unbulleted = BYLINE_BULLETS.includes(trimmed[0] ?? ' ') ? trimmed.replace(BYLINE_BULLET, '') : trimmed;
  // (A closing `文/图` is no slash of a role's: the names before it keep their spaces, `本报记者 张三 李四 文/图`.)
  // A writer's line with where the writer studies or works (`长沙市实验小学三年级二班 王小明`), and who guided the piece.
  // (Who guided it first: `指导教师 赵芳`, a teacher's title and a name with no colon, is no writer's work and name.)
  if (ADVISER_LINE.test(unbulleted)) return { ...emptyByline(), raw: unbulleted };
  const space = unbulleted.lastIndexOf(' ');
  const affiliated = space > 0 && AFFILIATION_ENDINGS.has(unbulleted[space - 1]!) ? AFFILIATED_WRITER.exec(unbulleted) : null;
  // (A name of four characters opens with a surname of two: `市委书记 全力推进` is a headline's phrase.)
  if (affiliated && isSurnamedName(affiliated[1]!)) return { ...emptyByline(), authors: [affiliated[1]!], raw: unbulleted };
  // A children's or students' paper's young reporter (`本报小记者 王小明`, `小記者：林小青`), the name set off and opening with a
  // surname: `小记者作文选`, `小记者在行动` name columns (told by 小 first).
  const young = unbulleted.includes('小') ? YOUNG_REPORTER.exec(unbulleted) : null;
  if (young && isSurnamedName(young[2]!)) return { ...emptyByline(), agency: young[1] ? withoutSpaces(young[1]) : null, reporters: [young[2]!], raw: unbulleted };
  // A bilingual paper's byline in English (`By LIN XIAO`, `By Lin Xiao and Zhou Mei`), told by its first letter.
  const english = unbulleted[0] === 'B' ? ENGLISH_BYLINE.exec(unbulleted) : null;
  if (english) return { ...emptyByline(), reporters: unbulleted.slice(english[1]!.length).split(ENGLISH_NAMES_APART), raw: unbulleted };
  // A story's fields on one line (`作者：… 来源：… 发布时间：…`), however long.
  // (Its fields parted by bars as well as spaces, `来源：临江日报 | 作者：韩冰`.)
  const fields = colonWithin(unbulleted, 1, 4) ? storyFieldsLine(unbulleted.includes('|') || unbulleted.includes('｜') ? unbulleted.replace(/\s*[|｜]\s*/g, ' ') : unbulleted) : null;
  if (fields) return { ...fields, raw: unbulleted };
  // (A sentence's mark, most lines' case, is told before the lead-in is closed up: closing it takes spaces only.)
  if (SENTENCE_MARK.test(unbulleted)) return null;
  const wordsAndPicturesAt = unbulleted.includes('文') ? WORDS_AND_PICTURES_TAIL.exec(unbulleted) : null;
  const compact =
    wordsAndPicturesAt && wordsAndPicturesAt.index > 0
      ? `${closeLeadIn(unbulleted.slice(0, wordsAndPicturesAt.index), SLASH)} ${wordsAndPicturesAt[0].trim()}`
      : closeLeadIn(unbulleted, SLASH);
  if (compact.length > 60) return null;
  const byline = emptyByline();
  // `綜合外電報導`: a report compiled from foreign wires, credited with no one's name.
  if (compact.length <= COMPILED_REPORT_MAX && COMPILED_REPORT.test(compact)) return { ...byline, raw: compact };
  // `本报综合`: the paper's round-up, credited to the paper (told by 综 or 綜 first).
  const ownRoundUp = compact.length <= OWN_ROUND_UP_MAX && (compact.includes('综') || compact.includes('綜')) ? OWN_ROUND_UP.exec(compact) : null;
  if (ownRoundUp) return { ...byline, agency: withoutSpaces(ownRoundUp[1] ?? ownRoundUp[2]!), raw: compact };
  // `综合新华社、央视新闻`, `（综合新华社、中新社报道）`: a story compiled from the sources it names, credited to them.
  const compiledFrom = compact.length <= COMPILED_FROM_MAX && (compact.includes('综') || compact.includes('綜')) ? COMPILED_FROM.exec(compact) : null;
  if (compiledFrom) return { ...byline, agency: withoutSpaces(compiledFrom[1]!), raw: compact };
  // `张三/文 李四/图`, `记者 张三/文`: each name with what it made after it.
  const credited = creditsAfterNames(unbulleted);
  if (credited) return credited;
  // `新华社记者 李嘉南摄`: a photo's credit read as a byline names its photographer (before: a reporter `李嘉南摄`).
  const last = compact[compact.length - 1];
  // (Not a closing `文/摄`: the names wrote the story too, read with the role words below.)
  const photoCredit = (last === '摄' || last === '攝') && !wordsAndPicturesAt ? matchPhotoCredit(compact) : null;
  if (photoCredit && photoCredit.caption === '' && photoCredit.photographers.length > 0) {
    return { ...emptyByline(), agency: STANDALONE_AGENCY.exec(compact)?.[1] ?? null, photographers: photoCredit.photographers, raw: compact };
  }
  // `来源：新华社`: where the story came from, named on a line of its own; on a page copied from a website, after the time it
  // was posted and before its writers (`2024-05-21 08:30:15 来源：东方日报 作者：周明`).
  // (`以下文章来源于青山日报`, `本文转自…`: a reprint's source, told by 于 or 自 first.)
  const reprinted = compact.includes('于') || compact.includes('於') || compact.includes('自') ? REPRINTED_FROM.exec(compact) : null;
  const source =
    reprinted ??
    (compact.includes('源')
      ? (SOURCE_LINE.exec(compact) ?? webSourceLine(compact, byline))
      : compact.includes('据') || compact.includes('據')
        ? TAKEN_FROM_LINE.exec(compact)
        : null);
  if (source) {
    byline.agency = withoutSpaces(source[1]!);
    byline.raw = compact;
    return byline;
  }
  // `本报评论员`: the paper's commentator signs an editorial without a name; the signature stands for one.
  // (Its title closes in 员 or 員: a line with neither, most, is told without the pattern.)
  const commentator = compact.includes('员') || compact.includes('員') ? COMMENTATOR_LINE.exec(compact) : null;
  // (With the commentator's name after the title, `本报评论员 李四`, the name is the author.)
  // (`评论员文章`, `特约评论员文章`: the kind of piece a commentator writes, a column's name over it, not the commentator's.)
  const commentatorName = commentator?.[2] && opensWithSurname(commentator[2]) && !NOT_NAMES.has(commentator[2]) ? commentator[2] : null;
  if (commentator && (commentatorName || !commentator[2])) {
    byline.agency = commentator[1] ? withoutSpaces(commentator[1]) : null;
    byline.authors.push(commentatorName ?? withoutSpaces(compact));
    byline.raw = compact;
    return byline;
  }
  // What follows reads names by their roles, or before a closing 报道: a line holding neither (most short lines, a headline's)
  // is no byline, told before the patterns that only trim what stands around the names are tried. (Each of those leaves a part
  // of the line: what is not in the whole is in none of them.)
  if (!ROLE_WORD_ENDING.test(compact) && !REPORTED_WORD.test(compact)) return null;
  let body = compact;
  const agency = STANDALONE_AGENCY.exec(body);
  if (agency) {
    byline.agency = agency[1]!;
    body = body.slice(agency[0].length);
  }
  // `记者 刘建国 文/图`: words and photographs by the names before it.
  const wordsAndPictures = WORDS_AND_PICTURES_TAIL.exec(body);
  if (wordsAndPictures && wordsAndPictures.index > 0) body = body.slice(0, wordsAndPictures.index);
  // `本报记者 张三 文`: the words by the names before it.
  const wordsOnly = body.includes('文') ? WORDS_CREDIT_TAIL.exec(body) : null;
  if (wordsOnly && wordsOnly.index > 0) body = body.slice(0, wordsOnly.index);
  // `本报记者 张三 整理`: what the names did, closing the line (told by its last character first).
  const workDone = WORK_DONE_LAST.has(body.charCodeAt(body.length - 1)) ? WORK_DONE_TAIL.exec(body) : null;
  if (workDone && workDone.index > 0) body = body.slice(0, workDone.index);
  // `本报记者 张三 发自北京`: where the report was sent from closes the line.
  const sentFrom = body.includes('自') ? SENT_FROM_TAIL.exec(body) : null;
  if (sentFrom && sentFrom.index > 0) body = body.slice(0, sentFrom.index);
  // `史自强 梁子栋 摄影报道`: a photo story's photographers (with a role word, `本报记者 A B摄影报道`, the role's).
  const closesInReported = endsInReported(body);
  const photoReport = closesInReported ? PHOTO_REPORTED_TAIL.exec(body) : null;
  if (photoReport) {
    body = body.slice(0, photoReport.index);
    if (!ROLE_ANYWHERE.test(body)) {
      const photographers = names(body);
      if (!onlyNames(photographers)) return null;
      byline.photographers.push(...photographers);
      byline.raw = compact;
      return byline;
    }
  }
  // `…报道` closing the line, with where from (`／台北報導`, ` 東京報導`): the names come before it.
  const reported = photoReport || !closesInReported ? null : REPORTED_TAIL.exec(body);
  if (reported) body = body.slice(0, reported.index);
  const matches = ROLE_WORD_ENDING.test(body) ? roleMatches(body) : [];
  if (matches.length === 0 && reported && /^[\s/／]/.test(reported[0])) {
    // No role word: names set apart from a closing 报道 (`林小华 报道`); a word run into it is a label (`深度报道`).
    // (The paper first, `工商時報 王小明／台北報導`, as Taiwan's papers' sites print it, the space closed with the lead-in's: the
    // byline's agency.)
    const outlet = byline.agency ? null : LEADING_OUTLET.exec(body);
    const reporters = names(outlet ? body.slice(outlet[0].length) : body);
    if (!onlyNames(reporters)) return null;
    if (outlet) byline.agency = outlet[1]!;
    byline.reporters.push(...reporters);
    byline.raw = compact;
    return byline;
  }
  if (matches.length === 0) return null;
  // Names before the first role word, set apart from it, on a line a bullet marks as a byline (`■刘洋 本报特约通讯员 陈明`,
  // as army papers sign): the unit's own writers, who hold no role with the paper, credited as its correspondents. (Without
  // the bullet, words before a role may be anything: `据报道 今年以来 记者 赵亮`.)
  // (The paper's name before a role that does not take it, `本报特约通讯员`, is the role's.)
  const firstRole = matches[0]!.index ?? 0;
  const paperTail = firstRole > 0 ? OWN_PAPER_TAIL.exec(body.slice(0, firstRole)) : null;
  const before = paperTail ? body.slice(0, paperTail.index) : body.slice(0, firstRole);
  if (paperTail && !byline.agency) byline.agency = paperTail[0];
  const unnamed = firstRole > 0 ? names(before) : [];
  if (firstRole > 0 && (unbulleted === trimmed || !isJsSpace(before.charCodeAt(before.length - 1)) || unnamed.length > LEADING_NAMES_MAX || !onlyNames(unnamed))) return null;
  body = body.slice(firstRole);
  // Everything between role words must be names.
  const leftover = names(body.replace(ROLE_RE, ' '));
  if (leftover.length === 0 || !leftover.every((w) => (NAME.test(w) && !NOT_NAMES.has(w)) || PICTURE_SOURCE.test(w))) return null;
  byline.correspondents.push(...unnamed);
  parseRoles(body, byline);
  byline.raw = compact;
  return byline;
}

/**
 * One name, or a few, and what they made: `张三/文`, `李四 / 图`, `王五/摄`, `张三 李四/文`, a role before the names or not
 * (`记者 张三/文`). What they made may also follow the names after a space (`本报记者 罗军 文 陈明 摄`) or with nothing between,
 * where OCR closed the line up (`本报记者罗军文陈明摄`). Groups: the role, the names, the slash or space before the work, the work.
 * (A name in a list of several never ends in a work: `罗军文 陈明摄` is 罗军's words and 陈明's photograph, not two photographers.)
 */
const NAME_THEN_WORK = new RegExp(
  `\\s*(?:(?:${OWN_PAPER})?\\s*(${EVERY_ROLE})\\s*[/／:：]?\\s*)?((?:[\\u4e00-\\u9fff·]{2,4}(?<![文图圖摄攝])[\\s、]+){0,3}[\\u4e00-\\u9fff·]{2,4})(\\s*[/／]\\s*|\\s+|)([文图圖摄攝]|(?<=[/／]\\s*)(?:[摄攝]影|翻[摄攝]))(?=[\\s/／]|$|(?<![/／\\s][文图圖摄攝])[\\u4e00-\\u9fff])`,
  'y',
);

/**
 * A credit for a story's words and its photographs on one line (`本报记者 罗军 文 陈明 摄`, `张三/文 李四/摄`, closed up
 * `本报记者罗军文陈明摄`): a byline where it stands under a headline, though it ends as a photo's credit does.
 */
export function matchWordsAndPhotoCredit(text: string): Byline | null {
  if (!/[文图圖]/.test(text) || text.length > 40) return null;
  const byline = creditsAfterNames(text);
  const writers = byline ? byline.reporters.length + byline.correspondents.length + byline.authors.length : 0;
  return byline && writers > 0 && byline.photographers.length > 0 ? byline : null;
}

/** What a credit names as made, NAME_THEN_WORK's last group. */
const WORK_WORD = /[文图圖摄攝]/;

/** A byline line made only of names, each followed by what it made (`张三/文 李四/图`): words by, photographs by. */
function creditsAfterNames(line: string): Byline | null {
  // (Every credit closes on its work, 文, 图 or 摄: a line with none of them is told without the pattern.)
  if (!WORK_WORD.test(line)) return null;
  const byline = emptyByline();
  NAME_THEN_WORK.lastIndex = 0;
  let end = 0;
  let credits = 0;
  let unslashed = false;
  for (let m = NAME_THEN_WORK.exec(line); m !== null; m = NAME_THEN_WORK.exec(line)) {
    const [, role, named, separator, work] = m;
    const names = named!.split(/[\s、]+/);
    // (Several names share the credit only where each reads as a name: two words before `/文` may be a phrase. With no slash
    // before the work, `罗军 文`, `罗军文`, every name must read as one: `精彩瞬间图` is a title.)
    const slashed = separator!.includes('/') || separator!.includes('／');
    if (!slashed) unslashed = true;
    if (names.some((name) => NOT_NAMES.has(name) || ROLE_ANYWHERE.test(name)) || ((names.length > 1 || !slashed) && !names.every(isSurnamedName))) return null;
    if (work === '文') byline[role ? roleOf(role) : 'authors'].push(...names);
    else byline.photographers.push(...names);
    end = NAME_THEN_WORK.lastIndex;
    credits++;
  }
  // (Without a slash, one credit alone is a name: `陈志文` is a writer's name, `陈志 文` one OCR spaced.)
  if (end === 0 || line.slice(end).trim() !== '' || (unslashed && credits < 2)) return null;
  byline.raw = line.trim();
  return byline;
}

/** A story's source: an agency, a paper, a site or another medium (`新华社`, `东方日报`, `人民网`, `XX客户端`, `青江县融媒体中心`). */
const CITED_SOURCE = `(?:${AGENCY}|${OWN_PAPER}|${BROADCASTER}|[\\u4e00-\\u9fff《》]{2,12}?(?:${PAPER_SUFFIX}|${OUTLET_SUFFIX}|${anyForm('网')}|${anyForm('客户端')}|${MEDIA_NAME_ENDINGS.map((w) => anyForm(w)).join('|')}))`;
/**
 * `综合新华社、央视新闻`, `（综合新华社、中新社报道）`, `综合自新华社、央视新闻`: a story compiled from the sources it names (up to five,
 * parted by 、 or a slash), on a line of its own under the headline. Group 1: the sources.
 */
const COMPILED_FROM = new RegExp(
  `^${LEAD_OPEN}?\\s*${anyForm('综合')}\\s*${anyForm('自')}?\\s*(${CITED_SOURCE}(?:\\s*[、/／]\\s*${CITED_SOURCE}){0,4})\\s*(?:${anyForm('消息')}|${REPORTED})?\\s*${LEAD_CLOSE}?$`,
);
/** The longest such line (five sources of a dozen characters and their marks). */
const COMPILED_FROM_MAX = 80;
/**
 * `以下文章来源于青山日报`, `本文转自青山日报`, `转载自：青山日报`, `文章来自…`: where a reprint was taken from, as an account's post
 * names it over the text. Group 1: the source.
 */
const REPRINTED_FROM = new RegExp(
  `^[（(]?\\s*(?:${anyForm('以下文章')}|${anyForm('本文')}|${anyForm('文章')})?\\s*(?:${anyForm('来源于')}|${anyForm('来自')}|${anyForm('转载自')}|${anyForm('转自')})\\s*[:：]?\\s*(${CITED_SOURCE})\\s*[）)]?$`,
);
/** Who supplied the story (`（省统计局供稿）`, `（县融媒体中心 供稿）`, `（由市教育局供稿）`): a source, an office or a body. Group 1: it. */
const SUPPLIED_BY = new RegExp(`^${anyForm('由')}?(${CITED_SOURCE}|${SUPPLIER})${anyForm('供稿')}$`);
const CITED_SOURCE_ALONE = new RegExp(`^${CITED_SOURCE}$`);

/**
 * Who sent the story, after a label and a colon (`投稿：办公室`, `供稿：工会 李红`, `來稿：王芳`): the body that sent it, then the
 * people, or the people alone. Group 1: what follows the colon.
 */
const SENT_BY = new RegExp(`^(?:${SENDER_LABELS.map((w) => anyForm(w)).join('|')})\\s*[:：]\\s*([\\u4e00-\\u9fff·]{2,12}(?:[\\s\\u3000、]+[\\u4e00-\\u9fff·]{2,5}){0,3})$`);
/**
 * Names, then 编译 after a space, an outlet and a slash or a space before them or not (`周红 编译`, `欧洲时报/周红 编译`, `歐洲時報／林美玲
 * 編譯`), as overseas papers credit a story translated or compiled from foreign wires. Group 1: the outlet; 2: the names.
 */
const COMPILED_BY = new RegExp(`^(?:(${CITED_SOURCE})\\s*(?:[/／]|[\\s\\u3000])\\s*)?([\\u4e00-\\u9fff·]{2,5}(?:[\\s\\u3000、]+[\\u4e00-\\u9fff·]{2,5}){0,2})[\\s\\u3000]+${anyForm('编译')}$`);
/** Whether a word is one person's name: a name's length, a surname first, and no body's ending (`办公室` aside, `团委`, `工会`). */
function isOnePersonName(word: string): boolean {
  return NAME.test(word) && isSurnamedName(word) && !NOT_NAMES.has(word) && !SUPPLIER_ALONE.test(word);
}
const SUPPLIER_ALONE = new RegExp(`^${SUPPLIER}$`);

/**
 * The byline of a credit in a story's closing bracket that names who sent or compiled the story (`SENT_BY`, `COMPILED_BY`), its
 * label or its 编译 saying so on any page: a body that sent it is the story's source, the people who sent it its correspondents,
 * those who compiled it its authors, the outlet before them the source. Null for any other bracket.
 */
function sentOrCompiledBy(inside: string): Byline | null {
  const trimmed = inside.trim();
  const last = trimmed[trimmed.length - 1];
  if (last === '译' || last === '譯') {
    const m = COMPILED_BY.exec(trimmed);
    const names = m ? m[2]!.split(/[\s\u3000、]+/) : [];
    if (!m || !names.every(isOnePersonName)) return null;
    const byline = emptyByline();
    byline.agency = m[1] ? withoutSpaces(m[1]) : null;
    byline.authors.push(...names);
    byline.raw = trimmed;
    return byline;
  }
  const m = trimmed.includes('稿') ? SENT_BY.exec(trimmed) : null;
  if (!m) return null;
  const words = m[1]!.split(/[\s\u3000、]+/);
  // (The body first, the people after it; or the people alone.)
  const sender = isOnePersonName(words[0]!) ? null : words.shift()!;
  if (!words.every(isOnePersonName)) return null;
  const byline = emptyByline();
  byline.agency = sender;
  byline.correspondents.push(...words);
  byline.raw = trimmed;
  return byline;
}
/**
 * `来源：新华社`, `（稿源：人民日报）`, `来源｜青山日报` (a bar for the colon, as an account's reprint credits): the story's source on a
 * line of its own (an agency, a paper or a site). Group 1: the source.
 */
// (A second source after a dash, `来源：临江日报-临江新闻网`, the paper and its site: the first is the story's.)
const SOURCE_LINE = new RegExp(`^[（(]?\\s*(?:${anyForm('来源')}|${anyForm('稿源')}|${anyForm('消息来源')}|${anyForm('稿件来源')}|${anyForm('新闻来源')}|${anyForm('信息来源')})\\s*[:：|｜丨]\\s*(${CITED_SOURCE})(?:\\s*[-－—/／]\\s*${CITED_SOURCE})?\\s*[）)]?$`);
/**
 * `（据新华社）`, `据央视新闻`, `（据人民网）`: where a story was taken from, closing it on a line of its own, as a paper that reprints
 * an agency's or a site's story names it. Group 1: the source. (A lead-in that opens a story, `据新华社北京5月20日电`, is read
 * as one before this.)
 */
const TAKEN_FROM_LINE = new RegExp(
  `^[（(]?\\s*${anyForm('据')}\\s*(${CITED_SOURCE}|[\\u4e00-\\u9fff]{2,8}?(?:${MEDIA_NAME_ENDINGS.map((w) => anyForm(w)).join('|')}))\\s*(?:${WIRE}|${anyForm('消息')}|${REPORTED})?\\s*[）)]?$`,
);

/** The labels of a story's fields (`STORY_FIELD_LABELS`), longest first, each where a line or a space opens it and a colon closes it. */
const STORY_FIELD = new RegExp(
  `(?:^|\\s)(${[...STORY_FIELD_LABELS.writers, ...STORY_FIELD_LABELS.source, ...STORY_FIELD_LABELS.furniture]
    .sort((a, b) => b.length - a.length)
    .map((w) => anyForm(w))
    .join('|')})\\s*[:：]\\s*`,
  'g',
);
const WRITERS_LABELS = new Set<string>(STORY_FIELD_LABELS.writers);
const SOURCE_LABELS = new Set<string>(STORY_FIELD_LABELS.source);

/**
 * A story's fields on one line, as a website or a paper's digital edition prints them under its headline (`作者：本报记者 朱文斌
 * 通讯员 孟静  来源：衡州日报  发布时间：2023-06-15`): two fields at least, the line opening with one, every word of it in one,
 * its writers named (names, with their roles if any) and its source, if any, an agency, a paper or a site. The writers are the byline's, the source
 * its agency; the rest (when it was posted, who edited it) is the page's furniture.
 */
function storyFieldsLine(line: string): Byline | null {
  const fields = [...line.matchAll(STORY_FIELD)];
  if (fields.length < 2 || fields[0]!.index !== 0) return null;
  const byline = emptyByline();
  let writers = false;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const value = line.slice(field.index! + field[0].length, fields[i + 1]?.index ?? line.length).trim();
    if (value === '') return null;
    const label = simplifiedForm(field[1]!);
    if (WRITERS_LABELS.has(label)) {
      const roled = ROLE_WORD_ENDING.test(value) && value.search(ROLE_RE) >= 0;
      const named = names(roled ? value.replace(ROLE_RE, ' ') : value);
      if (!onlyNames(named)) return null;
      if (roled) parseRoles(value, byline);
      else (label === '记者' ? byline.reporters : byline.authors).push(...named);
      writers = true;
    } else if (SOURCE_LABELS.has(label)) {
      if (!CITED_SOURCE_ALONE.test(withoutSpaces(value))) return null;
      byline.agency = withoutSpaces(value);
    }
  }
  // (A source and an editor with no writer, `来源：东方日报 编辑：张三`, close a story copied from a website: no byline.)
  if (!writers) return null;
  byline.raw = line;
  return byline;
}

/** When a page copied from a website says it was posted: `2024-05-21 08:30:15`, `2024/5/21 8:30`. */
const POSTED_AT = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*/;
/** A source line's opening, its writers (if any) after it. Group 1: the source. */
const SOURCE_OPENING = new RegExp(SOURCE_LINE.source.replace(/\$$/, '(?=\\s|$)'));

/**
 * A website's line over a story: when it was posted, its source, and its writers (`作者：周明`, `记者：张三`), every word
 * after the source a role or a name. The writers go into `byline`; the source is returned as `SOURCE_LINE` returns it.
 */
function webSourceLine(line: string, byline: Byline): RegExpExecArray | null {
  const posted = POSTED_AT.exec(line);
  const rest = posted ? line.slice(posted[0].length) : line;
  const source = SOURCE_OPENING.exec(rest);
  if (!source || (!posted && source[0].length === rest.length)) return null;
  const writers = rest.slice(source[0].length).trim();
  if (writers !== '') {
    const words = names(writers.replace(ROLE_RE, ' '));
    if (!ROLE_WORD_ENDING.test(writers) || (writers.search(ROLE_RE) ?? -1) !== 0 || !words.every((w) => NAME.test(w))) return null;
    parseRoles(writers, byline);
  }
  return source;
}

/** `本报评论员`, `新华社特约评论员`, `本報評論員`: a commentator's signature. Group 1: the paper or agency. */
const COMMENTATOR_LINE = new RegExp(`^(?:(${OWN_PAPER}|${anyForm('本刊')}|${AGENCY}|[\\u4e00-\\u9fff]{2,8}(?:${PAPER_SUFFIX}|${OUTLET_SUFFIX}))\\s*)?(?:${anyForm('特约')})?\\s*${COMMENTATOR}(?:\\s*([\\u4e00-\\u9fff·]{2,4}))?$`);
const BYLINE_BULLETS = '□■◎◇◆●○▲△★☆';
const BYLINE_BULLET = new RegExp(`^[${BYLINE_BULLETS}]\\s*`);

/** The words of a byline line, a name OCR split joined again. */
const names = (words: string) => joinLoneCharacters(words.split(/[\s、，,/／]+/).filter(Boolean));
/** Words that are all people's names (none a column's word, none a kind of report). */
const isPersonName = (w: string) => NAME.test(w) && !NOT_NAMES.has(w) && !NOT_REPORTERS.test(w);
const onlyNames = (words: string[]) => words.length > 0 && words.every(isPersonName);

/** Whether the text's last two characters (spaces aside) are 报道 or 报导, in either script: read before the patterns that need it. */
function endsInReported(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
  const [a, b] = [text[end - 2], text[end - 1]];
  return (a === '报' || a === '報') && (b === '道' || b === '导' || b === '導');
}
/** `报道` or `报导` anywhere, in either script (`endsInReported` asks for it at the end of a part of the line). */
const REPORTED_WORD = new RegExp(REPORTED);
/**
 * A byline's closing `文/图` (or `图/文`, `图文`, `文/摄`, `文·图`, and the video credited as pictures are, `文/视频`): the names
 * before it wrote the story and took its photographs.
 */
const WORDS_AND_PICTURES_TAIL = new RegExp(`\\s*(?:文\\s*[/／·・]\\s*(?:${anyForm('图')}|${anyForm('摄')}|${anyForm('视频')})|${anyForm('图')}\\s*[/／·・]?\\s*文)\\s*$`);
/** A byline line's closing `发自北京`, `發自多哈`: where the report was sent from. */
const SENT_FROM_TAIL = new RegExp(`\\s*${anyForm('发自')}\\s*[\\u4e00-\\u9fff]{1,10}$`);
/** A photo story's closing `摄影报道`. */
const PHOTO_REPORTED_TAIL = new RegExp(`\\s*(?:${SPACED_ROLES.photographers})\\s*${REPORTED}$`);
/** A byline line's closing `报道`, after where from (`／台北報導`, ` 東京報導`) or alone (` 报道`). */
const REPORTED_TAIL = new RegExp(`(?:(?:[/／]\\s*|\\s+)[\\u4e00-\\u9fff]{1,8}?${REPORT_QUALIFIER}*|\\s*${REPORT_QUALIFIER}*)${REPORTED}$`);
/** Words before a closing 报道 that name no one: the kind of report (`据…报道`, `本报 综合报道`). */
const NOT_REPORTERS = new RegExp(`^(?:${REPORT_QUALIFIER}|${OWN_PAPER}|${anyForm('据')}|${anyForm('深度')}|${anyForm('连续')}|${anyForm('系列')}|${anyForm('相关')}|${anyForm('新闻')}|${anyForm('图片')}|${anyForm('视频')})+$`);

/** What an author's line opens with: a bullet, `文` (`文/张三`) or `作` (`作者：张三`). (`○` too: a 副刊 page signs its essays
 * and poems `○ 张三` as often as `□ 张三`; a name after it is still asked to open with a surname, so a year's `○` is no author.) */
const AUTHOR_LINE_OPENINGS = unitsOf('□■◎◇◆●○▲△文作');

/** `□ 张三`, `◎李四`, `文/王五`: a commentary author on a line of its own. */
export function matchAuthorLine(text: string): string | null {
  // (Told by its first character first: most lines open otherwise; or, for a writer with where they live and what they do, by
  // its last.)
  if (!AUTHOR_LINE_OPENINGS.has(firstVisibleUnit(text))) return endsInClosingParen(text) ? writerWithAbout(text) : null;
  const m = /^(?:[□■◎◇◆●○▲△]\s*|文\s*[/／|｜]\s*|作者[:：]?\s*)([\u4e00-\u9fff·]{2,4})$/.exec(text.trim());
  // (`■相关链接` labels a box beside the story; a word of four characters is a name only after a two-character surname,
  // `■欧阳晓峰`: `●典型案例` labels a section.)
  if (!m || BOX_LABEL.test(m[1]!) || BRIEFS_LABEL.test(m[1]!) || SECTION_NAME.test(m[1]!)) return null;
  const name = m[1]!;
  // (A name opens with a surname: `■声音`, `●观点` label a box of quotes.)
  return isSurnamedName(name) ? name : null;
}

/** Whether the text's last character (spaces aside) is a closing round bracket. */
function endsInClosingParen(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
  return text[end - 1] === '）' || text[end - 1] === ')';
}
/**
 * A forum writer signed under the title with where they live and what they do (`王建民（台中市／社工師）`, as Taiwan's papers
 * sign a 民意論壇 piece): group 1, the name. The slash between the two tells it from a name with a note in brackets in the text.
 */
const WRITER_WITH_ABOUT = /^([\u4e00-\u9fff·]{2,4})\s*[（(][^（）()／/]{1,12}[／/][^（）()]{1,16}[）)]$/;
function writerWithAbout(text: string): string | null {
  const m = WRITER_WITH_ABOUT.exec(text.trim());
  return m && isSurnamedName(m[1]!) ? m[1]! : null;
}

// (`翻攝`: a picture taken of a picture or a screen, as Taiwan's papers credit one, `記者王小明／翻攝`: the names are before it;
// and `／攝影` after the names, `記者王小明／攝影`, as they credit a photograph.)
const CREDIT_WORD = `翻?[摄攝]|[/／]\\s*[摄攝]影|${anyForm('供图')}`;
const CREDIT_END = new RegExp(`(?:${CREDIT_WORD})\\s*[）)]?\\s*$`);
// (A picture's label before a colon as before a slash, `圖：記者陳志曲攝`, as Taiwan's papers set a credit over its caption.)
const CREDIT = new RegExp(`[（(]?\\s*((?:[\\u4e00-\\u9fff·]{0,8}[/／]|(?:${PICTURE_LABELS.map((w) => anyForm(w)).join('|')})\\s*[:：]\\s*)?[\\u4e00-\\u9fff·/／、\\s]{2,40}?)\\s*(${CREDIT_WORD})\\s*[）)]?\\s*$`);
/** `新华社发`, `（中新社发）`: a photo an agency sent out, no photographer named (not `图表为新华社发`, a graphic's). */
const DISTRIBUTED = new RegExp(`[（(]?\\s*(?<![\\u4e00-\\u9fff])(?:${AGENCY})\\s*[发發]\\s*[）)]?\\s*$`);

/** The text ends in a photo credit (`…摄`, `…供图`, `新华社发`): a caption's credit, which the caption keeps. */
export const endsInPhotoCredit = (text: string): boolean => {
  // (Both patterns close on a credit's word, then spaces and a closing bracket at most: `endsInCreditWord` tells the rest.)
  if (!endsInCreditWord(text)) return false;
  const tail = text.slice(-12);
  return CREDIT_END.test(tail) || DISTRIBUTED.test(tail);
};

/** A line that is a photo credit and nothing else (`本报记者 张三 摄`, `（李四 摄）`, `新华社发`): the end of a caption. */
export function isPhotoCreditLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 60) return false;
  if (endsInCreditWord(trimmed) && matchPhotoCredit(trimmed)?.caption === '') return true;
  // (A picture's source, `圖／聯合報系資料照片`, `（資料圖片）`: the caption's last words as a photographer's credit is.)
  if (pictureSourceAt(trimmed) === 0) return true;
  // The photo's source in brackets after its credit (`王闽摄（影像中国）`, `李某摄（新华社发）`): the credit is the line before it.
  const last = trimmed[trimmed.length - 1];
  const source = last === '）' || last === ')' ? SOURCE_AFTER_CREDIT.exec(trimmed) : null;
  if (!source || source.index === 0) return false;
  const credit = trimmed.slice(0, source.index).trim();
  return endsInCreditWord(credit) && matchPhotoCredit(credit)?.caption === '';
}
/**
 * Where a picture's credit naming its source, no photographer, closes the text (`…重現百年風華。圖／中國時報資料照片`,
 * `（圖：讀者提供）`, `圖／取自臉書`): its start, 0 for a line that is the credit alone; -1 where none closes it.
 */
export function pictureSourceAt(text: string): number {
  // (Only the text's last characters can hold it: a label, a slash, the source, brackets. And every such credit names a picture:
  // a line whose last characters hold none of `PICTURE_WORDS`, most lines, is told so by one native scan before the pattern.)
  const offset = Math.max(0, text.length - PICTURE_SOURCE_MAX - 16);
  PICTURE_WORD_FROM.lastIndex = offset;
  if (!PICTURE_WORD_FROM.test(text)) return -1;
  const m = PICTURE_SOURCE_CREDIT.exec(offset > 0 ? text.slice(offset) : text);
  if (!m) return -1;
  const at = offset + m.index + m[0].indexOf(m[1]!);
  // (Cut from a longer text, the tail's first character is no line's start: a sentence's end or a space must stand before it.)
  return at > 0 && !/[。！？!?）)\s]/.test(text[at - 1]!) ? -1 : at;
}

/**
 * The characters one of which every picture's source credit holds (`PICTURE_LABELS`, `PICTURE_KINDS_ALONE`: 图 or 圖, 照, 相):
 * its test checks each word of those lists holds one.
 */
export const PICTURE_WORDS = '图圖照相';
/** One of `PICTURE_WORDS`, searched for from a place (`lastIndex`) by one native scan, with no slice of the text made. */
const PICTURE_WORD_FROM = new RegExp(`[${PICTURE_WORDS}]`, 'g');

/** A short source in brackets closing a photo's credit (`（影像中国）`, `（新华社发）`). */
const SOURCE_AFTER_CREDIT = /[（(][^（()）]{2,10}[）)]$/;

const CLOSING_ROUND_BRACKETS = unitsOf('）)');
/** The last characters of a credit's words (摄, 图, 发, in either form; 影 of `／攝影`). */
const CREDIT_WORD_ENDS = unitsOf('摄攝图圖发發影');
/** A credit's last word (a closing bracket aside) ends in 摄, 图 or 发: most lines are no credit, and are told so first. */
function endsInCreditWord(text: string): boolean {
  // (Read by code: no string is made of a character.)
  let end = text.length;
  while (end > 0 && (isJsSpace(text.charCodeAt(end - 1)) || CLOSING_ROUND_BRACKETS.has(text.charCodeAt(end - 1)))) end--;
  return end > 0 && CREDIT_WORD_ENDS.has(text.charCodeAt(end - 1));
}

/** The longest credit that closes a caption on its line (`新华社记者 王五 摄`, `（本报记者 张三 李四 摄）`). */
const CAPTION_CREDIT_MAX = 24;

/**
 * A caption's line that ends in its photo's credit after a sentence's end (`图为活动现场。  记者 林静 摄`): the caption, and
 * its paragraph, end there. (A line of running text ending in a word such as 拍摄 has no sentence's end before it.)
 */
export function endsCaption(text: string): boolean {
  // (A picture's source after the caption's sentence, `…重現百年風華。圖／中國時報資料照片`.)
  const source = pictureSourceAt(text);
  if (source > 0) return SENTENCE_END.test(text.slice(0, source).trim());
  if (!endsInCreditWord(text)) return false;
  // (A sentence's end must stand just before the credit, no clause after it: most lines ending in 发 or 图, `…出发`,
  // `…蓝图`, are told so.)
  // (Looked for among the line's last characters only: one short scan back.)
  let sentenceEnd = -1;
  for (let i = text.length - 1; i >= 0 && i >= text.length - CAPTION_CREDIT_MAX - 4; i--) {
    const c = text[i]!;
    if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') {
      sentenceEnd = i;
      break;
    }
  }
  if (sentenceEnd < 0 || text.includes('，', sentenceEnd)) return false;
  const credit = matchPhotoCredit(text);
  return !!credit && credit.caption !== '' && credit.raw.length <= CAPTION_CREDIT_MAX && SENTENCE_END.test(credit.caption);
}

/**
 * A photo credit at the end of a caption: `(谭昕吾 许磊 摄)`, `通讯员/许磊 摄`,
 * `XX供图`, `新华社发`. Returns the names and the caption text without the credit.
 */
/** A picture's credit that names a reader (`读者 孔雪 供图`, `網友林小青攝`): the name, without the word for who they are (`CONTRIBUTOR_NAME`). */
function contributorName(credit: string): string | null {
  const m = CONTRIBUTOR_NAME.exec(credit.trim());
  return m && isSurnamedName(m[1]!) ? m[1]! : null;
}

export function matchPhotoCredit(full: string): { photographers: string[]; caption: string; raw: string } | null {
  // A picture credited to its source names no photographer (`圖／聯合報系資料照片`, `（圖：讀者提供）`).
  const source = pictureSourceAt(full);
  if (source >= 0) return { photographers: [], caption: full.slice(0, source).trim(), raw: full.slice(source).trim() };
  // (A credit, and an agency's `…发`, close on their word, then spaces and a closing bracket at most: a text that does not end
  // so, most paragraphs, is told before the patterns are tried.)
  if (!endsInCreditWord(full)) return null;
  // The credit closes the caption: only its last few dozen characters can hold it.
  const offset = Math.max(0, full.length - 60);
  const text = full.slice(offset);
  if (!CREDIT_END.test(text)) {
    const sent = DISTRIBUTED.exec(text);
    return sent ? { photographers: [], caption: full.slice(0, offset + sent.index).trim(), raw: sent[0].trim() } : null;
  }
  const m = CREDIT.exec(text);
  if (!m) return null;
  const credit = m[1]!;
  // (Words by one and the photograph by another, `本报记者 罗军 文 陈明 摄`: the photographer is the one before 摄.)
  const wordsBy = /[文图圖]/.test(credit) && /[摄攝]/.test(m[2]!) ? creditsAfterNames(`${credit}${m[2]}`) : null;
  if (wordsBy && wordsBy.photographers.length > 0) return { photographers: wordsBy.photographers, caption: full.slice(0, offset + m.index).trim(), raw: m[0].trim() };
  const holder = emptyByline();
  const contributor = contributorName(credit);
  if (contributor) holder.photographers.push(contributor);
  else if (!parseRoles(credit, holder)) holder.photographers.push(...splitNames(credit));
  const names = [...holder.reporters, ...holder.correspondents, ...holder.photographers, ...holder.authors];
  if (/^[摄攝]$/.test(m[2]!) && names.length === 0) return null;
  return { photographers: names, caption: full.slice(0, offset + m.index).trim(), raw: m[0].trim() };
}
