import { describe, expect, it } from 'vitest';
import { foldText } from './fold';

describe('foldText', () => {
  it('folds full-width, case and traditional characters to one canonical form', () => {
    expect(foldText('株洲日報')).toBe('株洲日报');
    expect(foldText('ＲＣＥＰ')).toBe('rcep');
    expect(foldText('RCEP')).toBe('rcep');
    expect(foldText('１９３８年')).toBe('1938年');
    expect(foldText('臺灣鈉離子電池')).toBe('台湾钠离子电池');
    expect(foldText('全\u3000角')).toBe('全 角');
  });

  it('never changes the length, so folded offsets are original offsets', () => {
    for (const s of ['㈱株洲', 'ß straße', '①②③', 'ﬁle', '𠀀汉字', 'İstanbul']) expect(foldText(s).length).toBe(s.length);
    expect(foldText('①')).toBe('1');
  });

  it('is idempotent', () => {
    const s = '株洲日報 ＲＣＥＰ 第23054期 ABB、SIEMENS';
    expect(foldText(foldText(s))).toBe(foldText(s));
  });
});
