import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/api-tokens.ts';
import { createContext, type AppContext } from '../../src/app/context.ts';
import { createOrganisation } from '../../src/app/organisations.ts';
import { recordEntries } from '../../src/app/record-entries.ts';
import { addStakeholder } from '../../src/app/stakeholders.ts';
import { verifySums } from '../../src/app/verify-sums.ts';
import { FOUNDATIONS } from '../../src/domain/vocabulary.ts';
import { openStore, type Dialect, type Store } from '../../src/store/connect.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { DIALECTS } from '../support/stores.ts';

/**
 * Load (issue #11): the real server, as a child process, under 50 concurrent clients for
 * RELIABILITY_SECONDS. No request may fail with a 5xx, and afterwards the ledger holds exactly
 * the entries the clients were told were recorded — no more, no fewer — with its running sums
 * equal to a full recompute.
 */
const SECONDS = Number(process.env.RELIABILITY_SECONDS ?? 60);
const CLIENTS = 50;
const WRITERS = 25;
const STAKEHOLDERS = 8;
const SETUP_ENTRIES = 40;
const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Target {
  readonly store: Store;
  readonly env: Record<string, string>;
}

async function openTarget(dialect: Dialect): Promise<Target> {
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'trust-ledger-load-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const store = openStore({ kind: 'sqlite', file: join(dataDir, 'trust-ledger.sqlite') });
    return { store, env: { TRUST_LEDGER_DATA_DIR: dataDir, DATABASE_URL: '' } };
  }
  const url = process.env.TEST_DATABASE_URL!.trim();
  const schema = `load_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema ${schema} cascade`);
    await client.end();
  });
  const store = openStore({ kind: 'postgres', url, searchPath: schema });
  // The server takes its schema from the URL: libpq's options parameter sets search_path.
  const serverUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return { store, env: { DATABASE_URL: serverUrl } };
}

function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/trust-ledger.js', 'serve', '--port', '0'], {
    env: { ...process.env, ...env, TRUST_LEDGER_ORGANISATION: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(/running at (http:\/\/\S+)/)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(`[server] ${chunk.toString()}`);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code}:\n${output}`));
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function ledgerTotals(store: Store, organisationId: string): Promise<{ count: number; sum: number }> {
  const row = await store.db
    .selectFrom('entries')
    .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.sum<number | string | null>('amount').as('sum')])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), sum: Number(row.sum ?? 0) };
}

describe.each(DIALECTS)('the server under load on %s', (dialect) => {
  it(`answers ${CLIENTS} concurrent clients for ${SECONDS} s without a 5xx, and keeps exactly what it acknowledged`, async () => {
    const { store, env } = await openTarget(dialect);
    cleanups.push(() => store.db.destroy());
    await migrateToLatest(store.db);
    const ctx: AppContext = createContext(store);
    const organisation = await createOrganisation(ctx, { name: 'Brouwerij Onder Druk' });
    const accounts: string[] = [];
    for (let i = 0; i < STAKEHOLDERS; i += 1) {
      const stakeholder = await addStakeholder(ctx, organisation.id, { name: `Afnemer ${i}`, category: 'customers', level: 'market', relation: {} });
      accounts.push(stakeholder.relation!.accounts.received, stakeholder.relation!.accounts.given);
    }
    await recordEntries(
      ctx,
      organisation.id,
      Array.from({ length: SETUP_ENTRIES }, (_, i) => ({ accountId: accounts[i % accounts.length]!, foundation: FOUNDATIONS[i % FOUNDATIONS.length]!, amount: 1 + (i % 5) })),
    );
    const { token } = await createApiToken(ctx, organisation.id, { name: 'load', role: 'owner' });
    const setup = await ledgerTotals(store, organisation.id);

    const { url, child } = await startServer(env);
    cleanups.push(() => stopServer(child));
    const base = `${url}/api/v1/organisations/${organisation.id}`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let requests = 0;
    let acknowledged = 0;
    let acknowledgedSum = 0;
    let reversals = 0;
    const deadline = Date.now() + SECONDS * 1000;

    async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
      requests += 1;
      const response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 400 && failures.length < 10) failures.push(`${method} ${path} → ${response.status}: ${text.slice(0, 300)}`);
      return { status: response.status, json: response.ok ? JSON.parse(text) : null };
    }

    async function writer(n: number): Promise<void> {
      const reversible: string[] = [];
      for (let k = 0; Date.now() < deadline; k += 1) {
        if (k % 8 === 7 && reversible.length > 0) {
          const entryId = reversible.splice((n * 7 + k) % reversible.length, 1)[0]!;
          const { status, json } = await call('POST', `/entries/${entryId}/reversal`, { reason: `load test ${n}.${k}` });
          if (status === 201) {
            acknowledged += 1;
            acknowledgedSum += (json as { amount: number }).amount;
            reversals += 1;
          }
          continue;
        }
        const amount = [1, 2, 3, -1, 4, -2, 5, -5][(n + k) % 8]!;
        const { status, json } = await call('POST', '/entries', {
          accountId: accounts[(n * 3 + k) % accounts.length],
          foundation: FOUNDATIONS[(n + k) % FOUNDATIONS.length],
          amount,
          ...(amount < 0 ? { intent: 'unintentional' } : {}),
          note: `client ${n}, write ${k}`,
        });
        if (status === 201) {
          const entry = json as { id: string; amount: number };
          acknowledged += 1;
          acknowledgedSum += entry.amount;
          reversible.push(entry.id);
        }
      }
    }

    async function reader(n: number): Promise<void> {
      for (let k = 0; Date.now() < deadline; k += 1) {
        const path = ['/overview', '/relations', `/accounts/${accounts[(n + k) % accounts.length]}`][k % 3]!;
        await call('GET', path);
      }
    }

    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => (n < WRITERS ? writer(n) : reader(n))));
    const seconds = (performance.now() - started) / 1000;
    await stopServer(child);

    const after = await ledgerTotals(store, organisation.id);
    const check = await verifySums(ctx, organisation.id);
    const fivexx = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
    console.log(
      `[load ${dialect}] ${requests.toLocaleString('en')} requests in ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(0)}/s) from ${CLIENTS} clients; ` +
        `${acknowledged.toLocaleString('en')} writes acknowledged (${reversals} reversals), sum of amounts ${acknowledgedSum}; ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}; ledger ${after.count.toLocaleString('en')} entries (setup ${setup.count}), sum ${after.sum}; ` +
        `check: ${check.differences.length} differences over ${check.accounts} accounts`,
    );
    expect(fivexx, failures.join('\n')).toBe(0);
    expect(failures).toEqual([]);
    expect(acknowledged).toBeGreaterThan(0);
    expect(after.count).toBe(setup.count + acknowledged);
    expect(after.sum).toBe(setup.sum + acknowledgedSum);
    expect(check.differences).toEqual([]);
    expect(check.entries).toBe(after.count);
  });
});
