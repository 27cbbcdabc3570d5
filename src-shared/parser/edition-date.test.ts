import { describe, expect, it } from 'vitest';
import { dateFromFileName } from './edition-date';

describe('dateFromFileName', () => {
  it('reads the date and page a file name prints, in the ways people name files', () => {
    expect(dateFromFileName('20200119-01.txt')).toEqual({ date: '2020-01-19', page: '01' });
    expect(dateFromFileName('zzrb_2023_07_24_p2.txt')).toEqual({ date: '2023-07-24', page: '02' });
    expect(dateFromFileName('株洲日报_20230305_A03.txt')).toEqual({ date: '2023-03-05', page: '03' });
    expect(dateFromFileName('2023.3.5.txt')).toEqual({ date: '2023-03-05', page: null });
    expect(dateFromFileName('人民日报2023年3月5日第1版.txt')).toEqual({ date: '2023-03-05', page: '01' });
    expect(dateFromFileName('2023年03月05日-02.txt')).toEqual({ date: '2023-03-05', page: '02' });
    expect(dateFromFileName('archive/2023-07-24.txt')).toEqual({ date: '2023-07-24', page: null });
  });

  it('reads no page from a longer number, and no date from mixed separators or an impossible day', () => {
    expect(dateFromFileName('20230305_1234.txt')).toEqual({ date: '2023-03-05', page: null });
    expect(dateFromFileName('2023-3.5.txt')).toBeNull();
    expect(dateFromFileName('2023年2月30日.txt')).toBeNull();
    expect(dateFromFileName('scan-0042.txt')).toBeNull();
  });
});
