/** Placeholder wired into App by the integration skeleton; its owner replaces the body. */
export function HomePage(): null {
  return null;
}
