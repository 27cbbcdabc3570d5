import { anchorSelectors, type AnchorMethod, type ReviewReason } from './anchor';
import { describeRange, type TextPositionSelector, type TextQuoteSelector, type TextSelectors } from './selectors';

/**
 * What an annotation keeps of its last re-anchoring (AnnotationData.placement):
 * how it was found and how well, and — while the reader has not confirmed a
 * doubtful placement — why it is doubtful and where it was before, so the
 * original quote can be shown beside the new one and restored. Absent on an
 * annotation the reader placed and nothing has moved since.
 */
export interface Placement {
  method: AnchorMethod;
  /** 0..1, anchor-policy.ts score. */
  score: number;
  /** Pending the reader's confirmation. */
  review?: { reason: ReviewReason; original: TextSelectors };
  /** The reader detached it from a suggested place: re-anchoring leaves it detached until they attach it themselves. */
  heldDetached?: boolean;
}

export interface Placed {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  detached: boolean;
  placement?: Placement;
}

/** The placement fields of an annotation, re-anchored on `text`. */
export type Replaced = Pick<Placed, 'quote' | 'position' | 'detached'> & { placement: Placement | undefined };

/**
 * Where `annotation` lies in `text` now. A doubtful placement is marked for
 * review with the selectors it had before (the earliest ones, if it is moved
 * again before the reader confirms); a pending review stays until the reader
 * confirms or detaches. An annotation that cannot be placed is detached with
 * its selectors from before any unconfirmed move.
 */
export function replace(annotation: Placed, text: string): Replaced {
  const pending = annotation.placement?.review;
  if (annotation.detached && annotation.placement?.heldDetached) {
    return { quote: annotation.quote, position: annotation.position, detached: true, placement: annotation.placement };
  }
  const anchor = anchorSelectors(text, annotation);
  if (!anchor) {
    const before = pending?.original ?? annotation;
    return { quote: before.quote, position: before.position, detached: true, placement: undefined };
  }
  const described = describeRange(text, anchor.start, anchor.end);
  const unchanged = sameSelectors(described, annotation) && !annotation.detached;
  const backWhereItWas = pending !== undefined && sameSelectors(described, pending.original);
  const review =
    anchor.review && !unchanged
      ? { reason: anchor.review, original: pending?.original ?? { quote: annotation.quote, position: annotation.position } }
      : backWhereItWas
        ? undefined
        : pending;
  return { ...described, detached: false, placement: { method: anchor.method, score: anchor.score, ...(review ? { review } : {}) } };
}

export function sameSelectors(a: TextSelectors, b: TextSelectors): boolean {
  return (
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix
  );
}

/**
 * Whether re-anchoring changed anything worth writing: the selectors, the
 * detached flag or the review. A new method or score alone is not (the same
 * place found again the same way, or an unmoved one first given a placement).
 */
export function placementChanged(before: Placed, after: Replaced): boolean {
  const a = before.placement?.review;
  const b = after.placement?.review;
  return (
    before.detached !== after.detached ||
    !sameSelectors(before, after) ||
    Boolean(a) !== Boolean(b) ||
    a?.reason !== b?.reason ||
    Boolean(before.placement?.heldDetached) !== Boolean(after.placement?.heldDetached)
  );
}

/** The reader confirmed a doubtful placement: it stays, unflagged. */
export function confirmed(annotation: Placed): Pick<Placed, 'placement'> {
  if (!annotation.placement) return { placement: undefined };
  const { method, score } = annotation.placement;
  return { placement: { method, score } };
}

/** The reader refused a doubtful placement: back to the selectors from before, detached, and kept so. */
export function refused(annotation: Placed): Pick<Placed, 'quote' | 'position' | 'detached' | 'placement'> {
  const before = annotation.placement?.review?.original ?? annotation;
  const method = annotation.placement?.method ?? 'position';
  return { quote: before.quote, position: before.position, detached: true, placement: { method, score: annotation.placement?.score ?? 0, heldDetached: true } };
}

const METHODS: readonly string[] = ['position', 'quote', 'context', 'fuzzy'] satisfies AnchorMethod[];
const REASONS: readonly string[] = ['quote-changed', 'weak-context', 'ambiguous'] satisfies ReviewReason[];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isSelectors(v: unknown): v is TextSelectors {
  if (!isRecord(v) || !isRecord(v.quote) || !isRecord(v.position)) return false;
  const { quote, position } = v;
  return (
    quote.type === 'TextQuoteSelector' && isString(quote.exact) && isString(quote.prefix) && isString(quote.suffix) &&
    position.type === 'TextPositionSelector' && isOffset(position.start) && isOffset(position.end) && position.start <= position.end
  );
}

/** A stored placement as this module writes it (for data from outside: backups, imports). */
export function isPlacement(v: unknown): v is Placement {
  if (!isRecord(v) || !isString(v.method) || !METHODS.includes(v.method)) return false;
  if (typeof v.score !== 'number' || !(v.score >= 0 && v.score <= 1)) return false;
  if (v.heldDetached !== undefined && v.heldDetached !== true) return false;
  if (v.review === undefined) return true;
  return isRecord(v.review) && isString(v.review.reason) && REASONS.includes(v.review.reason) && isSelectors(v.review.original);
}
