import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Enough for every distinct query the application makes, with room for the odd one-off. */
const CAPACITY = 500;

/**
 * The SQLite database as Kysely's dialect sees it, with each compiled query prepared once and
 * reused: Kysely prepares every statement anew, and preparing took about half of the time of a
 * typical small query (recording an entry and reading its account runs fifteen of them).
 * Kysely binds every value as a parameter, so the same SQL text means the same statement. A
 * statement still stepping through rows (a stream) is busy; then a fresh one is prepared.
 */
export function cachingStatements(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached !== undefined && !cached.busy) {
        // Most recently used last, so the first entry is the one to evict.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (cached === undefined) {
        statements.set(sql, statement);
        if (statements.size > CAPACITY) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}
