import { verticalRuns } from './vertical-runs';

/**
 * Text set for vertical writing (vertical-runs.ts): short numbers and Latin in one upright cell,
 * longer runs rotated, ASCII punctuation beside Chinese in full-width form. Horizontal text is
 * returned as it is, one text node.
 */
export function VerticalText({ text, vertical }: { text: string; vertical: boolean }) {
  if (!vertical) return text;
  return verticalRuns(text).map((run, i) =>
    run.kind === 'text' ? (
      run.text
    ) : (
      <span key={i} className={run.kind === 'combine' ? 'tate-chu-yoko' : 'sideways'}>
        {run.text}
      </span>
    ),
  );
}
