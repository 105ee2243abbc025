import { readFile, writeFile } from 'node:fs/promises';
import { exportOrganisation } from '../../app/organisation-export.ts';
import { importOrganisation } from '../../app/organisation-import.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { UsageError } from '../usage-error.ts';

export interface ExportJsonOptions {
  readonly out?: string;
  readonly organisation?: string;
}

/** `export-json`: the whole organisation as JSON (docs/exchange-json.md), to a file or stdout. */
export async function exportJson(options: ExportJsonOptions): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const text = `${JSON.stringify(await exportOrganisation(session, organisation.id), null, 1)}\n`;
    if (options.out === undefined) {
      process.stdout.write(text);
      return;
    }
    await writeFile(options.out, text);
    // On stderr, so that a redirected stdout never mixes a message into the data.
    console.error(`Exported "${organisation.name}" to ${options.out}`);
  } finally {
    await session.close();
  }
}

/**
 * `import-json <file>`: creates the organisation of an export, all or nothing. Run on the server,
 * it keeps the memberships of the people this server knows.
 */
export async function importJson(file: string): Promise<void> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new UsageError(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const session = await openSession();
  try {
    const organisation = await importOrganisation(session, document);
    console.log(`Imported organisation "${organisation.name}" (${organisation.id})`);
  } finally {
    await session.close();
  }
}
