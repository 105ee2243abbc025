import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext } from '../app/context.ts';
import { createUser } from '../app/setup.ts';
import { createApi } from './create-api.ts';
import type { Organisation, Overview, Page, Problem, Relation, Signal, Stakeholder } from './schemas.ts';

const NOW = new Date('2026-06-30T09:00:00Z');

type CreatedStakeholder = Stakeholder & { relation: { id: string; accounts: { received: string; given: string } } | null };

/**
 * Stakeholders change and leave: an edit changes only what it names, an archived stakeholder drops
 * out of every figure and list but keeps its ledger and its page, and a restore brings it all back.
 */
describe.each(DIALECTS)('stakeholders through the HTTP API on %s', (dialect) => {
  let test: TestStore;
  let client: ApiClient;
  let base: string;
  beforeAll(async () => {
    test = await openTestStore(dialect);
    const ctx = createContext(test.store, () => NOW);
    const app = createApi(ctx, { webRoot: null });
    await createUser(ctx, { displayName: 'Els Goossens', email: 'els@example.test', password: 'a long enough password' });
    client = await new ApiClient(app).signIn('els@example.test', 'a long enough password');
    const org = (await client.call<Organisation>('POST', '/organisations', { name: 'Brouwerij De Klok' })).body;
    base = `/organisations/${org.id}`;
  });
  afterAll(() => test.close());

  const add = async (name: string, extra: object = {}) => {
    const result = await client.call<CreatedStakeholder>('POST', `${base}/stakeholders`, {
      name,
      category: 'suppliers',
      level: 'market',
      relation: { startedOn: '2025-01-01', cadenceDays: 60 },
      ...extra,
    });
    expect(result.status).toBe(201);
    return result.body;
  };
  const relations = async (query = '') => (await client.call<Page<Relation>>('GET', `${base}/relations${query}`)).body.items;

  it('adds a stakeholder with its relation and both accounts in one call', async () => {
    const created = await add('Mouterij Van Damme', { importance: 5, tags: ['grondstof'] });
    expect(created).toMatchObject({ name: 'Mouterij Van Damme', importance: 5, influence: 3, archivedAt: null, tags: ['grondstof'] });
    expect(created.relation).toMatchObject({ stakeholderId: created.id, startedOn: '2025-01-01', cadenceDays: 60 });
    const listed = (await relations()).find((r) => r.stakeholderId === created.id);
    expect(listed?.accounts.received.id).toBe(created.relation!.accounts.received);
    expect(listed?.accounts.given.id).toBe(created.relation!.accounts.given);

    const alone = await add('Glasfabriek Noord', { relation: undefined });
    expect(alone.relation).toBeNull();
    expect((await relations()).some((r) => r.stakeholderId === alone.id)).toBe(false);
  });

  it('writes neither stakeholder nor relation when the relation is not valid', async () => {
    const before = (await client.call<Page<Stakeholder>>('GET', `${base}/stakeholders`)).body.items.length;
    const result = await client.call<Problem>('POST', `${base}/stakeholders`, {
      name: 'Te vroeg', category: 'suppliers', level: 'market', relation: { startedOn: '2030-01-01' },
    });
    expect(result.status).toBe(400);
    expect(result.body.errors?.map((e) => e.field)).toContain('startedOn');
    expect((await client.call<Page<Stakeholder>>('GET', `${base}/stakeholders`)).body.items.length).toBe(before);
  });

  it('changes only the fields given, and refuses an empty or bad change', async () => {
    const created = await add('Brouwerij Het Anker', { importance: 2, tags: ['concurrent'] });
    const edited = await client.call<Stakeholder>('PATCH', `${base}/stakeholders/${created.id}`, { importance: 4, tags: ['partner', 'partner'] });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Brouwerij Het Anker', importance: 4, tags: ['partner'], category: 'suppliers' });

    const empty = await client.call<Problem>('PATCH', `${base}/stakeholders/${created.id}`, {});
    expect(empty.status).toBe(400);
    const bad = await client.call<Problem>('PATCH', `${base}/stakeholders/${created.id}`, { importance: 9, category: 'Not A Key' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['category', 'importance']);
    expect((await client.call<Stakeholder>('GET', `${base}/stakeholders/${created.id}`)).body.importance).toBe(4);

    const unknown = await client.call<Problem>('PATCH', `${base}/stakeholders/0190f5b1-0000-7000-8000-000000000000`, { importance: 1 });
    expect(unknown.status).toBe(404);
  });

  it('archives: out of the lists, figures and signals, closed for new entries, the page and ledger kept; restore undoes it', async () => {
    const created = await add('Drukkerij Peeters', { importance: 5 });
    const received = created.relation!.accounts.received;
    const record = (amount: number) =>
      client.call('POST', `${base}/entries`, {
        accountId: received,
        foundation: 'fair_play', amount, intent: amount < 0 ? 'intentional' : undefined, occurredOn: '2026-06-01',
      });
    expect((await record(-4)).status).toBe(201);
    const overview = async () => (await client.call<Overview>('GET', `${base}/overview`)).body;
    const signalsAbout = async () =>
      (await client.call<{ items: Signal[] }>('GET', `${base}/signals`)).body.items.filter((s) => s.stakeholderId === created.id);
    const followedCount = (await overview()).relations;
    expect((await signalsAbout()).length).toBeGreaterThan(0);

    const archived = await client.call<Stakeholder>('POST', `${base}/stakeholders/${created.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).toBe(NOW.toISOString());
    expect((await relations()).some((r) => r.stakeholderId === created.id)).toBe(false);
    expect((await relations('?archived=include')).some((r) => r.stakeholderId === created.id)).toBe(true);
    expect((await overview()).relations).toBe(followedCount - 1);
    expect(await signalsAbout()).toEqual([]);
    const stakeholders = (await client.call<Page<Stakeholder>>('GET', `${base}/stakeholders`)).body.items;
    expect(stakeholders.find((s) => s.id === created.id)?.archivedAt).toBe(NOW.toISOString());

    // Its page still reads, with the ledger as it was.
    const page = await client.call<Relation>('GET', `${base}/relations/${created.relation!.id}`);
    expect(page.status).toBe(200);
    expect(page.body.stakeholder.archivedAt).toBe(NOW.toISOString());
    expect(page.body.accounts.received.reading.balance).toBeLessThan(0);

    const refused = await record(2);
    expect(refused.status).toBe(409);
    expect((refused.body as Problem).detail).toMatch(/archived/);
    expect((await client.call<Problem>('POST', `${base}/stakeholders/${created.id}/archive`)).status).toBe(409);

    const restored = await client.call<Stakeholder>('POST', `${base}/stakeholders/${created.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.archivedAt).toBeNull();
    expect((await overview()).relations).toBe(followedCount);
    expect((await signalsAbout()).length).toBeGreaterThan(0);
    expect((await record(2)).status).toBe(201);
    expect((await client.call<Problem>('POST', `${base}/stakeholders/${created.id}/restore`)).status).toBe(409);
  });

  it('keeps every change in the audit log', async () => {
    const created = await add('Etikettenbedrijf Lux');
    await client.call('PATCH', `${base}/stakeholders/${created.id}`, { name: 'Etiketten Lux' });
    await client.call('POST', `${base}/stakeholders/${created.id}/archive`);
    await client.call('POST', `${base}/stakeholders/${created.id}/restore`);
    const log = (await client.call<{ items: { action: string; objectId: string | null; details: unknown }[] }>('GET', `${base}/audit`)).body.items;
    const mine = log.filter((e) => e.objectId === created.id || e.objectId === created.relation!.id).map((e) => e.action);
    expect(mine.sort()).toEqual(['relation.create', 'stakeholder.archive', 'stakeholder.create', 'stakeholder.edit', 'stakeholder.restore']);
    expect(log.find((e) => e.action === 'stakeholder.edit' && e.objectId === created.id)?.details).toEqual({ fields: ['name'] });
  });
});
