import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { verifySums } from '../../src/app/verify-sums.ts';
import { DIALECTS } from '../support/stores.ts';
import { named, openTarget, seedOrganisation, sleep, startServer, waitUntil, type Seeded, type Target } from './support/server.ts';
import { verifyWrites, WriteLoad } from './support/writers.ts';

/**
 * PostgreSQL restart (issue #11): the local PostgreSQL server is restarted (fast shutdown: every
 * connection is terminated) while clients write to and read from the application. Meanwhile the
 * application answers 503 problem+json — never a 500, never a dropped connection — and /readyz
 * says it is not ready; afterwards it reconnects by itself, and no acknowledged write is lost.
 *
 * Other test runs may share this PostgreSQL server: there is one restart, and only here. It needs
 * TEST_DATABASE_URL on this machine's PostgreSQL and the right to run pg_ctlcluster (root).
 */
const run = promisify(execFile);
const WRITERS = 20;
const READERS = 10;
const BEFORE_MS = 3000;
const AFTER_MS = 3000;

/** The Debian cluster that listens on TEST_DATABASE_URL's port, if this process may restart it. */
async function localCluster(): Promise<{ version: string; name: string } | string> {
  if (!DIALECTS.includes('postgres')) return 'TEST_DATABASE_URL is not set or not reachable';
  const url = new URL(process.env.TEST_DATABASE_URL!.trim());
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(url.hostname)) return `PostgreSQL at ${url.hostname} is not this machine's`;
  if (process.getuid?.() !== 0) return 'restarting PostgreSQL with pg_ctlcluster needs root';
  const port = url.port || '5432';
  try {
    const { stdout } = await run('pg_lsclusters', ['--no-header']);
    const line = stdout
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .find((fields) => fields[2] === port && fields[3] === 'online');
    return line ? { version: line[0]!, name: line[1]! } : `no online cluster on port ${port} in pg_lsclusters`;
  } catch (error) {
    return `pg_lsclusters is not available (${String(error)})`;
  }
}

const cluster = await localCluster();
if (typeof cluster === 'string') console.warn(`[reliability] PostgreSQL restart suite skipped: ${cluster}.`);

describe.skipIf(typeof cluster === 'string')('a PostgreSQL restart under load', () => {
  let target: Target;
  let seeded: Seeded;
  beforeAll(async () => {
    target = await openTarget('postgres', 'restart');
    seeded = await target.withStore((store) => seedOrganisation(createContext(store), 'Brouwerij Herstart', 8));
  });
  afterAll(() => target?.close());

  it('answers 503 while PostgreSQL restarts, reconnects by itself, and loses no acknowledged write', async () => {
    const { version, name } = cluster as { version: string; name: string };
    const server = await startServer(named(target, `tl-restart-server-${process.pid}`));
    try {
      const load = new WriteLoad(server.url, seeded.organisationId, seeded.token, seeded.accounts, 'restart-pg', 7).start(WRITERS, READERS);
      // Readiness, polled as a load balancer would.
      const readiness: { at: number; status: number | string; type: string }[] = [];
      let polling = true;
      const poller = (async () => {
        while (polling) {
          const response = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(15_000) }).catch((error: unknown) => String(error));
          readiness.push(
            typeof response === 'string'
              ? { at: performance.now(), status: response, type: '' }
              : { at: performance.now(), status: response.status, type: response.headers.get('content-type') ?? '' },
          );
          if (typeof response !== 'string') await response.arrayBuffer();
          await sleep(100);
        }
      })();

      await sleep(BEFORE_MS);
      const restartStarted = performance.now();
      await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'restart', '-m', 'fast']);
      const restartEnded = performance.now();
      // The application finds its way back without being touched.
      const readyAgainMs = await waitUntil(() => readiness.at(-1)?.status === 200 && readiness.at(-1)!.at > restartEnded, 60_000, () => 'never ready again');
      const writeAgain = () => load.events.find((e) => e.write && e.outcome === '201' && e.at > restartEnded);
      await waitUntil(() => writeAgain() !== undefined, 60_000, () => 'no write acknowledged after the restart');
      await sleep(AFTER_MS);
      polling = false;
      await Promise.all([load.stop(), poller]);

      const unavailable = load.events.filter((e) => e.outcome === '503');
      const notReady = readiness.filter((r) => r.status === 503);
      const written = await target.withStore((store) => verifyWrites(store, seeded.organisationId, [load]));
      const check = await target.withStore((store) => verifySums(createContext(store), seeded.organisationId));
      const acknowledgedAfter = load.events.filter((e) => e.write && e.outcome === '201' && e.at > restartEnded).length;
      console.log(
        [
          `[postgres restart] PostgreSQL ${version}/${name} restarted in ${((restartEnded - restartStarted) / 1000).toFixed(1)} s under ${WRITERS} writers and ${READERS} readers; ` +
            `the server process stayed up (pid ${server.child.pid}) and was ready again ${(readyAgainMs / 1000).toFixed(1)} s after the restart ended, first write acknowledged ${((writeAgain()!.at - restartEnded) / 1000).toFixed(1)} s after it.`,
          `  clients: ${load.summary()}`,
          `  503 answers: ${unavailable.length} (${unavailable.filter((e) => e.write).length} to writes), from ${unavailable.length ? ((unavailable[0]!.at - restartStarted) / 1000).toFixed(1) : '–'} s to ${unavailable.length ? ((unavailable.at(-1)!.at - restartStarted) / 1000).toFixed(1) : '–'} s after the restart began; /readyz: ${readiness.length} polls, ${notReady.length} answered 503`,
          `  ledger: ${written.stored.toLocaleString('en')} entries = ${written.acknowledged.toLocaleString('en')} acknowledged (${acknowledgedAfter} after the restart) + ${written.uncertainStored} of ${written.uncertain} answered 503 or cut off; check: ${check.differences.length === 0 ? 'clean' : `${check.differences.length} differences`}`,
        ].join('\n'),
      );

      expect(server.child.exitCode, server.output()).toBeNull();
      expect(load.serverErrors, load.serverErrors.join('\n')).toEqual([]);
      // The restart was felt, and told as it should be.
      expect(unavailable.length + notReady.length).toBeGreaterThan(0);
      expect(notReady.length).toBeGreaterThan(0);
      expect(notReady.every((r) => r.type.includes('application/problem+json'))).toBe(true);
      // Connections to the application itself never failed: only the database was away.
      expect(load.outcomes.get('connection lost') ?? 0).toBe(0);
      expect(load.outcomes.get('connection refused') ?? 0).toBe(0);
      expect(readiness.filter((r) => typeof r.status === 'string')).toEqual([]);
      expect(acknowledgedAfter).toBeGreaterThan(0);
      expect(written.problems).toEqual([]);
      expect(written.stored).toBe(written.acknowledged + written.uncertainStored);
      expect(check.differences).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
