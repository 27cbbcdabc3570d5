import { displayWidth } from './display-width';
import type { SourceLine } from './text-lines';

/**
 * Lines set off from the text's margin, as a monospaced rendering of a page prints them (`pdftotext -layout`): a headline or a
 * writer's name centred over the text, a signature or a date set right. Their leading spaces are the page's layout, not a
 * paragraph's indent: such a line is read as flush (`indented: false`), a headline's place where indents mark paragraphs.
 * Told by the line's margins against the page's width (the width most long lines reach): centred, both margins alike and
 * wide; set right, a short line ending at the right edge. Linear: lines opening in wide space are measured, the rest are not.
 */
export function markSetOffLines(lines: SourceLine[]): void {
  const candidates: { line: SourceLine; lead: number; width: number }[] = [];
  for (const line of lines) {
    if (!line.indented || !opensWide(line.raw)) continue;
    const start = line.raw.length - line.raw.trimStart().length;
    const lead = displayWidth(line.raw, 0, start);
    if (lead >= SET_OFF.leadMin) candidates.push({ line, lead, width: displayWidth(line.raw.trimEnd(), start) });
  }
  if (candidates.length === 0) return;
  const page = pageWidth(lines);
  if (page === null) return;
  for (const { line, lead, width } of candidates) {
    const right = page - lead - width;
    const centred = right >= SET_OFF.leadMin / 2 && Math.abs(lead - right) <= SET_OFF.centreSlack;
    const setRight = lead >= page / 2 && right <= SET_OFF.centreSlack && right >= -SET_OFF.centreSlack;
    if (centred || setRight) line.indented = false;
  }
}

/** What sets a line off (in display columns, a full-width character two). */
const SET_OFF = {
  /** Leading space at least this wide: three full-width places, deeper than a paragraph's indent of two. */
  leadMin: 6,
  /** A centred line's margins differ by at most this much (a monospaced rendering rounds each place); so far from the right edge a line set right may end. */
  centreSlack: 4,
  /** The page's width is the width this share of its longest lines reach. */
  widthQuantile: 0.9,
  /** Lines that tell the page's width: at least this many... */
  widthLinesMin: 5,
} as const;

/** Whether the raw line opens with at least three spaces (or one wide space and more): the cheap look before any measure. */
function opensWide(raw: string): boolean {
  const c0 = raw.charCodeAt(0);
  const c1 = raw.charCodeAt(1);
  if (c0 === 0x3000) return c1 === 0x3000 || c1 === 0x20;
  return c0 === 0x20 && c1 === 0x20 && (raw.charCodeAt(2) === 0x20 || raw.charCodeAt(2) === 0x3000);
}

/** The page's width: the display width that nine lines in ten stay within (the wrap's); null for a page of too few lines. */
function pageWidth(lines: SourceLine[]): number | null {
  const widths: number[] = [];
  for (const line of lines) if (line.text !== '') widths.push(displayWidth(line.raw.trimEnd()));
  if (widths.length < SET_OFF.widthLinesMin) return null;
  widths.sort((a, b) => a - b);
  return widths[Math.floor((widths.length - 1) * SET_OFF.widthQuantile)]!;
}
