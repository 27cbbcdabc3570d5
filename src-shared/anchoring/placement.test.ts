import { describe, expect, it } from 'vitest';
import { confirmed, isPlacement, placementChanged, refused, replace, type Placed } from './placement';
import { describeRange } from './selectors';

const text = '上午，市长来到企业调研。他说：要抓好安全生产，落实企业主体责任。下午，副市长来到学校调研。';
const start = text.indexOf('要抓好安全生产');
const note: Placed = { ...describeRange(text, start, start + 7), detached: false };

describe('placement', () => {
  it('follows an unchanged passage silently and writes nothing when nothing moved', () => {
    const same = replace(note, text);
    expect(same).toMatchObject({ detached: false, placement: { method: 'position', score: 1 } });
    expect(same.placement?.review).toBeUndefined();
    expect(placementChanged(note, same)).toBe(false);
    const moved = replace(note, `（本报讯）${text}`);
    expect(moved).toMatchObject({ position: { start: start + 5 }, placement: { method: 'quote' } });
    expect(moved.placement?.review).toBeUndefined();
    expect(placementChanged(note, moved)).toBe(true);
  });

  it('marks a note whose words were corrected for review, keeping the original quote beside the new one', () => {
    const corrected = text.replace('要抓好安全生产', '要抓牢安全生产');
    const next = replace(note, corrected);
    expect(next).toMatchObject({ detached: false, quote: { exact: '要抓牢安全生产' } });
    expect(next.placement?.review).toEqual({ reason: 'quote-changed', original: { quote: note.quote, position: note.position } });
    // Moved again before the reader looked: the original stays the first one.
    const again = replace({ ...note, ...next }, `（本报讯）${corrected}`);
    expect(again.placement?.review?.original.quote.exact).toBe('要抓好安全生产');
    expect(again.position.start).toBe(start + 5);
  });

  it('confirming keeps the place and drops the flag; detaching restores the original quote and keeps it detached', () => {
    const corrected = text.replace('要抓好安全生产', '要抓牢安全生产');
    const flagged = { ...note, ...replace(note, corrected) };
    const ok = { ...flagged, ...confirmed(flagged) };
    expect(ok.placement?.review).toBeUndefined();
    expect(placementChanged(ok, replace(ok, corrected))).toBe(false);

    const off = { ...flagged, ...refused(flagged) };
    expect(off).toMatchObject({ detached: true, quote: note.quote, position: note.position, placement: { heldDetached: true } });
    expect(replace(off, corrected)).toMatchObject({ detached: true, quote: note.quote });
  });

  it('detaches a note whose words are gone with the selectors it had before any unconfirmed move', () => {
    const corrected = text.replace('要抓好安全生产', '要抓牢安全生产');
    const flagged = { ...note, ...replace(note, corrected) };
    const gone = replace(flagged, '全文已经替换成了另一篇报道。');
    expect(gone).toMatchObject({ detached: true, quote: note.quote, position: note.position, placement: undefined });
  });

  it('recognises placements as it writes them and nothing else', () => {
    const corrected = text.replace('要抓好安全生产', '要抓牢安全生产');
    const flagged = replace(note, corrected).placement;
    expect(isPlacement(flagged)).toBe(true);
    expect(isPlacement(refused({ ...note, placement: flagged }).placement)).toBe(true);
    expect(isPlacement({ method: 'position', score: 1 })).toBe(true);
    for (const bad of [null, {}, { method: 'guess', score: 1 }, { method: 'quote', score: 2 }, { method: 'quote', score: 0.9, review: { reason: 'quote-changed' } },
      { method: 'quote', score: 0.9, review: { reason: 'odd', original: flagged!.review!.original } }, { method: 'quote', score: 0.9, heldDetached: 'yes' }]) {
      expect(isPlacement(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
