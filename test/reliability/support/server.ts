import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApiToken } from '../../../src/app/api-tokens.ts';
import type { AppContext } from '../../../src/app/context.ts';
import { createOrganisation } from '../../../src/app/organisations.ts';
import { addStakeholder } from '../../../src/app/stakeholders.ts';
import { openStore, type Dialect, type Store } from '../../../src/store/connect.ts';
import { migrateToLatest } from '../../../src/store/migrate.ts';

/**
 * What the reliability suites share: a database of their own (an SQLite file in a temporary data
 * directory, or a fresh schema of TEST_DATABASE_URL), the real server as a child process on it
 * (`trust-ledger serve`), and the real command line.
 */

export const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface Target {
  readonly dialect: Dialect;
  /** What the server and the command line need in their environment to use the same database. */
  readonly env: Record<string, string>;
  /** SQLite: the database file. */
  readonly file: string | null;
  /** PostgreSQL: the schema. */
  readonly schema: string | null;
  /**
   * Runs `use` with a connection of the test's own. On SQLite it is opened for the call and closed
   * after it: a connection left open would keep SQLite's shared-memory index alive, and a server
   * killed and started again would then never have to recover the write-ahead log by itself.
   */
  withStore<T>(use: (store: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `url` with libpq parameters added: `options` sets search_path, `application_name` names the connection. */
export function withParameters(url: string, parameters: Record<string, string>): string {
  const query = Object.entries(parameters).map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

export async function openTarget(dialect: Dialect, prefix: string): Promise<Target> {
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), `trust-ledger-${prefix}-`));
    const file = join(dataDir, 'trust-ledger.sqlite');
    const withStore = async <T>(use: (store: Store) => Promise<T>): Promise<T> => {
      const store = openStore({ kind: 'sqlite', file });
      try {
        await migrateToLatest(store.db);
        return await use(store);
      } finally {
        await store.db.destroy();
      }
    };
    return {
      dialect,
      env: { TRUST_LEDGER_DATA_DIR: dataDir, DATABASE_URL: '' },
      file,
      schema: null,
      withStore,
      close: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const url = process.env.TEST_DATABASE_URL!.trim();
  const schema = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(`create schema ${schema}`);
  const store = openStore({ kind: 'postgres', url, searchPath: schema });
  await migrateToLatest(store.db);
  return {
    dialect,
    env: { DATABASE_URL: withParameters(url, { options: `-c search_path=${schema}` }) },
    file: null,
    schema,
    withStore: (use) => use(store),
    async close() {
      await store.db.destroy();
      await adminQuery(`drop schema ${schema} cascade`);
    },
  };
}

export async function adminQuery(sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL!.trim(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

export interface Seeded {
  readonly organisationId: string;
  readonly accounts: readonly string[];
  readonly token: string;
}

/** An organisation with `stakeholders` relations (two accounts each) and an editor's API token. */
export async function seedOrganisation(ctx: AppContext, name: string, stakeholders: number): Promise<Seeded> {
  const organisation = await createOrganisation(ctx, { name });
  const accounts: string[] = [];
  for (let i = 0; i < stakeholders; i += 1) {
    const stakeholder = await addStakeholder(ctx, organisation.id, { name: `${name} relatie ${i + 1}`, category: 'customers', level: 'market', relation: {} });
    accounts.push(stakeholder.relation!.accounts.received, stakeholder.relation!.accounts.given);
  }
  const { token } = await createApiToken(ctx, organisation.id, { name: 'reliability', role: 'editor' });
  return { organisationId: organisation.id, accounts, token };
}

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Milliseconds from spawning to answering /readyz with 200. */
  readonly startMs: number;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** SIGKILL, resolved once it has exited. */
  kill(): Promise<void>;
  /** SIGTERM (a clean stop), resolved once it has exited. */
  stop(): Promise<void>;
}

/**
 * `trust-ledger serve` on a free port, resolved once /readyz answers 200: started, migrated and
 * talking to its database, with no step in between (no repair after a crash).
 */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin/trust-ledger.js'), 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, ...env, TRUST_LEDGER_ORGANISATION: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 120 s:\n${output}`)), 120_000);
    const look = () => {
      const found = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before it listened:\n${output}`));
    });
  });
  await waitUntil(async () => (await fetch(`${url}/readyz`).catch(() => null))?.status === 200, 60_000, () => `/readyz did not answer 200:\n${output}`);
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return { url, child, startMs: performance.now() - started, output: () => output, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}

/** Runs the command line to its end. */
export function runCli(env: Record<string, string>, args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnCli(env, args);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

export function spawnCli(env: Record<string, string>, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'bin/trust-ledger.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, TRUST_LEDGER_ORGANISATION: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs: number, why: () => string): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await condition()) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(why());
    await sleep(50);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function ledgerTotals(store: Store, organisationId: string): Promise<{ count: number; sum: number }> {
  const row = await store.db
    .selectFrom('entries')
    .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.sum<number | string | null>('amount').as('sum')])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), sum: Number(row.sum ?? 0) };
}

/** The environment of `target` with the PostgreSQL connections named, so that pg_stat_activity tells them apart. */
export function named(target: Target, applicationName: string): Record<string, string> {
  if (target.dialect !== 'postgres') return target.env;
  return { ...target.env, DATABASE_URL: withParameters(target.env.DATABASE_URL!, { application_name: applicationName }) };
}

/** The PostgreSQL backends serving connections named `applicationName`, with how long each one's transaction has run. */
export async function backends(applicationName: string): Promise<{ pid: number; state: string | null; transactionSeconds: number | null }[]> {
  const { rows } = await adminQuery(
    `select pid, state, extract(epoch from now() - xact_start)::float8 as seconds from pg_stat_activity where application_name = $1`,
    [applicationName],
  );
  return rows.map((row: { pid: number; state: string | null; seconds: number | null }) => ({ pid: row.pid, state: row.state, transactionSeconds: row.seconds }));
}
