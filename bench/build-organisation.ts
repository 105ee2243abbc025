import { createContext } from '../src/app/context.ts';
import { mulberry32 } from '../src/app/demo/seeded-random.ts';
import { createOrganisation, organisationToday } from '../src/app/organisations.ts';
import { recordEntries, reverseEntry, type RecordEntryInput } from '../src/app/record-entries.ts';
import { addStakeholder } from '../src/app/stakeholders.ts';
import { addDays } from '../src/domain/calendar.ts';
import { FOUNDATIONS, LEVELS, STAKEHOLDER_CATEGORIES } from '../src/domain/vocabulary.ts';
import { openStore } from '../src/store/connect.ts';
import { migrateToLatest } from '../src/store/migrate.ts';

/**
 * A development organisation for the API benchmark, built through the use cases the product
 * itself runs (so the running sums and audit rows are what a real user leaves behind):
 *
 *   npx tsx bench/build-organisation.ts data/bench.sqlite [relations=10000] [entries=200000]
 *
 * prints the organisation's id. The benchmark's own 1M-entry file comes from bench/generate.ts;
 * apiFigures does not care how the file was made. Dates run over the five years up to the real
 * today, because the server it is read by reads "today" from the clock.
 */
const BATCH = 5_000;
/** About one entry in 200 is a mistake corrected by a reversal, as in a kept ledger. */
const REVERSED_SHARE = 0.005;

export async function buildOrganisation(file: string, relations: number, entries: number): Promise<string> {
  const store = openStore({ kind: 'sqlite', file });
  await migrateToLatest(store.db);
  const ctx = createContext(store);
  const organisation = await createOrganisation(ctx, { name: `Bench ${relations} relations, ${entries} entries` });
  const today = await organisationToday(ctx, organisation.id);
  const random = mulberry32(10);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const accounts: string[] = [];
  for (let i = 0; i < relations; i++) {
    const stakeholder = await addStakeholder(ctx, organisation.id, {
      name: `Stakeholder ${String(i).padStart(5, '0')}`,
      category: pick(STAKEHOLDER_CATEGORIES),
      level: pick(LEVELS),
      importance: 1 + Math.floor(random() * 5),
      relation: { startedOn: addDays(today, -1830 - Math.floor(random() * 365)) },
    });
    accounts.push(stakeholder.relation!.accounts.received, stakeholder.relation!.accounts.given);
  }
  for (let done = 0; done < entries; done += BATCH) {
    const batch: RecordEntryInput[] = Array.from({ length: Math.min(BATCH, entries - done) }, () => {
      const amount = random() < 0.7 ? 1 + Math.floor(random() * 5) : -(1 + Math.floor(random() * 5));
      return {
        accountId: pick(accounts),
        occurredOn: addDays(today, -Math.floor(random() * 1826)),
        foundation: pick(FOUNDATIONS),
        amount,
        intent: amount < 0 ? pick(['intentional', 'unintentional', 'unknown'] as const) : null,
      };
    });
    const recorded = await recordEntries(ctx, organisation.id, batch);
    for (const entry of recorded) {
      if (random() < REVERSED_SHARE) await reverseEntry(ctx, organisation.id, entry.id, { reason: 'booked on the wrong account' });
    }
  }
  await store.db.destroy();
  return organisation.id;
}

if (import.meta.filename === process.argv[1]) {
  const [file, relations = '10000', entries = '200000'] = process.argv.slice(2);
  if (!file) throw new Error('usage: tsx bench/build-organisation.ts <sqlite file> [relations] [entries]');
  console.log(await buildOrganisation(file, Number(relations), Number(entries)));
}
