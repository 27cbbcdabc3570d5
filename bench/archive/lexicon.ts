import { CHARACTERS_BY_FREQUENCY } from './characters';
import { SeededRandom, ZipfSampler } from './random';

/**
 * A generated vocabulary for synthetic local news: tens of thousands of
 * words, people, places, organisations and Latin tokens, each list with a
 * Zipf frequency over its ranks. Words are new character combinations drawn
 * with the seeds' character frequencies, so long queries are as selective
 * as in a real archive while one- and two-character queries still hit the
 * common characters often.
 */

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤易谭'];
const PLACE_SUFFIXES = ['区', '县', '市', '镇', '乡', '街道', '社区', '村', '路', '园区', '新城', '片区'];
const ORG_SUFFIXES = ['公司', '有限公司', '集团', '协会', '局', '委员会', '医院', '学校', '银行', '中心', '研究院', '合作社', '工作站'];
const ACRONYMS = ['RCEP', 'GDP', 'CPI', 'AI', 'ABB', 'SIEMENS', 'GE', 'IPO', 'APP', 'LED', 'CEO', 'ETC', 'PPP', 'VR', 'IC', 'IGBT', 'SiC', 'BA', 'MCN', 'KTV', 'EPC', 'PM2.5'];
const LATIN_AFTER = ['基站', '芯片', '项目', '平台', '技术', '产业', '模式', '赛事', '世界', '专区'];

/** Real glue words of news Chinese, inserted between content words. */
export const FUNCTION_WORDS = ['的', '的', '的', '了', '在', '和', '是', '对', '将', '为', '与', '等', '也', '并', '把', '从', '向', '已', '正在', '进一步', '持续', '不断', '全面', '加快', '推动', '围绕', '通过', '按照', '目前', '同时'];
export const CLAUSE_OPENERS = ['近日', '今年以来', '据了解', '截至目前', '记者了解到', '上半年', '下一步', '近年来', '会上', '当天', '据悉', '此外', '与此同时', '据介绍'];
export const VERBS = ['召开', '举行', '推进', '开展', '完成', '建设', '实施', '调研', '参加', '部署', '签约', '落户', '发布', '启动', '提升', '打造', '服务', '保障', '组织', '走访'];

export interface Lexicon {
  words: string[];
  wordSampler: ZipfSampler;
  people: string[];
  personSampler: ZipfSampler;
  reporters: string[];
  correspondents: string[];
  places: string[];
  placeSampler: ZipfSampler;
  organisations: string[];
  organisationSampler: ZipfSampler;
  latin: string[];
  latinSampler: ZipfSampler;
}

function makeUnique(count: number, make: () => string): string[] {
  const seen = new Set<string>();
  let attempts = 0;
  while (seen.size < count && attempts < count * 20) {
    seen.add(make());
    attempts++;
  }
  return [...seen];
}

export function buildLexicon(random: SeededRandom): Lexicon {
  // 讯 and 摄 would turn a generated word into a byline lead (`XX讯`) or a photo credit.
  const chars = [...CHARACTERS_BY_FREQUENCY].filter((c) => c !== '讯' && c !== '摄');
  const charSampler = new ZipfSampler(chars.length, 0.9, 8);
  const char = () => chars[charSampler.sample(random)]!;
  // Names use rarer characters than running text, as real given names do.
  const nameChar = () => chars[random.int(40, chars.length - 1)]!;

  const words = makeUnique(40_000, () => {
    const r = random.next();
    const length = r < 0.72 ? 2 : r < 0.86 ? 3 : 4;
    let w = '';
    for (let i = 0; i < length; i++) w += char();
    return w;
  });
  const person = () => random.pick(SURNAMES) + nameChar() + (random.chance(0.7) ? nameChar() : '');
  const people = makeUnique(12_000, person);
  const reporters = makeUnique(160, person);
  const correspondents = makeUnique(900, person);
  const places = makeUnique(4_000, () => char() + nameChar() + random.pick(PLACE_SUFFIXES));
  const organisations = makeUnique(5_000, () => {
    const stem = random.chance(0.5) ? char() + nameChar() : random.pick(words);
    return stem + (random.chance(0.3) ? char() + char() : '') + random.pick(ORG_SUFFIXES);
  });
  const latin = makeUnique(3_000, () => {
    const r = random.next();
    if (r < 0.25) return random.pick(ACRONYMS);
    let token = '';
    const letters = random.int(1, 5);
    for (let i = 0; i < letters; i++) token += String.fromCharCode(65 + random.int(0, 25));
    if (r < 0.55) return token;
    if (r < 0.8) return `${token}${random.int(1, 9999)}`;
    return token + random.pick(LATIN_AFTER);
  });
  return {
    words,
    wordSampler: new ZipfSampler(words.length, 1.0, 10),
    people,
    personSampler: new ZipfSampler(people.length, 0.9, 5),
    reporters,
    correspondents,
    places,
    placeSampler: new ZipfSampler(places.length, 1.0, 3),
    organisations,
    organisationSampler: new ZipfSampler(organisations.length, 1.0, 3),
    latin,
    latinSampler: new ZipfSampler(latin.length, 1.1, 2),
  };
}
