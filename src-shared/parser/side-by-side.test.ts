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
