import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharPairSet, characterPairs, sharedShare } from './char-pairs';

describe('CharPairSet', () => {
  it('holds exactly the pairs added, as a Set of pair strings would, however many and whatever the characters', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 0x10ffff }), fc.integer({ min: 0, max: 0x10ffff })), { maxLength: 400 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 0x10ffff }), fc.integer({ min: 0, max: 0x10ffff })), { maxLength: 50 }), (added, probed) => {
        const set = new CharPairSet();
        const model = new Set<string>();
        for (const [a, b] of added) {
          set.add(a, b);
          model.add(`${a},${b}`);
        }
        expect(set.size).toBe(model.size);
        for (const [a, b] of [...added, ...probed]) expect(set.has(a, b)).toBe(model.has(`${a},${b}`));
      }),
    );
  });

  it('tells a pair from its reverse and from pairs sharing one character', () => {
    const set = new CharPairSet();
    set.add(0x79bb, 0x5b50); // 离子
    expect([set.has(0x79bb, 0x5b50), set.has(0x5b50, 0x79bb), set.has(0x79bb, 0x7535)]).toEqual([true, false, false]);
  });
});

describe('CharPairSet.clear', () => {
  it('empties the set, however full, and the set takes new pairs as before', () => {
    const set = new CharPairSet();
    for (let c = 0x4e00; c < 0x4e00 + 300; c++) set.add(c, c + 1);
    set.clear();
    expect([set.size, set.has(0x4e00, 0x4e01)]).toEqual([0, false]);
    set.add(0x4e00, 0x4e01);
    for (let c = 0x5000; c < 0x5000 + 200; c++) set.add(c, c + 1);
    expect([set.size, set.has(0x4e00, 0x4e01), set.has(0x4e05, 0x4e06), set.has(0x5010, 0x5011)]).toEqual([201, true, false, true]);
  });
});

describe('noting a text in pieces, and reading pairs back', () => {
  it('notes the pair across two pieces of one text, forgets it after clear, and reads a two-character string as a pair', () => {
    const pairs = new CharPairSet();
    pairs.noteText('钠离');
    pairs.noteText('子电池');
    expect(['钠离', '离子', '子电', '电池', '池钠'].map((g) => pairs.hasPair(g))).toEqual([true, true, true, true, false]);
    pairs.clear();
    pairs.noteText('子电');
    expect([pairs.hasPair('离子'), pairs.hasPair('子电'), pairs.size]).toEqual([false, true, 1]);
  });

  it('counts a character outside the basic plane as one (its two UTF-16 units are no pair)', () => {
    const pairs = new CharPairSet();
    pairs.noteText('𠀋村');
    expect([pairs.size, pairs.hasPair('𠀋村')]).toEqual([1, true]);
    expect([...characterPairs('𠀋村，小学')]).toEqual(['𠀋村', '村小', '小学']);
  });

  it('shares: the part of a line’s pairs a test finds', () => {
    expect(sharedShare(characterPairs('钠离子电池'), (g) => '离子电'.includes(g))).toBe(0.5);
    expect(sharedShare(new Set(), () => true)).toBe(0);
  });
});
