import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect as KyselyDialect } from 'kysely';
import pg from 'pg';
import { ChangeCounter, ChangeCountingPlugin, countingCommits } from './change-counter.ts';
import type { Database } from './schema.ts';
import { cachingStatements } from './statement-cache.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Where the data lives, for messages: a file path or the server without its password. */
  readonly location: string;
  /**
   * The SQLite database itself, for the few reads of a whole organisation that Kysely's
   * row-by-row async streaming makes several times slower than the data (entry-columns.ts).
   * Queries are still built with Kysely and compiled to bound parameters; null on PostgreSQL.
   * A write through it would have to bump `changes` itself: only reads use it.
   */
  readonly sqlite: SQLite.Database | null;
  /** Grows with every committed write that can change a reading: what cached readings check. */
  readonly changes: ChangeCounter;
}

export type StoreConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly searchPath?: string };

/**
 * Opens the database. SQLite runs in WAL mode with foreign keys enforced; PostgreSQL through a
 * pooled `pg` client. Either way the caller gets the same Kysely interface.
 */
export function openStore(config: StoreConfig): Store {
  if (config.kind === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    const database = new SQLite(config.file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    // data_version changes when another connection — another process — commits to the file.
    const dataVersion = database.prepare('pragma data_version').pluck();
    const othersCommitted = () => dataVersion.get() as number;
    return { ...counted(new SqliteDialect({ database: cachingStatements(database) }), new ChangeCounter(othersCommitted)), dialect: 'sqlite', location: config.file, sqlite: database };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    ...(config.searchPath ? { options: `-c search_path=${config.searchPath}` } : {}),
  });
  return { ...counted(new PostgresDialect({ pool }), new ChangeCounter()), dialect: 'postgres', location: redactPassword(config.url), sqlite: null };
}

/** A Kysely instance whose writes and commits are counted (change-counter.ts). */
function counted(dialect: KyselyDialect, changes: ChangeCounter): { db: Kysely<Database>; changes: ChangeCounter } {
  return { db: new Kysely<Database>({ dialect: countingCommits(dialect, changes), plugins: [new ChangeCountingPlugin(changes)] }), changes };
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}

/** `DATABASE_URL` selects PostgreSQL; otherwise an SQLite file in the data directory. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL must be a postgres:// URL (got "${url.split(':')[0]}:…"); leave it unset for SQLite`);
    }
    return { kind: 'postgres', url };
  }
  const dataDir = env.TRUST_LEDGER_DATA_DIR?.trim() || 'data';
  return { kind: 'sqlite', file: `${dataDir}/trust-ledger.sqlite` };
}
