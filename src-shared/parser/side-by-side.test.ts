import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsApart } from './side-by-side';

const row = (left: string, right: string) => `${left}    ${right}`;

describe('columnsApart', () => {
  it('reads the left column, then the right, each line mapped to the file’s line it came from', () => {
    const text = ['报头', '', row('左栏标题在这里', '右栏标题在这里'), '', row('左栏第一行文字内容', '右栏第一行文字内容'), row('左栏第二行文字内容', '右栏第二行文字内容'), row('左栏第三行文字内容', '右栏第三行文字内容'), '左栏最后一行。'].join('\n');
    const { text: apart, origin } = columnsApart(text);
    const lines = apart.split('\n');
    expect(lines.filter((l) => l !== '')).toEqual(['报头', '左栏标题在这里', '左栏第一行文字内容', '左栏第二行文字内容', '左栏第三行文字内容', '左栏最后一行。', '右栏标题在这里', '右栏第一行文字内容', '右栏第二行文字内容', '右栏第三行文字内容']);
    // Every line of the text names the file's line it came from; a column that has nothing on a line gets a blank one.
    const from = (line: string) => origin![lines.indexOf(line)];
    expect(['报头', '左栏标题在这里', '右栏标题在这里', '左栏第一行文字内容', '右栏第一行文字内容', '左栏最后一行。'].map(from)).toEqual([1, 3, 3, 5, 5, 8]);
    expect(lines[lines.length - 1]).toBe('');
  });

  it('finds a gutter of full-width spaces, as traditional-character pages are set', () => {
    const text = ['長者乘車享半價\u3000\u3000\u3000綠能條例修正通過', '【本報訊】市政府昨日\u3000\u3000（記者 陳美玲）行政', '宣布將推出長者乘車優\u3000\u3000院今日通過綠能發展條', '惠計劃，惠及三十萬人\u3000\u3000例修正草案，推動轉型'].join('\n');
    expect(columnsApart(text).text.split('\n')).toEqual(['長者乘車享半價', '【本報訊】市政府昨日', '宣布將推出長者乘車優', '惠計劃，惠及三十萬人', '綠能條例修正通過', '（記者 陳美玲）行政', '院今日通過綠能發展條', '例修正草案，推動轉型']);
  });

  it('needs three parted lines, text on both sides, and one gutter', () => {
    expect(columnsApart([row('左栏第一行文字内容', '右栏第一行文字内容'), row('左栏第二行文字内容', '右栏第二行文字内容')].join('\n')).origin).toBeNull();
    expect(columnsApart(['指数    收盘', '上证    3171', '深证    9876', '创业    1890'].join('\n')).origin).toBeNull();
    const misaligned = [row('左栏第一行文字内容', '右栏'), row('左栏第二行', '右栏第二行文字内容很长'), row('左栏第三行文字内容多一些字', '右栏')].join('\n');
    expect(columnsApart(misaligned).origin).toBeNull();
  });

  it('leaves a classical poem’s couplets, one narrow space between their halves, as they are', () => {
    const poem = ['两个黄鹂鸣翠柳\u3000一行白鹭上青天', '窗含西岭千秋雪\u3000门泊东吴万里船', '迟日江山丽春风\u3000花草香泥融飞燕', '沙暖睡鸳鸯子规\u3000啼月落乌啼霜满'].join('\n');
    expect(columnsApart(poem).origin).toBeNull();
    expect(columnsApart(poem.replace(/\u3000/g, '  ')).origin).toBeNull();
  });

  it('keeps every character of the file, whatever its lines', () => {
    const piece = fc.constantFrom('左栏文字内容', '右栏文字内容', '    ', '\u3000', ' ', '\n', '。', '12');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const letters = (t: string) => [...t.replace(/\s/g, '')].sort().join('');
        expect(letters(columnsApart(text).text)).toBe(letters(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('columnsApart with three columns', () => {
  it('gives each piece to the column whose edge it starts at, where a column pauses too', () => {
    const pad = (cells: string[]) => cells.map((c, k) => (k === 0 ? c : ' '.repeat(4) + c)).join('');
    const text = [pad(['第一栏第一行文字', '第二栏第一行文字', '第三栏第一行文字']), pad(['第一栏第二行文字', '第二栏第二行文字', '第三栏第二行文字']), `第一栏第三行文字${' '.repeat(24)}第三栏第三行文字`, pad(['第一栏第四行文字', '第二栏第四行文字', '第三栏第四行文字'])].join('\n');
    expect(columnsApart(text).text.split('\n')).toEqual(['第一栏第一行文字', '第一栏第二行文字', '第一栏第三行文字', '第一栏第四行文字', '第二栏第一行文字', '第二栏第二行文字', '', '第二栏第四行文字', '第三栏第一行文字', '第三栏第二行文字', '第三栏第三行文字', '第三栏第四行文字']);
  });
});

describe('columnsApart on a long table of short cells', () => {
  it('reads no columns, and looks at each row once', () => {
    // Before, each row began a run again that read to the table's end (quadratic): these 20,000 rows took about half a
    // minute, past the test's time limit. Read once each, they take a few hundredths of a second.
    const rows = Array.from({ length: 20_000 }, (_, i) => `热线${i % 10}    1234${i % 10}`).join('\n');
    expect(columnsApart(rows)).toEqual({ text: rows, origin: null });
  });
});

describe('columnsApart on lines parted too often to be columns', () => {
  it('reads no columns in a line parted more than a page has columns, and stays linear on one', () => {
    const spaced = Array.from({ length: 20 }, (_, k) => `第${k}栏文字内容`).join('    ');
    expect(columnsApart([spaced, spaced, spaced, spaced].join('\n')).origin).toBeNull();
    // One line of a hundred thousand pieces: no run can start at it (each line is compared with a run's few gutters).
    const huge = Array.from({ length: 100_000 }, () => '文字内容很多').join('    ');
    expect(columnsApart(huge).origin).toBeNull();
  });
});

describe('columnsApart where a gutter was read off an odd first line', () => {
  // Made-up page as `pdftotext -layout` prints two columns 44 places apart; the right column's paragraphs indented with two
  // full-width spaces, its other lines flush.
  const at44 = (left: string, right: string) => `${left}${' '.repeat(Math.max(0, 44 - [...left].reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? 2 : 1), 0)))}${right}`;

  it('reads a wide space inside the first column’s line as no gutter, and the run as two columns', () => {
    // The run's first line holds a headline in two halves (`看图说话\u3000\u3000品味生活`): three pieces, as if three columns.
    // Before, the run was read with a middle column of one piece, too little text to be one, and every line under it was
    // read across, the two columns' sentences run into each other.
    const text = [
      at44('\u3000\u3000看图说话\u3000\u3000品味生活', '\u3000\u3000校园里的课程丰富多彩，除了'),
      at44('', '每天的训练之外，学生们还能学'),
      at44('临江新区春节前开展专项整治', '习书法、绘画和戏剧表演，生活'),
      at44('净化文化环境 欢乐祥和过年', '变得更加丰富有趣。'),
      at44('\u3000\u3000本报讯（记者张贺）今年以来', '\u3000\u3000这些课程让同学们的眼界'),
      at44('，各地认真开展专项整治，加大', '更加开阔，也让他们更热爱运动'),
      at44('执法检查力度，净化网络环境。', '和学习。'),
    ].join('\n');
    const lines = columnsApart(text).text.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([
      '\u3000\u3000看图说话 品味生活',
      '临江新区春节前开展专项整治',
      '净化文化环境 欢乐祥和过年',
      '\u3000\u3000本报讯（记者张贺）今年以来',
      '，各地认真开展专项整治，加大',
      '执法检查力度，净化网络环境。',
      '\u3000\u3000校园里的课程丰富多彩，除了',
      '每天的训练之外，学生们还能学',
      '习书法、绘画和戏剧表演，生活',
      '变得更加丰富有趣。',
      '\u3000\u3000这些课程让同学们的眼界',
      '更加开阔，也让他们更热爱运动',
      '和学习。',
    ]);
  });

  it('reads a right column’s flush line as the right column’s, where the gutter was read off an indented line', () => {
    // The gutter read off the first line stands an indent right of the column's edge; a flush line of that column alone
    // (the left column blank beside it) starts left of it. Before, it was taken for a line at the left as wide as the page,
    // and the run ended there.
    const text = [
      at44('左栏第一行的文字内容在这里', '\u3000\u3000右栏第一段的开头文字在此'),
      at44('', '右栏第一段的第二行文字内容'),
      at44('左栏第三行的文字内容在这里', '右栏第一段的第三行文字内容'),
      at44('左栏第四行的文字内容在这里', '右栏第一段的第四行文字内容'),
    ].join('\n');
    expect(columnsApart(text).text.split('\n').filter((l) => l.trim() !== '')).toEqual([
      '左栏第一行的文字内容在这里',
      '左栏第三行的文字内容在这里',
      '左栏第四行的文字内容在这里',
      '\u3000\u3000右栏第一段的开头文字在此',
      '右栏第一段的第二行文字内容',
      '右栏第一段的第三行文字内容',
      '右栏第一段的第四行文字内容',
    ]);
  });
});
