import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext } from '../app/context.ts';
import { createUser } from '../app/setup.ts';
import { standardInstrument } from '../domain/survey-instrument.ts';
import { FOUNDATIONS } from '../domain/vocabulary.ts';
import { createApi } from './create-api.ts';
import type { Instrument, IssuedInvitations, Questionnaire, Scan, ScanResult } from './scan-schemas.ts';
import type { Entry, Organisation, Page, Problem, Relation } from './schemas.ts';

type CreatedStakeholder = { id: string; relation: { id: string; accounts: { received: string; given: string } } };

const STATEMENTS = standardInstrument('received').statements;
/** Every statement answered the same, but honesty's first statement answered `honesty`. */
const answers = (all: number, honesty = all) =>
  Object.fromEntries(STATEMENTS.map((s) => [s.id, s.id === 'received.honesty.1' ? honesty : all]));

/**
 * A trust scan through the HTTP API: prepare, open, hand out links, answer, close, read — and the
 * anonymity rules holding on every route: the server, not the page, decides what may be seen.
 */
describe.each(DIALECTS)('trust scans through the HTTP API on %s', (dialect) => {
  let test: TestStore;
  let client: ApiClient;
  let respondent: ApiClient;
  let base: string;
  let now = new Date('2026-06-01T09:00:00Z');
  const suppliers: CreatedStakeholder[] = [];

  beforeAll(async () => {
    test = await openTestStore(dialect);
    const ctx = createContext(test.store, () => now);
    const app = createApi(ctx, { webRoot: null });
    await createUser(ctx, { displayName: 'An Claes', email: 'an@example.test', password: 'a long enough password' });
    client = await new ApiClient(app).signIn('an@example.test', 'a long enough password');
    respondent = new ApiClient(app);
    const org = (await client.call<Organisation>('POST', '/organisations', { name: 'Drukkerij Claes', timeZone: 'UTC' })).body;
    base = `/organisations/${org.id}`;
    for (const name of ['Papier Noord', 'Inkt Zuid', 'Karton Oost']) {
      const created = await client.call<CreatedStakeholder>('POST', `${base}/stakeholders`, {
        name, category: 'suppliers', level: 'market', relation: { startedOn: '2024-01-01' },
      });
      suppliers.push(created.body);
    }
  });
  afterAll(() => test.close());

  const newScan = async (extra: object = {}) => {
    const created = await client.call<Scan>('POST', `${base}/scans`, {
      title: 'Leveranciers 2026', kind: 'received', target: { type: 'category', value: 'suppliers' }, closesOn: '2026-06-30', ...extra,
    });
    expect(created.status).toBe(201);
    return created.body;
  };
  const links = async (scanId: string, count: number, segment?: string) => {
    const issued = await client.call<IssuedInvitations>('POST', `${base}/scans/${scanId}/invitations`, { count, segment });
    expect(issued.status).toBe(201);
    return issued.body.links.map((l) => l.token);
  };
  const answer = (token: string, body: object) => respondent.call<Problem>('POST', `/surveys/${token}/responses`, body);
  const results = (scanId: string, query = '') => client.call<ScanResult & Problem>('GET', `${base}/scans/${scanId}/results${query}`);

  it('runs a scan from draft to results, with figures equal to the hand-computed ones', async () => {
    const draft = await newScan();
    expect(draft).toMatchObject({ status: 'draft', minResponses: 5, invitationsIssued: 0, responses: 0 });
    expect(draft.members.toSorted()).toEqual(suppliers.map((s) => s.id).toSorted());
    expect(draft.instrument.statements).toHaveLength(18);

    const tokens = await links(draft.id, 6);
    // Not open yet: the link says so and takes nothing.
    const early = await respondent.call<Problem>('GET', `/surveys/${tokens[0]}`);
    expect([early.status, early.body.type]).toEqual([409, expect.stringMatching(/survey-link-not-open-yet$/)]);
    expect((await client.call<Scan>('POST', `${base}/scans/${draft.id}/open`)).body.status).toBe('open');

    const questions = await respondent.call<Questionnaire>('GET', `/surveys/${tokens[0]}`);
    expect(questions.status).toBe(200);
    expect(questions.body).toMatchObject({ organisationName: 'Drukkerij Claes', title: 'Leveranciers 2026', kind: 'received' });
    expect(questions.body.statements.map((s) => s.id)).toEqual(STATEMENTS.map((s) => s.id));

    // Five respondents; honesty's first statement gets 5, 4, 4, 2, 3 (the worked example in survey-scoring.ts).
    const honesty = [5, 4, 4, 2, 3];
    for (const [i, h] of honesty.entries()) {
      expect((await answer(tokens[i]!, { answers: answers(4, h), comment: i < 2 ? `opmerking ${i}` : null })).status).toBe(201);
    }
    expect((await results(draft.id)).status).toBe(409); // not before it closes
    const progress = (await client.call<Scan>('GET', `${base}/scans/${draft.id}`)).body;
    expect([progress.responses, progress.invitationsIssued, progress.responseRate]).toEqual([5, 6, 5 / 6]);

    expect((await client.call<Scan>('POST', `${base}/scans/${draft.id}/close`)).body).toMatchObject({ status: 'closed', closesOn: '2026-06-01' });
    const closedLink = await answer(tokens[5]!, { answers: answers(3) });
    expect([closedLink.status, closedLink.body.type]).toEqual([410, expect.stringMatching(/survey-link-closed$/)]);

    const result = await results(draft.id);
    expect(result.status).toBe(200);
    const h = result.body.figures!.byFoundation.honesty!;
    // Ten answers to honesty: 5, 4, 4, 2, 3 and five times 4 on the second statement.
    expect(h.count).toBe(10);
    expect(h.mean).toBeCloseTo(3.8, 10);
    expect(h.distribution).toEqual([0, 1, 1, 7, 1]);
    expect(h.favourable).toBeCloseTo(0.8, 10);
    expect(h.evidence.r).toBeCloseTo((4 + 3 + 3 + 1 + 2 + 5 * 3) / 4, 10);
    expect(h.evidence.s).toBeCloseTo((0 + 1 + 1 + 3 + 2 + 5 * 1) / 4, 10);
    expect(result.body.figures!.byFoundation.competence).toMatchObject({ count: 10, mean: 4, favourable: 1 });
    expect(result.body.responses).toBe(5);
    expect(result.body.responseRate).toBeCloseTo(5 / 6, 10);
    // No entries yet: observed is the prior, too uncertain to be seen differently, so the gap to the
    // measured trust is not signalled (the next test has a ledger that knows the accounts).
    expect(result.body.figures!.observed!.trustLevel).toBeCloseTo(50, 10);
    expect(result.body.figures!.measured.trustLevel).toBeGreaterThan(65);
    expect(result.body.figures!.perceptionGapSignal).toBe(false);
    expect(result.body.figures!.fused!.trustLevel).toBeGreaterThan(50);
    const signals = (await client.call<{ items: { key: string; kind: string }[] }>('GET', `${base}/signals`)).body.items;
    expect(signals.some((s) => s.kind === 'perception_gap')).toBe(false);
    // Two comments among five responses: below eight, none is shown.
    expect(result.body.comments).toBeNull();

    const csv = await client.call<string>('GET', `${base}/scans/${draft.id}/results?format=csv`);
    expect(csv.type).toMatch(/text\/csv/);
    expect(csv.body).toMatch(/^group,name,responses,mean/);
    expect(csv.body).toMatch(/foundation,honesty,10,3\.80,0\.80,0,1,1,7,1/);
  });

  it('signals a perception gap against a ledger that knows the accounts', async () => {
    const glue = (
      await client.call<CreatedStakeholder>('POST', `${base}/stakeholders`, { name: 'Lijm West', category: 'glue', level: 'market', relation: { startedOn: '2024-01-01' } })
    ).body;
    // Two withdrawals of −2: s = 9, u = 2/11, T = 100 · 1/11 ≈ 9.1.
    for (const foundation of ['result', 'honesty']) {
      await client.call('POST', `${base}/entries`, { accountId: glue.relation!.accounts.received, occurredOn: '2026-06-01', foundation, amount: -2, intent: 'unintentional' });
    }
    const scan = await newScan({ title: 'Lijm West', target: { type: 'stakeholder', value: glue.id } });
    const tokens = await links(scan.id, 5);
    await client.call('POST', `${base}/scans/${scan.id}/open`);
    for (const token of tokens) expect((await answer(token, { answers: answers(4) })).status).toBe(201);
    await client.call('POST', `${base}/scans/${scan.id}/close`);
    const figures = (await results(scan.id)).body.figures!;
    expect(figures.observed!.trustLevel).toBeCloseTo(100 / 11, 9);
    expect(figures.perceptionGapSignal).toBe(true);
    const signals = (await client.call<{ items: { key: string; kind: string; stakeholderId: string | null }[] }>('GET', `${base}/signals`)).body.items;
    expect(signals.find((s) => s.kind === 'perception_gap')).toMatchObject({ key: `perception_gap:${scan.id}`, stakeholderId: glue.id });
  });

  it('books a closed scan as survey entries, and withdraws the booking by reversal', async () => {
    const scan = await newScan({ target: { type: 'stakeholder', value: suppliers[0]!.id }, title: 'Papier Noord 2026' });
    await client.call('POST', `${base}/scans/${scan.id}/open`);
    for (const token of await links(scan.id, 5)) await answer(token, { answers: answers(5, 1) });
    await client.call('POST', `${base}/scans/${scan.id}/close`);
    const booked = await client.call<Scan>('POST', `${base}/scans/${scan.id}/book`);
    expect(booked.status).toBe(200);
    // Mean 5 books +4 on eight foundations; honesty's mean (1 + 5) / 2 = 3 books nothing.
    expect(booked.body.bookedEntries).toHaveLength(8);
    const ledger = async () =>
      (await client.call<Page<Entry>>('GET', `${base}/accounts/${suppliers[0]!.relation.accounts.received}/entries`)).body.items;
    const entries = await ledger();
    expect(entries.filter((e) => e.source === 'survey').map((e) => e.amount)).toEqual(Array(8).fill(4));
    expect(new Set(entries.map((e) => e.foundation))).toEqual(new Set(FOUNDATIONS.filter((f) => f !== 'honesty')));
    expect((await client.call<Problem>('POST', `${base}/scans/${scan.id}/book`)).status).toBe(409);

    const unbooked = await client.call<Scan>('POST', `${base}/scans/${scan.id}/unbook`, { reason: 'Te vroeg geboekt' });
    expect(unbooked.body).toMatchObject({ booked: false, bookedEntries: [] });
    const relation = (await client.call<Relation>('GET', `${base}/relations/${suppliers[0]!.relation.id}`)).body;
    expect(relation.accounts.received.reading.r).toBeCloseTo(0, 10);
    expect((await ledger()).filter((e) => e.reverses !== null)).toHaveLength(8);
  });

  it('shows no figure or comment below the minimum, on the result and its export alike', async () => {
    const scan = await newScan({ title: 'Te weinig' });
    await client.call('POST', `${base}/scans/${scan.id}/open`);
    for (const token of await links(scan.id, 4)) await answer(token, { answers: answers(2), comment: 'Een zin die verraadt wie ze schreef' });
    await client.call('POST', `${base}/scans/${scan.id}/close`);
    const result = await results(scan.id);
    expect(result.body).toMatchObject({ responses: 4, figures: null, comments: null });
    expect(JSON.stringify(result.body)).not.toMatch(/verraadt|"mean"/);
    const csv = await client.call<string>('GET', `${base}/scans/${scan.id}/results?format=csv`);
    expect(csv.body.trim().split('\n')).toHaveLength(1);
    expect((await client.call<Problem>('POST', `${base}/scans/${scan.id}/book`)).status).toBe(409);
  });

  it('shows comments from eight responses on, and refuses a part of the group that subtraction would expose', async () => {
    const scan = await newScan({ title: 'Per leverancier' });
    await client.call('POST', `${base}/scans/${scan.id}/open`);
    const [a, b] = suppliers;
    for (const token of await links(scan.id, 5, a!.id)) await answer(token, { answers: answers(4), comment: 'A' });
    for (const token of await links(scan.id, 3, b!.id)) await answer(token, { answers: answers(2), comment: 'B' });
    await client.call('POST', `${base}/scans/${scan.id}/close`);

    const whole = await results(scan.id);
    expect(whole.body.responses).toBe(8);
    expect(whole.body.comments?.toSorted()).toEqual(['A', 'A', 'A', 'A', 'A', 'B', 'B', 'B']);
    // Group A alone (5) beside the whole (8) would give away B's three answers.
    const partA = await results(scan.id, `?segments=${a!.id}`);
    expect(partA.status).toBe(409);
    expect(partA.body.detail).toMatch(/subtraction|fewer than 5/);
    // B alone is below the minimum: counted, not shown.
    expect((await results(scan.id, `?segments=${b!.id}`)).body).toMatchObject({ responses: 3, figures: null });
    // A ∪ B is the whole group's attributed answers: the same eight, nothing to subtract.
    expect((await results(scan.id, `?segments=${a!.id},${b!.id}`)).status).toBe(200);
    expect((await results(scan.id, '?segments=not-a-member')).status).toBe(400);
  });

  it('uses a link once, also when two answers arrive at the same moment', async () => {
    const scan = await newScan({ title: 'Gelijktijdig' });
    await client.call('POST', `${base}/scans/${scan.id}/open`);
    const [token] = await links(scan.id, 1);
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => answer(token!, { answers: answers(3) })));
    expect(outcomes.map((o) => o.status).toSorted()).toEqual([201, 410, 410, 410, 410, 410]);
    expect((await client.call<Scan>('GET', `${base}/scans/${scan.id}`)).body.responses).toBe(1);
    const again = await respondent.call<Problem>('GET', `/surveys/${token}`);
    expect([again.status, again.body.type]).toEqual([410, expect.stringMatching(/survey-link-used$/)]);
  });

  it('refuses bad answers, unknown links and expired links with a clear 4xx, storing nothing', async () => {
    const scan = await newScan({ title: 'Foute invoer', closesOn: '2026-06-10' });
    await client.call('POST', `${base}/scans/${scan.id}/open`);
    const [token] = await links(scan.id, 1);
    const count = async () => (await client.call<Scan>('GET', `${base}/scans/${scan.id}`)).body.responses;

    const outOfRange = await answer(token!, { answers: { ...answers(3), 'received.fairness.2': 6 } });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.errors?.map((e) => e.field)).toEqual(['answers.received.fairness.2']);
    const missing = await answer(token!, { answers: Object.fromEntries(Object.entries(answers(3)).slice(1)) });
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.[0]?.message).toMatch(/required/);
    const stranger = await answer(token!, { answers: { ...answers(3), 'received.luck.1': 3 } });
    expect(stranger.body.errors?.map((e) => e.field)).toEqual(['answers.received.luck.1']);
    expect((await answer(token!, { answers: 'vijf' })).status).toBe(400);
    expect(await count()).toBe(0);

    const unknown = await answer('x'.repeat(43), { answers: answers(3) });
    expect([unknown.status, unknown.body.type]).toEqual([404, expect.stringMatching(/survey-link-unknown$/)]);

    now = new Date('2026-06-11T09:00:00Z');
    try {
      const expired = await respondent.call<Problem>('GET', `/surveys/${token}`);
      expect([expired.status, expired.body.detail]).toEqual([410, expect.stringMatching(/closed on 2026-06-10/)]);
      expect((await client.call<Scan>('GET', `${base}/scans/${scan.id}`)).body.status).toBe('closed');
    } finally {
      now = new Date('2026-06-01T09:00:00Z');
    }
    expect(await count()).toBe(0);
  });

  it('keeps a draft editable and an open scan fixed; refuses a minimum below 3', async () => {
    const low = await client.call<Problem>('POST', `${base}/scans`, {
      title: 'Te klein', kind: 'received', target: { type: 'category', value: 'suppliers' }, minResponses: 2,
    });
    expect([low.status, low.body.errors?.[0]?.field]).toEqual([400, 'minResponses']);
    const scan = await newScan({ title: 'Bewerkbaar' });
    const edited = await client.call<Scan>('PATCH', `${base}/scans/${scan.id}`, {
      target: { type: 'group', value: 'Papier en inkt', members: [suppliers[0]!.id, suppliers[1]!.id] },
      minResponses: 7,
    });
    expect(edited.body).toMatchObject({ minResponses: 7, target: { type: 'group', value: 'Papier en inkt' } });
    expect(edited.body.members).toHaveLength(2);
    await client.call('POST', `${base}/scans/${scan.id}/open`);
    expect((await client.call<Problem>('PATCH', `${base}/scans/${scan.id}`, { minResponses: 3 })).status).toBe(409);
  });

  it('lets an organisation adapt an instrument in versions, while a scan keeps the version it froze', async () => {
    const copy = await client.call<Instrument>('POST', `${base}/instruments`, {
      from: 'standard-received',
      name: 'Leveranciers',
      statements: { 'received.result.2': { en: 'They pay on time.', nl: 'Ze betalen op tijd.' } },
    });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ version: 1, kind: 'received', standard: false });
    const scan = await newScan({ title: 'Eigen vragen', instrumentId: copy.body.id });
    const revised = await client.call<Instrument>('POST', `${base}/instruments/${copy.body.id}/versions`, {
      statements: { 'received.result.2': { en: 'They pay within 30 days.', nl: 'Ze betalen binnen 30 dagen.' } },
    });
    expect(revised.body.version).toBe(2);
    const listed = (await client.call<{ items: Instrument[] }>('GET', `${base}/instruments`)).body.items;
    expect(listed.map((i) => i.id)).toEqual(['standard-received', 'standard-given', 'standard-self', revised.body.id]);
    const frozen = (await client.call<Scan>('GET', `${base}/scans/${scan.id}`)).body.instrument;
    expect(frozen.statements.find((s) => s.id === 'received.result.2')?.text.nl).toBe('Ze betalen op tijd.');

    const wrong = await client.call<Problem>('POST', `${base}/instruments`, { from: 'standard-given', statements: { 'received.result.2': { en: 'x', nl: 'x' } } });
    expect([wrong.status, wrong.body.errors?.[0]?.field]).toEqual([400, 'statements.received.result.2']);
    const kindMismatch = await client.call<Problem>('POST', `${base}/scans`, {
      title: 'Verkeerd', kind: 'given', instrumentId: copy.body.id, target: { type: 'category', value: 'suppliers' },
    });
    expect([kindMismatch.status, kindMismatch.body.errors?.[0]?.field]).toEqual([400, 'instrumentId']);
  });

  it('lets a viewer read but not write, and answers nobody outside the organisation', async () => {
    const app = createApi(createContext(test.store, () => now), { webRoot: null });
    const created = await client.call<{ token: string }>('POST', `${base}/tokens`, { name: 'lezer', role: 'viewer' });
    const viewer = new ApiClient(app, created.body.token);
    const scans = await viewer.call<Page<Scan>>('GET', `${base}/scans`);
    expect(scans.status).toBe(200);
    expect(scans.body.items.length).toBeGreaterThan(1);
    const order = scans.body.items.map((s) => `${s.createdAt} ${s.id}`);
    expect(order, 'newest first').toEqual([...order].sort().reverse());
    const scanId = scans.body.items[0]!.id;
    expect((await viewer.call('POST', `${base}/scans/${scanId}/invitations`, { count: 1 })).status).toBe(403);
    expect((await viewer.call('POST', `${base}/scans`, { title: 'x', kind: 'self', target: { type: 'category', value: 'suppliers' } })).status).toBe(403);
    expect((await new ApiClient(app).call('GET', `${base}/scans/${scanId}/results`)).status).toBe(401);
    const stranger = await createUser(createContext(test.store), { displayName: 'Vreemde', email: 'vreemd@example.test', password: 'a long enough password' });
    expect(stranger.id).toBeTruthy();
    const other = await new ApiClient(app).signIn('vreemd@example.test', 'a long enough password');
    expect((await other.call('GET', `${base}/scans/${scanId}/results`)).status).toBe(404);
  });
});
