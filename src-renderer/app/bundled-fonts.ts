/**
 * The bundled serif (Noto Serif SC, declared in main.tsx by
 * @fontsource-variable/noto-serif-sc as about a hundred unicode-range
 * subsets) takes over from the installed serifs only after the first page
 * is painted. Laying out a page whose face is a segmented web font not yet
 * loaded is slow: each character is matched against the subsets, starts a
 * load and falls back. In bench:startup that first layout put 130–200 ms
 * between the front page in the DOM and its paint; set in an installed
 * serif it paints at once, and the switch happens later, when the subsets
 * the page needs have loaded, so the text changes face once.
 */
export const BUNDLED_SERIF = 'Noto Serif SC Variable';

let switched: Promise<void> | null = null;

/** Loads the subsets the page's text needs, then switches the page to the bundled serif (base.css: data-fonts). Idempotent. */
export function switchToBundledSerif(): Promise<void> {
  switched ??= (async () => {
    const text = document.body.innerText;
    try {
      await document.fonts.load(`1em "${BUNDLED_SERIF}"`, text || '株');
    } catch {
      // A subset that fails to load falls back to the installed serifs, as any missing glyph does.
    }
    document.documentElement.dataset.fonts = 'bundled';
  })();
  return switched;
}

/** Runs `then` once the frame after the current one has been painted (two animation frames); returns a cancel. */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => (timer = setTimeout(then, 0)))));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
