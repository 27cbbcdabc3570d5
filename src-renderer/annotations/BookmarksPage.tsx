/** Placeholder wired into App by the integration skeleton; its owner replaces the body. */
export function BookmarksPage(): null {
  return null;
}
