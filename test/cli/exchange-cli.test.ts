import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'trust-ledger-exchange-cli-'));

/** Runs the real `trust-ledger` command against an SQLite data directory of its own. */
async function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, TRUST_LEDGER_DATA_DIR: join(work, dataDir), DATABASE_URL: '', TRUST_LEDGER_ORGANISATION: '' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/trust-ledger.js', ...args], { env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('exchange on the command line', () => {
  const file = join(work, 'lindenhof.json');

  it('exports an organisation to a file and imports it into another database with the same balances', async () => {
    expect((await cli('one', 'demo')).code).toBe(0);
    const exported = await cli('one', 'export-json', '--out', file);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain(`Exported "Meubelmakerij Lindenhof" to ${file}`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'trust-ledger-organisation', formatVersion: 1 });

    const imported = await cli('two', 'import-json', file);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported organisation "Meubelmakerij Lindenhof" \(/);
    const balances = async (dataDir: string) => JSON.parse((await cli(dataDir, 'balance', '--json')).stdout) as unknown;
    expect(await balances('two')).toEqual(await balances('one'));
  });

  it('refuses to import an organisation twice or a file that is not an export, with a message', async () => {
    const again = await cli('two', 'import-json', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already in this database/);
    const notJson = await cli('two', 'import-json', join(work, 'missing.json'));
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/Cannot read .*missing\.json as JSON/);
  });

  it('prints the journal on standard output', async () => {
    const journal = await cli('one', 'journal');
    expect(journal.code).toBe(0);
    expect(journal.stdout).toMatch(/^; Trust Ledger journal of Meubelmakerij Lindenhof\n; Exported .* under parameter version 1:/);
    expect((await cli('one', 'journal', '--parameter-version', '7')).stderr).toMatch(/parameter version 7 was not found/);
  });
});
