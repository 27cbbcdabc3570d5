import { isJsSpace, unitsOf } from './text-lines';

/**
 * Every newspaper word the parser knows, in one place. Words are written once,
 * in simplified characters; `anyForm` turns a word into a pattern that also
 * matches its traditional form (报/報, 讯/訊, 记者/記者 …), so a paper printed
 * in traditional characters (or converted to Big5) is read with the same
 * grammar. To teach the parser a new paper's vocabulary, add its words to the
 * lists below and any new character's traditional form to TRADITIONAL.
 */

/** Traditional forms of the simplified characters used in the vocabulary (only those that differ). */
const TRADITIONAL: Record<string, string> = {
  报: '報', 讯: '訊', 记: '記', 电: '電', 摄: '攝', 员: '員', 联: '聯', 众: '眾衆', 华: '華', 国: '國', 闻: '聞', 网: '網',
  视: '視', 频: '頻', 广: '廣', 东: '東', 时: '時', 体: '體', 评: '評', 论: '論', 谈: '談', 语: '語', 声: '聲', 观: '觀', 点: '點',
  关: '關', 递: '遞', 专: '專', 栏: '欄', 责: '責', 编: '編', 辑: '輯', 实: '實', 习: '習', 见: '見', 约: '約', 图: '圖',
  邮: '郵', 发: '發', 号: '號', 总: '總', 统: '統', 连: '連', 续: '續', 农: '農', 历: '曆歷', 办: '辦', 内: '內', 经: '經', 财: '財', 强: '強', 闰: '閏', 际: '際',
  济: '濟', 杂: '雜', 随: '隨', 笔: '筆', 漫: '漫', 坛: '壇', 社: '社', 美: '美', 路: '路', 透: '透', 议: '議', 讲: '講',
  会: '會', 启: '啟啓', 须: '須', 讣: '訃', 标: '標', 聘: '聘', 告: '告', 开: '開', 纪: '紀', 访: '訪',
  录: '錄', 动: '動', 态: '態', 简: '簡', 链: '鏈', 读: '讀', 书: '書', 画: '畫', 周: '週', 钟: '鐘鍾',
  话: '話', 条: '條', 县: '縣', 乡: '鄉', 区: '區', 镇: '鎮', 为: '為爲', 门: '門', 页: '頁', 阅: '閱',
  导: '導', 热: '熱', 线: '線綫', 术: '術', 万: '萬', 岁: '歲', 长: '長', 马: '馬', 亚: '亞', 台: '臺',
  湾: '灣', 乐: '樂', 兴: '興', 苏: '蘇', 汉: '漢', 晋: '晉', 宁: '寧', 严: '嚴', 鲁: '魯', 滨: '濱', 沪: '滬',
  军: '軍', 战: '戰', 学: '學', 艺: '藝', 综: '綜', 译: '譯', 题: '題', 别: '別', 独: '獨', 设: '設', 计: '計', 对: '對', 审: '審', 终: '終', 划: '劃', 筹: '籌', 转: '轉', 紧: '緊', 驻: '駐', 传: '傳', 价: '價', 许: '許', 证: '證', 营: '營', 码: '碼', 结: '結', 当: '當', 闭: '閉',
  参: '參', 与: '與', 应: '應', 针: '針', 绝: '絕', 倾: '傾', 缘: '緣', 让: '讓', 礼: '禮', 谦: '謙', 并: '並併', 从: '從', 顺: '順', 温: '溫',
  缓: '緩', 饱: '飽', 将: '將', 风: '風', 赠: '贈', 顾: '顧', 触: '觸', 调: '調', 听: '聽', 双: '雙', 单: '單', 纵: '縱', 趋: '趨', 来: '來',
  资: '資', 档: '檔', 撷: '擷', 辞: '辭', 释: '釋', 务: '務', 纸: '紙', 称: '稱', 献: '獻', 处: '處', 键: '鍵', 词: '詞', 类: '類', 数: '數', 种: '種', 据: '據', 库: '庫', 载: '載', 间: '間', 欧: '歐', 阳: '陽', 诸: '諸', 孙: '孫', 轩: '軒', 辕: '轅', 迟: '遲', 络: '絡', 览: '覽', 击: '擊', 权: '權', 备: '備', 医: '醫', 护: '護', 职: '職', 儿: '兒', 园: '園', 布: '佈', 师: '師', 辅: '輔', 顿: '頓', 纽: '紐', 矶: '磯', 旧: '舊', 伦: '倫', 维: '維', 纳: '納', 罗: '羅', 尔: '爾', 兰: '蘭', 莲: '蓮', 达: '達', 义: '義',
  机: '機', 详: '詳', 级: '級', 组: '組', 觉: '覺', 气: '氣', 预: '預',
  云: '雲', 卫: '衛', 韩: '韓', 说: '說説', 凤: '鳳', 无: '無', 于: '於',
};

/** Simplified character for each traditional one of the table (for comparing names across forms). */
const SIMPLIFIED: Record<string, string> = Object.fromEntries(
  Object.entries(TRADITIONAL).flatMap(([s, t]) => ([...s].length === 1 ? [...t].map((c) => [c, s] as const) : [])),
);

/**
 * A regular-expression source matching `word` in simplified or traditional characters (per character:
 * 日报 → 日[报報]); with `spaced`, OCR's stray spaces may stand between its characters (记 者).
 */
export function anyForm(word: string, spaced = false): string {
  const parts: string[] = [];
  for (const c of word) {
    const t = TRADITIONAL[c];
    parts.push(t ? `[${c}${t}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  return parts.join(spaced ? '\\s*' : '');
}

/** The simplified form of a vocabulary word printed in traditional characters (報 → 报); other characters unchanged. */
export function simplifiedForm(text: string): string {
  let out = '';
  for (const c of text) out += SIMPLIFIED[c] ?? c;
  return out;
}

const alternatives = (words: readonly string[], spaced = false) => words.map((w) => anyForm(w, spaced)).join('|');

/**
 * Words that end in a character which otherwise joins a phrase to the next (与, 对, 向, 和 …: `…沉浸在去年的快乐与` was cut
 * mid-sentence) but close a phrase themselves: a headline may end in them (`全民健身跑 千人齐参与`, `积极应对`, `找准方向`).
 */
export const PHRASE_CLOSING_WORDS = [
  '参与', '赠与', '目的',
  '温和', '缓和', '平和', '饱和', '总和', '共和', '柔和', '祥和', '暖和', '附和', '调和', '谦和',
  '普及', '波及', '涉及', '危及', '顾及', '殃及', '惠及', '遍及', '触及', '提及', '来得及', '来不及',
  '面对', '应对', '针对', '绝对', '相对', '反对', '核对', '校对', '比对', '配对', '派对',
  '大将', '老将', '主将', '名将', '猛将', '干将', '小将', '女将',
  '火把', '棉被', '植被',
  '服从', '顺从', '随从', '盲从', '听从',
  '方向', '走向', '导向', '转向', '取向', '动向', '风向', '倾向', '意向', '志向', '去向', '流向', '航向', '定向', '双向', '单向', '纵向', '偏向', '趋向',
  '合并', '兼并', '吞并',
  '自由', '理由', '缘由', '事由', '来由',
  '转让', '礼让', '谦让', '忍让', '出让', '退让', '避让',
  '土耳其',
] as const;
const PHRASE_CLOSING = new Set<string>(PHRASE_CLOSING_WORDS);

/** The text ends in one of PHRASE_CLOSING_WORDS, in either form. */
export function endsInPhraseClosingWord(text: string): boolean {
  const tail = simplifiedForm(text.slice(-3));
  return PHRASE_CLOSING.has(tail.slice(-2)) || PHRASE_CLOSING.has(tail);
}

/** The kinds of document a title names at its end (`关于…的实施意见`, `…管理办法`). */
export const DOCUMENT_KINDS = ['意见', '通知', '决定', '办法', '规定', '方案', '报告', '决议', '公告', '通告', '条例', '细则', '批复', '纲要', '规划', '指引', '建议'] as const;
export const DOCUMENT_KIND_END = new RegExp(`(?:${alternatives(DOCUMENT_KINDS)})$`);

/** What a paper calls itself: the endings of its name (株洲日报, 东湖晚报, 新民晚報, 中央日報). */
export const PAPER_SUFFIXES = ['日报', '晚报', '早报', '时报', '商报', '都市报', '周报', '导报', '快报', '晨报', '周末', '报'] as const;
export const PAPER_SUFFIX = alternatives(PAPER_SUFFIXES);
/**
 * Words of two characters closing in a bare 报 that name a document, not a paper (`简报`, `公报`, `年报`, `通报`): a file's name that
 * is one of them names no paper (`年报_20240612.txt`), where `明报` does.
 */
export const REPORT_WORDS = ['简报', '公报', '年报', '季报', '月报', '财报', '汇报', '情报', '海报', '通报', '电报', '警报', '喜报', '预报', '举报', '申报', '填报', '上报', '战报', '会报', '画报', '学报'] as const;
export const REPORT_WORD = new RegExp(`^(?:${alternatives(REPORT_WORDS)})$`);

/** News agencies, whose lead-ins (`新华社北京5月21日电`, `〔合众社华盛顿十日电〕`) open wire copy. */
/** Agencies abroad, as a paper of translated foreign press (参考消息's kind) names them heading a wire. */
export const FOREIGN_AGENCIES = ['俄新社', '韩联社', '德新社', '埃菲社', '安莎社', '时事社', '朝中社', '越通社', '拉美社', '中东社', '彭博社', '卫星通讯社', '今日俄罗斯通讯社'] as const;
export const AGENCIES = [
  '新华社', '中新社', '中新网', '人民网', '央视新闻', '中央社', '合众社', '路透社', '美联社', '法新社', '共同社', '塔斯社', '海通社', '中央通讯社', '国民通讯社',
  // Foreign agencies a paper of translated foreign press cites in its lead-ins (`【俄新社莫斯科6月2日电】`, `韩联社首尔…电`).
  ...FOREIGN_AGENCIES,
] as const;
export const AGENCY = alternatives(AGENCIES);

const WIRE_SOURCE_NAME = new RegExp(`^(?:${AGENCY})|^[\\u4e00-\\u9fff]{1,6}?[社]`);

/**
 * The agency a wire story's lead-in names, without its place (`新华社北京` → 新华社, `中央社華盛頓` → 中央社, `路透社倫敦` → 路透社);
 * null when it names none (a wire story is shown as one without saying whose).
 */
export function wireAgencyName(agency: string | null): string | null {
  return (agency && WIRE_SOURCE_NAME.exec(agency)?.[0]) || null;
}

/** The label an extra edition prints in its masthead (`号外`, `號外`). */
export const EXTRA_EDITION_WORDS = ['号外'] as const;

/** `本报` and its traditional form: the paper speaking of itself. */
export const OWN_PAPER = anyForm('本报');
/** `讯` (report) and `电` (wire) closing an agency lead-in. */
export const REPORT = anyForm('讯');
export const WIRE = anyForm('电');
/** `报道`, `報導`: closing a reporter's lead-in in Taiwan, Hong Kong and Singapore papers (`〔記者王小明／台北報導〕`, `林小华 报道`). */
export const REPORTED = `(?:${alternatives(['报道', '报导'])})`;
/**
 * Words between a lead-in's source and its closing word: `专讯` (a paper's own dispatch), `综合报道` (a round-up), `即时报导`,
 * `综合外电报导` (from foreign wires).
 */
export const REPORT_QUALIFIERS = ['专', '即时', '综合', '联合', '外电', '专题', '特别', '独家'] as const;
export const REPORT_QUALIFIER = `(?:${alternatives(REPORT_QUALIFIERS)})`;
/**
 * Words closing in 讯 that are a sentence's, not a lead-in's (`资讯`, `通讯`, `喜讯`, `闻讯` …): before a lead-in's 讯 stands its
 * source's last character, never one of these words' first.
 */
export const WORDS_CLOSING_IN_REPORT = ['资讯', '通讯', '快讯', '简讯', '短讯', '要讯', '速讯', '喜讯', '捷讯', '佳讯', '电讯', '视讯', '音讯', '传讯', '闻讯', '死讯', '噩讯', '凶讯', '问讯', '审讯', '警讯'] as const;
/** The first characters of `WORDS_CLOSING_IN_REPORT`, in both forms. */
export const REPORT_WORD_FIRSTS = WORDS_CLOSING_IN_REPORT.map((w) => w[0]! + (TRADITIONAL[w[0]!] ?? '')).join('');
/** The kind of piece a reporter's bracketed lead-in may name after the slash instead of where from (`〔記者王小明／特稿〕`, `〔記者陳大文／專訪〕`). */
export const REPORT_PIECES = ['特稿', '专访', '专题', '分析', '观察', '调查'] as const;
export const REPORT_PIECE = `(?:${alternatives(REPORT_PIECES)})`;
/** Brackets a lead-in may stand in: `〔合众社…电〕`, `【明報專訊】`, `（新加坡讯）`. */
export const LEAD_OPEN = '[〔\\[［【（(]';
export const LEAD_CLOSE = '[〕\\]］】）)]';
/** Words that report what someone said, closing a kicker over the headline that says it (`…调度会上强调` / headline). */
export const KICKER_CLOSING_WORDS = ['强调', '指出', '表示', '要求'] as const;
export const KICKER_CLOSING = new RegExp(`(?:${KICKER_CLOSING_WORDS.map((w) => anyForm(w)).join('|')})$`);
/** The last characters of those words, in either form (`调`, `調`, `出` …): a text ending in none of them is told without the pattern. */
export const KICKER_CLOSING_ENDS: ReadonlySet<string> = new Set(KICKER_CLOSING_WORDS.flatMap((w) => [...`${w.slice(-1)}${TRADITIONAL[w.slice(-1)] ?? ''}`]));

/** A news site or agency named by its ending (`…新闻网`, `…社`). */
export const OUTLET_SUFFIX = alternatives(['新闻网', '社']);
/**
 * How the name of an outlet that is no paper may end, before its reporters (`界面新闻记者 …`, `第一财经记者 …`,
 * `21世纪经济报道记者 …`, `三联生活周刊记者 …`), and a county's or district's media centre, as county and city papers credit
 * it (`青江县融媒体中心记者 王五`, `来源：青江县融媒体中心`), its television station (`江城广播电视台记者 …`), or a news site not
 * named by 网 (`国际在线记者 …`).
 */
export const MEDIA_NAME_ENDINGS = ['新闻', '财经', '经济报道', '周刊', '融媒体中心', '融媒中心', '传媒中心', '新闻中心', '电视台', '卫视', '电台', '在线'] as const;
/** How a news site's name ends other than in 网 (`国际在线`, `荆楚在线`): those of `MEDIA_NAME_ENDINGS` that name a site. */
const WEB_OUTLET_ENDINGS: readonly (typeof MEDIA_NAME_ENDINGS)[number][] = ['在线'];
export const WEB_OUTLET_ENDING = alternatives(WEB_OUTLET_ENDINGS);
/** How a broadcaster's name ends (`江城广播电视台`, `凤凰卫视`, `香港电台`): those of `MEDIA_NAME_ENDINGS` that name a station. */
const BROADCASTER_ENDINGS: readonly (typeof MEDIA_NAME_ENDINGS)[number][] = ['电视台', '卫视', '电台'];
export const BROADCASTER_ENDING = alternatives(BROADCASTER_ENDINGS);
/**
 * Broadcasters named by their short names, as papers credit their reporters (`央视记者 张三`, `央廣記者 …`, `国际台记者 …`, `華視記者
 * …`, `TVB记者 …`); a satellite channel's or a radio station's name ends in `卫视` or `电台` (`凤凰卫视`, `香港电台`,
 * `MEDIA_NAME_ENDINGS`).
 */
export const BROADCASTERS = ['央视', '央广', '国际台', '国广', '台视', '中视', '华视', '民视', '公视', '亚视', '无线', '有线', 'TVB', 'ATV', 'CCTV', 'CGTN'] as const;
export const BROADCASTER = alternatives(BROADCASTERS);

/** The role words of a byline, by the role they name, written once (the patterns below add forms and spacing). */
export const ROLE_WORDS = {
  /** (`融媒记者`, `全媒记者`: a county or city paper's reporter for its media centre, the short form of `融媒体记者`.) */
  reporterPrefixes: ['全媒体', '融媒体', '全媒', '融媒', '本报', '首席', '特约', '特派', '见习', '实习'],
  reporter: '记者',
  /**
   * Who reported, only before a colon (`报道：林美玲`, `报导：陈志强`, `采访：…`, `文字：…`, as papers in Malaysia close a story) or
   * the bar an account's reprint sets for one (`文字｜周敏`); in running text these words are verbs and nouns.
   */
  reporterBeforeColon: ['报道', '报导', '采访', '采写', '文字'],
  correspondents: ['特约通讯员', '通讯员', '特派员', '实习生'],
  photographerPrefixes: ['全媒体', '融媒体'],
  photographer: '摄影',
  cameraman: '摄像',
  /** `编译`: who wrote a story from foreign wires (`〔編譯張三／綜合報導〕`). */
  authors: ['撰文', '作者', '编译', '特约撰稿人', '特约撰稿', '撰稿人', '撰稿'],
} as const;

/**
 * What the names of a byline did, set apart after them at the line's end (`本报记者 张三 整理`, `记者 张三/采写`, `记者 李四 编译`,
 * `本报记者 张三 采访整理`): a credit's word, no part of a name (read as one, `整理` was a reporter).
 */
const WORK_DONE_WORDS = ['采访整理', '整理', '采写', '编辑', '编译', '撰写', '执笔'] as const;
export const WORK_DONE_TAIL = new RegExp(`(?<=[\\u4e00-\\u9fff·]{2})[\\s\\u3000/／]+(?:${alternatives(WORK_DONE_WORDS)})\\s*$`);
/** The last characters of `WORK_DONE_WORDS`, in both forms: a line closing in none is told without the pattern. */
export const WORK_DONE_LAST: ReadonlySet<number> = new Set(WORK_DONE_WORDS.flatMap((w) => [...`${w.slice(-1)}${TRADITIONAL[w.slice(-1)] ?? ''}`].map((c) => c.charCodeAt(0))));

/**
 * The close of every role word as the role patterns (`rolePatterns(true)`) read it, in both forms: its last two characters,
 * OCR's spaces allowed between them (者 after 记, 员 after 讯 or 派, 影 after 摄 …), or 文, 图, 图片 or 视频 before a slash, a colon,
 * a bar or `·` (`文/`, `图：`, `图 | `, the one-character roles, which stand only so). A text with none holds no role, which one scan tells
 * before the role patterns are tried (most of a page's lines hold a role word's last character alone: 生, 文, 字, 道 …).
 */
export const ROLE_WORD_ENDING = (() => {
  const w = ROLE_WORDS;
  const words = [w.reporter, ...w.reporterBeforeColon, ...w.correspondents, w.photographer, w.cameraman, ...w.authors];
  const closes = [...new Set(words.map((word) => [...word].slice(-2).join('')))].map((pair) => anyForm(pair, true));
  return new RegExp(`${closes.join('|')}|(?:文|${anyForm('图')}|${anyForm('图片')}|${anyForm('视频')})\\s*[/／:：·|｜]`);
})();

/** Role patterns in both forms; with `spaced`, OCR spaces may split the words (`全媒体 记 者`). */
export function rolePatterns(spaced: boolean) {
  const w = ROLE_WORDS;
  const gap = spaced ? '\\s*' : '';
  return {
    // (`本报特派记者`, `本报驻京记者`, `本报驻美国特约记者`: the paper, where the reporter is posted, the kind of reporter.)
    reporters: `(?:(?:${alternatives(w.reporterPrefixes, spaced)})\\s*|${anyForm('驻')}[\\u4e00-\\u9fff]{1,6}?\\s*)*${anyForm(w.reporter, spaced)}|(?<![\\u4e00-\\u9fff])(?:${alternatives(w.reporterBeforeColon, spaced)})(?=\\s*[:：|｜丨])`,
    // (`駐日特派員`, `驻京特派员`: where the correspondent is posted before the role, as before a reporter's.)
    correspondents: `(?:${anyForm('驻')}[\\u4e00-\\u9fff]{1,6}?\\s*)?(?:${alternatives(w.correspondents, spaced)})`,
    // `图/李四`, `图：李四`: photographs by; `文/图 张三`: words and photographs by one person (an author).
    // (`图/视频 张三`, `视频/李四`: pictures that move are a photographer's too; `图片｜张三`, as an account's reprint credits.)
    photographers: `(?:${alternatives(w.photographerPrefixes, spaced)})?\\s*${anyForm(w.photographer, spaced)}(?:\\s*${anyForm(w.reporter, spaced)})?|${anyForm(w.cameraman, spaced)}|(?<![\\u4e00-\\u9fff/／·])${anyForm('图')}\\s*[/／]\\s*${anyForm('视频')}|(?<![\\u4e00-\\u9fff/／·])(?:${anyForm('图片')}|${anyForm('图')}|${anyForm('视频')})(?!\\s*[/／]\\s*文)(?=${gap}\\s*[/／:：|｜])`,
    // (`文/视频 张三`: words and video by one person, as `文/图`; and `图/文 张三`, the other way round, or `图文/本报记者 张三`.)
    authors: `${alternatives(w.authors, spaced)}|(?<![\\u4e00-\\u9fff])文\\s*[/／·]\\s*(?:${anyForm('图')}|${anyForm('视频')})|(?<![\\u4e00-\\u9fff])${anyForm('图')}\\s*[/／]\\s*文|(?<![\\u4e00-\\u9fff])${anyForm('图')}文(?=${gap}\\s*[/／:：|｜])|(?<![\\u4e00-\\u9fff])文(?=${gap}\\s*[/／:：|｜])`,
  };
}

/**
 * A picture credited to where it came from, naming no photographer, as Taiwan's and Hong Kong's papers print one under a photo:
 * a picture's label and a slash or colon (`图／`, `圖：`, `照片／`), then a source closing in one of `PICTURE_SOURCE_ENDINGS`
 * (`圖／聯合報系資料照片`, `（圖：讀者提供）`) or opening with one of `PICTURE_SOURCE_OPENINGS` (`圖／取自臉書`, `圖／翻攝畫面`);
 * an illustration's (`示意圖／ingimage`), whatever follows; or a kind of picture alone in brackets (`（資料圖片）`).
 */
export const PICTURE_LABELS = ['图', '图片', '照片', '相片'] as const;
export const PICTURE_SOURCE_ENDINGS = ['提供', '资料照片', '资料照', '资料图片', '资料图', '档案照片', '档案照', '截图'] as const;
export const PICTURE_SOURCE_OPENINGS = ['取自', '翻摄', '截自', '摘自', '翻拍', '撷取自'] as const;
export const PICTURE_KINDS_ALONE = ['资料图片', '资料照片', '资料照', '资料图', '示意图', '网上图片', '网络图片', '互联网图片', '档案照片', '档案照'] as const;
/** Picture agencies a credit names after `图/` (`图/视觉中国`, `图/东方IC`), no photographer. */
export const PICTURE_AGENCIES = ['视觉中国', '东方IC'] as const;
/** The web named as a picture's source after `图/` (`图片｜网络`, `图/网图`, as an account's reprint credits), no photographer. */
export const PICTURE_FROM_WEB = ['网络', '网图'] as const;
/**
 * Where a photograph came from, after `图/`, naming no photographer (`受访者提供`, `受访者供图`, `资料图片`, `视觉中国`, `IC`), as
 * metro papers credit handouts and picture agencies: a pattern's source, no one's name.
 */
export const PICTURE_SOURCE_WORD = `(?:[\\u4e00-\\u9fff]{1,8}(?:${alternatives(['提供', '供图'])})|${alternatives([...PICTURE_KINDS_ALONE, ...PICTURE_AGENCIES, ...PICTURE_FROM_WEB])}|[A-Z]{2,5})`;
/** The longest source a picture's credit names (`聯合報系資料照片` is eight characters). */
export const PICTURE_SOURCE_MAX = 20;
/** A picture's source credit closing a text, at a line's start or after a sentence's end or a space (its first group the credit). */
export const PICTURE_SOURCE_CREDIT = (() => {
  // (A source is no clause: no mark of one inside it.)
  const value = `[^，。；！？、,;!?（）()「」“”]`;
  const label = `(?:${alternatives(PICTURE_LABELS)})\\s*[／/:：]\\s*`;
  const source = `(?:${value}{0,${PICTURE_SOURCE_MAX}}?(?:${alternatives(PICTURE_SOURCE_ENDINGS)})|(?:${alternatives(PICTURE_SOURCE_OPENINGS)})${value}{1,${PICTURE_SOURCE_MAX}})`;
  const credit = `${label}${source}|${anyForm('示意图')}\\s*[／/:：]\\s*${value}{1,${PICTURE_SOURCE_MAX}}`;
  return new RegExp(`(?:^|(?<=[。！？!?）)\\s]))\\s*([（(]\\s*(?:${credit}|${alternatives(PICTURE_KINDS_ALONE)})\\s*[）)]|(?:${credit}))\\s*$`);
})();

/** An e-mail address (`limeiling@zaobao.com.sg`, as Singapore's papers print a writer's under the byline): a pattern's source. */
export const EMAIL_ADDRESS = '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+';
/** An e-mail address alone (spaces around it aside): a writer's contact under a byline or on a line of its own. */
export const EMAIL_ALONE = new RegExp(`^\\s*${EMAIL_ADDRESS}\\s*$`);

/** A photo credit's closing word (`…摄`, `…供图`). */
export const PHOTO_CREDIT_WORD = alternatives(['摄', '供图']);

/** Chinese numerals as printed in dates (`三十八年五月十二日`, `二〇二四年`). */
const DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
export const CHINESE_NUMBER = '[〇零○Ｏ一二两三四五六七八九十廿卅]{1,4}';

/**
 * The value of a number in Chinese numerals or digits: 十二 → 12, 三十八 → 38, 廿一 → 21, 二〇二四 → 2024
 * (digit by digit when there is no 十), 12 → 12. NaN for anything else.
 */
export function numberValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  // A hundred and more (`一百一十四`, `一百零五`: a Republic-era year as Taiwan prints it in words today).
  const hundred = text.indexOf('百');
  if (hundred >= 0) {
    const hundreds = hundred === 0 ? 1 : DIGITS[text.slice(0, hundred)];
    const rest = text.slice(hundred + 1).replace(/^[零〇]/, '');
    const restValue = rest === '' ? 0 : numberValue(rest.startsWith('十') ? `一${rest}` : rest);
    return hundreds === undefined || hundred > 1 ? NaN : hundreds * 100 + restValue;
  }
  const t = text.replace(/^廿/, '二十').replace(/^卅/, '三十');
  if (!t.includes('十')) {
    if (![...t].every((c) => c in DIGITS)) return NaN;
    return Number([...t].map((c) => DIGITS[c]).join(''));
  }
  const [tens, ones] = t.split('十') as [string, string];
  const tensValue = tens === '' ? 1 : DIGITS[tens];
  const onesValue = ones === '' ? 0 : DIGITS[ones];
  return tensValue === undefined || onesValue === undefined || tens.length > 1 || ones.length > 1 ? NaN : tensValue * 10 + onesValue;
}

/** The era of mastheads before 1949, and of Taiwan's to this day: 中华民国 (民国) N年 is N + 1911. */
export const REPUBLIC_ERA = `(?:${anyForm('中华民国')}|${anyForm('民国')})`;
export const REPUBLIC_YEAR_OFFSET = 1911;
/** A year of a hundred or more in words (`一百一十四`, `一百零五`): the Republic era's years since 2011. */
export const HUNDREDS_NUMBER = '[一二三四五六七八九]?百[零〇一二三四五六七八九十]{0,3}';

/** Column and section names: a short head line made of these is a column or section (`国内要闻`, `本市新闻`), not a kicker. */
export const COLUMN_WORDS = ['评', '论', '谈', '语', '言', '声', '观察', '视点', '聚焦', '关注', '时事', '速递', '专栏', '要闻', '新闻'] as const;
export const COLUMN_WORD = new RegExp(alternatives(COLUMN_WORDS));

/**
 * Labels of a box set beside a story (`■相关链接`, `【延伸阅读】`, `小贴士`): its subheads, never a writer's name or a new
 * story's headline.
 */
export const BOX_LABELS = ['相关链接', '新闻链接', '知识链接', '背景链接', '链接', '延伸阅读', '相关阅读', '相关新闻', '新闻背景', '背景', '小贴士', '温馨提示', '名词解释', '编后', '编后语', '人物简介', '资料', '记者手记', '编辑手记'] as const;
export const BOX_LABEL = new RegExp(`^(?:${alternatives(BOX_LABELS)})$`);
/**
 * The endings many papers give a box's name of their own (`参观贴士`, `历史背景`, `人物小传`, `采访手记`, `知识链接`,
 * `相關連結`; a legal paper's note on the case beside its report, `法官说法`, `律師說法`, `专家点评`): a word of up to four
 * characters, then one of these.
 */
export const BOX_LABEL_ENDINGS = ['链接', '连结', '贴士', '背景', '小传', '手记', '说法', '点评'] as const;
/** A box's label as words: one of `BOX_LABELS`, or a word of up to four characters closing in one of `BOX_LABEL_ENDINGS` (a pattern's source). */
export const BOX_LABEL_WORDS = `(?:${alternatives(BOX_LABELS)}|[\\u4e00-\\u9fff]{0,4}(?:${alternatives(BOX_LABEL_ENDINGS)}))`;

/**
 * Two-character surnames (欧阳, 司马 …): a four-character word is a person's name (`■欧阳晓峰`) only after one of these; otherwise
 * it is a label (`●典型案例`, `■法官说法`). Written in simplified characters, compared in either form.
 */
export const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '慕容', '令狐', '皇甫', '尉迟', '公孙', '长孙', '夏侯', '端木', '司徒', '司空', '西门', '宇文', '独孤', '南宫', '轩辕', '呼延', '万俟', '闻人', '澹台', '公冶', '太史', '申屠', '濮阳', '淳于', '单于', '钟离', '赫连', '拓跋', '第五'] as const;
export const COMPOUND_SURNAME = new RegExp(`^(?:${alternatives(COMPOUND_SURNAMES)})`);

/**
 * Single-character surnames, the four hundred or so that nearly every Chinese name opens with (王, 李, 张 …), in simplified and
 * traditional forms: a short line of two to four characters alone is a writer's name only after one (`李奎国`), never a channel's
 * or a place's (`湖南卫视`, `湘江频道`).
 */
const SURNAME_CHARACTERS = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅' +
    '方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞' +
    '左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚' +
    '娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥' +
    '南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦' +
    '戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭' +
    '由洪鄂梦' +
    // Their traditional forms where they differ (a surname keeps its own: 于, 余, 范, 岳, 郁, 干, 游, 朴, 党 stay as they are).
    '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蔣葉蘇呂盧鍾譚陸賈韋鄒閆閻龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀畢單塗駱藍鮑華饒陽時農繆簡車' +
    '項連蘆麥婁竇宮費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂儲勞諶藺樓盤滿聞厲區闞權強帥蓋練豐國計晉門雲來闕烏況鮮諸戰銀賓陰堯閉夢',
);

/** Whether the text opens with a surname, single (王, 陳) or compound (欧阳): the first test of a person's name. */
export const opensWithSurname = (text: string): boolean => SURNAME_CHARACTERS.has(text[0] ?? '') || COMPOUND_SURNAME.test(text);
/**
 * A word that reads as a person's name: a transliterated one with its `·` (`阿依·买买提`), or one opening with a surname, four
 * characters only after a surname of two (`欧阳晓峰`; `市委书记`, `全力推进` are not).
 */
export const isSurnamedName = (word: string): boolean => word.includes('·') || (opensWithSurname(word) && (word.length < 4 || COMPOUND_SURNAME.test(word)));

/**
 * A page's or section's name over a story (`港闻`, `国际`, `财经`): a head line that is one of these, alone, is the story's
 * section, not its kicker.
 */
export const SECTION_NAMES = ['港闻', '澳闻', '本地', '本埠', '国际', '国内', '两岸', '中国', '财经', '经济', '体育', '娱乐', '社会', '综合', '教育', '文化', '科技', '健康', '民生', '法治', '时政', '地方', '城事', '都市', '环球', '天下'] as const;
export const SECTION_NAME = new RegExp(`^(?:${alternatives(SECTION_NAMES)})$`);
/**
 * A box's label over the term it explains, as Taiwan's and Hong Kong's papers set one beside a story (`新聞辭典`, `新聞小辭典`,
 * `人物小檔案`, `名詞解釋`): the box's label, never its title. (A word of up to three characters, then 辞典 or 档案.)
 */
export const GLOSSARY_LABEL = new RegExp(`^(?:[\\u4e00-\\u9fff]{0,3}(?:${alternatives(['辞典', '档案'])})|${anyForm('名词解释')})$`);
/** A briefs column's label (`简讯`, `快讯`, `速览`): it heads the items under it, and is no writer's name (`■简讯`, 简 being a surname). */
export const BRIEFS_LABELS = ['简讯', '快讯', '短讯', '资讯', '要讯', '速览', '短波', '速递', '动态', '一句话新闻', '简报', '要闻简报', '新闻简报', '本地简讯', '综合简讯'] as const;
export const BRIEFS_LABEL = new RegExp(`^(?:${alternatives(BRIEFS_LABELS)})$`);
/** A briefs column's heading on its own line, set off by a mark or brackets or not (`■简讯`, `【快讯】`, `速览`): a column opens there. */
export const BRIEFS_HEADING = new RegExp(`^[■□●◆◇▲△◎]?\\s*[【〖\\[［]?\\s*(?:${alternatives(BRIEFS_LABELS)})\\s*[】〗\\]］]?$`);
/** How a section's name may close (`全国新闻`, `國內要聞`). */
export const SECTION_NAME_END = new RegExp(`(?:${alternatives(['新闻', '要闻'])})$`);

/**
 * A website's furniture in a page copied from it: where the page sits (`首页`, `当前位置`), its controls (`字号`, `打印本页`,
 * `关闭窗口`, `分享到`), the links to the stories before and after it (`上一篇：`), the story's editor (`责任编辑：李华`; a wire's,
 * `（編輯：張國華）1130611`, with the day it was filed after it, as Taiwan's 中央社 closes its stories: the Republic's year and the day).
 */
export const WEB_PAGE_PLACES = ['首页', '当前位置', '您的位置', '你的位置'] as const;
export const WEB_PAGE_CONTROLS = ['字号', '打印本页', '关闭窗口', '分享到', '返回顶部', '上一版', '下一版', '返回目录', '返回首页'] as const;
export const WEB_PAGE_LINKS = ['上一篇', '下一篇'] as const;
/**
 * Who edited or checked the page or post, before a colon and names alone (`责任编辑：李华`; `审核：陈建国`, `监制：…`, as an account's
 * reprint signs).
 */
export const WEB_PAGE_EDITORS = ['责任编辑', '责编', '编辑', '审核', '终审', '监制', '校对'] as const;
/** A wire's staff in brackets under its story, each role and name, as 中央社 closes one (`（譯者：王大明／核稿：李小華）1130612`). */
export const WIRE_STAFF = ['译者', '核稿', '编辑'] as const;
/**
 * When a website posted the story, its label before it (`发布时间：2025-06-03 08:30`, `發佈日期：2025年6月3日`), on a line of its
 * own under the headline, as a digital edition's article view prints it: the page's furniture, as the time alone is.
 */
export const WEB_POSTED_LABELS = ['发布时间', '发布日期', '发表时间', '发稿时间', '更新时间', '发布于'] as const;
export const WEB_POSTED_LINE = new RegExp(
  `^(?:${alternatives(WEB_POSTED_LABELS)})\\s*[:：]?\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?$`,
);
const WEB_PAGE_WORDS = [...WEB_PAGE_PLACES, ...WEB_PAGE_CONTROLS, ...WEB_PAGE_LINKS, ...WEB_PAGE_EDITORS, ...WIRE_STAFF];
const WIRE_STAFF_PART = `(?:${alternatives(WIRE_STAFF)})\\s*[:：]\\s*[\\u4e00-\\u9fff·]{2,4}`;
export const WEB_FURNITURE = new RegExp(
  `^\\s*(?:(?:${alternatives(WEB_PAGE_PLACES)})\\s*[:：>»›]|[^，。,>»›]{1,10}(?:\\s*[>»›]\\s*[^，。,>»›]{1,10}){2,}\\s*$|【?\\s*(?:${alternatives(WEB_PAGE_CONTROLS)})|(?:${alternatives(WEB_PAGE_LINKS)})\\s*[:：]|[（(【\\[［]?\\s*(?:${alternatives(WEB_PAGE_EDITORS)})\\s*[:：]\\s*[\\u4e00-\\u9fff·\\s]{2,10}(?:[）)】\\]］]\\s*\\d{6,8}|[）)】\\]］]?)\\s*$|[（(]\\s*${WIRE_STAFF_PART}(?:\\s*[／/；;]\\s*${WIRE_STAFF_PART})+\\s*[）)]\\s*(?:\\d{6,8})?\\s*$)`,
);
/**
 * A wire's staff note and the day it was filed, or the note alone, run into its last paragraph after the sentence's end (`…旅客可多加利用。（編輯：李明）1130601`, `…。（編輯：李明）`,
 * `…。（譯者：王大明／核稿：李小華）1130612`, as 中央社's copy is pasted): the wire's furniture, as on a line of its own (`WEB_FURNITURE`).
 */
export const WIRE_STAFF_TAIL = new RegExp(`(?<=[。！？!?”」』])\\s*[（(]\\s*${WIRE_STAFF_PART}(?:\\s*[／/；;]\\s*${WIRE_STAFF_PART})*\\s*[）)]\\s*(?:\\d{6,8})?\\s*$`);
/** The characters web furniture opens with, in both forms (any other line is told without the pattern). */
export const WEB_FURNITURE_OPENINGS = `【（([［${WEB_PAGE_WORDS.map((w) => w[0]! + (TRADITIONAL[w[0]!] ?? '')).join('')}`;

/** Words of time that may follow a role word in a sentence (`记者昨日报道`, `记者 近日 走访`): never a name. */
export const TIME_WORDS = ['昨日', '今日', '近日', '日前', '昨天', '今天', '近期', '目前', '此前', '当天', '当日', '连日'] as const;
/**
 * Column names made of a role word and one of these (`记者手记`, `记者观察`, a commentator's `评论员文章`): not a byline's names.
 */
export const COLUMN_AFTER_ROLE = ['手记', '札记', '观察', '调查', '专访', '笔记', '来信', '走笔', '随笔', '日记', '感言', '感悟', '点评', '追踪', '跟踪', '回访', '探访', '直击', '手記', '觀察', '調查', '專訪', '筆記', '來信', '隨筆', '日記', '點評', '追蹤', '跟蹤', '回訪', '探訪', '直擊', '连线', '連線', '文章'];

/**
 * An editor's note opening a story (`编者按：…`, `【编者的话】…`): printed above the story's headline as often as under it, it
 * belongs to the story it introduces.
 */
export const EDITORS_NOTE = new RegExp(
  `^\\s*(?:[【〔\\[［]\\s*(?:${alternatives(['编者按', '编者的话', '编前语'])})\\s*[】〕\\]］]|${anyForm('编者按')}|(?:${alternatives(['编者的话', '编前语'])})\\s*[:：])`,
);

/**
 * The label of a box printed under a story's headline block, over the summary or note it opens (`核心阅读`, `内容提要`, `编者的话`,
 * `开栏的话`, `人物小传`), alone on its line, bracketed or not, a colon after it or not: the story's first section, never a line of
 * its headline block (where no blank line parts the block from it, it read as a third line of the 副题).
 */
export const SUMMARY_BOX_LABEL = new RegExp(
  `^\\s*[【〖\\[［]?\\s*(?:${alternatives(['核心阅读', '内容提要', '阅读提示', '编者的话', '编者按', '编前语', '开栏的话', '人物小传'])})\\s*[】〗\\]］]?\\s*[:：]?\\s*$`,
);

/**
 * Who signs a reader's letter under its text, before their name (`东区幸福小区居民 王秀英`, `读者 陈立`, `江城市 退休教师 李明`).
 */
/** Words after a signer's word that name no one: `读者来信`, `市民热线` head a column (compared in simplified form). */
export const LETTER_COLUMN_WORDS: ReadonlySet<string> = new Set(['来信', '之声', '热线', '留言', '来电', '之家', '服务', '心声']);
export const LETTER_SIGNERS = ['读者', '居民', '市民', '村民', '网友', '家长', '职工', '群众', '患者', '业主', '乘客', '消费者', '退休教师', '退休职工', '老党员'] as const;
/** An editor's afterword under a reader's letter (`编后：`, `编后语：`, `编后记`): the letter ended above it. */
export const AFTERWORD = new RegExp(`^\\s*[【〔\\[［]?\\s*(?:${alternatives(['编后语', '编后记', '编后'])})\\s*[】〕\\]］]?\\s*[:：]?`);
/**
 * A reader's, a resident's or a netizen's name as a picture's credit gives it, the word for who they are first (`读者 孔雪 供图`,
 * `網友 林小青 攝`): group 1, the name. (The credit's word is no part of the name.)
 */
export const CONTRIBUTOR_NAME = new RegExp(`^(?:${alternatives(LETTER_SIGNERS)})\\s*([\\u4e00-\\u9fff·]{2,4})$`);
/** A readers' column's name over a letter (`读者来信`, `市民之声`, `网友留言`): the letter's section, not its kicker. */
export const LETTER_COLUMN = new RegExp(`^(?:${alternatives(LETTER_SIGNERS)})(?:${alternatives(['来信', '之声', '热线', '留言', '来电', '心声'])})$`);
/**
 * A letter's signature: who the writer is, then a name of two to four characters (group 1): the signer's word alone before
 * the name (`读者陈立`), or after where they live with a space before the name (`东区幸福小区居民 王秀英`; unspaced, such a
 * line reads as well as a subhead: `防止贫困群众致贫返贫`).
 */
export const LETTER_SIGNATURE = new RegExp(
  `^(?:(?:${alternatives(LETTER_SIGNERS)})\\s*|[\\u4e00-\\u9fff\\s]{1,16}?(?:${alternatives(LETTER_SIGNERS)})\\s+)([\\u4e00-\\u9fff·]{2,4})$`,
);

/**
 * The words a notice's or letter's signer closes with (`孝子：王建平 王建华 泣告`, `某某 谨启`): the line is its signature.
 * Written in simplified characters, matched in either form.
 */
const SIGN_OFF_WORDS = ['泣告', '敬告', '谨告', '谨启', '敬启', '同启', '谨上', '敬上', '拜上', '泣启'] as const;
export const SIGNED_OFF = new RegExp(`(?:${SIGN_OFF_WORDS.map((w) => anyForm(w)).join('|')})$`);

/**
 * Where a writer studies or works, closing the words before the name on a writer's line (`长沙市实验小学三年级二班 王小明`, `市第一
 * 人民医院 刘芳`): a student's or a reader's piece is signed so under its title. Written in simplified characters, matched in either form.
 */
export const AFFILIATIONS = ['班', '学校', '小学', '中学', '大学', '学院', '幼儿园', '公司', '医院', '社区', '村', '街道', '中心', '研究院', '研究所'] as const;
/**
 * What a writer does, closing the words before the name where it works (`江城县人民医院医生 张秀英`, `北方机床厂工人 王福生`,
 * `红星公社社员 李大山`): a worker's, a teacher's or a soldier's piece is signed so under its title, as papers of the 1950s to
 * the 1970s print many. Written in simplified characters, matched in either form.
 */
export const OCCUPATIONS = ['医生', '护士', '教师', '工人', '社员', '农民', '战士', '职工', '技术员', '工程师'] as const;
/**
 * What an office or a body that supplies a story ends in (`省统计局`, `县融媒体中心`, `市教育委员会`, `区卫健委`): `（省统计局供稿）`
 * closing a story names where it came from. Written in simplified characters, matched in either form.
 */
export const SUPPLIER_ENDINGS = ['局', '厅', '委', '办', '中心', '院', '所', '部', '会', '站', '队', '处', '馆', '校', '公司', '集团', '政府', '街道', '社区'] as const;
/**
 * The labels of who sent a story, closing it in brackets before a colon (`（投稿：办公室）`, `（供稿：工会 李红）`, `（來稿：王芳）`),
 * as company and school papers credit the department or the worker that sent it. Longest first; matched in either form.
 */
export const SENDER_LABELS = ['稿件提供', '投稿人', '供稿人', '投稿', '供稿', '来稿'] as const;
export const SUPPLIER = `[\\u4e00-\\u9fff]{1,12}?(?:${SUPPLIER_ENDINGS.map((w) => anyForm(w)).join('|')})`;

/**
 * The office of one who signs a report or a speech the paper prints whole (`临江市市长 何建平` under `政府工作报告`, `市委书记 …`,
 * `董事长 …`): the line is its byline, as a writer's affiliation is.
 */
export const OFFICES = ['市长', '省长', '县长', '区长', '州长', '镇长', '乡长', '主席', '总理', '书记', '主任', '部长', '厅长', '局长', '院长', '校长', '董事长', '总经理', '理事长', '会长', '社长', '行长', '所长'] as const;
/** The characters an affiliation or an office ends in, in either form: the cheap look before the pattern. */
export const AFFILIATION_ENDINGS: ReadonlySet<string> = new Set([...AFFILIATIONS, ...OFFICES, ...OCCUPATIONS].flatMap((w) => [w[w.length - 1]!, ...(TRADITIONAL[w[w.length - 1]!] ?? '')]));
export const AFFILIATED_WRITER = new RegExp(`^[\\u4e00-\\u9fff（）()\\d０-９]{1,24}?(?:${alternatives([...AFFILIATIONS, ...OFFICES, ...OCCUPATIONS])})\\s+([\\u4e00-\\u9fff·]{2,4})$`);
/** Who guided a student's piece (`指导老师：李芳`): a line of the byline, naming no writer. */
export const ADVISER_LINE = new RegExp(`^(?:${['指导老师', '指导教师', '辅导老师'].map((w) => anyForm(w)).join('|')})\\s*[:：]?\\s*[\\u4e00-\\u9fff·\\s]{2,16}$`);

/**
 * A headline line's role named by a label before it, as an editor's system exports a page (`引题：…`, `主题：…`, `副题：…`): the
 * label decides the line's place (group 1 a kicker's, 2 the main headline's, 3 a 副题's), and is taken off.
 */
export const HEAD_ROLE_LABEL = new RegExp(
  `^\\s*(?:(${['引题', '肩题', '眉题'].map((w) => anyForm(w)).join('|')})|(${['主题', '正题', '主标题'].map((w) => anyForm(w)).join('|')})|(${['副题', '子题', '副标题'].map((w) => anyForm(w)).join('|')}))\\s*[:：]\\s*`,
);

/**
 * Places a wire's reporter sends from, written after the name with nothing between (`中央社記者林小芳東京5日電`): where one closes
 * the words between the agency and the date, what stands before it is the reporter's name. Written in simplified characters,
 * matched in either form.
 */
export const DISPATCH_PLACES = [
  '台北', '新北', '台中', '台南', '高雄', '新竹', '桃园', '基隆', '嘉义', '苗栗', '彰化', '南投', '云林', '花莲', '台东', '宜兰', '屏东',
  '澎湖', '金门', '马祖', '连江', '东京', '大阪', '首尔',
  '北京', '上海', '广州', '深圳', '香港', '澳门', '新加坡', '吉隆坡', '曼谷', '河内', '马尼拉', '雅加达', '新德里', '华盛顿', '纽约',
  '洛杉矶', '旧金山', '芝加哥', '渥太华', '多伦多', '温哥华', '伦敦', '巴黎', '柏林', '罗马', '马德里', '莫斯科', '布鲁塞尔',
  '日内瓦', '维也纳', '雪梨', '悉尼', '墨尔本', '开罗', '耶路撒冷', '迪拜',
] as const;
// (A county or a city named with its 县 or 市, `屏東縣`, `台北市`, as the Central News Agency names Taiwan's.)
export const DISPATCH_PLACE_END = new RegExp(`(?:${alternatives(DISPATCH_PLACES)})(?:${anyForm('县')}|市)?$`);

/**
 * The page's staff, printed in its header (`责任编辑：张小红 美术编辑：李大伟`) or at its foot (`编辑：陈立 校对：吴红 组版：孙军`,
 * as evening and city papers close a page): their roles.
 */
export const PAGE_STAFF_ROLES = ['责任编辑', '本版编辑', '主编', '值班编辑', '实习编辑', '美术编辑', '图片编辑', '视觉设计', '美术设计', '责编', '美编', '编辑', '版式设计', '版式', '设计', '责任校对', '校对', '排版', '组版', '照排', '制图', '统筹', '策划', '审校', '审核', '终审'] as const;
/**
 * How the page's staff line may go on to the page's contact (`本版编辑：周红 投稿邮箱：qsdlb@163.com`, `责编：王芳 联系电话：0791-
 * 88886666`, as company and overseas papers close a page): the contact's fields, longest first.
 */
export const PAGE_CONTACT_FIELDS = ['投稿邮箱', '投稿信箱', '电子邮箱', '联系电话', '联络电话', '联系邮箱', '投稿电话', '邮箱', '信箱', '电话', '热线', 'E-mail', 'Email'] as const;

/**
 * The fields of a paper's imprint at a page's foot (`社址：… 邮编：… 电话：… 定价：…`, and its own lines for news, advertising and
 * letters: `新闻热线：… 广告热线：…`), and those only a publisher prints (a notice has a phone number too).
 */
export const IMPRINT_FIELDS = ['社址', '地址', '邮编', '邮政编码', '电话', '传真', '定价', '零售价', '印刷', '广告许可证', '广告经营许可证', '邮发代号', '出版物号', '发行', '新闻热线', '广告热线', '发行热线', '订阅热线', '读者热线', '报料热线', '投稿邮箱', '投稿信箱', '本报地址', '版权所有', '备案号', '主办', '承办'] as const;
export const PUBLISHER_FIELDS = ['社址', '邮编', '邮政编码', '定价', '零售价', '印刷', '广告许可证', '广告经营许可证', '邮发代号', '出版物号', '新闻热线', '广告热线', '发行热线', '订阅热线', '读者热线', '报料热线', '投稿邮箱', '投稿信箱', '本报地址', '版权所有', '备案号'] as const;

/** Kinds of article told by words of their heads. */
export const COMMENTARY_WORDS = new RegExp(alternatives(['快评', '时评', '短评', '评论', '社论', '观察', '言论', '杂谈', '随笔', '漫谈', '论坛', '声音']));
/** A page's table of contents: its label (`今日导读`) stands alone on a line above entries that end in a page (`…  2版`). */
export const CONTENTS_LABELS = ['今日导读', '本期导读', '导读', '今日要目', '要目', '本期要目', '目录', '本版标题导航', '标题导航', '版面导航', '本版导航'] as const;
/**
 * A story's fields as a website or a paper's digital edition (数字报) prints them on one line under its headline (`作者：本报记者 A
 * 来源：XX日报 发布时间：2023-06-15`), by what each says: its writers, its source, and what a reader need not read (when it was
 * posted, who edited it, how often it was read).
 */
export const STORY_FIELD_LABELS = {
  writers: ['作者', '撰文', '记者', '文'],
  source: ['来源', '稿源', '出处', '稿件来源', '新闻来源', '信息来源'],
  furniture: ['发布时间', '发布日期', '发表时间', '时间', '日期', '责任编辑', '编辑', '责编', '浏览次数', '点击数', '阅读数', '点击'],
} as const;
/** The web editions a paper's name may carry on its digital edition's page (`衡州日报数字报`, `東湖晚報電子版`): the name is the paper's. */
export const WEB_EDITION = new RegExp(`(?:${['数字报', '数字版', '电子版', '电子报', '网络版'].map((w) => anyForm(w)).join('|')})$`);
/** The paper's (or an agency's) commentator, who signs an editorial with no name: `本报评论员`, `新华社特约评论员`. */
export const COMMENTATOR = anyForm('评论员');
/** A literary supplement's page or column (`副刊`, `湘江副刊`, `文苑`): what its writers sign is literature, not commentary. */
export const LITERARY_LABEL = new RegExp(`(?:^(?:[A-Z]?\\d{1,2}\\s*)?|版\\s*[:：]?\\s*)[\\u4e00-\\u9fff]{0,4}(?:${['副刊', '文苑', '文艺', '散文', '诗歌', '诗词', '小说', '文学', '连载'].map((w) => anyForm(w)).join('|')})$`);
/**
 * A credit in brackets that closes a story: its writers (`（本报记者 吴姗）`, `（作者为…）`, `（通讯员 李四 整理）`) or the close of
 * a series (`（本系列评论到此结束）`, `（完）`).
 */
export const CLOSING_CREDIT = new RegExp(
  `[（(]\\s*(?:[^（()）]{0,12}(?:${alternatives([ROLE_WORDS.reporter, ...ROLE_WORDS.correspondents, ...ROLE_WORDS.authors, '整理'])})[^（()）]{0,30}|[^（()）]{0,16}${anyForm('到此结束')}|完)\\s*[）)]\\s*$`,
);
/** A notice's heading closes in its kind (`遗失声明`, `讣告`, `…的通告`, `招聘启事`): a notice opens there, never a subhead. */
export const NOTICE_HEADING = new RegExp(`(?:${alternatives(['公告', '通告', '启事', '声明', '公示', '通知', '讣告'])})$`);
/** A photo story's heading (`图片报道`, `图片新闻`): a story of its own opens there (the photo's caption, its credit), never a subhead. */
export const PHOTO_STORY_HEADING = new RegExp(`^[【〖\\[［]?(?:${alternatives(['图片报道', '图片新闻', '新闻图片', '摄影报道', '图片故事', '新闻图说'])})[】〗\\]］]?$`);
/**
 * A service box's name on a page of services (`天气预报`, `电视节目`, `彩票开奖`, `便民热线`): each box is an item of its own, never a
 * subhead of the box above, and its name heads it, never a kicker over its first row.
 */
export const SERVICE_BOX = new RegExp(`^(?:${alternatives([
  '天气预报', '天气', '电视节目', '节目预告', '荧屏导视', '彩票开奖', '开奖公告', '便民热线', '便民信息', '服务热线', '生活服务', '今日油价', '菜价行情', '影讯', '列车时刻', '航班信息',
  // A rural paper's service boxes (`农事提醒` over its tips by crop, `价格行情` over a market's prices).
  '价格行情', '市场行情', '农事提醒', '农事指导'])})$`);
/**
 * A date alone on its line (`2024年5月20日`, `二〇二四年五月二十日`, in the Republic's years as Taiwan's notices sign, `中華民國一一四年
 * 六月二日`, `民國114年6月2日`): a document's or a letter's, never a headline.
 */
export const DATE_ALONE = /^\s*(?:(?:中华民国|中華民國|民国|民國)\s*(?:\d{2,3}|[〇零○一二三四五六七八九十百]{2,6})|\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*$/;
/**
 * Whom a speech or a letter addresses (`各位代表：`, `同志们，朋友们：`, `亲爱的读者朋友们：`): a salutation on its own line is a
 * paragraph of its own, never run into the text under it.
 */
const ADDRESSEES = ['代表', '同志', '朋友', '同学', '读者', '委员', '来宾', '嘉宾', '女士', '先生', '老师', '家长', '市民', '乡亲', '网友', '听众', '观众', '同胞', '战友', '青年'] as const;
const SALUTATION = new RegExp(`^(?:(?:${alternatives(['各位', '亲爱的', '尊敬的'])})?[\\u4e00-\\u9fff]{0,6}?(?:${alternatives(ADDRESSEES)})们?[，,、\\s]*)+[：:]$`);
/** The longest salutation: a few addressees (the pattern's repeats are tried only on a line this short). */
const SALUTATION_MAX = 24;
export const isSalutation = (text: string): boolean => text.length <= SALUTATION_MAX && (text.endsWith('：') || text.endsWith(':')) && SALUTATION.test(text);
/**
 * Whom a notice addresses by name (`张某某：`, `李某某、王某某：`, `江城市某某建材有限公司：`, `張小明、李大華：`), as a court's or a
 * company's notice opens under its heading: the parties named with 某 (the name a notice withholds), or a list of names each
 * opening with a surname, closed by a colon. Read so only as a notice's first line (`segment-articles.ts`).
 */
const PARTY = `[\\u4e00-\\u9fff]{1,16}`;
const PARTY_SALUTATION = new RegExp(`^${PARTY}(?:[、，,]${PARTY}){0,5}[：:]$`);
/** The longest salutation naming parties. */
const PARTY_SALUTATION_MAX = 40;
export const namesParties = (text: string): boolean =>
  text.length <= PARTY_SALUTATION_MAX &&
  (text.endsWith('：') || text.endsWith(':')) &&
  PARTY_SALUTATION.test(text) &&
  text
    .slice(0, -1)
    .split(/[、，,]/)
    .every((party) => party.includes('某') || (party.length <= 4 && isSurnamedName(party)));
/** The longest line of a salutation's that names one party with its titles (`尊敬的各位政府首脑、副首脑和夫人，`). */
const ADDRESS_LINE_MAX = 40;
/** A line of a salutation that names one party, closed by a comma (`尊敬的国际展览局秘书长…，`, `亲爱的同学们，`). */
const ADDRESS_LINE = new RegExp(`^(?:${alternatives(['尊敬的', '亲爱的', '各位'])})[^。；;！？!?：:]*[，,]$`);
export const isAddressLine = (text: string): boolean => text.length <= ADDRESS_LINE_MAX && ADDRESS_LINE.test(text);
/**
 * Words of a notice's heading (an advertiser's or the paper's own: `招聘启事`, `征集令`); a job fair (`招聘会`) is an event, news.
 * A heading of two characters is often spaced out as printed (`讣 告`, `启 事`, with a wide space or a narrow one): spaces may stand between the characters.
 */
export const NOTICE_WORDS = new RegExp(`${alternatives(['公告', '通告', '启事', '声明', '公示', '通知', '招募', '招标', '广告', '讣告', '电话和邮箱', '征集', '须知'], true)}|${anyForm('招聘')}(?!${anyForm('会')})`);

/**
 * A column tag closing a headline: `（人民时评）`, `(新春走基层)`, `〔社论〕`, `【评论】` — a bracketed
 * run of up to 40 characters with no sentence inside, after the headline's own words. (A series names its stories in
 * longer tags than a column: `（在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章）`, 31 characters.)
 */
const COLUMN_TAG = /(?<=\S)\s*[（(〔【［[][^（()）〔〕【】［］[\]。！？；，,]{1,40}(?:[（(][^（()）]{1,12}[）)])?[^（()）〔〕【】［］[\]。！？；，,]{0,4}[）)〕】］\]]\s*$/;

/** The brackets a column's tag closes in. */
const CLOSING_BRACKETS = unitsOf('）)〕】］]');

/** Whether a closing bracket stands among the text's last four characters with only spaces after it. */
function endsInClosingBracket(text: string): boolean {
  const stop = Math.max(0, text.length - 4);
  let k = text.length - 1;
  while (k >= stop && isJsSpace(text.charCodeAt(k))) k--;
  return k >= stop && CLOSING_BRACKETS.has(text.charCodeAt(k));
}

/** The headline without its column tag (`需要认清和平与发展的内在逻辑（钟声）` → `需要认清和平与发展的内在逻辑`). */
export function withoutColumnTag(text: string): string {
  // Only a line that ends in a closing bracket can carry a tag (checked first: the pattern is costly on long lines).
  if (!endsInClosingBracket(text)) return text;
  const rest = text.replace(COLUMN_TAG, '');
  // A tag closes a headline's words, not a phone number's (`15674154189(胡先生)`).
  const words = rest !== text ? (rest.match(/[\u3400-\u9fff]/g)?.length ?? 0) : 0;
  if (words >= 4) return rest;
  // (A serial's instalment or a series' part closes a title of two or three characters too, as a 副刊 sets a novel's
  // (`远河（连载12）`, `遠河（連載十二）`, `故园（上）`): the tag is a number, and its words no phone's.)
  return words >= SERIAL_TITLE_MIN && SERIAL_TAG.test(text) ? rest : text;
}

/** The text closes in a serial's instalment or a series' part in brackets (`SERIAL_TAG`: `（上）`, `（十二）`, `（连载12）`). */
export const closesInPartNumber = (text: string): boolean => SERIAL_TAG.test(text);

/** The fewest Chinese characters a title closed by a serial's or a series' number (`SERIAL_TAG`) has. */
const SERIAL_TITLE_MIN = 2;
/** A serial's instalment or a series' part closing a title: `（连载12）`, `（連載十二）`, `（上）`, `（之一）`, `（12）`. */
const SERIAL_TAG = new RegExp(`[（(]\\s*(?:${anyForm('连载')}\\s*)?(?:[一二三四五六七八九十百\\d]{1,4}|[上中下]|之[一二三四五六七八九十]{1,3})\\s*[）)]\\s*$`);

/**
 * The field labels of a catalogue's or database's export of articles (`【标题】…`, `【作者】…`, `【正文】`, or `标题：…`), by
 * what the field holds. Each record opens with its title; `other` fields (abstract, keywords, class numbers) are the
 * catalogue's, not the paper's. Written in simplified characters, matched in either form.
 */
export const CATALOGUE_FIELDS = {
  headline: ['标题', '题名', '篇名', '正标题', '主标题', '主题', '文章标题', '题目'],
  kicker: ['引题', '肩题', '眉题'],
  subheadline: ['副标题', '副题', '子标题'],
  byline: ['作者', '责任者', '著者', '记者'],
  paper: ['报纸名称', '报纸名', '报纸', '报名', '报刊名称', '报刊名', '刊名', '文献来源', '来源', '出处'],
  date: ['日期', '出版日期', '发表日期', '报纸日期', '发布日期', '刊期', '出版时间', '发表时间'],
  page: ['版号', '版次', '版面', '版面号'],
  section: ['栏目', '专栏', '栏目名称', '版名', '版面名称'],
  body: ['正文', '全文', '内容', '文章内容'],
  other: ['摘要', '关键词', '关键字', '分类号', '专题', '专辑', '作者单位', '字数', '语种', '链接', '网址', '数据库', '下载', '被引'],
} as const;
export type CatalogueField = keyof typeof CATALOGUE_FIELDS;
/** A catalogue's field label opening a line, in brackets (`【标题】`, `[作者]`) or before a colon (`标题：`). Group 1 or 2: the label. */
export const CATALOGUE_LABEL = (() => {
  const labels = Object.values(CATALOGUE_FIELDS)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((w) => anyForm(w))
    .join('|');
  return new RegExp(`^\\s*(?:[【〖\\[［]\\s*(${labels})\\s*[】〗\\]］]\\s*[:：]?|(${labels})\\s*[:：])\\s*`);
})();
/** The characters a catalogue's label line may open with: a bracket, or a label's first character in either form. */
export const CATALOGUE_LABEL_OPENINGS: ReadonlySet<string> = new Set([
  ...'【〖[［',
  ...Object.values(CATALOGUE_FIELDS)
    .flat()
    .flatMap((w) => [w[0]!, ...(TRADITIONAL[w[0]!] ?? '')]),
]);
/** The kind of field a label names (`題名` → headline). */
export const catalogueField = (label: string): CatalogueField => {
  const word = simplifiedForm(label);
  for (const [field, words] of Object.entries(CATALOGUE_FIELDS)) if ((words as readonly string[]).includes(word)) return field as CatalogueField;
  return 'other';
};
