import type { DraftParagraph } from './segment-articles';

/**
 * A bulleted subhead OCR read into the text of its column, between two sentences (`…增量达166亿元。●科技创新实现“新突破” 8月16日，
 * 湖南省…`): a subhead again, the text parted at it. Told by its place (right after a sentence's end), its bullet, a title with no
 * mark of a sentence or a clause, and its end: a space after it, or a closing quote (the space between `”` and `8月` is closed
 * up with the others). The subhead keeps no line of its own (its line is the text's).
 * Linear in the text.
 */
const INLINE_SUBHEAD = /(?<=[。！？])[ \t\u3000]*([●■◆▲★]\s*(?:[^\s。！？，,；;：:]{1,22}?[”」』](?=[^\s”」』])|[^\s。！？，,；;：:]{2,24}?(?=[ \t\u3000])))[ \t\u3000]*(?=\S)/g;
/** Bullets that set off a subhead: a text without one holds none (most paragraphs; one native scan). */
const HAS_BULLET = /[●■◆▲★]/;

export function withInlineSubheadsApart(paragraphs: DraftParagraph[]): DraftParagraph[] {
  if (!paragraphs.some((p) => p.type === 'text' && HAS_BULLET.test(p.text))) return paragraphs;
  const out: DraftParagraph[] = [];
  for (const p of paragraphs) {
    if (p.type !== 'text' || !HAS_BULLET.test(p.text)) {
      out.push(p);
      continue;
    }
    let from = 0;
    let first = true;
    for (const m of p.text.matchAll(INLINE_SUBHEAD)) {
      // The text before keeps the paragraph's lines; what follows is read from them too.
      out.push({ ...p, text: p.text.slice(from, m.index), lines: first ? p.lines : [], closed: true });
      out.push({ type: 'subhead', text: m[1]!, lines: [], closed: true });
      from = m.index + m[0].length;
      first = false;
    }
    out.push(first ? p : { ...p, text: p.text.slice(from), lines: [] });
  }
  return out;
}

/** Where the first sentence of a text ends (after its mark and a closing quote), or -1. */
export function firstSentenceEnd(text: string): number {
  const m = /[。！？][”’」』）)]*/.exec(text);
  return m ? m.index + m[0].length : -1;
}
