import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'trust-ledger-backup-cli-'));

/** The real `trust-ledger` command on an SQLite data directory of `root`. */
async function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, TRUST_LEDGER_DATA_DIR: join(root, dataDir), DATABASE_URL: '', TRUST_LEDGER_ORGANISATION: '' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/trust-ledger.js', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('trust-ledger backup and restore', () => {
  it('backs up to a new file only, and restores only a Trust Ledger database', async () => {
    expect((await cli('source', 'demo')).code).toBe(0);
    const file = join(root, 'lindenhof.sqlite');
    const backup = await cli('source', 'backup', file);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backed up .* 1 organisation\(s\), \d+ entries, schema 00\d\d-/);
    // One self-contained file, no partial copy left behind.
    expect(readdirSync(root).filter((name) => name.includes('lindenhof'))).toEqual(['lindenhof.sqlite']);

    const again = await cli('source', 'backup', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already; a backup never overwrites/);

    const junk = join(root, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all, just text that is long enough to have a header\n'.repeat(20));
    const refusedJunk = await cli('fresh', 'restore', junk);
    expect(refusedJunk.code).toBe(1);
    expect(refusedJunk.stderr).toMatch(/is not an SQLite database, so it is not a Trust Ledger backup/);

    const other = join(root, 'other.sqlite');
    const foreign = new SQLite(other);
    foreign.exec('create table notes (text)');
    foreign.close();
    expect((await cli('fresh', 'restore', other)).stderr).toMatch(/an SQLite database, but not a Trust Ledger one: it has no kysely_migration, organisations, entries, account_sums tables/);
    expect(existsSync(join(root, 'fresh', 'trust-ledger.sqlite'))).toBe(false);

    const restored = await cli('fresh', 'restore', file);
    expect(restored.code).toBe(0);
    expect((await cli('fresh', 'balance', '--json')).stdout).toBe((await cli('source', 'balance', '--json')).stdout);

    const overwrite = await cli('source', 'restore', file);
    expect(overwrite.code).toBe(1);
    expect(overwrite.stderr).toMatch(/holds 1 organisation\(s\) .* restore with --force/);
    expect((await cli('source', 'restore', '--force', file)).code).toBe(0);
  });
});
