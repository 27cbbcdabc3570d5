/**
 * A full disk shows up as `QuotaExceededError`, or on some browsers as an
 * `AbortError` whose `inner` is the quota error (Dexie's documented shape:
 * the transaction is aborted instead of the request failing).
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    if (name !== 'AbortError') return false;
    current = inner;
  }
  return false;
}
