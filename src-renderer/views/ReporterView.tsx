/** Placeholder wired into App by the integration skeleton; its owner replaces the body. */
export function ReporterView(_props: { name: string }): null {
  return null;
}
