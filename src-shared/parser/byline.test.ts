import { describe, expect, it } from 'vitest';
import { closingCommentator, closingCreditByline, closingSignature, closingSource, emptyByline, endsCaption, isPhotoCreditLine, pictureSourceAt, PICTURE_WORDS, matchAuthorLine, matchLeadByline, matchPhotoCredit, matchStandaloneByline, matchWordsAndPhotoCredit, parseRoles, splitNames } from './byline';
import { anyForm, PICTURE_KINDS_ALONE, PICTURE_LABELS } from './vocabulary';

describe('splitNames with OCR spaces inside names', () => {
  it('reads a run of lone characters as one name, and a lone character with the neighbour it makes a name with', () => {
    expect(splitNames('王 磊 罗 东 旭 谢佳利')).toEqual(['王磊', '罗东旭', '谢佳利']);
    expect(splitNames('王磊 罗东 旭 谢佳利')).toEqual(['王磊', '罗东旭', '谢佳利']);
    expect(splitNames('刘 晓聪 陈正 明')).toEqual(['刘晓聪', '陈正明']);
    expect(splitNames('王 磊 刘 芳')).toEqual(['王磊', '刘芳']);
    expect(splitNames('张燕舞 刘芳')).toEqual(['张燕舞', '刘芳']);
  });
});

describe('parseRoles', () => {
  it('reads a role prefix split from its role word by OCR (全媒体 记 者)', () => {
    const byline = emptyByline();
    parseRoles('通讯 员/王潇博 全媒体 记 者/陈正明', byline);
    expect(byline.reporters).toEqual(['陈正明']);
    expect(byline.correspondents).toEqual(['王潇博']);
  });
});

describe('matchLeadByline', () => {
  it('reads a compiled report’s lead-in (本报综合消息, 本报综合报道, 综合新华社电), and no sentence that opens with 综合', () => {
    // Before, none was a lead-in: the story's opening was not told by it.
    expect(matchLeadByline('本报综合消息 今年以来，全市经济稳中向好。')).toMatchObject({ byline: { agency: '本报' }, rest: '今年以来，全市经济稳中向好。' });
    expect(matchLeadByline('本报综合报道 今年以来，全市经济稳中向好。')).toMatchObject({ byline: { agency: '本报' } });
    expect(matchLeadByline('综合新华社电 今年以来，全国经济稳中向好。')).toMatchObject({ byline: { agency: '新华社' }, rest: '今年以来，全国经济稳中向好。' });
    expect(matchLeadByline('綜合新華社電 今年以來，全國經濟穩中向好。')).toMatchObject({ byline: { agency: '新華社' } });
    for (const sentence of ['综合报道称，今年以来经济向好。', '综合来看，今年以来经济稳中向好。']) expect(matchLeadByline(sentence)).toBeNull();
  });

  it('keeps the spaces between names in a lead whose spacing is otherwise noise', () => {
    const match = matchLeadByline('株洲日报讯(全媒体 记者/刘芳 通讯员/王磊 罗 东 旭 谢佳利) 日前,一 批 醴陵 釉下 五彩 瓷被 精心 打包');
    expect(match?.byline.reporters).toEqual(['刘芳']);
    expect(match?.byline.correspondents).toEqual(['王磊', '罗东旭', '谢佳利']);
  });

  it('reads a wire lead-in with neither place nor day when the byline follows it (新华社电（记者…）), in either script', () => {
    const simplified = matchLeadByline('新华社电  （记者王小明）“争自由，誓抗战。”今天，他的侄女说……');
    expect(simplified?.byline).toMatchObject({ agency: '新华社', reporters: ['王小明'] });
    expect(simplified?.rest).toBe('“争自由，誓抗战。”今天，他的侄女说……');
    const traditional = matchLeadByline('中央社電（記者陳大文）立法院今天三讀通過……');
    expect(traditional?.byline).toMatchObject({ agency: '中央社', reporters: ['陳大文'] });
    // Only the byline's parenthesis right after 电 makes it a lead-in: here 电 begins another word.
    expect(matchLeadByline('新华社电视台今天播出纪录片（上集）。')).toBeNull();
  });

  it('reads a website’s or broadcaster’s dated lead-in closing in 消息 (央广网北京5月20日消息（记者…）)', () => {
    // Before: no lead-in; the story had no byline and its text began with the lead-in.
    const web = matchLeadByline('央广网北京5月20日消息（记者 张三）近日，会议召开。');
    expect(web?.byline).toMatchObject({ agency: '央广网北京', reporters: ['张三'] });
    expect(web?.rest).toBe('近日，会议召开。');
    expect(matchLeadByline('央視網北京5月20日消息（記者 張三）會議召開。')?.byline).toMatchObject({ agency: '央視網北京', reporters: ['張三'] });
    // A sentence that names such a source is no lead-in.
    expect(matchLeadByline('互联网上的消息很多，要注意辨别。')).toBeNull();
  });

  it('shows a lead-in’s credit without the colon that hands over to the text (記者黃家明報道：…)', () => {
    // Before, the credit over the story read `【大公報訊】記者黃家明報道：`.
    expect(matchLeadByline('【大公報訊】記者黃家明報道：連接深圳與中山的高鐵昨日動工。')).toMatchObject({ byline: { raw: '【大公報訊】記者黃家明報道', reporters: ['黃家明'] }, rest: '連接深圳與中山的高鐵昨日動工。' });
    expect(matchLeadByline('本报讯（记者 韩冰）：昨日，全市召开大会。')).toMatchObject({ byline: { raw: '本报讯（记者 韩冰）' }, rest: '昨日，全市召开大会。' });
  });

  it('reads no lead-in in a sentence’s word closing in 讯 (死讯，, 闻讯赶来, 通讯部), in either script, and still reads a bare one', () => {
    // Before, each was a lead-in whose agency was the sentence's opening (`听到普希金的死`): a story began mid-text.
    for (const sentence of ['听到普希金的死讯，28岁的果戈理悲痛欲绝。', '他闻讯赶来，帮忙把火扑灭。', '惊闻喜讯，全村老少奔走相告。', '古巴通讯部第一副部长表示，合作将继续。', '聽到他的死訊，全家悲痛不已。'])
      expect(matchLeadByline(sentence)).toBeNull();
    // An outlet's name, brackets, a day or a space after 讯 still make one.
    expect(matchLeadByline('本报讯，昨日全市召开大会。')?.byline.agency).toBe('本报');
    expect(matchLeadByline('东方网讯 昨日全市召开大会。')?.byline.agency).toBe('东方网');
    expect(matchLeadByline('（新加坡讯）昨日国会开会。')?.byline.agency).toBe('新加坡');
    expect(matchLeadByline('吉隆坡讯 昨日国会开会。')?.byline.agency).toBe('吉隆坡');
    expect(matchLeadByline('本报北京5月21日讯 昨日会议召开。')?.byline.agency).toBe('本报北京');
  });

  it('reads no lead-in that a sentence goes on about (…电的稿件, …報導的那篇文章), in any form, and still reads one before the text', () => {
    // Before, each was read as a lead-in, its text `的稿件…`: on a flush page a story began mid-text.
    for (const sentence of ['新华社北京6月12日电的稿件被各大媒体转载。', '本报讯的写法在过去几十年里几乎没有变化。', '中央社台北12日電的稿件被轉載。', '記者王小明／台北報導的那篇文章，引起廣泛討論。'])
      expect(matchLeadByline(sentence)).toBeNull();
    expect(matchLeadByline('新华社北京6月12日电 的确，会议如期举行。')?.byline.agency).toBe('新华社北京');
    expect(matchLeadByline('新华社北京6月12日电 会议如期举行。')?.byline.agency).toBe('新华社北京');
    expect(matchLeadByline('（新华社北京6月12日电）的确，会议如期举行。')?.byline.agency).toBe('新华社北京');
    expect(matchLeadByline('〔記者王小明／台北報導〕的確，會議如期舉行。')?.byline.reporters).toEqual(['王小明']);
  });

  it('reads no wire in a body’s day and its 电话 or 电邮 (出版社6月12日电邮回复称…), and still reads an agency’s or the paper’s run into its text', () => {
    // Before, each was a wire lead-in from `出版社` (its text `邮回复称…`): on a flush page a story began mid-text.
    for (const sentence of ['出版社6月12日电邮回复称，此书将于下月再版。', '村合作社12日电话通知全体社员，明天开会。', '該報社12日電郵回覆表示，相關報導屬實。'])
      expect(matchLeadByline(sentence), sentence).toBeNull();
    expect(matchLeadByline('新华社北京5月20日电日前，公园开放。')?.byline.agency).toBe('新华社北京');
    expect(matchLeadByline('新华社5月20日电日前，公园开放。')?.byline.agency).toBe('新华社');
    expect(matchLeadByline('出版社6月12日电 此书将于下月再版。')?.byline.agency).toBe('出版社');
    expect(matchLeadByline('（出版社6月12日电）此书将于下月再版。')?.byline.agency).toBe('出版社');
  });

  it('reads no wire in the paper’s or an agency’s day and 电话 or 电邮 with no place (本报6月12日电话采访…)', () => {
    // Before, each was the paper's wire run into its text (`话采访了…`).
    for (const sentence of ['本报6月12日电话采访了市园林局负责人。', '本報12日電話訪問了市府官員。', '新华社12日电邮询问了主办方。'])
      expect(matchLeadByline(sentence), sentence).toBeNull();
    // A wire naming its place, or its 电 set off, is one.
    expect(matchLeadByline('本报北京6月12日电话剧《雷雨》今晚上演。')?.byline.agency).toBe('本报北京');
    expect(matchLeadByline('本报6月12日电 话剧《雷雨》今晚上演。')?.byline.agency).toBe('本报');
    expect(matchLeadByline('本报6月12日电（记者 张三）今天，公园开放。')?.byline.reporters).toEqual(['张三']);
  });

  it('reads no wire in 电视 after a day, nor in 电话 after the paper’s reporter and a day (本报记者6月12日电话采访…)', () => {
    // Before, each was a wire lead-in run into its text (`视讲话中…`, `话采访了…`).
    for (const sentence of ['新华社12日电视讲话中，他说。', '本报记者6月12日电话采访了他。', '本報記者12日電話訪問市府官員。'])
      expect(matchLeadByline(sentence), sentence).toBeNull();
    expect(matchLeadByline('新华社记者12日电 记者张三')?.byline.agency).toBe('新华社');
  });
});

describe('older mainland wire copy: the agency’s own reporter named after its dateline', () => {
  it('reads `新华社北京十一日电　新华社记者张三、李四报道：…`: the reporters, the text after the colon', () => {
    // Before: the dateline alone was read, no reporter, and `新华社记者张三、李四报道：` stayed in the text.
    expect(matchLeadByline('新华社北京十一日电　新华社记者张三、李四报道：首都各界')).toMatchObject({ byline: { agency: '新华社北京', reporters: ['张三', '李四'] }, rest: '首都各界' });
    expect(matchLeadByline('新華社南京十九日電　新華社記者王小明報道：江蘇省')).toMatchObject({ byline: { reporters: ['王小明'] }, rest: '江蘇省' });
  });
});

describe('lead-ins of Taiwan, Hong Kong and Singapore papers', () => {
  it('reads a reporter and place in brackets, and a bracketed report or wire lead-in', () => {
    expect(matchLeadByline('〔記者李大華、陳志明／台南報導〕台積電昨日宣布')).toMatchObject({ byline: { agency: null, reporters: ['李大華', '陳志明'] }, rest: '台積電昨日宣布' });
    expect(matchLeadByline('【本報記者王小明／紐約報導】聯合國大會今天')?.byline).toMatchObject({ agency: '本報', reporters: ['王小明'] });
    expect(matchLeadByline('〔編譯張三／綜合報導〕歐洲央行')?.byline.authors).toEqual(['張三']);
    expect(matchLeadByline('【明報專訊】政府昨日公布')).toMatchObject({ byline: { agency: '明報' }, rest: '政府昨日公布' });
    expect(matchLeadByline('（吉隆坡综合讯）马来西亚')?.byline.agency).toBe('吉隆坡');
    expect(matchLeadByline('【大公報訊】記者黃家明報道：連接深圳')).toMatchObject({ byline: { agency: '大公報', reporters: ['黃家明'] }, rest: '連接深圳' });
    expect(matchLeadByline('〔中央社華盛頓4日綜合外電報導〕美國')?.byline.agency).toBe('中央社華盛頓');
  });

  it('reads a paper before the reporter, names with no role word in brackets, and a report lead-in with its day', () => {
    expect(matchLeadByline('【聯合報／記者王小明／台北報導】行政院今天')).toMatchObject({ byline: { agency: '聯合報', reporters: ['王小明'] }, rest: '行政院今天' });
    expect(matchLeadByline('【王小明、李四／台北報導】立法院今天')).toMatchObject({ byline: { agency: null, reporters: ['王小明', '李四'] }, rest: '立法院今天' });
    expect(matchLeadByline('【中央社／台北報導】立法院')?.byline).toMatchObject({ agency: '中央社', reporters: [] });
    expect(matchLeadByline('（吉隆坡5日讯）马来西亚首相')).toMatchObject({ byline: { agency: '吉隆坡' }, rest: '马来西亚首相' });
    expect(matchLeadByline('本报北京5月21日讯 全国')?.byline.agency).toBe('本报北京');
  });

  it('reads the bracketed lead-ins of papers that translate and post abroad (参考消息, 环球时报)', () => {
    expect(matchLeadByline('【英国《金融时报》网站3月5日报道】题：全球经济')).toMatchObject({ byline: { agency: '英国《金融时报》网站' }, rest: '题：全球经济' });
    expect(matchLeadByline('【本报驻东京记者张三】日本政府')).toMatchObject({ byline: { agency: '本报', reporters: ['张三'] }, rest: '日本政府' });
    expect(matchLeadByline('【环球时报驻美国特约记者 李四】美国')?.byline).toMatchObject({ agency: '环球时报', reporters: ['李四'] });
    expect(matchLeadByline('【环球时报综合报道】美国')?.byline.agency).toBe('环球时报');
    expect(matchLeadByline('【环球网报道 记者 王五】美国')?.byline).toMatchObject({ agency: '环球网', reporters: ['王五'] });
  });

  it('reads no lead-in in a section label: one character before 讯, or a column after a role word', () => {
    expect(matchLeadByline('【资讯】今天，全市')).toBeNull();
    expect(matchLeadByline('快讯：今天，全市')).toBeNull();
    expect(matchLeadByline('【记者感言】这次采访')).toBeNull();
  });

  it('reads none of them in a sentence, nor in a parenthesis that closes a story', () => {
    // 报道 closes a wire lead-in only in brackets; a role and names close one only in brackets or with the slash.
    expect(matchLeadByline('据叙通社10月20日报道，由库尔德武装主导的')).toBeNull();
    expect(matchLeadByline('记者昨日报道，全市已有')).toBeNull();
    // A line that is only a parenthesis: the credit of the story above (the text under it is another story's).
    expect(matchLeadByline('（新华社北京10月14日电 记者周玮、史竞男）')).toBeNull();
    expect(matchLeadByline('（综合本报记者郑海鸥、祝大伟报道）')).toBeNull();
  });
});

describe('words and photographs credited with slashes', () => {
  it('reads 文/ as the author, 图/ as the photographer, and 文/图 as one person who did both (an author)', () => {
    expect(matchStandaloneByline('文/张三 图/李四')).toMatchObject({ authors: ['张三'], photographers: ['李四'], reporters: [] });
    expect(matchStandaloneByline('图/李四')).toMatchObject({ photographers: ['李四'] });
    // A title under the credit (`图/记者 孙涛`): the photographs are still his; `文/记者 赵磊` wrote as a reporter.
    expect(matchStandaloneByline('文/记者 赵磊 图/记者 孙涛')).toMatchObject({ reporters: ['赵磊'], photographers: ['孙涛'] });
    expect(matchStandaloneByline('图/本报记者 孙涛 文/王五')).toMatchObject({ photographers: ['孙涛'], authors: ['王五'] });
    // `文/图` closing the line: words and photographs by the names before it.
    expect(matchStandaloneByline('记者 刘建国 通讯员 马红梅 文/图')).toMatchObject({ reporters: ['刘建国'], correspondents: ['马红梅'], raw: '记者 刘建国 通讯员 马红梅 文/图' });
    // Two names before it keep their space (before: the slash of 文/图 closed the line up, one reporter `张三李四`), and a closing
    // 文/摄 reads as 文/图 does (before: one photographer `张三李四文`).
    expect(matchStandaloneByline('本报记者 张三 李四 文/图')).toMatchObject({ reporters: ['张三', '李四'], photographers: [] });
    expect(matchStandaloneByline('本报记者 张三 李四 文/摄')).toMatchObject({ reporters: ['张三', '李四'], photographers: [] });
    expect(matchStandaloneByline('本报记者 王五 图/文')).toMatchObject({ reporters: ['王五'] });
    expect(matchStandaloneByline('文/图')).toBeNull();
    // A commentator's signature stands for a name.
    expect(matchStandaloneByline('本报评论员')).toMatchObject({ agency: '本报', authors: ['本报评论员'] });
    expect(matchStandaloneByline('新华社特约评论员')).toMatchObject({ agency: '新华社', authors: ['新华社特约评论员'] });
    expect(matchStandaloneByline('本報評論員')).toMatchObject({ authors: ['本報評論員'] });
    expect(matchStandaloneByline('评论员认为')).toBeNull();
    // Each name with what it made after it: words by, photographs by.
    expect(matchStandaloneByline('张三/文 李四/图')).toMatchObject({ authors: ['张三'], photographers: ['李四'], reporters: [] });
    expect(matchStandaloneByline('记者 张三/文 李四/图')).toMatchObject({ reporters: ['张三'], photographers: ['李四'] });
    // Several names sharing one credit (`张三 李四/文`, `张三、李四/文`); two words that are no names share none.
    expect(['张三 李四/文', '张三、李四/文'].map((t) => matchStandaloneByline(t)?.authors)).toEqual([['张三', '李四'], ['张三', '李四']]);
    expect(matchStandaloneByline('美丽 乡村/文')).toBeNull();
    expect(matchStandaloneByline('张三/文字')).toBeNull();
    // Where the story came from, on a line of its own.
    expect(matchStandaloneByline('来源：新华社')).toMatchObject({ agency: '新华社' });
    expect(matchStandaloneByline('（来源：人民日报）')).toMatchObject({ agency: '人民日报' });
    expect(matchStandaloneByline('来源：群众反映')).toBeNull();
    // `本报通讯员` on a line of its own is the paper's correspondent, not a lead-in closing in 讯.
    expect(matchStandaloneByline('本报通讯员 赵六')).toMatchObject({ agency: '本报', correspondents: ['赵六'] });
    expect(matchStandaloneByline('文/图 张三')).toMatchObject({ authors: ['张三'], reporters: [] });
    expect(matchStandaloneByline('通讯员/王五 文/赵六')).toMatchObject({ correspondents: ['王五'], authors: ['赵六'] });
  });

  it('reads a paper and its app parted by a slash (`扬帆晚报/紫帆新闻记者`) and a paper named by its kind (`晚报记者`) as the outlet', () => {
    // Before: neither line was a byline.
    expect(matchStandaloneByline('扬帆晚报/紫帆新闻记者 张晓明')).toMatchObject({ agency: '扬帆晚报/紫帆新闻', reporters: ['张晓明'] });
    expect(matchStandaloneByline('晚报记者 陈刚')).toMatchObject({ agency: '晚报', reporters: ['陈刚'] });
    expect(matchStandaloneByline('快报记者 陈刚 通讯员 李军')).toMatchObject({ agency: '快报', reporters: ['陈刚'], correspondents: ['李军'] });
    // (A role's slash is still a role's: `记者/张三`, `图/张三 文/李四`.)
    expect(matchStandaloneByline('记者/张三')).toMatchObject({ agency: null, reporters: ['张三'] });
    expect(matchStandaloneByline('图/张三 文/李四')).toMatchObject({ photographers: ['张三'], authors: ['李四'] });
  });

  it('reads a closing 文 set apart after a name (`本报记者 张三 文`) as the words’ credit, no part of the name', () => {
    // Before: one reporter `张三文`.
    expect(matchStandaloneByline('本报记者 张三 文')).toMatchObject({ reporters: ['张三'] });
    expect(matchStandaloneByline('记者 王五 文 受访者供图')).toMatchObject({ reporters: ['王五'], photographers: [] });
    // (A name OCR split into lone characters stays one name: `张 三 文`, `李 文`.)
    expect(matchStandaloneByline('本报记者 张 三 文')).toMatchObject({ reporters: ['张三文'] });
    expect(matchStandaloneByline('记者 李 文')).toMatchObject({ reporters: ['李文'] });
  });

  it('reads where a photograph came from after 图/ (`受访者提供`, `IC`, `视觉中国`) as no photographer, the line still a byline', () => {
    // Before: `受访者提供` and `视觉中国` were photographers, and a line crediting `IC` was no byline at all.
    expect(matchStandaloneByline('文/本报记者 李四 图/受访者提供')).toMatchObject({ reporters: ['李四'], photographers: [] });
    expect(matchStandaloneByline('文/记者 张三 图/受访者供图')).toMatchObject({ reporters: ['张三'], photographers: [] });
    expect(matchStandaloneByline('文/记者 张三 图/IC')).toMatchObject({ reporters: ['张三'], photographers: [] });
    expect(matchStandaloneByline('文/张三 图/视觉中国')).toMatchObject({ authors: ['张三'], photographers: [] });
    // (A photographer named is still one.)
    expect(matchStandaloneByline('文/记者 张三 图/李四')).toMatchObject({ reporters: ['张三'], photographers: ['李四'] });
  });
});

describe('byline lines closing in 报道', () => {
  it('reads names set apart from 报道, with or without a role and place, and a photo story’s photographers', () => {
    expect(matchStandaloneByline('林小华 报道')?.reporters).toEqual(['林小华']);
    expect(matchStandaloneByline('本报记者 林小华 报道')?.reporters).toEqual(['林小华']);
    expect(matchStandaloneByline('特派記者 王小明 東京報導')?.reporters).toEqual(['王小明']);
    expect(matchStandaloneByline('史自强 梁子栋 摄影报道')?.photographers).toEqual(['史自强', '梁子栋']);
    expect(matchStandaloneByline('本报记者 雷 声 龚相娟摄影报道')?.reporters).toEqual(['雷声', '龚相娟']);
  });

  it('reads no byline in a label that closes in 报道', () => {
    expect(matchStandaloneByline('深度报道')).toBeNull();
    expect(matchStandaloneByline('专题 报道')).toBeNull();
    expect(matchStandaloneByline('本报 综合报道')).toBeNull();
  });

  it('reads the paper’s round-up credit with no 报道 (`本报综合`, `（本报综合）`, `本報綜合`) as the paper’s, naming no one', () => {
    for (const line of ['本报综合', '（本报综合）', '本報綜合', '本报 综合', '本报综合整理']) {
      expect(matchStandaloneByline(line), line).toMatchObject({ agency: line.includes('報') ? '本報' : '本报', reporters: [], authors: [] });
    }
    expect(matchStandaloneByline('本报综合新闻')).toBeNull();
  });

  it('reads a round-up’s credit in brackets or with 消息, a list of the sources compiled, and a reprint’s source named by a phrase', () => {
    const lines: [string, string][] = [
      ['（本報綜合報導）', '本報'], ['本报综合消息', '本报'], ['综合新华社、央视新闻', '新华社、央视新闻'], ['（综合新华社、中新社报道）', '新华社、中新社'],
      ['綜合自中央社、路透社', '中央社、路透社'], ['以下文章来源于青山日报', '青山日报'], ['以下文章來源於青山日報', '青山日報'], ['本文转自青山日报', '青山日报'],
      ['转载自：青山日报', '青山日报'], ['来源：央视', '央视'], ['据央视', '央视'],
    ];
    for (const [line, agency] of lines) expect(matchStandaloneByline(line), line).toMatchObject({ agency, reporters: [] });
    for (const label of ['本报 综合报道', '综合报道', '（综合报道）', '文章来自网络', '综合新闻']) expect(matchStandaloneByline(label), label).toBeNull();
  });
});

describe('broadcasters before their reporters', () => {
  it('reads a broadcaster’s short name or a channel’s before 记者 as the byline’s outlet (`央视记者 张三`, `鳳凰衛視記者 陳大文`)', () => {
    const lines: [string, string, string][] = [
      ['央视记者 张三', '央视', '张三'], ['央廣記者 王小明', '央廣', '王小明'], ['国际台记者 李四', '国际台', '李四'], ['華視記者 林志明', '華視', '林志明'],
      ['TVB记者 陈大文', 'TVB', '陈大文'], ['凤凰卫视记者 张三', '凤凰卫视', '张三'], ['東方衛視記者 李四', '東方衛視', '李四'], ['香港电台记者 张三', '香港电台', '张三'],
    ];
    for (const [line, agency, reporter] of lines) expect(matchStandaloneByline(line), line).toMatchObject({ agency, reporters: [reporter] });
    // A channel's name alone is no byline (a listings box's).
    expect(matchStandaloneByline('湖南卫视')).toBeNull();
    expect(matchLeadByline('〔華視記者林志明／台北報導〕颱風今天凌晨登陸。')).toMatchObject({ byline: { agency: '華視', reporters: ['林志明'] }, rest: '颱風今天凌晨登陸。' });
    expect(matchLeadByline('（凤凰卫视记者 陈大文／香港报道）台风今天凌晨登陆。')).toMatchObject({ byline: { agency: '凤凰卫视', reporters: ['陈大文'] } });
  });
});

describe('a broadcaster’s or an app’s report lead-in', () => {
  it('reads `央视消息，`, `凤凰卫视6月12日消息，`, `央视新闻客户端消息，` as lead-ins, the comma after 消息 no text', () => {
    const leads: [string, string][] = [
      ['央视消息，大桥合龙。', '央视'], ['鳳凰衛視消息：大橋合龍。', '鳳凰衛視'], ['央视新闻客户端消息，大桥合龙。', '央视新闻客户端'], ['凤凰卫视6月12日消息，大桥合龙。', '凤凰卫视'],
    ];
    for (const [line, agency] of leads) expect(matchLeadByline(line), line).toMatchObject({ byline: { agency }, rest: line.includes('龍') ? '大橋合龍。' : '大桥合龙。' });
    // (A site's dated lead-in read so before keeps its reading, its comma now no text either.)
    expect(matchLeadByline('央广网北京6月12日消息，北岭大桥今天开工。')).toMatchObject({ byline: { agency: '央广网北京' }, rest: '北岭大桥今天开工。' });
    expect(matchLeadByline('电视台消息称，大桥合龙。')).toBeNull();
  });
});

describe('a byline run into its lead with no lead-in word and no 报道', () => {
  it('reads the roles and names opening the line, the text after them the lead, where the byline names its outlet, the paper or two roles', () => {
    expect(matchLeadByline('清溪县融媒体中心记者 李明 通讯员 王芳 连日来，全县各级党组织带领党员干部深入田间地头。')).toMatchObject({
      byline: { agency: '清溪县融媒体中心', reporters: ['李明'], correspondents: ['王芳'] },
      rest: '连日来，全县各级党组织带领党员干部深入田间地头。',
    });
    expect(matchLeadByline('本報記者 陳大文 颱風今天凌晨登陸，沿海多地出現強降雨。')).toMatchObject({ byline: { reporters: ['陳大文'] }, rest: '颱風今天凌晨登陸，沿海多地出現強降雨。' });
    expect(matchLeadByline('记者 李明 王芳 通讯员 赵六 近日，全县各级党组织。')).toMatchObject({ byline: { reporters: ['李明', '王芳'], correspondents: ['赵六'] }, rest: '近日，全县各级党组织。' });
    // A bare role and a name may open a sentence; a word that is no one's name, or no text with a mark after, is no byline.
    for (const sentence of ['记者 王明 昨天在会上说，他很高兴。', '本报记者 近日 走访了全县，发现问题。', '本报记者 李明 王芳'])
      expect(matchLeadByline(sentence), sentence).toBeNull();
  });
});

describe('roles and names after a bare lead-in', () => {
  it('reads 本报讯 记者张三 通讯员李四 and leaves the lead its text; a sentence after the lead-in keeps its words', () => {
    expect(matchLeadByline('本报讯 记者张三 通讯员李四 近日，全省各地抢抓农时。')).toMatchObject({
      byline: { agency: '本报', reporters: ['张三'], correspondents: ['李四'] },
      rest: '近日，全省各地抢抓农时。',
    });
    expect(matchLeadByline('本报讯 记者近日从市教育局获悉，今年将新建学校。')).toMatchObject({ byline: { reporters: [] }, rest: '记者近日从市教育局获悉，今年将新建学校。' });
    expect(matchLeadByline('本报通讯员 赵六')).toBeNull();
  });

  it('reads the roles and names closing a lead-in’s line, the lead on the next (`本报讯 记者 杨帆` / `北京时间…`)', () => {
    // Before: `记者 杨帆` was the lead's first words, and the story had no reporter.
    expect(matchLeadByline('本报讯 记者 杨帆')).toMatchObject({ byline: { agency: '本报', reporters: ['杨帆'] }, rest: '' });
    expect(matchLeadByline('本报讯 记者杨帆 通讯员李四')).toMatchObject({ byline: { reporters: ['杨帆'], correspondents: ['李四'] }, rest: '' });
    expect(matchLeadByline('本報訊 記者 楊帆')).toMatchObject({ byline: { reporters: ['楊帆'] }, rest: '' });
  });
});

describe('a dated lead-in sent by another paper or an app', () => {
  it('reads 中国青年报…电, 新民晚报…电 and 新湖南客户端…电 as 新华社…电 is read', () => {
    // Before: none was a lead-in, and the story had no byline.
    expect(matchLeadByline('中国青年报北京5月20日电（记者 张三）今天上午')).toMatchObject({ byline: { agency: '中国青年报北京', reporters: ['张三'] }, rest: '今天上午', dated: true });
    expect(matchLeadByline('新民晚报北京5月20日电（记者 张三）今天')?.byline.agency).toBe('新民晚报北京');
    expect(matchLeadByline('中国青年报客户端北京5月20日电（中青报·中青网记者 张三）今天')).toMatchObject({ byline: { agency: '中国青年报客户端北京', reporters: ['张三'] } });
    expect(matchLeadByline('新湖南客户端長沙5月20日電（記者 張三）今天')?.byline.reporters).toEqual(['張三']);
  });
});

describe('a wire the paper ran as it came', () => {
  it('reads 据新华社…电 as the wire’s lead-in (its agency without 据), and 新华社电 before a reporter', () => {
    expect(matchLeadByline('据新华社北京3月1日电 国务院近日印发通知。')).toMatchObject({ byline: { agency: '新华社北京' }, rest: '国务院近日印发通知。' });
    expect(matchLeadByline('据新华社金边1月30日电（记者毛鹏飞、高炳南）柬埔寨…')).toMatchObject({ byline: { agency: '新华社金边', reporters: ['毛鹏飞', '高炳南'] } });
    // An outlet before a role is no one's name.
    expect(matchLeadByline('本报海口10月23日电（记者朱荣鹏、人民网记者毛雷）正文。')).toMatchObject({ byline: { reporters: ['朱荣鹏', '毛雷'] } });
    expect(matchLeadByline('新华社电 记者张三报道：国务院近日印发通知。')).toMatchObject({ byline: { agency: '新华社', reporters: ['张三'] } });
    // With its place and no day: `新华社北京电（记者…）`, `本报北京电 记者…报道：`.
    expect(matchLeadByline('新华社北京电（记者 张三）国务院近日印发通知。')).toMatchObject({ byline: { agency: '新华社北京', reporters: ['张三'] } });
    expect(matchLeadByline('本报北京电 记者张三报道：国务院近日印发通知。')).toMatchObject({ byline: { agency: '本报北京', reporters: ['张三'] }, rest: '国务院近日印发通知。' });
  });
});


describe('credits after a colon, as papers in Malaysia close a story', () => {
  it('reads 报道：, 报导：, 采访： and 文字： as the reporter, 文： as the author, 图： and 摄影： as the photographer, in either script', () => {
    expect(matchStandaloneByline('报道：林美玲')).toMatchObject({ reporters: ['林美玲'], raw: '报道：林美玲' });
    expect(matchStandaloneByline('報導：陳志強')?.reporters).toEqual(['陳志強']);
    expect(matchStandaloneByline('采访：赵六 摄影：钱七')).toMatchObject({ reporters: ['赵六'], photographers: ['钱七'] });
    expect(matchStandaloneByline('文字：林美玲 摄影：黄伟明')).toMatchObject({ reporters: ['林美玲'], photographers: ['黄伟明'] });
    expect(matchStandaloneByline('文：李四')?.authors).toEqual(['李四']);
    expect(matchStandaloneByline('圖：張三')?.photographers).toEqual(['張三']);
  });

  it('reads no byline where the words are a verb or a noun in a sentence, or a word runs into them', () => {
    expect(matchStandaloneByline('报道称')).toBeNull();
    expect(matchStandaloneByline('综合报道：林美玲')).toBeNull();
    expect(matchStandaloneByline('报道：本届比赛共有三百人参加，')).toBeNull();
    expect(matchStandaloneByline('采访中，他表示')).toBeNull();
  });
});

describe('the line over a story copied from a website', () => {
  it('reads the source and the writers after the time it was posted', () => {
    expect(matchStandaloneByline('2024-05-21 08:30:15 来源：东方日报 作者：周明')).toMatchObject({ agency: '东方日报', authors: ['周明'] });
    expect(matchStandaloneByline('2024/5/21 来源：人民网')).toMatchObject({ agency: '人民网' });
    expect(matchStandaloneByline('来源：东方日报 记者：张三 李四')).toMatchObject({ agency: '东方日报', reporters: ['张三', '李四'] });
  });

  it('reads no byline where a word after the source is neither a role nor a name', () => {
    expect(matchStandaloneByline('来源：东方日报 编辑：张三')).toBeNull();
    expect(matchStandaloneByline('2024-05-21 来源：东方日报 阅读量：1234')).toBeNull();
  });
});

describe('reporters posted abroad and reports sent from a place', () => {
  it('reads the paper, the post and the kind of reporter before 记者, and drops 发自… from the names', () => {
    expect(matchStandaloneByline('本报记者 张三 发自北京')?.reporters).toEqual(['张三']);
    expect(matchStandaloneByline('本报特派记者 周九 發自多哈')?.reporters).toEqual(['周九']);
    expect(matchStandaloneByline('本报驻京记者 钱七')?.reporters).toEqual(['钱七']);
    expect(matchStandaloneByline('本报驻美国特约记者 李四')?.reporters).toEqual(['李四']);
    expect(matchStandaloneByline('本報駐埃及記者 曲翔宇 劉慧')?.reporters).toEqual(['曲翔宇', '劉慧']);
  });
});

describe('lead-ins of broadcast and web copy, and credits in a lead’s brackets', () => {
  it('reads …消息 from an agency or an outlet, and 据…电 whatever follows it', () => {
    expect(matchLeadByline('央视新闻消息 昨日，全市召开会议。')).toMatchObject({ byline: { agency: '央视新闻' }, rest: '昨日，全市召开会议。' });
    expect(matchLeadByline('新华社消息：昨日，全市召开会议。')).toMatchObject({ byline: { agency: '新华社' }, rest: '昨日，全市召开会议。' });
    expect(matchLeadByline('据新华社电 昨日，全市召开会议。')).toMatchObject({ byline: { agency: '新华社' }, rest: '昨日，全市召开会议。' });
    // Sentences that open with those words are no lead-ins.
    expect(matchLeadByline('市政府发布消息，全市召开会议。')).toBeNull();
    expect(matchLeadByline('电视台消息称，昨日全市召开会议。')).toBeNull();
    expect(matchLeadByline('据新华社电视台报道，全市召开会议。')).toBeNull();
  });

  it('reads the paper’s own …消息, in brackets as Hong Kong and Macau papers set it (【本報消息】) or bare before a space', () => {
    expect(matchLeadByline('【本報消息】交通事務局宣布，新巴士線路下月開通。')).toMatchObject({ byline: { agency: '本報', raw: '【本報消息】' }, rest: '交通事務局宣布，新巴士線路下月開通。' });
    expect(matchLeadByline('（本报消息）交通局宣布，新线路下月开通。')).toMatchObject({ byline: { agency: '本报' }, rest: '交通局宣布，新线路下月开通。' });
    expect(matchLeadByline('【明報消息】交通局宣布，新線路下月開通。')).toMatchObject({ byline: { agency: '明報' } });
    // A sentence about a report is none.
    expect(matchLeadByline('本报消息称，交通局宣布新线路下月开通。')).toBeNull();
    expect(matchLeadByline('最新消息：交通局宣布新线路下月开通。')).toBeNull();
  });

  it('reads what each name made in the lead’s brackets (记者 张三/文 李四/图)', () => {
    expect(matchLeadByline('本报讯（记者 张三/文 李四/图）昨日，全市召开会议。')?.byline).toMatchObject({ reporters: ['张三'], photographers: ['李四'] });
  });
});

describe('lead-ins of a paper and its app together, and roles in two brackets', () => {
  it('reads 湖南日报·新湖南客户端…讯 as one source, and （记者…）（通讯员…） as one byline', () => {
    expect(matchLeadByline('湖南日报·新湖南客户端5月20日讯（记者 张三）昨日，全市召开会议。')).toMatchObject({ byline: { agency: '湖南日报·新湖南客户端', reporters: ['张三'] }, rest: '昨日，全市召开会议。' });
    expect(matchLeadByline('本报讯（记者 张三）（通讯员 李四）昨日，全市召开会议。')).toMatchObject({ byline: { reporters: ['张三'], correspondents: ['李四'] }, rest: '昨日，全市召开会议。' });
    // The same source on a byline line of its own, and a site or an app before the role.
    expect(matchStandaloneByline('湖南日报·新湖南客户端记者 张三')).toMatchObject({ agency: '湖南日报·新湖南客户端', reporters: ['张三'] });
    expect(matchStandaloneByline('红网记者 王五')).toMatchObject({ agency: '红网', reporters: ['王五'] });
    // A second bracket that names no one is the text's.
    expect(matchLeadByline('本报讯（记者 张三）（图片由市委宣传部提供）昨日，全市召开会议。')?.rest).toBe('（图片由市委宣传部提供）昨日，全市召开会议。');
  });
});

describe('video credited as pictures are', () => {
  it('reads 文/视频 as words and video by one person, 图/视频 and 视频/ as a photographer’s credit, never 视频 as a name', () => {
    expect(matchStandaloneByline('文/视频 潇湘晨报记者 张三')).toMatchObject({ reporters: ['张三'], authors: [] });
    expect(matchStandaloneByline('图/视频 张三')).toMatchObject({ photographers: ['张三'] });
    expect(matchStandaloneByline('视频/李四')).toMatchObject({ photographers: ['李四'] });
    expect(matchStandaloneByline('文/图 张三')).toMatchObject({ authors: ['张三'] });
  });

  it('reads 图/文 as 文/图 the other way round (before: a photographer named 文刘畅)', () => {
    expect(matchStandaloneByline('图/文 刘畅')).toMatchObject({ authors: ['刘畅'], photographers: [] });
    expect(matchStandaloneByline('圖／文 劉暢')).toMatchObject({ authors: ['劉暢'], photographers: [] });
    expect(matchStandaloneByline('图/刘畅')).toMatchObject({ photographers: ['刘畅'] });
  });
});

describe('where a report was made from, inside a lead’s brackets', () => {
  it('reads 本報訊（記者張美華／台北報導） with one reporter: the place and 報導 are no name', () => {
    expect(matchLeadByline('本報訊（記者張美華／台北報導）行政院今天召開院會。')).toMatchObject({ byline: { agency: '本報', reporters: ['張美華'] }, rest: '行政院今天召開院會。' });
    expect(matchLeadByline('本报讯（记者 张三 北京报道）昨日，全市召开会议。')?.byline.reporters).toEqual(['张三']);
  });
});

describe('names before the first role, as army papers sign', () => {
  it('credits names set apart before a role word as correspondents, the paper before the role its agency', () => {
    expect(matchStandaloneByline('■刘洋 本报特约通讯员 陈明')).toMatchObject({ agency: '本报', reporters: [], correspondents: ['刘洋', '陈明'] });
    expect(matchStandaloneByline('□王涛 李斌 记者 赵亮')).toMatchObject({ reporters: ['赵亮'], correspondents: ['王涛', '李斌'] });
    // Not without the bullet (prose may stand before a role), nor more names than a byline gives before one.
    expect(matchStandaloneByline('据报道 今年以来 记者 赵亮')).toBeNull();
    expect(matchStandaloneByline('王涛 李斌 记者 赵亮')).toBeNull();
    expect(matchStandaloneByline('■王涛 李斌 张军 刘洋 记者 赵亮')).toBeNull();
  });
});

describe('an author’s line under a bullet', () => {
  it('reads two to four characters as a name, four only after a two-character surname: otherwise a section’s label', () => {
    expect(['■黄振华', '□ 李明', '■欧阳晓峰', '■歐陽曉峰'].map(matchAuthorLine)).toEqual(['黄振华', '李明', '欧阳晓峰', '歐陽曉峰']);
    expect(['●典型案例', '■记者手记', '■专家观点', '■相关链接'].map(matchAuthorLine)).toEqual([null, null, null, null]);
  });
});

describe('a byline line run into the lead it signs', () => {
  it('reads roles and names closing in 报道, with where from or a colon, as the lead’s byline and the rest as its text', () => {
    expect(matchLeadByline('三湘都市报全媒体记者 张某 长沙报道 近日，全市召开会议。')).toMatchObject({ byline: { agency: '三湘都市报', reporters: ['张某'] }, rest: '近日，全市召开会议。' });
    expect(matchLeadByline('本报记者 张三 通讯员 李四 报道：近日，全市召开会议。')).toMatchObject({ byline: { reporters: ['张三'], correspondents: ['李四'] }, rest: '近日，全市召开会议。' });
    // Not a report's kind or source before 报道, nor a byline with no text after it.
    expect(matchLeadByline('据新华社报道 近日，全市召开会议。')).toBeNull();
    expect(matchLeadByline('深度报道 全市召开会议。')).toBeNull();
    expect(matchLeadByline('记者 张三 报道')).toBeNull();
    expect(matchLeadByline('记者昨日报道 全市已有三处口袋公园。')).toBeNull();
  });
});

describe('a story’s fields on one line, as a website or a digital edition prints them', () => {
  it('reads the writers with their roles and the source, whatever other fields stand beside them', () => {
    expect(matchStandaloneByline('作者：本报记者 朱文斌 通讯员 孟静  来源：衡州日报  发布时间：2023-06-15')).toMatchObject({
      agency: '衡州日报',
      reporters: ['朱文斌'],
      correspondents: ['孟静'],
    });
    expect(matchStandaloneByline('作者：周明 时间：2024-05-21 编辑：李华')).toMatchObject({ agency: null, authors: ['周明'] });
    expect(matchStandaloneByline('記者：陳小明 來源：東湖晚報')).toMatchObject({ agency: '東湖晚報', reporters: ['陳小明'] });
  });

  it('reads none where a field holds more than names, or where no writer is named', () => {
    expect(matchStandaloneByline('作者：周明等多位专家 来源：东方日报')).toBeNull();
    expect(matchStandaloneByline('来源：东方日报 编辑：张三')).toBeNull();
    expect(matchStandaloneByline('作者：周明 来源：朋友圈里的一段话')).toBeNull();
  });
});

describe('a writer’s line with where the writer studies or works', () => {
  it('reads the name after the school or the unit as the author’s, in either script', () => {
    expect(matchStandaloneByline('长沙市实验小学三年级二班 王小明')).toMatchObject({ authors: ['王小明'] });
    expect(matchStandaloneByline('市第一人民醫院 劉芳')).toMatchObject({ authors: ['劉芳'] });
    expect(matchStandaloneByline('指导老师：李芳')).toMatchObject({ authors: [], raw: '指导老师：李芳' });
  });

  it('reads none where the last word is no name or nothing parts it from the unit', () => {
    expect(matchStandaloneByline('长沙市实验小学 三年级')).toBeNull();
    expect(matchStandaloneByline('长沙市实验小学王小明')).toBeNull();
  });
});

describe('a byline line with a posting time and an outlet’s slash before it, or a note after the names', () => {
  it('reads the byline inside, the whole line its raw text', () => {
    expect(matchStandaloneByline('2023-06-15 08:30 聯合報／記者王小明／台北即時報導')).toMatchObject({ agency: '聯合報', reporters: ['王小明'] });
    expect(matchStandaloneByline('作者：张三（湖南师范大学教授）')).toMatchObject({ authors: ['张三'], raw: '作者：张三（湖南师范大学教授）' });
    expect(matchStandaloneByline('杨玉岗 范长江摄影报道（影像中国）')).toMatchObject({ photographers: ['杨玉岗', '范长江'] });
  });

  it('reads none where what is left names nobody, or is a photo’s credit', () => {
    expect(matchStandaloneByline('张三（湖南师范大学教授）')).toBeNull();
    expect(matchStandaloneByline('市委书记张三（左二）')).toBeNull();
    expect(matchStandaloneByline('本报记者 田 泓文 计海新摄（影像中国）')).toBeNull();
  });
});

describe('a wire reporter’s name run into the place sent from', () => {
  it('is read where a known place closes it, and not guessed where none does', () => {
    expect(matchLeadByline('（中央社記者王小明台北15日電）行政院今天通過')?.byline).toMatchObject({ agency: '中央社', reporters: ['王小明'] });
    expect(matchLeadByline('（中央社記者林小芳東京5日電）日本首相今天')?.byline).toMatchObject({ agency: '中央社', reporters: ['林小芳'] });
    expect(matchLeadByline('（中央社記者王小明某地15日電）今天')?.byline).toMatchObject({ agency: '中央社', reporters: [] });
    // Two reporters parted by 、 (before: the agency read as `中央社記者王小明、李大華台北`, no reporter).
    expect(matchLeadByline('（中央社記者王小明、李大華台北20日電）行政院今天通過')?.byline).toMatchObject({ agency: '中央社', reporters: ['王小明', '李大華'] });
    expect(matchLeadByline('（中央社記者王小明、李大華台北20日電）行政院今天通過')?.rest).toBe('行政院今天通過');
  });
});

describe('a photo’s credit on its own line', () => {
  it('is a credit with the photo’s source in brackets after it, as a credit alone is', () => {
    expect(['王闽摄', '王闽摄（影像中国）', '王  闽摄（影像中国）', '本报记者 李某摄（人民视觉）'].map(isPhotoCreditLine)).toEqual([true, true, true, true]);
  });

  it('is no credit where the words before the brackets are no credit', () => {
    expect(['我们一起去拍摄（上）', '春天的画卷（影像中国）', '（影像中国）'].map(isPhotoCreditLine)).toEqual([false, false, false]);
  });
});

describe('an author’s line under a bullet, against a column’s label', () => {
  it('is no name where the word labels a column (`■简讯`, `●速览`) or a section (`■国际`)', () => {
    expect(['■简讯', '●速览', '■国际', '■简明'].map(matchAuthorLine)).toEqual([null, null, null, '简明']);
    // A word that opens with no surname labels a box (`■声音`, a box of quotes; `◆山东`, a place), and is no name.
    expect(['■声音', '◆山东', '■ 王晓东', '■欧阳晓峰'].map(matchAuthorLine)).toEqual([null, null, '王晓东', '欧阳晓峰']);
  });
});

describe('a commentator’s and a contributor’s line', () => {
  it('names the commentator after the title (`本报评论员 李四`), and the title alone stands for one', () => {
    expect(matchStandaloneByline('本报评论员 李四')).toMatchObject({ agency: '本报', authors: ['李四'] });
    expect(matchStandaloneByline('本报评论员')).toMatchObject({ agency: '本报', authors: ['本报评论员'] });
    // A phrase after the title is no name.
    expect(matchStandaloneByline('本报评论员 深化改革')).toBeNull();
  });

  it('reads the kind of piece after the title (`评论员文章`, `特约评论员文章`) as a column’s name, no commentator called 文章', () => {
    for (const label of ['评论员文章', '本报评论员文章', '特约评论员文章', '評論員文章']) expect(matchStandaloneByline(label)).toBeNull();
    expect(matchStandaloneByline('本报评论员 文章')).toBeNull();
    expect(matchStandaloneByline('本报评论员 文明')).toMatchObject({ authors: ['文明'] });
  });

  it('reads a contributor (`特约撰稿 张三`, `撰稿 王五`) as the writer', () => {
    expect(['特约撰稿 张三', '撰稿 王五'].map((t) => matchStandaloneByline(t)?.authors)).toEqual([['张三'], ['王五']]);
  });
});

describe('a credit for the words and the photographs on one line', () => {
  it('reads who wrote and who photographed, whether a slash, a space or nothing parts each name from its work', () => {
    // (`罗军文 陈明摄`, each work run into its name: a list of two photographers before, `罗军文` and `陈明`.)
    for (const line of ['本报记者 罗军/文 陈明/摄', '本报记者 罗军 文 陈明 摄', '本报记者罗军文陈明摄', '本报记者 罗军文 陈明摄']) {
      expect(matchStandaloneByline(line), line).toMatchObject({ reporters: ['罗军'], photographers: ['陈明'], correspondents: [], authors: [] });
      expect(matchWordsAndPhotoCredit(line), line).toMatchObject({ reporters: ['罗军'], photographers: ['陈明'] });
      // As a photo's credit, the one before 摄 is the photographer (before: `罗军`, `文陈明`, or `罗军文陈明`).
      expect(matchPhotoCredit(line)?.photographers, line).toEqual(['陈明']);
    }
    expect(matchStandaloneByline('本报记者 罗军 文 本报通讯员 陈明 摄')).toMatchObject({ reporters: ['罗军'], photographers: ['陈明'], correspondents: [] });
    expect(matchStandaloneByline('李文华文张明摄')).toMatchObject({ authors: ['李文华'], photographers: ['张明'] });
  });

  it('reads a photo’s credit alone as its photographer’s byline, not a reporter named with 摄', () => {
    expect(matchStandaloneByline('新华社记者 李嘉南摄')).toMatchObject({ agency: '新华社', reporters: [], photographers: ['李嘉南'] });
    expect(matchStandaloneByline('株洲日报全媒体记者/谭林 摄')).toMatchObject({ agency: '株洲日报', reporters: [], photographers: ['谭林'] });
  });

  it('reads no credit in a name ending in 文, a spaced one, or a title ending in 图', () => {
    // (One credit with no slash is a name: `陈志文` writes the commentary under its title.)
    expect(matchStandaloneByline('陈志文')).toBeNull();
    expect(matchStandaloneByline('陈志 文')).toBeNull();
    expect(matchStandaloneByline('精彩瞬间图')).toBeNull();
    expect(matchWordsAndPhotoCredit('本报记者 张三 摄')).toBeNull();
    expect(matchStandaloneByline('张三/文')).toMatchObject({ authors: ['张三'] });
  });
});

describe('a byline naming an outlet that is no paper', () => {
  it('reads the outlet as the agency: a news site, a financial medium, a number opening its name', () => {
    expect(matchStandaloneByline('21世纪经济报道记者 周某 北京报道')).toMatchObject({ agency: '21世纪经济报道', reporters: ['周某'] });
    expect(matchStandaloneByline('第一财经记者 周某')).toMatchObject({ agency: '第一财经', reporters: ['周某'] });
    expect(matchStandaloneByline('第一財經記者 周某')).toMatchObject({ agency: '第一財經', reporters: ['周某'] });
    expect(matchStandaloneByline('界面新聞記者 周某')).toMatchObject({ agency: '界面新聞', reporters: ['周某'] });
    // (A paper's name run into its app's, the dot between them lost.)
    expect(matchStandaloneByline('长沙晚报掌上长沙记者 周某')).toMatchObject({ agency: '长沙晚报掌上长沙', reporters: ['周某'] });
    expect(matchStandaloneByline('株洲日报全媒体记者 周某')).toMatchObject({ agency: '株洲日报', reporters: ['周某'] });
    // (A role's own qualifier is no outlet.)
    expect(matchStandaloneByline('见习记者 周某')).toMatchObject({ agency: null, reporters: ['周某'] });
  });
});

describe('a role parted from its names by a bar', () => {
  it('reads the names, as magazines and websites set them (`记者 | 张三`, `文｜李四`)', () => {
    expect(matchStandaloneByline('记者 | 张某')).toMatchObject({ reporters: ['张某'] });
    expect(matchStandaloneByline('本报记者｜张某 李某')).toMatchObject({ reporters: ['张某', '李某'] });
    expect(matchAuthorLine('文 | 张某')).toBe('张某');
    expect(matchStandaloneByline('文 | 张某 图 | 李四')).toMatchObject({ authors: ['张某'], photographers: ['李四'] });
    expect(matchAuthorLine('文｜张某')).toBe('张某');
  });
});

describe('a contributor signing as 撰稿人', () => {
  it('is the author, the 人 no part of the name (before: `人张三`)', () => {
    expect(matchStandaloneByline('特约撰稿人 张三')).toMatchObject({ authors: ['张三'] });
    expect(matchStandaloneByline('撰稿人：李四')).toMatchObject({ authors: ['李四'] });
  });
});

describe('closingCreditByline: a story signed at its end', () => {
  const names = (text: string) => {
    const b = closingCreditByline(text);
    return b && { reporters: b.reporters, correspondents: b.correspondents, authors: b.authors, raw: b.raw };
  };
  it('reads the names under their roles from a credit in brackets closing the text, on its own or after the last sentence', () => {
    expect(names('（记者 李明 通讯员 王芳）')).toEqual({ reporters: ['李明'], correspondents: ['王芳'], authors: [], raw: '记者 李明 通讯员 王芳' });
    expect(names('求职者可携带简历免费入场。(记者 周敏)')).toEqual({ reporters: ['周敏'], correspondents: [], authors: [], raw: '记者 周敏' });
    expect(names('（实习生 刘六 记者 赵七）')).toEqual({ reporters: ['赵七'], correspondents: ['刘六'], authors: [], raw: '实习生 刘六 记者 赵七' });
    expect(names('（記者 張三）')?.reporters).toEqual(['張三']);
    expect(names('（作者：张三）')?.authors).toEqual(['张三']);
  });

  it('leaves out what the writers did after their names (`整理`, `采访整理`): no one’s name', () => {
    expect(names('（本报记者 倪 弋整理）')?.reporters).toEqual(['倪弋']);
    expect(names('（本报记者杨雪梅、周飞亚、王瑨采访整理）')?.reporters).toEqual(['杨雪梅', '周飞亚', '王瑨']);
  });

  it('names no one for a writer’s note, a dateline, a series’ close, a column’s name or a photo’s credit', () => {
    for (const text of ['（作者为电影导演）', '（作者系北京大学教授）', '（新华社北京2月20日电）', '（本系列评论到此结束）', '（完）', '他说（记者手记）', '（记者 张三 摄）', '今年计划完成300台（同比增长一倍）'])
      expect(closingCreditByline(text), text).toBeNull();
  });
});

describe('where a reprinted story was taken from', () => {
  it('a line of its own (`据央视新闻`, `（据新华社电）`) is a byline naming the source', () => {
    expect(matchStandaloneByline('据央视新闻')?.agency).toBe('央视新闻');
    expect(matchStandaloneByline('（据新华社电）')?.agency).toBe('新华社');
    expect(matchStandaloneByline('（據中央社電）')?.agency).toBe('中央社');
    expect(matchStandaloneByline('据了解')).toBeNull();
    expect(matchStandaloneByline('据统计')).toBeNull();
  });

  it('a bracket closing the text (`…（据新华社）`, `（来源：人民网）`) names it; another bracket names nothing', () => {
    expect(closingSource('今年夏粮收购总体平稳有序，市场价格保持稳定。（据新华社）')).toBe('新华社');
    expect(closingSource('其中纯电动汽车保有量1813万辆。(来源:人民网)')).toBe('人民网');
    expect(closingSource('（据澎湃新闻）')).toBe('澎湃新闻');
    for (const text of ['（记者 周敏）', '同比增长一倍（据统计）', '（完）', '市场价格保持稳定。']) expect(closingSource(text), text).toBeNull();
  });
});

describe('a picture credited to its source, naming no photographer', () => {
  it('is a photo credit line alone, and closes a caption after its sentence', () => {
    for (const line of ['圖／聯合報系資料照片', '图/本报资料照片', '圖／取自臉書', '圖／翻攝畫面', '（圖：讀者提供）', '圖：新北市政府提供', '照片／消防局提供', '示意圖／ingimage', '（資料圖片）', '（资料照片）'])
      expect([line, isPhotoCreditLine(line), pictureSourceAt(line)]).toEqual([line, true, 0]);
    expect(matchPhotoCredit('圖／聯合報系資料照片')).toEqual({ photographers: [], caption: '', raw: '圖／聯合報系資料照片' });
    expect(endsCaption('修復後的老街重現風華。圖／中國時報資料照片')).toBe(true);
    expect(endsCaption('修復後的老街重現風華。（圖：讀者提供）')).toBe(true);
    expect(matchPhotoCredit('修復後的老街重現風華。（圖：讀者提供）')?.caption).toBe('修復後的老街重現風華。');
  });

  it('is not a sentence, a chart’s title or a word run into the text before it', () => {
    for (const line of ['图：全市各区人口分布', '相關資料由市府提供', '市府表示，資料由各區提供', '本報取自各方的資料照片', '他說：新北市政府提供', '圖：新北市政府提供補助，市民可申請'])
      expect([line, isPhotoCreditLine(line), pictureSourceAt(line)]).toEqual([line, false, -1]);
    expect(endsCaption('市府表示，圖／中國時報資料照片')).toBe(false);
  });
});

describe('a photograph credited as Taiwan’s papers credit one', () => {
  it('names the photographer before `／攝影` or `／翻攝`, never a reporter or a name run into 翻', () => {
    // Before: `記者王小明／攝影` named a reporter, `記者王小明／翻攝` a photographer 王小明翻.
    expect(matchStandaloneByline('記者王小明／攝影')).toMatchObject({ reporters: [], photographers: ['王小明'] });
    expect(matchStandaloneByline('记者王小明/摄影')).toMatchObject({ reporters: [], photographers: ['王小明'] });
    expect(matchPhotoCredit('記者王小明／翻攝')).toEqual({ photographers: ['王小明'], caption: '', raw: '記者王小明／翻攝' });
    expect(matchPhotoCredit('學生排隊領取午餐。（記者周美玲／攝影）')).toEqual({ photographers: ['周美玲'], caption: '學生排隊領取午餐。', raw: '（記者周美玲／攝影）' });
    expect(endsCaption('學生排隊領取午餐。記者周美玲／攝影')).toBe(true);
    // (The story's own reporter and where from stays a reporter's credit; a line ending in 影 is no credit.)
    expect(matchStandaloneByline('記者王小明／台北報導')).toMatchObject({ reporters: ['王小明'], photographers: [] });
    expect(matchPhotoCredit('夜色中的城市身影')).toBeNull();
  });
});

describe('a correspondent posted abroad, named in a lead-in', () => {
  it('is read with where the correspondent is posted (`〔駐日特派員林翠儀／東京報導〕`, `本報駐京特派員 王五`)', () => {
    // Before: `駐日特派員林翠儀／東京` was the story's agency, and no one its correspondent.
    expect(matchLeadByline('〔駐日特派員林翠儀／東京報導〕日本央行今天宣布升息。')).toMatchObject({ byline: { agency: null, reporters: [], correspondents: ['林翠儀'] }, rest: '日本央行今天宣布升息。' });
    expect(matchLeadByline('〔駐美特派員唐佩君／華盛頓報導〕美國國會今天通過法案。')?.byline.correspondents).toEqual(['唐佩君']);
    expect(matchStandaloneByline('本報駐京特派員 王五')).toMatchObject({ agency: '本報', correspondents: ['王五'] });
  });
});

describe('a paper’s desk named in a lead-in', () => {
  it('is its source, no reporter (`〔即時新聞／綜合報導〕`, `〔國際新聞中心／綜合報導〕`)', () => {
    // Before: 即時新聞, 體育中心, 編輯部 were reporters, and `國際新聞中心／` the agency with its slash.
    for (const [line, desk] of [['〔即時新聞／綜合報導〕台北市', '即時新聞'], ['〔體育中心／綜合報導〕中華隊', '體育中心'], ['〔編輯部／台北報導〕台北', '編輯部'], ['〔國際新聞中心／綜合報導〕美國', '國際新聞中心']] as const)
      expect(matchLeadByline(line)?.byline).toMatchObject({ agency: desk, reporters: [] });
    // (People's names stay reporters.)
    expect(matchLeadByline('【王小明、陳大文／台北報導】台北市')?.byline).toMatchObject({ agency: null, reporters: ['王小明', '陳大文'] });
    expect(matchLeadByline('〔歐陽明／台北報導〕台北市')?.byline).toMatchObject({ agency: null, reporters: ['歐陽明'] });
  });
});

describe('a Central News Agency reporter sending from any of Taiwan’s counties and cities', () => {
  it('is named, the county or city with its 縣 or 市 or not (`（中央社記者林大偉屏東縣12日電）`, `…澎湖12日電`)', () => {
    // Before: where the place was one of these, neither name nor place was read, and no reporter named.
    for (const place of ['澎湖', '屏東縣', '苗栗縣', '南投', '雲林', '彰化', '新北', '臺北市', '連江縣'])
      expect(matchLeadByline(`（中央社記者林大偉${place}12日電）颱風今天逼近。`)?.byline, place).toMatchObject({ agency: '中央社', reporters: ['林大偉'] });
  });
});

describe('a transliterated name, its parts joined by a dot', () => {
  it('is a reporter’s name (`阿依古丽·买买提`, `瓦歷斯·諾幹`), in a byline line, a lead-in and a wire’s', () => {
    // Before: no such name was read: longer than five characters, it was no name's shape.
    expect(matchStandaloneByline('本报记者 阿依古丽·买买提 李明')?.reporters).toEqual(['阿依古丽·买买提', '李明']);
    expect(matchLeadByline('本报讯（记者 瓦历斯·诺干）昨日，')?.byline.reporters).toEqual(['瓦历斯·诺干']);
    expect(matchLeadByline('〔記者瓦歷斯·諾幹／花蓮報導〕花蓮縣豐年祭今天登場。')?.byline.reporters).toEqual(['瓦歷斯·諾幹']);
    expect(matchLeadByline('（中央社記者瓦歷斯·諾幹花蓮12日電）花蓮縣豐年祭今天登場。')?.byline).toMatchObject({ agency: '中央社', reporters: ['瓦歷斯·諾幹'] });
    // (Still no run of words: a phrase of six characters with no dot is none.)
    expect(matchStandaloneByline('记者 全力推进项目建设')).toBeNull();
  });
});

describe('a story closing on an agency’s name alone in brackets', () => {
  it('names that agency its source (`…（中央社）`, `（新華社電）`), as `（据新华社）` did', () => {
    // Before: none was read from an agency's name alone.
    expect(closingSource('業者表示將配合調整。（中央社）')).toBe('中央社');
    expect(closingSource('（新華社電）')).toBe('新華社');
    expect(closingSource('会议将于明天闭幕。（法新社）')).toBe('法新社');
    // (Not a bracket naming anything else.)
    expect(closingSource('会议将于明天闭幕。（完）')).toBeNull();
    expect(closingSource('他说。（新华社记者）')).toBeNull();
  });
});

describe('a reporter’s bracketed lead-in naming the kind of piece', () => {
  it('names the reporter (`〔記者林佩君／特稿〕`, `〔記者陳大文／專訪〕`) and leaves the lead its text', () => {
    // Before: no lead-in was read; the bracket stayed the lead's text and no one was named.
    expect(matchLeadByline('〔記者林佩君／特稿〕清晨六點，巡迴醫療車已經出發。')).toMatchObject({ byline: { agency: null, reporters: ['林佩君'] }, rest: '清晨六點，巡迴醫療車已經出發。' });
    expect(matchLeadByline('【本報記者陳大文／專訪】三十歲的李小華回到家鄉。')).toMatchObject({ byline: { agency: '本報', reporters: ['陳大文'] }, rest: '三十歲的李小華回到家鄉。' });
    // (A column's word after a role, `〔記者手記／特稿〕`, names no one.)
    expect(matchLeadByline('〔記者手記／特稿〕清晨六點。')?.byline.reporters ?? []).toEqual([]);
  });
});

describe('a byline line naming its paper before the reporters, no role word, closing in 報導', () => {
  it('names the paper the agency and the names the reporters (`工商時報 王小明／台北報導`)', () => {
    // Before: no byline was read (the paper's name was taken for part of a name).
    expect(matchStandaloneByline('工商時報 王小明／台北報導')).toMatchObject({ agency: '工商時報', reporters: ['王小明'] });
    expect(matchStandaloneByline('中國時報 王小明、陳大文／台北報導')).toMatchObject({ agency: '中國時報', reporters: ['王小明', '陳大文'] });
    // (Names alone stay as they were read; a label is still none.)
    expect(matchStandaloneByline('王小明／台北報導')).toMatchObject({ agency: null, reporters: ['王小明'] });
    expect(matchStandaloneByline('深度報導')).toBeNull();
  });
});

describe('PICTURE_WORDS, the gate before a picture source credit’s pattern', () => {
  it('holds a character of every picture label and kind, in both forms: no credit the pattern reads is refused before it', () => {
    for (const word of [...PICTURE_LABELS, ...PICTURE_KINDS_ALONE]) {
      // (Each form of the word, as anyForm spells it: `[图圖]片`.)
      const classes = anyForm(word).match(/\[[^\]]+\]|./g)!;
      const holds = classes.some((unit) => [...unit.replace(/[[\]]/g, '')].every((c) => PICTURE_WORDS.includes(c)));
      expect(holds, word).toBe(true);
    }
  });
});

describe('a byline line opening with a paper named by one character and 報 (`明報記者 王小明`, `旺報 記者李大同／台北報導`)', () => {
  it('names the paper the agency and the names the reporters; the paper itself (`本報`) or one named before (`該報`) stays no agency', () => {
    // Before: no byline was read, and the line stood as the story's 副题.
    expect(matchStandaloneByline('明報記者 王小明')).toMatchObject({ agency: '明報', reporters: ['王小明'] });
    expect(matchStandaloneByline('旺報 記者李大同／台北報導')).toMatchObject({ agency: '旺報', reporters: ['李大同'] });
    expect(matchStandaloneByline('本報記者 王小明')).toMatchObject({ agency: null, reporters: ['王小明'] });
    expect(matchStandaloneByline('本报记者 王小明')).toMatchObject({ agency: null, reporters: ['王小明'] });
    expect(matchStandaloneByline('該報記者 王小明')?.agency ?? null).toBeNull();
  });
});

describe('a report lead-in in square brackets whose source opens with its Latin name (`【on.cc東網專訊】`)', () => {
  it('names the source and leaves the lead its text; bare, or with a Latin word only, it is no lead-in', () => {
    // Before: no lead-in was read; the bracket stayed the lead's first words and no source was named.
    expect(matchLeadByline('【on.cc東網專訊】港鐵昨日宣布新綫通車。')).toMatchObject({ byline: { agency: 'on.cc東網' }, rest: '港鐵昨日宣布新綫通車。' });
    expect(matchLeadByline('〔TVBS新聞網訊〕颱風明日登陸。')).toMatchObject({ byline: { agency: 'TVBS新聞網' }, rest: '颱風明日登陸。' });
    expect(matchLeadByline('5G通讯技术发展迅速。')).toBeNull();
  });
});

describe('a byline closing in what its names made, video or words and pictures set with a dot (twelfth session)', () => {
  it('reads `本报记者 韩冰 文/视频` and `本报记者 韩冰 文·图` as the reporter, the closing credit no part of a name', () => {
    // Before: `文/视频` gave the reporters `韩冰文` and `视频`, and `文·图` the reporter `韩冰文·图`.
    expect(matchStandaloneByline('本报记者 韩冰 文/视频')).toMatchObject({ reporters: ['韩冰'] });
    expect(matchStandaloneByline('本报记者 韩冰 文·图')).toMatchObject({ reporters: ['韩冰'] });
    expect(matchStandaloneByline('本報記者 韓冰 文／視頻')).toMatchObject({ reporters: ['韓冰'] });
  });
});

describe('a byline opening with 图文 (twelfth session)', () => {
  it('reads `图文/本报记者 韩冰` as the reporter and `图文：韩冰` as the author, as `文/图 …` and `图/文 …` are', () => {
    // Before: neither was a byline.
    expect(matchStandaloneByline('图文/本报记者 韩冰')).toMatchObject({ reporters: ['韩冰'] });
    expect(matchStandaloneByline('圖文：韓冰')).toMatchObject({ authors: ['韓冰'] });
  });
});

describe('a lead-in closed by a colon (twelfth session)', () => {
  it('takes the colon with it: the lead’s text opens with its first word (`央视网消息（新闻联播）：日前，…`)', () => {
    // Before: the text opened with `：`.
    expect(matchLeadByline('央视网消息（新闻联播）：日前，城南三座口袋公园建成开放。')).toMatchObject({ rest: '日前，城南三座口袋公园建成开放。' });
    expect(matchLeadByline('本报讯（记者 韩冰）：日前，城南三座口袋公园建成开放。')).toMatchObject({ rest: '日前，城南三座口袋公园建成开放。' });
  });
});

describe('a paper and its brand in square brackets opening a report (twelfth session)', () => {
  it('reads `【大河报·豫视频】记者 韩冰 …` as the lead-in: the paper the agency, the reporter named after it', () => {
    // Before: no lead-in, the bracket the text's first words.
    expect(matchLeadByline('【大河报·豫视频】记者 韩冰 日前，城南三座口袋公园建成开放。')).toMatchObject({
      byline: { agency: '大河报', reporters: ['韩冰'] },
      rest: '日前，城南三座口袋公园建成开放。',
    });
    // (A headline in brackets is none: `【喜报】…`, no brand after a dot.)
    expect(matchLeadByline('【工作简报】全市安全生产形势总体平稳。')).toBeNull();
  });
});

describe('a website’s source and writer fields parted by bars, or two sources after a dash (twelfth session)', () => {
  it('reads `来源：临江日报 | 作者：韩冰` as the source and writer, `来源：临江日报-临江新闻网` and `信息来源：…` as the source', () => {
    // Before: none was a byline (the first two were read as the story's 副题).
    expect(matchStandaloneByline('来源：临江日报 | 作者：韩冰')).toMatchObject({ agency: '临江日报', authors: ['韩冰'], raw: '来源：临江日报 | 作者：韩冰' });
    expect(matchStandaloneByline('来源：临江日报-临江新闻网')).toMatchObject({ agency: '临江日报' });
    expect(matchStandaloneByline('信息來源：臨江日報')).toMatchObject({ agency: '臨江日報' });
  });
});

describe('a sentence opening with a Latin word and Chinese words before 讯 (`iPhone最新资讯显示，…`)', () => {
  it('is no lead-in: a source named in Latin letters is read only in square brackets (`LATIN_NAMED_REPORT_LEAD`)', () => {
    // Before (a helper's unbracketed form): `iPhone最新资` was the agency and the sentence lost its opening.
    expect(matchLeadByline('iPhone最新资讯显示，新机将于下月发布。')).toBeNull();
    expect(matchLeadByline('App新闻资讯平台今天上线。')).toBeNull();
    expect(matchLeadByline('【TVB新聞專訊】港鐵昨日宣布。')).toMatchObject({ byline: { agency: 'TVB新聞' }, rest: '港鐵昨日宣布。' });
  });
});

describe('a lead-in after a post’s pointer', () => {
  it('sets the pictograph or arrow aside (`👉 本报讯（记者 周敏）…`, `▶本报讯…`, `➡️ 新华社北京5月1日电 …`)', () => {
    expect(matchLeadByline('👉 本报讯（记者 周敏）进入暑期。')).toMatchObject({ byline: { agency: '本报', reporters: ['周敏'], raw: '本报讯（记者 周敏）' }, rest: '进入暑期。' });
    expect(matchLeadByline('▶本报讯 今天开幕。')).toMatchObject({ byline: { raw: '本报讯' }, rest: '今天开幕。' });
    expect(matchLeadByline('➡️ 新华社北京5月1日电 今天。')).toMatchObject({ byline: { agency: '新华社北京' }, dated: true });
    // A pointer before a sentence is no lead-in.
    expect(matchLeadByline('👉 点击阅读原文')).toBeNull();
  });
});

describe('an account’s closing credits, a bar for the colon', () => {
  it('reads `文字｜周敏`, `来源｜青山日报`, `图片｜张三` and `图片｜网络` as the colon’s forms are read', () => {
    expect(matchStandaloneByline('文字｜周敏')).toMatchObject({ reporters: ['周敏'] });
    expect(matchStandaloneByline('采访 | 王明 李华')).toMatchObject({ reporters: ['王明', '李华'] });
    expect(matchStandaloneByline('来源｜青山日报')).toMatchObject({ agency: '青山日报' });
    expect(matchStandaloneByline('来源 丨 新华社')).toMatchObject({ agency: '新华社' });
    expect(matchStandaloneByline('图片：张三')).toMatchObject({ photographers: ['张三'] });
    expect(matchStandaloneByline('图片｜张三')).toMatchObject({ photographers: ['张三'] });
    // The web as the picture's source names no photographer.
    for (const credit of ['图片｜网络', '图｜网络', '图/網絡']) expect(matchStandaloneByline(credit), credit).toMatchObject({ photographers: [], raw: credit });
  });
});

describe('a picture’s label before a colon in a photo’s credit', () => {
  it('is the credit’s, as before a slash (`圖：記者陳志曲攝`, `图：记者陈志曲摄`, `照片：本报记者 张三 摄`)', () => {
    for (const [credit, name] of [['圖：記者陳志曲攝', '陳志曲'], ['图：记者陈志曲摄', '陈志曲'], ['照片：本报记者 张三 摄', '张三']] as const) {
      expect(isPhotoCreditLine(credit), credit).toBe(true);
      expect(matchPhotoCredit(credit), credit).toMatchObject({ photographers: [name], caption: '' });
      // Before, the label was read as a caption and the name as a reporter's, 摄 with it (`陳志曲攝`).
      expect(matchStandaloneByline(credit)?.reporters, credit).toEqual([]);
    }
    expect(matchPhotoCredit('市民在公园散步。图：记者张三摄')).toMatchObject({ photographers: ['张三'], caption: '市民在公园散步。' });
  });
});

describe('a media centre’s reporter, the short form', () => {
  it('reads `融媒记者 李明`, `全媒记者 李明` and `本报融媒记者 李明 通讯员 王芳` as `融媒体记者` is read', () => {
    expect(matchStandaloneByline('融媒记者 李明')).toMatchObject({ reporters: ['李明'] });
    expect(matchStandaloneByline('全媒记者 李明')).toMatchObject({ reporters: ['李明'] });
    expect(matchStandaloneByline('本报融媒记者 李明 通讯员 王芳')).toMatchObject({ reporters: ['李明'], correspondents: ['王芳'] });
  });
});

describe('what a byline’s names did, closing the line', () => {
  it('is no name (`本报记者 张三 整理`, `记者 张三/采写`, `記者 張三 編輯`, `本报记者 张三 李四 采访整理`)', () => {
    expect(matchStandaloneByline('本报记者 张三 整理')).toMatchObject({ reporters: ['张三'], raw: '本报记者 张三 整理' });
    expect(matchStandaloneByline('记者 张三/采写')?.reporters).toEqual(['张三']);
    expect(matchStandaloneByline('記者 張三 編輯')?.reporters).toEqual(['張三']);
    expect(matchStandaloneByline('本报记者 张三 李四 采访整理')?.reporters).toEqual(['张三', '李四']);
    // A name that closes in those characters is still a name.
    expect(matchStandaloneByline('记者 王整理')?.reporters).toEqual(['王整理']);
  });
});

describe('a commentator’s signature in brackets closing a piece', () => {
  it('is the piece’s byline (`…考验。（本报评论员）`, `（本報評論員）`, `（本报评论员 李四）`); a label in brackets is none', () => {
    expect(closingCommentator('有了远大理想，才能经得起各种考验。（本报评论员）')).toMatchObject({ agency: '本报', authors: ['本报评论员'] });
    expect(closingCommentator('（本報評論員）')).toMatchObject({ authors: ['本報評論員'] });
    expect(closingCommentator('（本报评论员 李四）')).toMatchObject({ authors: ['李四'] });
    expect(closingCreditByline('（新华社特约评论员）')).toMatchObject({ agency: '新华社' });
    expect(closingCommentator('（评论员文章）')).toBeNull();
    expect(closingCommentator('他是一名评论员。')).toBeNull();
  });
});


describe('a reporter’s lead-in in square brackets as overseas papers print it (fifteenth session)', () => {
  const lead = (head: string) => matchLeadByline(`${head}巴黎奥运会组委会13日宣布，门票转售平台正式上线。`);
  it('reads where from, set apart by a space before 报道, as no reporter', () => {
    // Before, 巴黎, 紐約 and 柏林 were second reporters.
    expect(lead('【欧洲时报记者 李晓明 巴黎报道】')).toMatchObject({ byline: { agency: '欧洲时报', reporters: ['李晓明'] }, rest: '巴黎奥运会组委会13日宣布，门票转售平台正式上线。' });
    expect(lead('【本報記者 張文華 紐約報導】')?.byline).toMatchObject({ agency: '本報', reporters: ['張文華'] });
    expect(lead('【本报驻德国记者 陈静 柏林报道】')?.byline).toMatchObject({ agency: '本报', reporters: ['陈静'] });
    // Names before 报道 set apart by a space, or one name alone run into it, are reporters.
    expect(lead('【本报记者 张三 李四 报道】')?.byline.reporters).toEqual(['张三', '李四']);
    expect(lead('【本报记者 王五报道】')?.byline.reporters).toEqual(['王五']);
    expect(lead('〔記者王小明、李大華／台南報導〕')?.byline.reporters).toEqual(['王小明', '李大華']);
  });
  it('reads one name run into 报道 in round brackets as the reporter, where no name stands before it', () => {
    // Before, the one name was taken for where from, and the lead-in named no one.
    expect(lead('本报讯（记者 王五报道）')?.byline.reporters).toEqual(['王五']);
    expect(lead('本报讯（记者 张三 北京报道）')?.byline.reporters).toEqual(['张三']);
  });
  it('reads a bureau or a paper named by one character and 报 before the reporter as the agency', () => {
    // Before, the whole bracket was the agency and no one the reporter.
    expect(lead('【欧洲时报德国分社记者 陈静 法兰克福报道】')?.byline).toMatchObject({ agency: '欧洲时报德国分社', reporters: ['陈静'] });
    expect(lead('【明報記者 李曉明 多倫多報道】')?.byline).toMatchObject({ agency: '明報', reporters: ['李曉明'] });
    expect(lead('【新华社上海分社记者 王五报道】')?.byline).toMatchObject({ agency: '新华社上海分社', reporters: ['王五'] });
  });
});

describe('a bracketed lead-in over text holding a parenthesis near it (fifteenth session)', () => {
  it('keeps the spaces that part the bracket’s names, and still closes OCR’s spaces in a lead-in before its reporters’ parenthesis', () => {
    // Before, the spaces before the text's `（Main Street）` were closed up, and the reporter read 張文華紐約.
    expect(matchLeadByline('【本報記者 張文華 紐約報導】紐約法拉盛緬街（Main Street）近來接連發生商店失竊案。')).toMatchObject({
      byline: { agency: '本報', reporters: ['張文華'] },
      rest: '紐約法拉盛緬街（Main Street）近來接連發生商店失竊案。',
    });
    expect(matchLeadByline('【本 报 讯】（记者 张三）近日，全市召开会议。')?.byline).toMatchObject({ agency: '本报', reporters: ['张三'] });
  });
});

describe('closingSignature: who sent or compiled a story, closing it in brackets (sixteenth session)', () => {
  it('reads the body that sent it and its people, or the outlet and the names before 编译; no other bracket', () => {
    expect(closingSignature('（投稿：办公室）')).toMatchObject({ agency: '办公室', correspondents: [], raw: '投稿：办公室' });
    expect(closingSignature('（供稿：工会 李红）')).toMatchObject({ agency: '工会', correspondents: ['李红'] });
    expect(closingSignature('（投稿人：李红）')).toMatchObject({ agency: null, correspondents: ['李红'] });
    expect(closingSignature('…前来体验。（欧洲时报/周红 编译）')).toMatchObject({ agency: '欧洲时报', authors: ['周红'] });
    expect(closingSignature('（歐洲時報／林美玲 編譯）')).toMatchObject({ agency: '歐洲時報', authors: ['林美玲'] });
    expect(closingSignature('（周红 编译）')).toMatchObject({ agency: null, authors: ['周红'] });
    // (A commentator's, as `closingCommentator` reads it.)
    expect(closingSignature('（本报评论员）')).toMatchObject({ authors: ['本报评论员'] });
    // (No label, a sentence's words before 编译, or a list of no names: none.)
    expect(closingSignature('（办公室）')).toBeNull();
    expect(closingSignature('（由外文局组织编译）')).toBeNull();
    expect(closingSignature('（投稿：办公室 欢迎来稿）')).toBeNull();
  });
});

describe('a bare lead-in whose source opens with a Latin letter (`e公司讯，…`, sixteenth session)', () => {
  it('is read where it cannot be a sentence’s words: a mark, a space or a bracket after 讯, no word closing in 讯 before it', () => {
    // Before: none was a lead-in (only in square brackets, `LATIN_NAMED_REPORT_LEAD`).
    expect(matchLeadByline('e公司讯，6月13日午后，半导体板块集体走强。')).toMatchObject({ byline: { agency: 'e公司', raw: 'e公司讯' }, rest: '6月13日午后，半导体板块集体走强。' });
    expect(matchLeadByline('i時代報訊 今年前五個月，新能源車企出口量增長三成。')).toMatchObject({ byline: { agency: 'i時代報' }, rest: '今年前五個月，新能源車企出口量增長三成。' });
    expect(matchLeadByline('e公司讯（记者 张毅）6月13日，半导体板块走强。')).toMatchObject({ byline: { agency: 'e公司', reporters: ['张毅'] }, rest: '6月13日，半导体板块走强。' });
    // (A sentence's word closing in 讯, its clause going on, or a digit first: no lead-in.)
    for (const sentence of ['iPhone最新资讯，新机将于下月发布。', 'App推送快讯：今日停运。', 'QQ群里传来喜讯，他考上了。', 'AI資訊，今天發布。', '5G通讯，是指第五代移动通信。', 'e公司讯息显示，多家公司扩产。', 'e公司的记者调查发现，多家公司正在扩产。']) {
      expect(matchLeadByline(sentence), sentence).toBeNull();
    }
  });
});

describe('a news site named by 在线 (`国际在线消息：…`, sixteenth session)', () => {
  it('is a report’s lead-in before 消息 and a colon, dated or not, and an outlet before its reporters and as a source', () => {
    // Before: none was read (a site was known by its ending 网 alone).
    expect(matchLeadByline('国际在线消息：6月13日，国际油价小幅回落。')).toMatchObject({ byline: { agency: '国际在线', raw: '国际在线消息' }, rest: '6月13日，国际油价小幅回落。' });
    expect(matchLeadByline('國際在線消息：6月13日，國際油價小幅回落。')).toMatchObject({ byline: { agency: '國際在線' } });
    expect(matchLeadByline('国际在线北京6月13日消息：中央气象台继续发布高温预警。')).toMatchObject({ byline: { agency: '国际在线北京' }, dated: true, rest: '中央气象台继续发布高温预警。' });
    expect(matchStandaloneByline('国际在线记者 张三')).toMatchObject({ agency: '国际在线', reporters: ['张三'] });
    expect(closingSource('（据国际在线）')).toBe('国际在线');
    // (Before a comma or a space, 在线消息 may be a sentence's words.)
    expect(matchLeadByline('客服在线消息，请耐心等待。')).toBeNull();
    expect(matchLeadByline('保持在线消息畅通。')).toBeNull();
  });
});

describe('a byline in English, as a bilingual paper prints one (sixteenth session)', () => {
  it('names its writers (`By LIN XIAO`, `By Lin Xiao and Zhou Mei`), and no English title opening with By', () => {
    expect(matchStandaloneByline('By LIN XIAO')).toMatchObject({ reporters: ['LIN XIAO'], raw: 'By LIN XIAO' });
    expect(matchStandaloneByline('By Lin Xiao and Zhou Mei')?.reporters).toEqual(['Lin Xiao', 'Zhou Mei']);
    expect(matchStandaloneByline('By Lin Xiao, Zhou Mei & Li Hua')?.reporters).toEqual(['Lin Xiao', 'Zhou Mei', 'Li Hua']);
    for (const line of ['By The Numbers', 'By the way', 'Bye Bye Love']) expect(matchStandaloneByline(line), line).toBeNull();
  });
});

describe('a children’s paper’s young reporter (sixteenth session)', () => {
  it('reads `本报小记者 王小明` and `小記者：林小青`, and no column named after young reporters', () => {
    expect(matchStandaloneByline('本报小记者 王小明（江城实验小学四年级）')).toMatchObject({ agency: '本报', reporters: ['王小明'] });
    expect(matchStandaloneByline('小記者：林小青')?.reporters).toEqual(['林小青']);
    for (const line of ['小记者作文选', '小记者 在行动', '小记者看江城']) expect(matchStandaloneByline(line), line).toBeNull();
  });
});
