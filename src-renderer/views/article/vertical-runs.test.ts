import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, verticalRuns } from './vertical-runs';

const shape = (text: string) => verticalRuns(text).map((run) => `${run.kind}:${run.text}`);

describe('verticalRuns', () => {
  it('sets numbers of up to four characters upright in one cell', () => {
    expect(shape('2022年8月')).toEqual(['combine:2022', 'text:年', 'combine:8', 'text:月']);
    expect(shape('41.4亿元')).toEqual(['combine:41.4', 'text:亿元']);
    expect(shape('增长30%')).toEqual(['text:增长', 'combine:30%']);
  });

  it('sets short Latin runs in one cell and rotates longer ones', () => {
    expect(shape('“厂BA”赛')).toEqual(['text:“厂', 'combine:BA', 'text:”赛']);
    expect(shape('RCEP协定')).toEqual(['sideways:RCEP', 'text:协定']);
    expect(shape('期刊《Chemical Society R》')).toEqual(['text:期刊《', 'sideways:Chemical Society R', 'text:》']);
    expect(shape('编号12345')).toEqual(['text:编号', 'sideways:12345']);
    expect(shape('550kW电机')).toEqual(['sideways:550kW', 'text:电机']);
  });

  it('sets a date as cells of numbers with the separators rotated', () => {
    expect(shape('2024-05-21')).toEqual(['combine:2024', 'sideways:-', 'combine:05', 'sideways:-', 'combine:21']);
    expect(shape('10:30开幕')).toEqual(['combine:10', 'sideways::', 'combine:30', 'text:开幕']);
  });

  it('shows ASCII punctuation beside Chinese in its full-width form', () => {
    expect(fullWidthPunctuation('5月21日,市委(全媒体记者)?好!是:否;')).toBe('5月21日，市委（全媒体记者）？好！是：否；');
    // Between Latin words it stays ASCII.
    expect(fullWidthPunctuation('Hello, world (test)')).toBe('Hello, world (test)');
    expect(shape('讯(全媒体记者 罗东旭)')).toEqual(['text:讯（全媒体记者 罗东旭）']);
  });

  it('keeps every character at its offset: the runs joined have the text length', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcXYZ.-/:%&+\' ,;:()?!年月日，。“”') }), (text) => {
        const runs = verticalRuns(text);
        expect(runs.map((r) => r.text).join('').length).toBe(text.length);
        expect(runs.every((r) => r.text.length > 0)).toBe(true);
      }),
    );
  });
});
