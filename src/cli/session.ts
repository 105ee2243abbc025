import { UsageError } from './usage-error.ts';
import { createContext, type AppContext } from '../app/context.ts';
import { listAllOrganisations } from '../app/organisations.ts';
import type { OrganisationRecord } from '../store/organisations.ts';
import { openStore, storeConfigFromEnv } from '../store/connect.ts';
import { migrateToLatest } from '../store/migrate.ts';

/** A command's connection to the configured database, migrated and ready. */
export async function openSession(): Promise<AppContext & { close(): Promise<void> }> {
  const store = openStore(storeConfigFromEnv());
  await migrateToLatest(store.db);
  return { ...createContext(store), close: () => store.db.destroy() };
}


/**
 * The organisation a command works on: named by id or name with `--organisation` (or
 * TRUST_LEDGER_ORGANISATION), or the only one there is.
 */
export async function chooseOrganisation(ctx: AppContext, wanted: string | undefined): Promise<OrganisationRecord> {
  const organisations = await listAllOrganisations(ctx);
  const choice = wanted ?? process.env.TRUST_LEDGER_ORGANISATION;
  if (choice) {
    const found = organisations.find((o) => o.id === choice || o.name.toLowerCase() === choice.toLowerCase());
    if (!found) throw new UsageError(`No organisation "${choice}". ${listing(organisations)}`);
    return found;
  }
  if (organisations.length === 1) return organisations[0]!;
  if (organisations.length === 0) {
    throw new UsageError('There is no organisation yet. Create one with: trust-ledger init --name "Your organisation" (or load the demo: trust-ledger demo)');
  }
  throw new UsageError(`There are ${organisations.length} organisations; choose one with --organisation. ${listing(organisations)}`);
}

function listing(organisations: readonly OrganisationRecord[]): string {
  if (organisations.length === 0) return 'There are none yet.';
  return `Known: ${organisations.map((o) => `"${o.name}" (${o.id})`).join(', ')}`;
}
