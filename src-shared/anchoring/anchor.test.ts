import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlePlainText } from '../model/article-text';
import { parseEdition } from '../parser/parse-edition';
import { anchorSelectors } from './anchor';
import { codePointLength, codePointSlice } from './code-points';
import { describeRange } from './selectors';

// A real article from a bundled seed: the longest body of the first edition.
const seedPath = join(__dirname, '../../seeds/000_d5cc7c2ae093488f.txt');
const edition = parseEdition(new Uint8Array(readFileSync(seedPath)), '000_d5cc7c2ae093488f.txt');
const text = edition.articles.map(articlePlainText).sort((a, b) => b.length - a.length)[0]!;

/** Replace code points [at, at + remove) of `source` with `insert`. */
function edit(source: string, at: number, remove: number, insert: string): string {
  const chars = Array.from(source);
  chars.splice(at, remove, ...Array.from(insert));
  return chars.join('');
}

// A 12-character quote well inside the article.
const qStart = 200;
const qEnd = 212;
const selectors = describeRange(text, qStart, qEnd);
const quote = selectors.quote.exact;

function anchoredText(changed: string) {
  const anchor = anchorSelectors(changed, selectors);
  return anchor && { ...anchor, text: codePointSlice(changed, anchor.start, anchor.end) };
}

describe('anchorSelectors on a seed article', () => {
  it('uses a long enough real article', () => {
    expect(codePointLength(text)).toBeGreaterThan(400);
    expect(quote).toHaveLength(12);
  });

  it('finds unchanged text by its position', () => {
    expect(anchorSelectors(text, selectors)).toEqual({ start: qStart, end: qEnd, method: 'position', score: 1, review: null });
  });

  it('follows insertions and deletions before the quote', () => {
    const inserted = anchoredText(edit(text, 50, 0, '（本报补充说明）'));
    expect(inserted).toMatchObject({ start: qStart + 8, end: qEnd + 8, text: quote, method: 'quote' });
    const deleted = anchoredText(edit(text, 50, 20, ''));
    expect(deleted).toMatchObject({ start: qStart - 20, end: qEnd - 20, text: quote });
    // An edit right next to the quote changes its prefix but not the quote.
    const adjacent = anchoredText(edit(text, qStart - 3, 1, '某某'));
    expect(adjacent).toMatchObject({ start: qStart + 1, end: qEnd + 1, text: quote });
  });

  it('is unaffected by insertions and deletions after the quote', () => {
    expect(anchoredText(edit(text, qEnd + 60, 0, '新增的一句话。'))).toMatchObject({ start: qStart, end: qEnd, method: 'position' });
    expect(anchoredText(edit(text, qEnd + 2, 5, ''))).toMatchObject({ start: qStart, end: qEnd, text: quote });
  });

  it('stretches over an insertion inside the quote and shrinks over a deletion', () => {
    const grown = anchoredText(edit(text, qStart + 5, 0, '插入'));
    expect(grown).toMatchObject({ start: qStart, end: qEnd + 2 });
    expect(grown?.text).toBe(edit(quote, 5, 0, '插入'));
    const shrunk = anchoredText(edit(text, qStart + 4, 3, ''));
    expect(shrunk).toMatchObject({ start: qStart, end: qEnd - 3 });
    expect(shrunk?.text).toBe(edit(quote, 4, 3, ''));
  });

  it('survives OCR corrections inside the quote', () => {
    const corrected = edit(edit(text, qStart + 2, 1, '已'), qStart + 8, 1, '曰');
    const anchor = anchoredText(corrected);
    expect(anchor).toMatchObject({ start: qStart, end: qEnd });
    expect(anchor?.method).toMatch(/context|fuzzy/);
    // …even when the context around it was corrected too.
    const everywhere = edit(edit(corrected, qStart - 10, 1, '囗'), qEnd + 10, 1, '囗');
    expect(anchoredText(everywhere)).toMatchObject({ start: qStart, end: qEnd });
  });

  it('detaches when the passage is gone', () => {
    const removed = edit(text, qStart - 40, 100, '');
    expect(anchorSelectors(removed, selectors)).toBeNull();
    expect(anchorSelectors('完全不同的另一篇文章。', selectors)).toBeNull();
  });

  it('re-anchors the quote exactly, unflagged, wherever the text is edited at least 32 characters away (property)', () => {
    const length = codePointLength(text);
    const farEdit = fc
      .record({
        before: fc.boolean(),
        offset: fc.nat(),
        remove: fc.nat({ max: 10 }),
        insert: fc.string({ unit: fc.constantFrom(...'的一是了在人有我他这中大来上国个到说们为子和你地出道也时年𠮷'), maxLength: 10 }),
      })
      .map(({ before, offset, remove, insert }) => {
        const at = before ? offset % Math.max(1, qStart - 32 - remove) : qEnd + 32 + (offset % (length - qEnd - 32));
        return { at, remove, insert, shift: before ? codePointLength(insert) - Math.min(remove, length - at) : 0 };
      });
    fc.assert(
      fc.property(farEdit, ({ at, remove, insert, shift }) => {
        const anchor = anchoredText(edit(text, at, remove, insert));
        expect(anchor).toMatchObject({ start: qStart + shift, end: qEnd + shift, text: quote, review: null });
      }),
      { numRuns: 200 },
    );
  });
});

describe('anchorSelectors never moves a note silently (issue 17)', () => {
  const { prefix, suffix } = selectors.quote;

  it('prefers the edited true copy, whose context agrees fully, to an exact copy elsewhere whose context agrees by half', () => {
    // Another printing of the quote far after it, with half of each side of its context.
    const copy = `${prefix.slice(16)}${quote}${suffix.slice(0, 16)}`;
    const withCopy = edit(text, codePointLength(text) - 20, 0, `（${copy}）`);
    // The true copy's words corrected in one character.
    const corrected = edit(withCopy, qStart + 5, 1, '囗');
    const anchor = anchoredText(corrected);
    expect(anchor).toMatchObject({ start: qStart, end: qEnd, review: 'quote-changed' });
    expect(anchor?.text).toBe(edit(quote, 5, 1, '囗'));
  });

  it('detaches a short phrase whose paragraph was deleted, though the same words recur elsewhere', () => {
    const paragraphs = text.split('\n');
    let tried = 0;
    let offset = 0;
    paragraphs.forEach((paragraph, index) => {
      const without = [...paragraphs.slice(0, index), ...paragraphs.slice(index + 1)].join('\n');
      for (let at = 8; at + 4 <= paragraph.length - 8; at += 5) {
        const phrase = paragraph.slice(at, at + 4);
        if (!without.includes(phrase)) continue;
        tried++;
        const phraseSelectors = describeRange(text, offset + at, offset + at + 4);
        expect(anchorSelectors(without, phraseSelectors), `${phrase} of paragraph ${index}`).toBeNull();
      }
      offset += paragraph.length + 1;
    });
    expect(tried).toBeGreaterThanOrEqual(10);
  });

  it('does not attach a short quote to a fuzzy match without its context, even one scoring above the floor', () => {
    // The quote's paragraph is deleted; elsewhere the same words with one character changed, in other surroundings:
    // on the words alone that scores just above the old 0.5 floor.
    const paragraphs = text.split('\n');
    const index = paragraphs.findIndex((_, i) => paragraphs.slice(0, i + 1).join('\n').length > qEnd);
    const near = `${quote.slice(0, 5)}某${quote.slice(6)}`;
    const without = [...paragraphs.slice(0, index), ...paragraphs.slice(index + 1), `另据报道，${near}等情况属实。`].join('\n');
    expect(anchorSelectors(without, selectors)).toBeNull();
    // The same words in their own context do attach, flagged for the reader.
    const inPlace = edit(edit(text, qStart + 4, 1, '某'), qStart + 9, 1, '某');
    expect(anchorSelectors(inPlace, selectors)).toMatchObject({ start: qStart, end: qEnd, review: 'quote-changed' });
  });

  it('flags a note that moved onto a copy with weaker context, and leaves one on its own unchanged words unflagged', () => {
    // The true copy's surroundings rewritten on both sides, the words kept: still placed, but for the reader to confirm.
    const rewritten = edit(edit(text, qEnd, 14, '这一段后文已经全部改写过了。'), qStart - 14, 14, '前文也被重新写过了，');
    const anchor = anchorSelectors(rewritten, selectors);
    expect(anchor?.review).toBe('weak-context');
    expect(anchorSelectors(edit(text, 10, 0, '补'), selectors)).toMatchObject({ start: qStart + 1, review: null });
  });

  it('does not count a change of punctuation width as a change of the words', () => {
    // The article's punctuation is full-width: a correction (or an older parse) sets it half-width, around and inside the quote.
    const half = text.replace(/，/g, ',').replace(/：/g, ':').replace(/[“”]/g, '"');
    expect(half.slice(qStart - 32, qEnd + 32)).not.toBe(text.slice(qStart - 32, qEnd + 32));
    expect(anchorSelectors(half, selectors)).toMatchObject({ start: qStart, end: qEnd, review: null });
  });
});

describe('anchorSelectors when the quote\'s own paragraph was deleted and its words stand in a neighbour', () => {
  // Made-up text: a subheading between two paragraphs that both use its words.
  const before = '本报讯 近日，立方新能源公司获评“2023年钠离子电池十大创新企业”。';
  const subheading = '抢跑钠离子电池新赛道';
  const after = '立方新能源从2016年就开始对钠离子电池的材料和电芯进行研发，目前已建成两条生产线。';
  const original = [before, subheading, after].join('\n');
  const at = original.indexOf(subheading) + 2;
  const note = describeRange(original, at, at + 2); // 钠离

  it('detaches: the whole context agrees by half (the neighbour lies inside the old prefix), the own paragraph\'s not at all', () => {
    expect(note.quote.exact).toBe('钠离');
    expect(anchorSelectors([before, after].join('\n'), note)).toBeNull();
  });

  it('still follows the words when only the paragraph before them was deleted or another was inserted', () => {
    const shorter = [subheading, after].join('\n');
    expect(anchorSelectors(shorter, note)).toMatchObject({ start: 2, end: 4, method: 'quote' });
    const longer = ['新华社消息，另一段插入的文字。', original].join('\n');
    expect(anchorSelectors(longer, note)).toMatchObject({ start: at + 16, end: at + 18, review: null });
  });

  it('detaches a clause whose paragraph was deleted rather than take a shortened copy of it in another paragraph', () => {
    const clause = '，全力以赴推动项目尽早开工、尽快取得实质性进展';
    const text = [
      '市委书记主持召开项目建设调度会。',
      `他强调，要快马加鞭、主动作为，加强协调调度，加快推进前期工作${clause}。市委常委、副市长参加会议。`,
      '会议指出，要进一步压实责任，加快推进各项前期工作，推动项目尽早开工、尽快取得实质性进展。市长强调，要立足长远。',
    ].join('\n');
    const start = text.indexOf(clause);
    const clauseNote = describeRange(text, start, start + clause.length);
    const paragraphs = text.split('\n');
    expect(anchorSelectors([paragraphs[0], paragraphs[2]].join('\n'), clauseNote)).toBeNull();
    // The clause corrected in place, two characters dropped, is followed (for the reader to confirm).
    const corrected = text.replace('全力以赴', '全力');
    expect(anchorSelectors(corrected, clauseNote)).toMatchObject({ start, end: start + clause.length - 2, review: 'quote-changed' });
  });
});

describe('anchorSelectors on words equal only once punctuation is folded', () => {
  // Made-up text; the note is on "，授" (a comma and the first character of 授权).
  const original = '该项目完成了全部研究内容，发表论文1篇，授权专利1项。研发的智能减震装置已在三条线路上试用。';
  const at = original.indexOf('，授');
  const note = describeRange(original, at, at + 2);

  it('flags the old words a character off, on an enumeration comma inserted beside them', () => {
    // 、 and ， both fold to ",": 、授 reads as the old words, its prefix one character off.
    const inserted = original.replace('1篇，授', '1篇，、授');
    expect(anchorSelectors(inserted, note)).toMatchObject({ start: at + 1, end: at + 3, review: 'quote-changed' });
  });

  it('leaves a note unflagged when only punctuation widths changed, around it and in it', () => {
    const half = original.replace(/，/g, ',').replace(/。/g, '.');
    expect(anchorSelectors(half, note)).toMatchObject({ start: at, end: at + 2, review: null });
    expect(anchorSelectors(`补${half}`, note)).toMatchObject({ start: at + 1, end: at + 3, review: null });
  });
});

describe('anchorSelectors on a repeated quote', () => {
  const repeated = '上午，市长来到企业调研。他说：要抓好安全生产。下午，副市长来到学校调研。他说：要抓好安全生产。';
  const second = repeated.lastIndexOf('要抓好安全生产');
  const sel = describeRange(repeated, second, second + 7);

  it('keeps the occurrence that was annotated, not the first one', () => {
    expect(anchorSelectors(repeated, sel)).toMatchObject({ start: second, end: second + 7, method: 'position' });
    const shifted = `（通讯）${repeated}`;
    expect(anchorSelectors(shifted, sel)).toMatchObject({ start: second + 4, end: second + 11, method: 'quote' });
  });

  it('picks the occurrence by context even when the other one moved onto the old position', () => {
    const first = repeated.indexOf('要抓好安全生产');
    const padding = '据悉'.repeat((second - first) / 2) + '一'.repeat((second - first) % 2);
    const changed = repeated.slice(0, first) + padding + repeated.slice(first);
    expect(changed.indexOf('要抓好安全生产')).toBe(second); // the first occurrence now sits where the annotated one was
    expect(anchorSelectors(changed, sel)).toMatchObject({ start: second + padding.length, end: second + padding.length + 7 });
  });
});

describe('anchorSelectors with characters outside the BMP', () => {
  const astral = '𠮷野家门店开业，𩸽鱼定食受欢迎，𠮷野家负责人表示将继续扩张。';
  const start = Array.from(astral).indexOf('𩸽');
  const sel = describeRange(astral, start, start + 4); // 𩸽鱼定食

  it('counts positions in code points', () => {
    expect(sel.quote.exact).toBe('𩸽鱼定食');
    expect(sel.position).toEqual({ type: 'TextPositionSelector', start: 8, end: 12 });
    expect(anchorSelectors(astral, sel)).toMatchObject({ start: 8, end: 12, method: 'position' });
  });

  it('shifts by code points when astral characters are inserted before', () => {
    const changed = `𠀀𠀁${astral}`;
    expect(anchorSelectors(changed, sel)).toMatchObject({ start: 10, end: 14 });
  });

  it('matches fuzzily across astral characters without splitting them', () => {
    const changed = astral.replace('𩸽鱼定食', '𩸽魚定食');
    const anchor = anchorSelectors(changed, sel);
    expect(anchor).toMatchObject({ start: 8, end: 12 });
    expect(codePointSlice(changed, anchor!.start, anchor!.end)).toBe('𩸽魚定食');
  });
});
