/**
 * The five highlight colours. Their names are the `styleClass` of an exported
 * annotation's target, and the exported stylesheet defines each as a CSS
 * class, so that other Web Annotation tools can show the colour (the model
 * says a styleClass no attached stylesheet describes MUST be ignored).
 */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** The light-paper colours of src-renderer/annotations/annotations.css, in the rgba() form every CSS parser reads. */
export const HIGHLIGHT_CSS_COLOURS: Readonly<Record<HighlightColour, string>> = {
  yellow: 'rgba(255, 214, 10, 0.45)',
  green: 'rgba(90, 200, 110, 0.38)',
  blue: 'rgba(80, 160, 255, 0.35)',
  pink: 'rgba(255, 110, 170, 0.35)',
  purple: 'rgba(170, 120, 255, 0.35)',
};

/** A CSS stylesheet with one class per highlight colour. */
export const HIGHLIGHT_STYLESHEET = HIGHLIGHT_COLOURS.map((colour) => `.${colour} { background-color: ${HIGHLIGHT_CSS_COLOURS[colour]}; }`).join('\n');

/** The class names a CSS stylesheet defines: every `.name` in the selectors of its rules. */
export function cssClassNames(css: string): Set<string> {
  const names = new Set<string>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const rule of withoutComments.split('}')) {
    const selector = rule.split('{')[0] ?? '';
    for (const match of selector.matchAll(/\.(-?[_A-Za-z][_A-Za-z0-9-]*)/g)) names.add(match[1]!);
  }
  return names;
}
