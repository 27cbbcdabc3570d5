import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFromFileName, paperFromFileName, presentYears, wireDayCodeDate, yearEvidence } from './edition-date';

describe('dateFromFileName', () => {
  it('reads the date and page a file name prints, in the ways people name files', () => {
    expect(dateFromFileName('20200119-01.txt')).toEqual({ date: '2020-01-19', page: '01' });
    expect(dateFromFileName('zzrb_2023_07_24_p2.txt')).toEqual({ date: '2023-07-24', page: '02' });
    expect(dateFromFileName('株洲日报_20230305_A03.txt')).toEqual({ date: '2023-03-05', page: 'A03' });
    expect(dateFromFileName('2023.3.5.txt')).toEqual({ date: '2023-03-05', page: null });
    expect(dateFromFileName('人民日报2023年3月5日第1版.txt')).toEqual({ date: '2023-03-05', page: '01' });
    // A lettered page after 第, as a metro paper numbers its sections (`第A3版`): the page A03, as `_A03` gives (not 03: B03 is
    // another page of the same day). A letter that names no sheet is not kept: `_p2` is page 02.
    expect(dateFromFileName('晚报2024年5月22日第A3版.txt')).toEqual({ date: '2024-05-22', page: 'A03' });
    expect(dateFromFileName('晚报_2024-05-22_B12.txt')).toEqual({ date: '2024-05-22', page: 'B12' });
    expect(dateFromFileName('2023年03月05日-02.txt')).toEqual({ date: '2023-03-05', page: '02' });
    expect(dateFromFileName('archive/2023-07-24.txt')).toEqual({ date: '2023-07-24', page: null });
    // The page run on after the date, as archives number their files; a Republic-era year, as Taiwan prints it.
    expect(dateFromFileName('rmrb2019010103.txt')).toEqual({ date: '2019-01-01', page: '03' });
    expect(dateFromFileName('東湖晚報_民國113年5月21日.txt')).toEqual({ date: '2024-05-21', page: null });
    expect(dateFromFileName('中华民国38年5月12日_第2版.txt')).toEqual({ date: '1949-05-12', page: '02' });
    expect(dateFromFileName('2019013212.txt')).toBeNull();
  });

  it('reads no page from a longer number, and no date from mixed separators or an impossible day', () => {
    expect(dateFromFileName('20230305_1234.txt')).toEqual({ date: '2023-03-05', page: null });
    expect(dateFromFileName('2023-3.5.txt')).toBeNull();
    expect(dateFromFileName('2023年2月30日.txt')).toBeNull();
    expect(dateFromFileName('scan-0042.txt')).toBeNull();
  });

  it('reads a Republic-era year in digits with no era, as Taiwan names a page’s file (`1130612`, `113.06.12`)', () => {
    // Before: no date was read from these.
    expect(dateFromFileName('自由時報_1130612_A3.txt')).toEqual({ date: '2024-06-12', page: 'A03' });
    expect(dateFromFileName('蘋果日報_113.06.12_A2.txt')).toEqual({ date: '2024-06-12', page: 'A02' });
    expect(dateFromFileName('1130612-03.txt')).toEqual({ date: '2024-06-12', page: '03' });
    expect(dateFromFileName('113-6-12.txt')).toEqual({ date: '2024-06-12', page: null });
    // (A Gregorian date is read first; a number of seven digits that makes no date, or a version's parts, none.)
    expect(dateFromFileName('20240612-01.txt')).toEqual({ date: '2024-06-12', page: '01' });
    expect(dateFromFileName('scan_1234567.txt')).toBeNull();
    expect(dateFromFileName('pic_1131399.txt')).toBeNull();
    expect(dateFromFileName('v1.113.06.12.txt')).toBeNull();
  });
});

describe('paperFromFileName', () => {
  it('reads a paper whose name closes in a bare 报 right before the file’s date (`明報-20240612-A08.txt`)', () => {
    // Before: only names closing as 日报, 晚报 … did: Hong Kong's and Taiwan's 明報, 聯合報, 大公報 went unnamed.
    expect(['明報-20240612-A08.txt', '聯合報_2024-06-12_A5.txt', '大公報20240612.txt', '文匯報_1130612.txt'].map(paperFromFileName)).toEqual(['明報', '聯合報', '大公報', '文匯報']);
    expect(paperFromFileName('人民日报_2024.05.21_第01版.txt')).toBe('人民日报');
    // (Not a document's word or title, nor a name with no date after it.)
    expect(['年報_20240612.txt', '统计公报_20240612.txt', '工作简报 2024-06-12.txt', '明報.txt', '明報 新聞 20240612.txt'].map(paperFromFileName)).toEqual([null, null, null, null, null]);
  });
});

describe('years a page speaks of', () => {
  // The patterns they were read with, tried at every character: the model for reading them from the 年s.
  const presentModel = (text: string) =>
    [...text.matchAll(/(?<!\d)(20\d{2}|19\d{2})\s*年\s*(?=\d{1,2}\s*月|底(?!前)|初|以来|上半年|下半年|第|[一二三四]季度|度|全年|春节|1\s*[-—至]\s*\d{1,2}\s*月)/g)].map((m) => Number(m[1]));
  const evidenceModel = (text: string) => {
    const counts = new Map<number, number>();
    for (const m of text.matchAll(/(?<!\d)(20\d{2}|19\d{2})\s*年(?!代)/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    return counts;
  };

  it('reads the present year and the years mentioned', () => {
    expect(presentYears('2023年7月，2022年底，2035年前，1986年')).toEqual([2023, 2022]);
    expect([...yearEvidence('2023年、1980年代、12023年、2022 年').entries()]).toEqual([[2023, 1], [2022, 1]]);
  });

  it('reads them as the patterns did, on any text made of the characters that matter', () => {
    const PARTS = ['2023', '1986', '20', '19', '1', '0', '年', ' ', '\u3000', '月', '底', '前', '代', '第', '春节', '字', '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(presentYears(text)).toEqual(presentModel(text));
        expect(yearEvidence(text)).toEqual(evidenceModel(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('wireDayCodeDate: the Central News Agency’s filing day closing its copy (sixteenth session)', () => {
  it('reads `（編輯：李明）1130601` as 2024-06-01, the latest of a page’s; no code that is no day, and none without the staff’s note', () => {
    expect(wireDayCodeDate(['旅客可多加利用。（編輯：李明）1130601', '颱風明天登陸。（譯者：王大明／核稿：李小華）1130602'])).toMatchObject({ date: '2024-06-02' });
    expect(wireDayCodeDate(['旅客可多加利用。（編輯：李明）1131301'])).toBeNull();
    expect(wireDayCodeDate(['公园共投资（含配套设施）1200000', '全年共接待游客1130601'])).toBeNull();
  });
});
