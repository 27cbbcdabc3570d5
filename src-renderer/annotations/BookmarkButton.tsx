/** Placeholder wired into App by the integration skeleton; its owner replaces the body. */
export function BookmarkButton(_props: { articleId: string; editionKey: string }): null {
  return null;
}
