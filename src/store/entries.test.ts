import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { FOUNDATIONS } from '../domain/vocabulary.ts';
import { addToSums, sumsByAccount } from './entries.ts';
import { insertOrganisation } from './organisations.ts';
import { insertRelations } from './relations.ts';
import { insertStakeholders } from './stakeholders.ts';

describe.each(DIALECTS)('reading running sums on %s', (dialect) => {
  let test: TestStore;
  const accounts = ['acc-1', 'acc-2', 'acc-3', 'acc-4'];
  beforeAll(async () => {
    test = await openTestStore(dialect);
    const { db } = test.store;
    const at = '2026-01-01T00:00:00Z';
    await insertOrganisation(db, { id: 'org', name: 'Paged', createdAt: at, timeZone: 'Europe/Brussels' });
    await insertStakeholders(db, [{
      id: 'st', organisationId: 'org', name: 'Veiling Hoogstraten', category: 'suppliers', level: 'market',
      importance: 3, influence: 3, interest: 3, vulnerability: 3, tags: [], createdAt: at, archivedAt: null,
    }]);
    for (const [i, pair] of [accounts.slice(0, 2), accounts.slice(2)].entries()) {
      const relation = { id: `rel-${i}`, organisationId: 'org', stakeholderId: 'st', ownerUserId: null, startedOn: '2025-01-01', scope: 'contract' as const, cadenceDays: 90, createdAt: at };
      await insertRelations(db, [relation], pair.map((id, j) => ({ id, organisationId: 'org', relationId: relation.id, direction: j === 0 ? ('received' as const) : ('given' as const) })));
    }
    for (const [i, account] of accounts.entries()) {
      const contributions = FOUNDATIONS.slice(0, 2 + i).flatMap((foundation, j) => [
        { foundation, sign: 'deposit' as const, scaledWeight: 1 + j, occurredOn: '2025-06-01' },
        { foundation, sign: 'withdrawal' as const, scaledWeight: 0.5 * j, occurredOn: '2025-07-01' },
      ]);
      await addToSums(db, 'org', 1, contributions.map((c) => ({ ...c, accountId: account })));
    }
  });
  afterAll(() => test.close());

  it('reads every sum of an organisation alike in pages of any size, or of some accounts', async () => {
    const whole = await sumsByAccount(test.store.db, 'org', 1);
    expect([...whole.values()].map((sums) => sums.length)).toEqual([4, 6, 8, 10]);
    for (const pageSize of [1, 3, 4, 7]) expect(await sumsByAccount(test.store.db, 'org', 1, undefined, pageSize)).toEqual(whole);
    const some = await sumsByAccount(test.store.db, 'org', 1, ['acc-2', 'acc-4'], 3);
    expect(some).toEqual(new Map([['acc-2', whole.get('acc-2')], ['acc-4', whole.get('acc-4')]]));
  });
});
