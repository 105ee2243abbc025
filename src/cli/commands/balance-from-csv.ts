import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { balanceFromCsv } from '../../app/csv-balance.ts';
import { isoDateOf, isIsoDate } from '../../domain/calendar.ts';
import { bandOf } from '../../domain/opinion.ts';
import { DEFAULT_PARAMETERS } from '../../domain/parameters.ts';
import { DIMENSIONS } from '../../domain/vocabulary.ts';
import { UsageError } from '../usage-error.ts';
import { renderTable } from '../table.ts';
import { formatSigned } from './format.ts';

/**
 * `balance --from-csv <directory>`: every account of a ledger kept as CSV files (entries.csv, and
 * stakeholders.csv for the base rates when it is there), read without a database under the
 * default parameters.
 */
export async function balanceFromCsvFiles(directory: string, options: { asOf?: string; json?: boolean }): Promise<void> {
  const entriesFile = join(directory, 'entries.csv');
  if (!existsSync(entriesFile)) throw new UsageError(`--from-csv: no entries.csv in ${directory}`);
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) throw new UsageError('--as-of must be a date as YYYY-MM-DD');
  const stakeholdersFile = join(directory, 'stakeholders.csv');
  const parameters = DEFAULT_PARAMETERS;
  const { asOf, accounts, figures } = await balanceFromCsv(
    { entries: createReadStream(entriesFile), ...(existsSync(stakeholdersFile) ? { stakeholders: createReadStream(stakeholdersFile) } : {}) },
    options.asOf ?? isoDateOf(new Date()),
    parameters,
  );
  const band = (r: number, s: number, t: number) => bandOf(t, parameters.priorWeight / (r + s + parameters.priorWeight));
  if (options.json) {
    const rows = accounts.map((account, a) => ({
      ...account,
      trustLevel: figures.trustLevel[a],
      band: band(figures.r[a]!, figures.s[a]!, figures.trustLevel[a]!),
      balance: figures.r[a]! - figures.s[a]!,
      r: figures.r[a],
      s: figures.s[a],
      legs: Object.fromEntries(DIMENSIONS.map((d, leg) => [d, figures.legTrustLevel[a * 3 + leg]])),
    }));
    process.stdout.write(`${JSON.stringify({ asOf, parameters: 'default', accounts: rows }, null, 2)}\n`);
    return;
  }
  const columns = [
    { header: 'Stakeholder' },
    { header: 'Direction' },
    { header: 'T', numeric: true },
    { header: 'Band' },
    { header: 'Balance', numeric: true },
    ...DIMENSIONS.map((d) => ({ header: d, numeric: true })),
  ];
  const rows = accounts.map((account, a) => [
    account.stakeholder,
    account.direction,
    figures.trustLevel[a]!.toFixed(0),
    band(figures.r[a]!, figures.s[a]!, figures.trustLevel[a]!),
    formatSigned(figures.r[a]! - figures.s[a]!),
    ...DIMENSIONS.map((_, leg) => figures.legTrustLevel[a * 3 + leg]!.toFixed(0)),
  ]);
  process.stdout.write(`Trust accounts of ${entriesFile} as of ${asOf} (default parameters)\n\n${renderTable(columns, rows)}\n`);
}
