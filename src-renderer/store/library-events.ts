import type { ArticleRecord, EditionRecord } from './library-db';

/**
 * Change notifications from every write of editions and articles to
 * whoever mirrors the library, e.g. the search index: the import pipeline
 * (the only writer of articles), an edition's correction (`correctEdition`)
 * and a backup's restored corrections (`restoreBackup`), which change what
 * the articles are filed under. Emitted once per transaction, after it has
 * committed, with one change per file or edition it wrote (an import group
 * writes many files in one).
 */
export interface LibraryChange {
  editionKey: string;
  /** Article ids written (new or replaced) by the transaction. */
  upserted: string[];
  /** Article ids deleted by the transaction (replaced file whose articles vanished). */
  removed: string[];
  /**
   * The records behind `upserted` as committed, and their edition, so a
   * mirror need not read back what was just written (for the search index
   * that read-back cost as much as the indexing, bench:import).
   */
  articles: ArticleRecord[];
  edition: EditionRecord;
}

/** The changes of one committed transaction, one per file, in the order written. */
type Listener = (changes: LibraryChange[]) => void;

class LibraryEvents {
  private readonly listeners = new Set<Listener>();
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(changes: LibraryChange[]): void {
    if (changes.length === 0) return;
    for (const listener of this.listeners) listener(changes);
  }
}

export const libraryEvents = new LibraryEvents();
