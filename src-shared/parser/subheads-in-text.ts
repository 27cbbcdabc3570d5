import type { DraftParagraph } from './segment-articles';
import { SENTENCE_END } from './text-lines';

/**
 * A subhead printed in the middle of a sentence (`…为产业链蓬` / `●项目建设跑出“加速度”` / `勃活力提供了…`): the
 * sentence is made whole again and the subhead follows it (that sentence, not the paragraph it runs on in), opening the next
 * section. Linear in the paragraphs.
 */
export function withSubheadsOutOfSentences(paragraphs: DraftParagraph[]): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const [a, subhead, b] = [paragraphs[i]!, paragraphs[i + 1], paragraphs[i + 2]];
    // Cut: text stopping mid-sentence (not a `——摘自…` signature); the rest: text read from its own lines (not a
    // byline's lead), after a subhead that is no bracketed section label (`【做】` opens a section, not a break).
    // (Not a paragraph its line closed whatever its end: a table's row, a signature, a field.)
    const cut = a.type === 'text' && !a.closed && !SENTENCE_END.test(a.text.slice(-8)) && !/[：:，,、]$/.test(a.text) && !/^\s*—/.test(a.text);
    const splits = subhead?.type === 'subhead' && !/^\s*[【〖]/.test(subhead.text);
    if (cut && splits && b?.type === 'text' && b.lines.length > 0 && continuesSentence(b.text)) {
      const end = firstSentenceEnd(b.text);
      if (end > 0 && end < b.text.length) {
        // (The rest of the paragraph is read from the same lines: it keeps none of its own.)
        out.push({ ...a, text: a.text + b.text.slice(0, end), lines: [...a.lines, ...b.lines], closed: true }, subhead, { ...b, text: b.text.slice(end), lines: [] });
      } else out.push({ ...a, text: a.text + b.text, lines: [...a.lines, ...b.lines], closed: b.closed }, subhead);
      i += 2;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Text that cannot open a sentence: it starts with a character that only follows others (no opening quote, bracket or bullet). */
const continuesSentence = (text: string) => /^[\u4e00-\u9fff]/.test(text) && !/^[一二三四五六七八九十]、/.test(text);

/** A bulleted subhead between two sentences (group 1: its text), and the spaces around it. */
const INLINE_SUBHEAD = /(?<=[。！？])[ \t\u3000]*([●■◆▲★]\s*(?:[^\s。！？，,；;：:]{1,22}?[”」』](?=[^\s”」』])|[^\s。！？，,；;：:]{2,24}?(?=[ \t\u3000])))[ \t\u3000]*(?=\S)/g;
/** Bullets that set off a subhead: a text without one holds none (most paragraphs; one native scan). */
const HAS_BULLET = /[●■◆▲★]/;

/**
 * A bulleted subhead OCR read into the text of its column, between two sentences (`…增量达166亿元。●科技创新实现“新突破” 8月16日，
 * 湖南省…`): a subhead again, the text parted at it. Told by its place (right after a sentence's end), its bullet, a title with no
 * mark of a sentence or a clause, and its end: a space after it, or a closing quote (the space between `”` and `8月` is closed
 * up with the others). The subhead keeps no line of its own (its line is the text's).
 * Linear in the text.
 */
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
