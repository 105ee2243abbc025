import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { exportCsv } from '../../app/csv-export.ts';
import { CsvImportError, importCsv, type CsvFiles } from '../../app/csv-import.ts';
import { CSV_KINDS, describeIssue, type CsvKind } from '../../app/csv-read.ts';
import { progressBar } from '../csv-progress.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { UsageError } from '../usage-error.ts';

/** `import` and `export`: the CSV files of stakeholders, relations and entries (docs/exchange.md). */

/**
 * The files named on the command line: a directory stands for the `stakeholders.csv`,
 * `relations.csv` and `entries.csv` in it; a file's kind is the one of those words in its name.
 */
export function collectFiles(paths: readonly string[]): Partial<Record<CsvKind, string>> {
  const found: Partial<Record<CsvKind, string>> = {};
  const add = (kind: CsvKind, path: string) => {
    if (found[kind] !== undefined) throw new UsageError(`Two ${kind} files: ${found[kind]} and ${path}. Import one at a time.`);
    found[kind] = path;
  };
  for (const path of paths) {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      const names = readdirSync(path);
      for (const kind of CSV_KINDS) if (names.includes(`${kind}.csv`)) add(kind, join(path, `${kind}.csv`));
      continue;
    }
    const kinds = CSV_KINDS.filter((kind) => basename(path).toLowerCase().includes(kind));
    if (kinds.length !== 1) throw new UsageError(`Cannot tell what ${path} holds: its name must contain one of ${CSV_KINDS.join(', ')}.`);
    add(kinds[0]!, path);
  }
  if (Object.keys(found).length === 0) throw new UsageError(`No CSV files found in ${paths.join(', ')}: expected ${CSV_KINDS.map((k) => `${k}.csv`).join(', ')}.`);
  return found;
}

export async function csvImport(paths: string[], options: { dryRun?: boolean; organisation?: string }): Promise<void> {
  const named = collectFiles(paths);
  const files: CsvFiles = {};
  for (const kind of CSV_KINDS) {
    const path = named[kind];
    if (path === undefined) continue;
    try {
      files[kind] = readFileSync(path);
    } catch (error) {
      throw new UsageError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const session = await openSession();
  const bar = progressBar(process.stderr, 'entries');
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const summary = await importCsv(session, organisation.id, files, { dryRun: options.dryRun === true, onProgress: bar.update });
    bar.finish();
    const counts = `${summary.stakeholders} stakeholders, ${summary.relations} relations, ${summary.entries} entries and ${summary.reversals} reversals`;
    console.log(summary.dryRun ? `Dry run: would import ${counts} into "${organisation.name}". Nothing was written.` : `Imported ${counts} into "${organisation.name}".`);
  } catch (error) {
    bar.finish();
    if (!(error instanceof CsvImportError)) throw error;
    const shown = error.csvIssues.slice(0, 50);
    const more = error.csvIssues.length - shown.length;
    throw new UsageError(
      [
        `Not imported (nothing was written): ${error.csvIssues.length} issue${error.csvIssues.length === 1 ? '' : 's'}.`,
        ...shown.map(describeIssue),
        ...(more > 0 ? [`… and ${more} more.`] : []),
      ].join('\n'),
    );
  } finally {
    await session.close();
  }
}

export async function csvExport(options: { out: string; organisation?: string }): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    mkdirSync(options.out, { recursive: true });
    for (const kind of CSV_KINDS) writeFileSync(join(options.out, `${kind}.csv`), await exportCsv(session, organisation.id, kind));
    console.log(`Exported "${organisation.name}" to ${CSV_KINDS.map((k) => join(options.out, `${k}.csv`)).join(', ')}.`);
  } finally {
    await session.close();
  }
}
