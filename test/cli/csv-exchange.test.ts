import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'trust-ledger-csv-'));
const env = { ...process.env, TRUST_LEDGER_DATA_DIR: join(root, 'data'), DATABASE_URL: '', TRUST_LEDGER_ORGANISATION: '' };

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

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const IMPORT = {
  'stakeholders.csv': 'key;name;category;level;importance\r\nzee;Hotel Zeezicht;customers;market;4\r\npeeters;Zagerij Peeters;suppliers;market;\r\n',
  'relations.csv': 'stakeholder,started_on\nzee,2025-01-01\npeeters,2025-02-01\n',
  'entries.csv': 'stakeholder,direction,occurred_on,foundation,amount,intent,note\nzee,received,2025-06-01,competence,3,,Spoedlevering\npeeters,given,2025-06-02,honesty,-2,unknown,\n',
};

const receivedR = async () => {
  const json = JSON.parse((await cli('balance', '--json', '--direction', 'received', '--as-of', '2025-06-01')).stdout) as { accounts: { stakeholder: string; r: number }[] };
  return json.accounts.map((a) => a.r);
};

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('trust-ledger import and export', () => {
  it('dry-runs, imports, refuses a bad file with every issue and a non-zero exit, and exports what import reads', async () => {
    expect((await cli('init', '--name', 'Brouwerij De Klok')).code).toBe(0);
    const good = folder('good', IMPORT);

    const dry = await cli('import', good, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run: would import 2 stakeholders, 2 relations, 2 entries and 0 reversals into "Brouwerij De Klok". Nothing was written.');
    expect(await receivedR()).toEqual([]);

    const bad = folder('bad', {
      'entries.csv': 'stakeholder,direction,occurred_on,foundation,amount,intent\nHotel Zeezicht,received,2025-06-03,honesty,7,\nNobody,received,2025-13-01,honesty,2,\n',
    });
    const refused = await cli('import', join(bad, 'entries.csv'), join(good, 'stakeholders.csv'), join(good, 'relations.csv'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Not imported (nothing was written): 3 issues.');
    expect(refused.stderr).toContain('entries.csv line 2, column "amount": expected a whole number from −5 to −1 or 1 to 5, got "7"');
    expect(refused.stderr).toContain('entries.csv line 3, column "stakeholder": expected a key or name of stakeholders.csv, or the id or name of an existing stakeholder, got "Nobody"');
    expect(refused.stderr).toContain('entries.csv line 3, column "occurred_on": expected a date as YYYY-MM-DD, got "2025-13-01"');
    expect(await receivedR()).toEqual([]);

    const imported = await cli('import', good);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported 2 stakeholders, 2 relations, 2 entries and 0 reversals into "Brouwerij De Klok".');
    expect((await receivedR()).sort()).toEqual([0, 3]);
    // Importing the same stakeholders again is refused: they exist.
    const again = await cli('import', good);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/stakeholders\.csv line 2, column "name": expected a new stakeholder, got "Hotel Zeezicht", which exists already/);

    const out = join(root, 'export');
    const exported = await cli('export', '--out', out);
    expect(exported.code).toBe(0);
    const entries = readFileSync(join(out, 'entries.csv'), 'utf8').trim().split('\n');
    expect(entries[0]).toBe('stakeholder,direction,occurred_on,foundation,amount,intent,note,source,id,reverses');
    expect(entries.slice(1).map((line) => line.split(',').slice(1, 8).join(','))).toEqual([
      'received,2025-06-01,competence,3,,Spoedlevering,import',
      'given,2025-06-02,honesty,-2,unknown,,import',
    ]);
    expect(readFileSync(join(out, 'stakeholders.csv'), 'utf8')).toMatch(/,Hotel Zeezicht,customers,market,4,3,3,3,\n/);

    expect((await cli('import', join(root, 'nothing-here.txt'))).stderr).toMatch(/Cannot tell what .*nothing-here\.txt holds/);
  });
});
