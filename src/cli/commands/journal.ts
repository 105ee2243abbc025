import { exportJournal } from '../../app/journal-export.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { parseInteger } from './parse.ts';

export interface JournalOptions {
  readonly parameterVersion?: string;
  readonly organisation?: string;
}

/** `journal`: the ledger as a plain-text accounting journal on stdout, for ledger-cli and hledger. */
export async function journal(options: JournalOptions): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const parameterVersion = parseInteger('--parameter-version', options.parameterVersion);
    process.stdout.write(await exportJournal(session, organisation.id, parameterVersion === undefined ? {} : { parameterVersion }));
  } finally {
    await session.close();
  }
}
