import { createContext, useContext } from 'react';
import type { Host } from '../../src-shared/host';
import type { LibraryDb } from '../store/library-db';

/** What every view needs: the host (system access) and the library database. */
export interface AppServices {
  host: Host;
  db: LibraryDb;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp() outside <AppContext.Provider>');
  return services;
}
