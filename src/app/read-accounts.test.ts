import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { directionOverview } from '../domain/groups.ts';
import { leadershipProfile } from '../domain/leadership-profile.ts';
import { createContext, type AppContext } from './context.ts';
import { NotFoundError } from './errors.ts';
import { createOrganisation } from './organisations.ts';
import { changeParameters } from './parameters.ts';
import { overridePhase } from './phase-overrides.ts';
import { getAccount, organisationOverview, readRelation, readRelations } from './read-accounts.ts';
import { recordEntries, reverseEntry } from './record-entries.ts';
import { addStakeholder, archiveStakeholder } from './stakeholders.ts';
import { readAccountTrend } from './trends.ts';

const NOW = new Date('2026-06-30T12:00:00Z');

/**
 * Figures the scoped and the whole-organisation reads compute by different routes (running sums
 * or entries) agree to far more digits than anyone reads, not to the last bit.
 */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(10));
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

describe.each(DIALECTS)('reading one relation on %s', (dialect) => {
  let test: TestStore;
  let ctx: AppContext;
  let organisationId: string;
  const relations: { id: string; received: string; given: string }[] = [];

  beforeAll(async () => {
    test = await openTestStore(dialect);
    ctx = createContext(test.store, () => NOW);
    organisationId = (await createOrganisation(ctx, { name: 'Scoped' })).id;
    for (const [i, name] of ['Brouwerij Roman', 'Stad Oudenaarde', 'Bank Delen', 'Vakbond ACV'].entries()) {
      const s = await addStakeholder(ctx, organisationId, { name, category: 'customers', level: 'market', importance: 1 + i, relation: { startedOn: '2023-01-01' } });
      relations.push({ id: s.relation!.id, ...s.relation!.accounts });
    }
    const entries = await recordEntries(
      ctx,
      organisationId,
      relations.flatMap((r, i) => [
        { accountId: r.received, occurredOn: '2024-03-01', foundation: 'honesty' as const, amount: 2 + i },
        { accountId: r.received, occurredOn: '2026-05-20', foundation: 'result' as const, amount: -4, intent: 'intentional' as const },
        { accountId: r.given, occurredOn: `2025-0${1 + i}-10`, foundation: 'competence' as const, amount: 3 },
        { accountId: r.given, occurredOn: '2026-06-29', foundation: 'service' as const, amount: 1 },
      ]),
    );
    await reverseEntry(ctx, organisationId, entries[3]!.id, { reason: 'wrong account' });
    // The last relation's major intentional breach was booked by mistake.
    await reverseEntry(ctx, organisationId, entries[13]!.id, { reason: 'not them' });
    await overridePhase(ctx, organisationId, relations[1]!.received, { phase: 'cognitive', reason: 'we know them well' });
    await archiveStakeholder(ctx, organisationId, (await readRelation(ctx, organisationId, relations[2]!.id)).stakeholderId);
  });
  afterAll(() => test.close());

  async function wholeOrganisation(relationId: string, options: { asOf?: string; parameterVersion?: number } = {}) {
    const { relations: all } = await readRelations(ctx, organisationId, { ...options, includeArchived: true });
    return all.find((r) => r.id === relationId)!;
  }

  it('reads each relation, archived or not, as the whole organisation reads it: today, earlier, under an earlier version', async () => {
    for (const options of [{}, { asOf: '2025-02-01' }, { asOf: '2026-06-01' }]) {
      for (const relation of relations) {
        expect(rounded(await readRelation(ctx, organisationId, relation.id, options))).toEqual(rounded(await wholeOrganisation(relation.id, options)));
      }
    }
    await changeParameters(ctx, organisationId, { changes: { depositHalfLifeDays: 200 }, note: 'faster forgetting' });
    for (const relation of relations) {
      const earlierVersion = { parameterVersion: 1 };
      expect(rounded(await readRelation(ctx, organisationId, relation.id, earlierVersion))).toEqual(rounded(await wholeOrganisation(relation.id, earlierVersion)));
      expect(rounded(await readRelation(ctx, organisationId, relation.id))).toEqual(rounded(await wholeOrganisation(relation.id)));
    }
  });

  it('sees a recent major intentional breach, and not one that was reversed, whether reading one relation or all', async () => {
    const breached = (view: Awaited<ReturnType<typeof readRelation>>) =>
      view.accounts.received.phase.inferred.reasons.some((r) => r.code === 'recent_intentional_breach');
    for (const read of [(id: string) => readRelation(ctx, organisationId, id), wholeOrganisation]) {
      expect(breached(await read(relations[0]!.id))).toBe(true);
      expect(breached(await read(relations[3]!.id))).toBe(false);
    }
  });

  it('reads one account as its relation does, and its trend from its own entries', async () => {
    const relation = relations[1]!;
    const view = await readRelation(ctx, organisationId, relation.id);
    expect(await getAccount(ctx, organisationId, relation.received)).toEqual(view.accounts.received);
    const trend = await readAccountTrend(ctx, organisationId, relation.given, { from: '2025-01-01' });
    expect(trend.points.at(-1)!.trustLevel).toBeCloseTo(view.accounts.given.reading.trustLevel, 9);
  });

  it('makes the overview of the same readings as the list of relations', async () => {
    for (const options of [{}, { asOf: '2025-02-01' }]) {
      const { relations: all } = await readRelations(ctx, organisationId, options);
      const overview = await organisationOverview(ctx, organisationId, options);
      const members = all.flatMap((r) =>
        Object.values(r.accounts).map((a) => ({ direction: a.direction, level: r.stakeholder.level, category: r.stakeholder.category, importance: r.stakeholder.importance, reading: a.reading })),
      );
      expect(overview.relations).toBe(all.length);
      expect(overview.received).toEqual(directionOverview(members, 'received'));
      expect(overview.given).toEqual(directionOverview(members, 'given'));
      expect(overview.leadershipProfile).toEqual(leadershipProfile(all.map((r) => r.accounts.received.reading)));
    }
  });

  it('finds nothing outside the organisation', async () => {
    const other = await createOrganisation(ctx, { name: 'Other' });
    await expect(readRelation(ctx, other.id, relations[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAccount(ctx, other.id, relations[0]!.received)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readAccountTrend(ctx, other.id, relations[0]!.received)).rejects.toBeInstanceOf(NotFoundError);
  });
});
