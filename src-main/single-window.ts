/** The part of a window SingleWindow needs: to hear when it is gone. */
export interface ClosableWindow {
  on(event: 'closed', listener: () => void): unknown;
}

/**
 * The app's one main window, opened on demand and never twice at once. Opening is asynchronous
 * (the saved window state is read first), so a second request while the first is under way —
 * macOS "open-file" for several files, a dock click — gets the same window instead of another.
 * When the window is closed it is forgotten, and the next request opens a new one.
 */
export class SingleWindow<W extends ClosableWindow> {
  private window: W | null = null;
  private opening: Promise<W> | null = null;

  constructor(private readonly create: () => Promise<W>) {}

  /** The open window, if there is one. */
  current(): W | null {
    return this.window;
  }

  /** The open window, or one opened now (the same one however often this is called meanwhile). */
  open(): Promise<W> {
    if (this.window) return Promise.resolve(this.window);
    this.opening ??= this.create().then(
      (window) => {
        this.window = window;
        this.opening = null;
        window.on('closed', () => {
          if (this.window === window) this.window = null;
        });
        return window;
      },
      (error: unknown) => {
        this.opening = null;
        throw error;
      },
    );
    return this.opening;
  }
}
