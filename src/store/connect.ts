import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, type Dialect as KyselyDialect } from 'kysely';
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
    const dialect = immediateWrites(new SqliteDialect({ database: cachingStatements(database) }));
    return { ...counted(dialect, new ChangeCounter(othersCommitted)), dialect: 'sqlite', location: config.file, sqlite: database };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    // A request waits at most this long for a connection while the server cannot be reached,
    // then fails (503, store/unavailable.ts) instead of hanging.
    connectionTimeoutMillis: 10_000,
    ...(config.searchPath ? { options: `-c search_path=${config.searchPath}` } : {}),
  });
  // When the server restarts or goes away, every connection reports it as an 'error' event, and
  // an event nobody listens to ends the Node process. An idle connection's is re-emitted here by
  // the pool, which has already dropped it; a connection in use reports it to its query as well,
  // and the pool drops it when it is released. New connections are made on demand, so the
  // application reconnects by itself once the server is back.
  pool.on('error', (error) => console.warn(`[database] an idle connection was lost and is replaced on demand: ${error.message}`));
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { ...counted(new PostgresDialect({ pool }), new ChangeCounter()), dialect: 'postgres', location: redactPassword(config.url), sqlite: null };
}

/**
 * SQLite transactions that take the write lock when they begin (`begin immediate`) unless they
 * are read only. A deferred transaction reads first and asks for the lock at its first write;
 * if another process (a command-line import, say) holds it then, SQLite cannot wait without
 * risking a deadlock and fails at once with SQLITE_BUSY, whatever busy_timeout says. Taken at
 * the start, the lock is waited for up to busy_timeout. Within the server nothing changes: its
 * one connection runs one transaction at a time anyway.
 */
function immediateWrites(dialect: KyselyDialect): KyselyDialect {
  return {
    createDriver() {
      const driver = dialect.createDriver();
      const begin = driver.beginTransaction.bind(driver);
      driver.beginTransaction = async (connection, settings) => {
        if (settings.accessMode === 'read only') return begin(connection, settings);
        await connection.executeQuery(CompiledQuery.raw('begin immediate'));
      };
      return driver;
    },
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
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
