/**
 * How a line of OCR'd text is set in vertical (竖排) writing, the way print does it:
 *
 * - a number of up to four characters (2022, 41.4, 30%) or a short Latin/alphanumeric run (BA, 5G, GDP)
 *   stands upright in one cell (`combine`, set with text-combine-upright);
 * - a date or time of such numbers (2024-05-21, 10:30) is those cells with the separators rotated;
 * - anything longer (12345, 550kW, Chemical Society) is rotated a quarter turn (`sideways`);
 * - ASCII punctuation next to Chinese (`日,市`, `讯(全媒体`) shows as its full-width form, which the font
 *   sets in its vertical form; everything else is plain upright text.
 *
 * Every run keeps its characters' UTF-16 length, so offsets into the stored text (highlights, notes,
 * search hits) hold for the vertical rendering too: the runs joined have the text's length, and only
 * the punctuation substitution changes characters, one for one.
 */

export type VerticalRunKind = 'text' | 'combine' | 'sideways';
export interface VerticalRun {
  kind: VerticalRunKind;
  text: string;
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
// Han, CJK punctuation and full-width forms: the neighbours that make an ASCII mark a Chinese one.
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’—…·]/;
// A run of ASCII letters and digits, with connectors inside it and single spaces between words.
const ASCII_RUN = /[0-9A-Za-z](?:[0-9A-Za-z%]|[.\-/:&+'](?=[0-9A-Za-z])| (?=[A-Za-z]))*/g;
const ONE_CELL = /^(?:[0-9]+(?:\.[0-9]+)?%?|[0-9A-Za-z]{1,3})$/;
const NUMBERS_WITH_SEPARATORS = /^[0-9]{1,4}(?:[-/.:][0-9]{1,4})+$/;

/** The nearest character that is not a space, looking from index i in direction step. */
function neighbour(text: string, i: number, step: 1 | -1): string {
  for (let j = i + step; j >= 0 && j < text.length; j += step) if (text[j] !== ' ') return text[j]!;
  return '';
}

/** ASCII punctuation beside Chinese text replaced by its full-width form, one character for one. */
export function fullWidthPunctuation(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const wide = FULL_WIDTH[char];
    out += wide && (CJK.test(neighbour(text, i, -1)) || CJK.test(neighbour(text, i, 1))) ? wide : char;
  }
  return out;
}

function asciiRuns(token: string): VerticalRun[] {
  if (token.length <= 4 && ONE_CELL.test(token)) return [{ kind: 'combine', text: token }];
  if (NUMBERS_WITH_SEPARATORS.test(token)) {
    return token.split(/([-/.:])/).map((part) => ({ kind: /^[0-9]+$/.test(part) ? 'combine' : 'sideways', text: part }));
  }
  return [{ kind: 'sideways', text: token }];
}

/** The runs of text in the order they are set; their texts joined have the input's length. */
export function verticalRuns(input: string): VerticalRun[] {
  const text = fullWidthPunctuation(input);
  const runs: VerticalRun[] = [];
  let last = 0;
  for (const match of text.matchAll(ASCII_RUN)) {
    if (match.index > last) runs.push({ kind: 'text', text: text.slice(last, match.index) });
    runs.push(...asciiRuns(match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}
