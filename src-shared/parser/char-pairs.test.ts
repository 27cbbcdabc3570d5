import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AskedPairs, askedPairsOf, CharPairSet, characterPairs, pairCount, pairsOf, sharedShare } from './char-pairs';

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
    const pairs2 = characterPairs('𠀋村，小学');
    expect([pairCount(pairs2), pairs2.astral.length]).toEqual([3, 1]);
    expect(sharedShare(pairs2, pairsOf('𠀋村'))).toBeCloseTo(1 / 3);
  });

  it('shares: the part of a line’s distinct letter pairs a set holds (punctuation dropped, each pair once)', () => {
    expect(sharedShare(characterPairs('钠离子电池'), pairsOf('离子电'))).toBe(0.5);
    expect(sharedShare(characterPairs('电池，电池'), pairsOf('电池'))).toBe(0.5); // 电池, 池电
    expect(sharedShare(characterPairs('，。'), pairsOf('，。'))).toBe(0);
  });

  it('reads the same pairs as a Set of two-character strings would, for any text', () => {
    const model = (text: string) => {
      const out = new Set<string>();
      let previous = '';
      for (const char of text) {
        if (!/^[\p{Script=Han}\p{L}\p{N}]$/u.test(char)) continue;
        if (previous !== '') out.add(previous + char);
        previous = char;
      }
      return out;
    };
    const chars = fc.constantFrom('钠', '离', '子', '，', ' ', 'a', '1', '𠀋', '\ud800', 'é', '·');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), fc.array(chars, { maxLength: 40 }), (a, b) => {
        const [line, story] = [a.join(''), b.join('')];
        const grams = model(line);
        const expected = grams.size === 0 ? 0 : [...grams].filter((g) => story.includes(g)).length / grams.size;
        expect(pairCount(characterPairs(line))).toBe(grams.size);
        expect(sharedShare(characterPairs(line), pairsOf(story))).toBeCloseTo(expected, 12);
      }),
    );
  });

  it('a story noted from its pieces read once, with only the pairs lines ask about, answers those lines as one noted whole', () => {
    const chars = fc.constantFrom('钠', '离', '子', '电', '，', ' ', 'a', '1', '𠀋', 'é');
    const asked = new AskedPairs();
    fc.assert(
      fc.property(fc.array(fc.array(chars, { maxLength: 8 }), { maxLength: 4 }), fc.array(fc.array(chars, { maxLength: 30 }), { maxLength: 4 }), (lineChars, pieces) => {
        const lines = lineChars.map((l) => characterPairs(l.join('')));
        asked.clear();
        for (const l of lines) asked.addAll(l);
        const [whole, read] = [new CharPairSet(), new CharPairSet()];
        for (const piece of pieces) {
          whole.noteText(piece.join(''));
          read.notePiece(askedPairsOf(piece.join(''), asked), asked);
        }
        for (const l of lines) expect(sharedShare(l, read)).toBe(sharedShare(l, whole));
        // (Pairs no line asks about are left out.)
        expect(read.size).toBeLessThanOrEqual(whole.size);
      }),
    );
  });
});

