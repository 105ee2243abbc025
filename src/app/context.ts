import { v7 as uuidv7 } from 'uuid';
import type { Store } from '../store/connect.ts';

/**
 * Who is acting: a signed-in user, an API token, or — both null — the system itself (the command
 * line on the server, which has the database in hand anyway).
 */
export interface Actor {
  readonly userId: string | null;
  readonly tokenId: string | null;
}

export const SYSTEM: Actor = Object.freeze({ userId: null, tokenId: null });

/**
 * What every use case runs with: the store, a clock, an id source and the actor. Tests pass a
 * fixed clock; production passes the real one. Authorisation happens before a use case is called;
 * the actor is what the use case records as author.
 */
export interface AppContext {
  readonly store: Store;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly actor: Actor;
}

export function createContext(store: Store, now: () => Date = () => new Date()): AppContext {
  return { store, now, newId: uuidv7, actor: SYSTEM };
}

export function actingAs(ctx: AppContext, actor: Actor): AppContext {
  return { ...ctx, actor };
}
