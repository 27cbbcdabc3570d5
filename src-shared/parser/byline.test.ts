import { describe, expect, it } from 'vitest';
import { emptyByline, matchLeadByline, parseRoles, splitNames } from './byline';

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
});
