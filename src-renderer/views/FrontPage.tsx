/** Placeholder wired into App by the integration skeleton; its owner replaces the body. */
export function FrontPage(_props: { editionKey: string }): null {
  return null;
}
