import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext } from '../app/context.ts';
import { DEMO_PASSWORD } from '../app/demo/demo-logins.ts';
import { loadDemo } from '../app/demo/load-demo.ts';
import { listOrganisationStakeholders } from '../app/stakeholders.ts';
import { createApi } from './create-api.ts';
import type { Assessment, AssessmentAdvice, Dilemma, DilemmaReview, Simulation } from './decision-schemas.ts';
import type { Page, Problem, Relation } from './schemas.ts';

const TODAY = '2026-03-15';

/**
 * Decisions through the HTTP API, on the demo organisation: its three dilemmas show the trade-offs
 * their stories imply; deciding books what the simulation showed; an assessment advises before a
 * leap and is kept with its reasons.
 */
describe.each(DIALECTS)('decisions through the HTTP API on %s', (dialect) => {
  let test: TestStore;
  let editor: ApiClient;
  let base: string;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    test = await openTestStore(dialect);
    const ctx = createContext(test.store, () => new Date(`${TODAY}T10:00:00Z`));
    const organisation = await loadDemo(ctx, { today: TODAY });
    for (const s of await listOrganisationStakeholders(ctx, organisation.id)) ids.set(s.name, s.id);
    editor = await new ApiClient(createApi(ctx, { webRoot: null })).signIn('editor@lindenhof.example', DEMO_PASSWORD);
    base = `/organisations/${organisation.id}`;
  });
  afterAll(() => test.close());

  const id = (name: string) => ids.get(name)!;
  const dilemmas = async () => (await editor.call<Page<Dilemma>>('GET', `${base}/dilemmas`)).body.items;
  const find = async (title: RegExp) => (await dilemmas()).find((d) => title.test(d.title))!;
  const simulate = async (dilemma: Dilemma, query = '') => (await editor.call<Simulation>('GET', `${base}/dilemmas/${dilemma.id}/simulation${query}`)).body;
  const trustChange = (simulation: Simulation, option: number, stakeholder: string) =>
    simulation.options[option]!.direct.changes.find((c) => c.stakeholderId === id(stakeholder) && c.direction === 'received')!;

  it('ships the essay’s three dilemmas, each with the trade-off its story implies', async () => {
    const listed = await dilemmas();
    expect(listed).toHaveLength(3);
    // Newest first: by creation, then by id (time-ordered), descending.
    const order = listed.map((d) => `${d.createdAt} ${d.id}`);
    expect(order).toEqual([...order].sort().reverse());
    const restructuring = await simulate(await find(/Herstructurering/));
    const cut = (name: string) => trustChange(restructuring, 0, name);
    expect(cut('Familiale aandeelhouders (familieholding)').trustAfter).toBeGreaterThan(cut('Familiale aandeelhouders (familieholding)').trustBefore);
    expect(cut('Verkoop- en projectteam').trustAfter).toBeLessThan(cut('Verkoop- en projectteam').trustBefore);
    expect(trustChange(restructuring, 1, 'Verkoop- en projectteam').trustAfter).toBeGreaterThan(cut('Verkoop- en projectteam').trustBefore);
    expect(restructuring.options[0]!.direct.losers).toBeGreaterThan(restructuring.options[1]!.direct.losers);

    const cargo = await simulate(await find(/lading overboord/));
    expect(trustChange(cargo, 0, 'Productieteam werkplaats').trustAfter).toBeGreaterThan(trustChange(cargo, 1, 'Productieteam werkplaats').trustAfter);
    expect(cargo.options[0]!.direct.changes.some((c) => c.stakeholderId === id('Familiale aandeelhouders (familieholding)'))).toBe(true);
    // Continuing hurts the most vulnerable: the workshop.
    expect(cargo.options[1]!.direct.worstOff?.stakeholderId).toBe(id('Productieteam werkplaats'));

    const bribe = await simulate(await find(/commissie/));
    expect(bribe.options[0]!.direct.socialCapitalChange).toBeGreaterThan(bribe.options[1]!.direct.socialCapitalChange);
    expect(trustChange(bribe, 1, 'Milieu- en arbeidsinspectie').bandAfter).toBe('distrust');
  });

  it('simulates without writing, and shows second-order effects apart', async () => {
    const dilemma = await find(/commissie/);
    const relation = async () =>
      (await editor.call<Page<Relation>>('GET', `${base}/relations`)).body.items.find((r) => r.stakeholderId === id('Regionale krant De Kustbode'))!;
    const before = await relation();
    const withNetwork = await simulate(dilemma, '?secondOrder=true');
    expect((await relation()).accounts.received.reading).toEqual(before.accounts.received.reading);
    const reached = withNetwork.options[1]!.secondOrder!.changes.map((c) => c.stakeholderId);
    expect(reached).toContain(id('Particuliere klanten (toonzaal en webshop)'));
    expect(withNetwork.options[1]!.direct.changes.map((c) => c.stakeholderId)).not.toContain(id('Particuliere klanten (toonzaal en webshop)'));
    expect((await simulate(dilemma)).options[1]!.secondOrder).toBeNull();
  });

  it('decides with a justification, books what the simulation showed, refuses a second decision, and reviews', async () => {
    const dilemma = await find(/Herstructurering/);
    const simulation = await simulate(dilemma);
    const option = dilemma.options[1]!;
    const unjustified = await editor.call<Problem>('POST', `${base}/dilemmas/${dilemma.id}/decision`, { optionId: option.id, justification: '  ' });
    expect([unjustified.status, unjustified.body.errors?.[0]?.field]).toEqual([400, 'justification']);

    const decided = await editor.call<Dilemma>('POST', `${base}/dilemmas/${dilemma.id}/decision`, {
      optionId: option.id,
      justification: 'Loyauteit is ons kapitaal; het rendement volgt.',
      reviewOn: '2026-09-15',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toMatchObject({ optionId: option.id, decidedOn: TODAY, reviewOn: '2026-09-15' });
    expect(decided.body.decision!.bookedEntries).toHaveLength(option.effects.length);
    const relations = (await editor.call<Page<Relation>>('GET', `${base}/relations`)).body.items;
    for (const change of simulation.options[1]!.direct.changes) {
      const relation = relations.find((r) => r.stakeholderId === change.stakeholderId)!;
      expect(relation.accounts[change.direction].reading.trustLevel).toBeCloseTo(change.trustAfter, 9);
    }
    expect((await editor.call('POST', `${base}/dilemmas/${dilemma.id}/decision`, { optionId: option.id, justification: 'Nog eens' })).status).toBe(409);
    const review = (await editor.call<DilemmaReview>('GET', `${base}/dilemmas/${dilemma.id}/review`)).body;
    expect(review.lines.length).toBe(simulation.options[1]!.direct.changes.length);
    for (const line of review.lines) expect(line.trustNow).toBeCloseTo(line.trustExpected, 9);
    const undecided = await find(/commissie/);
    expect((await editor.call('GET', `${base}/dilemmas/${undecided.id}/review`)).status).toBe(409);
  });

  it('refuses a dilemma with one option, an unknown stakeholder or a withdrawal without intent, writing nothing', async () => {
    const count = (await dilemmas()).length;
    const effect = { stakeholderId: id('Syndicale afvaardiging'), direction: 'received', foundation: 'fair_play', amount: 2 };
    const one = await editor.call<Problem>('POST', `${base}/dilemmas`, { title: 'Eén', valueConflict: 'x', impact: 2, options: [{ title: 'a', effects: [effect] }] });
    expect([one.status, one.body.errors?.[0]?.field]).toEqual([400, 'options']);
    const bad = await editor.call<Problem>('POST', `${base}/dilemmas`, {
      title: 'Fout', valueConflict: 'x', impact: 9,
      options: [{ title: 'a', effects: [{ ...effect, stakeholderId: 'nobody' }] }, { title: 'b', effects: [{ ...effect, amount: -2 }] }],
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.errors?.map((e) => e.field) ?? [];
    expect(fields.sort()).toEqual(['impact', 'options.0.effects.0.stakeholderId', 'options.1.effects.0.intent']);
    expect(await dilemmas()).toHaveLength(count);
  });

  it('advises before a leap, keeps the decision with its reasons and entry, and is reviewed once', async () => {
    const question = {
      stakeholderId: id('Zagerij Eikenwoud'),
      leap: 'Zes maanden voorraad op krediet',
      gut: 4,
      ratings: { competence: 2, result: 1, honesty: null },
      vulnerability: 4,
      horizonOn: '2026-09-30',
    };
    const advice = await editor.call<AssessmentAdvice>('POST', `${base}/assessments/preview`, { ...question, decision: 'give' });
    expect(advice.status).toBe(200);
    expect(advice.body.requiredTrustLevel).toBe(74);
    expect(advice.body.toleratedUncertainty).toBeCloseTo(0.26, 10);
    expect(['give', 'give_with_safeguards', 'withhold']).toContain(advice.body.outcome);

    const badGut = await editor.call<Problem>('POST', `${base}/assessments/preview`, { ...question, gut: 0, ratings: { honesty: 3, luck: 1 } });
    expect(badGut.body.errors?.map((e) => e.field).sort()).toEqual(['ratings.honesty', 'ratings.luck']);

    const recorded = await editor.call<Assessment>('POST', `${base}/assessments`, {
      ...question,
      decision: 'give_with_safeguards',
      reasons: 'Betrouwbare leverancier, maar zes maanden is lang: maandelijkse afrekening.',
      entry: { foundation: 'fairness', amount: 1, note: 'Krediet toegestaan met maandelijkse afrekening' },
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ outcome: advice.body.outcome, decision: 'give_with_safeguards', review: null });
    expect(recorded.body.entryId).not.toBeNull();
    const reviewed = await editor.call<Assessment>('POST', `${base}/assessments/${recorded.body.id}/review`, { honoured: 'yes', note: 'Alles op tijd betaald' });
    expect(reviewed.body.review).toMatchObject({ honoured: 'yes', on: TODAY });
    expect((await editor.call('POST', `${base}/assessments/${recorded.body.id}/review`, { honoured: 'no' })).status).toBe(409);
    expect((await editor.call<Page<Assessment>>('GET', `${base}/assessments`)).body.items.map((a) => a.id)).toContain(recorded.body.id);
  });
});
