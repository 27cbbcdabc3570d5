/** Placeholder wired into App by the integration skeleton; its owner replaces the body. */
export function SearchHitsLayer(_props: { articleId: string; container: HTMLElement | null; text: string }): null {
  return null;
}
