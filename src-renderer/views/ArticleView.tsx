/** Placeholder wired into App by the integration skeleton; its owner replaces the body. */
export function ArticleView(_props: { articleId: string }): null {
  return null;
}
