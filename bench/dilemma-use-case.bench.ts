import { actingAs, createContext } from '../src/app/context.ts';
import { mulberry32 } from '../src/app/demo/seeded-random.ts';
import { createDilemma, simulateDilemma } from '../src/app/dilemmas.ts';
import { createOrganisation } from '../src/app/organisations.ts';
import { recordEntries, type RecordEntryInput } from '../src/app/record-entries.ts';
import { addStakeholder } from '../src/app/stakeholders.ts';
import { addDays } from '../src/domain/calendar.ts';
import { FOUNDATIONS } from '../src/domain/vocabulary.ts';
import { openStore } from '../src/store/connect.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { measure, type Figure } from './harness.ts';

/**
 * The same simulation as a user asks for it: `simulateDilemma` on SQLite for an organisation of
 * 10,000 relations with 100,000 entries — reading every account's evidence from the running sums,
 * then simulating both options (one of 50 effects, one empty).
 */
const RELATIONS = 10_000;
const ENTRIES = 100_000;
const TODAY = '2026-06-30';

export async function dilemmaUseCaseFigures(): Promise<Figure[]> {
  const store = openStore({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(store.db);
  const ctx = actingAs(createContext(store, () => new Date(`${TODAY}T10:00:00Z`)), { userId: null, tokenId: null });
  const organisation = await createOrganisation(ctx, { name: 'Bench' });
  const random = mulberry32(5);
  const accounts: { stakeholderId: string; received: string; given: string }[] = [];
  for (let i = 0; i < RELATIONS; i++) {
    const s = await addStakeholder(ctx, organisation.id, { name: `Stakeholder ${i}`, category: 'customers', level: 'market', relation: { startedOn: '2021-01-01' } });
    accounts.push({ stakeholderId: s.id, ...s.relation!.accounts });
  }
  for (let done = 0; done < ENTRIES; done += 5_000) {
    const batch: RecordEntryInput[] = Array.from({ length: 5_000 }, () => {
      const account = accounts[Math.floor(random() * RELATIONS)]!;
      const amount = random() < 0.75 ? 1 + Math.floor(random() * 3) : -(1 + Math.floor(random() * 3));
      return {
        accountId: random() < 0.5 ? account.received : account.given,
        occurredOn: addDays(TODAY, -Math.floor(random() * 1800)),
        foundation: FOUNDATIONS[Math.floor(random() * FOUNDATIONS.length)]!,
        amount,
        intent: amount < 0 ? 'unintentional' : null,
      };
    });
    await recordEntries(ctx, organisation.id, batch);
  }
  const effects = Array.from({ length: 50 }, () => {
    const amount = (1 + Math.floor(random() * 5)) * (random() < 0.5 ? -1 : 1);
    return {
      stakeholderId: accounts[Math.floor(random() * RELATIONS)]!.stakeholderId,
      direction: random() < 0.5 ? ('received' as const) : ('given' as const),
      foundation: FOUNDATIONS[Math.floor(random() * FOUNDATIONS.length)]!,
      amount,
      intent: amount < 0 ? ('unintentional' as const) : null,
    };
  });
  const dilemma = await createDilemma(ctx, organisation.id, {
    title: 'Bench',
    valueConflict: 'one good against another',
    impact: 3,
    options: [{ title: 'act', effects }, { title: 'wait', effects: [] }],
  });
  const figure = await measure('dilemma simulation use case on SQLite: 50 effects, 10k relations, 100k entries', () => simulateDilemma(ctx, organisation.id, dilemma.id), {
    runs: 10,
    note: 'reads every account from the running sums, then simulates both options',
  });
  await store.db.destroy();
  return [figure];
}
