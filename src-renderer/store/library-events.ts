/**
 * Change notifications from the import pipeline (the only writer of
 * articles) to whoever mirrors the library, e.g. the search index.
 * Emitted after the Dexie transaction of one file has committed.
 */
export interface LibraryChange {
  editionKey: string;
  /** Article ids written (new or replaced) by the transaction. */
  upserted: string[];
  /** Article ids deleted by the transaction (replaced file whose articles vanished). */
  removed: string[];
}

type Listener = (change: LibraryChange) => void;

class LibraryEvents {
  private readonly listeners = new Set<Listener>();
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(change: LibraryChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

export const libraryEvents = new LibraryEvents();
