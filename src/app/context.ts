import { v7 as uuidv7 } from 'uuid';
import type { Store } from '../store/connect.ts';

/**
 * What every use case runs with: the store, a clock and an id source. Tests pass a fixed clock;
 * production passes the real one.
 */
export interface AppContext {
  readonly store: Store;
  readonly now: () => Date;
  readonly newId: () => string;
}

export function createContext(store: Store, now: () => Date = () => new Date()): AppContext {
  return { store, now, newId: uuidv7 };
}
