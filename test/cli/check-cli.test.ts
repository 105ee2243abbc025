import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'trust-ledger-check-'));
const env = { ...process.env, TRUST_LEDGER_DATA_DIR: dataDir, DATABASE_URL: '', TRUST_LEDGER_ORGANISATION: '' };

/** Runs the real `trust-ledger` command against a fresh SQLite data directory. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/trust-ledger.js', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('trust-ledger check', () => {
  it('finds the demo consistent, then reports a running sum altered behind its back with exit 1', async () => {
    expect((await cli('demo')).code).toBe(0);
    const clean = await cli('check');
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/entries, as of .*: the running sums equal a full recompute\./);

    const organisation = JSON.parse((await cli('check', '--json')).stdout) as { consistent: boolean; organisations: { name: string; entries: number }[] };
    expect(organisation.consistent).toBe(true);
    expect(organisation.organisations[0]!.entries).toBeGreaterThan(100);

    const db = new SQLite(join(dataDir, 'trust-ledger.sqlite'));
    try {
      const row = db.prepare('select account_id from account_sums limit 1').get() as { account_id: string };
      db.prepare('update account_sums set scaled_sum = scaled_sum * 1.01 where account_id = ?').run(row.account_id);
    } finally {
      db.close();
    }
    const altered = await cli('check', '--organisation', organisation.organisations[0]!.name);
    expect(altered.code).toBe(1);
    expect(altered.stdout).toMatch(/figure\(s\) differ between the running sums and a full recompute/);
    expect(altered.stderr).toMatch(/The running sums differ from the entries in 1 organisation/);
  });

  it('says to use pg_dump and pg_restore on PostgreSQL, with a non-zero exit', async () => {
    const pgEnv = { ...env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    for (const [args, message] of [
      [['backup', join(dataDir, 'x.sqlite')], /pg_dump/],
      [['restore', join(dataDir, 'x.sqlite')], /pg_restore/],
    ] as const) {
      const result = await run(process.execPath, ['bin/trust-ledger.js', ...args], { env: pgEnv }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(message);
    }
  });
});
