import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleId, shortHash } from './article-id';

/** The id as the parser first computed it (spaces taken out of the whole lead): ids are kept by libraries and notes. */
function articleIdModel(parts: { date: string | null; page: string | null; headline: string | null; lead: string }): string {
  const key = [parts.date ?? 'undated', parts.page ?? '', (parts.headline ?? '').replace(/\s+/g, ''), parts.lead.replace(/\s+/g, '').slice(0, 40)].join('|');
  return `${parts.date ?? 'undated'}-${shortHash(key)}`;
}

describe('articleId', () => {
  it('is the same for the same story whatever the spacing, and numbered when taken', () => {
    const taken = new Set<string>();
    const a = articleId({ date: '2024-01-05', page: '01', headline: '市委 召开 会议', lead: '本报讯 1月4日，市委召开会议。' }, taken);
    expect(a).toMatch(/^2024-01-05-[0-9a-z]{10}$/);
    expect(articleId({ date: '2024-01-05', page: '01', headline: '市委召开会议', lead: '本报讯1月4日，市委召开会议。' }, new Set())).toBe(a);
    expect(articleId({ date: '2024-01-05', page: '01', headline: '市委召开会议', lead: '本报讯1月4日，市委召开会议。' }, taken)).toBe(`${a}-2`);
  });

  it('keeps every id it gave before, for leads of any length and spacing', () => {
    // Mostly text, or mostly spaces (an opening of 80 characters may then hold fewer than 40 once they are out).
    const character = (spaceWeight: number) =>
      fc.oneof({ arbitrary: fc.constantFrom('字', '中', 'a', '1', '，', '𠀋'), weight: 10 - spaceWeight }, { arbitrary: fc.constantFrom(' ', '\u3000', '\t', '\n'), weight: spaceWeight });
    const lead = fc.oneof(fc.array(character(3), { maxLength: 200 }), fc.array(character(8), { minLength: 100, maxLength: 400 })).map((c) => c.join(''));
    fc.assert(
      fc.property(lead, fc.option(fc.constantFrom('标题', '标 题', '')), (text, headline) => {
        const parts = { date: '2023-03-01', page: '02', headline, lead: text };
        expect(articleId(parts, new Set())).toBe(articleIdModel(parts));
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers the copies of one story as it always did, -2, -3 …, around ids taken by other stories', () => {
    const story = { date: '2024-01-05', page: '01', headline: '市委召开会议', lead: '本报讯1月4日，市委召开会议。' };
    const taken = new Set<string>();
    const base = articleId(story, taken);
    // (An id another story holds is passed over, as before.)
    taken.add(`${base}-3`);
    const copies = Array.from({ length: 4 }, () => articleId(story, taken));
    expect(copies).toEqual([`${base}-2`, `${base}-4`, `${base}-5`, `${base}-6`]);
  });
});

describe('shortHash', () => {
  const digestModel = (text: string, length: number) => {
    const digest = sha256(new TextEncoder().encode(text));
    let out = '';
    for (let i = 0; out.length < length; i++) out += '0123456789abcdefghijklmnopqrstuvwxyz'[digest[i]! % 36];
    return out;
  };

  it('digests keys of every length across the block boundaries, one after another with one hasher, as the library digests each alone', () => {
    // (Lengths 0 to 300 bytes, ASCII and three-byte characters: the padding falls in the key's last block or in one more; the
    // whole digest read, 32 characters, not the id's 10.)
    for (const unit of ['a', '字', 'é|']) {
      for (let n = 0; n <= 300; n++) {
        const text = unit.repeat(n);
        expect(shortHash(text, 32)).toBe(digestModel(text, 32));
      }
    }
  });

  it('digests the text’s UTF-8 bytes as encode gives them, for keys short and long, lone surrogates included', () => {
    const model = (text: string) => {
      const digest = sha256(new TextEncoder().encode(text));
      let out = '';
      for (let i = 0; out.length < 10; i++) out += '0123456789abcdefghijklmnopqrstuvwxyz'[digest[i]! % 36];
      return out;
    };
    const piece = fc.constantFrom('字', 'a', '|', ' ', '𠀋', '\ud800', '\udc00', '本报讯（记者 张三）', '2024-05-21', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => {
        const text = pieces.join('');
        expect(shortHash(text)).toBe(model(text));
      }),
      { numRuns: 2000 },
    );
  });
});
