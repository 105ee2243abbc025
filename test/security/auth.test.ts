import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../../src/app/context.ts';
import { createApi } from '../../src/api/create-api.ts';
import type { Account, Entry, Stakeholder } from '../../src/api/schemas.ts';
import { ApiClient } from '../support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../support/stores.ts';

const PASSWORD = 'a sufficiently long secret';

describe.each(DIALECTS)('sign-in, sessions, tokens, audit and privacy on %s', (dialect) => {
  let test: TestStore;
  let ctx: AppContext;
  let app: ReturnType<typeof createApi>;
  let owner: ApiClient;
  let organisationId: string;

  beforeAll(async () => {
    test = await openTestStore(dialect);
    ctx = createContext(test.store, () => new Date('2026-06-30T09:00:00Z'));
    app = createApi(ctx, { webRoot: null });
    owner = new ApiClient(app);
    expect((await owner.call<{ needed: boolean }>('GET', '/setup')).body.needed).toBe(true);
    const setUp = await owner.call<{ organisation: { id: string; role: string } }>('POST', '/setup', {
      organisationName: 'Brouwerij De Klok',
      displayName: 'Lien Claes',
      email: 'Lien@DeKlok.test',
      password: PASSWORD,
    });
    expect(setUp.status).toBe(201);
    expect(setUp.body.organisation.role).toBe('owner');
    organisationId = setUp.body.organisation.id;
  });
  afterAll(() => test.close());

  it('sets up once, with an HTTP-only, SameSite session cookie', async () => {
    const again = await new ApiClient(app).call('POST', '/setup', { organisationName: 'X', displayName: 'X', email: 'x@x.test', password: PASSWORD });
    expect(again.status).toBe(409);
    const login = await new ApiClient(app).call('POST', '/auth/login', { email: 'lien@deklok.test', password: PASSWORD });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^tl_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const stored = await test.store.db.selectFrom('users').select('password_hash').where('email', '=', 'lien@deklok.test').executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect((await owner.call<{ user: { email: string } }>('GET', '/auth/session')).body.user.email).toBe('lien@deklok.test');
  });

  it('answers a wrong password and an unknown email alike, and throttles guessing', async () => {
    const client = new ApiClient(app);
    const wrong = await client.call('POST', '/auth/login', { email: 'lien@deklok.test', password: 'not the password' });
    const unknown = await client.call('POST', '/auth/login', { email: 'nobody@deklok.test', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    for (let i = 0; i < 4; i++) await client.call('POST', '/auth/login', { email: 'lien@deklok.test', password: 'still wrong' });
    // Five failures for this email: even the right password now waits.
    const blocked = await client.call<{ detail: string }>('POST', '/auth/login', { email: 'lien@deklok.test', password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.body.detail).toMatch(/minute/);
    // Another person is not locked out by it.
    const other = await owner.call<{ token: string }>('POST', `/organisations/${organisationId}/invitations`, { role: 'viewer' });
    await new ApiClient(app).call('POST', `/invitations/${other.body.token}/accept`, { displayName: 'Jef', email: 'jef@deklok.test', password: PASSWORD });
    expect((await new ApiClient(app).call('POST', '/auth/login', { email: 'jef@deklok.test', password: PASSWORD })).status).toBe(200);
  });

  it('refuses a cross-site write carried by the session cookie, and writes nothing', async () => {
    const before = (await owner.call<{ items: Stakeholder[] }>('GET', `/organisations/${organisationId}/stakeholders`)).body.items.length;
    const forged = await owner.call('POST', `/organisations/${organisationId}/stakeholders`, 'name=Evil&category=media&level=market', {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(forged.status).toBe(403);
    const foreignOrigin = await owner.call('POST', `/organisations/${organisationId}/stakeholders`, { name: 'Evil', category: 'media', level: 'market' }, { origin: 'https://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    expect((await owner.call<{ items: Stakeholder[] }>('GET', `/organisations/${organisationId}/stakeholders`)).body.items.length).toBe(before);
  });

  it('stores injection payloads verbatim in every free-text field', async () => {
    const payloads = ["Robert'); DROP TABLE stakeholders;--", "' OR '1'='1", '"; DELETE FROM entries; --', '<script>alert(1)</script>', '$1 \\x00 %s'];
    for (const payload of payloads) {
      const stakeholder = (
        await owner.call<Stakeholder>('POST', `/organisations/${organisationId}/stakeholders`, { name: payload, category: 'media', level: 'societal', tags: [payload] })
      ).body;
      expect(stakeholder.name).toBe(payload);
      const again = (await owner.call<Stakeholder>('GET', `/organisations/${organisationId}/stakeholders/${stakeholder.id}`)).body;
      expect(again.name).toBe(payload);
      expect(again.tags).toEqual([payload]);
      const relation = (await owner.call<{ id: string; accounts: { received: string } }>('POST', `/organisations/${organisationId}/relations`, { stakeholderId: stakeholder.id })).body;
      const entry = (await owner.call<Entry>('POST', `/organisations/${organisationId}/entries`, { accountId: relation.accounts.received, foundation: 'honesty', amount: 1, note: payload })).body;
      expect(entry.note).toBe(payload);
      const reversal = (await owner.call<Entry>('POST', `/organisations/${organisationId}/entries/${entry.id}/reversal`, { reason: payload })).body;
      expect(reversal.note).toBe(payload);
    }
    const organisation = (await owner.call<{ name: string }>('POST', '/organisations', { name: payloads[0] })).body;
    expect(organisation.name).toBe(payloads[0]);
  });

  it('stores injection payloads verbatim in the free text of every other kind of record', async () => {
    const p = (field: string) => `${field}'); DROP TABLE entries;-- " OR '1'='1 <script>alert(1)</script> $1 %s`;
    const base = `/organisations/${organisationId}`;
    const post = async <T>(method: string, path: string, body: unknown) => {
      const result = await owner.call<T>(method, `${base}${path}`, body);
      expect(result.status, `${method} ${path} ${JSON.stringify(result.body)}`).toBeLessThan(300);
      return result.body;
    };
    const stakeholder = await post<Stakeholder>('POST', '/stakeholders', { name: 'Drukkerij', category: 'suppliers', level: 'market' });
    const relation = await post<{ id: string; accounts: { received: string } }>('POST', '/relations', { stakeholderId: stakeholder.id });
    const account = relation.accounts.received;
    const overridden = await post<{ phase: { override: { reason: string } } }>('PUT', `/accounts/${account}/phase-override`, { phase: 'cognitive', reason: p('reason') });
    expect(overridden.phase.override.reason).toBe(p('reason'));
    const breach = await post<{ id: string }>('POST', '/breaches', {
      relationId: relation.id, direction: 'we_breached', intent: 'side_effect', scale: 'incidental', description: p('description'),
      withdrawals: [{ foundation: 'service', amount: -1, intent: 'unintentional' }],
    });
    await post('PATCH', `/breaches/${breach.id}/plan`, { apology: { regret: { state: 'done', note: p('note') } }, actions: [{ description: p('action'), owner: p('owner') }] });
    await post('POST', `/relations/${relation.id}/control-measures`, { kind: 'audits', description: p('measure'), yearlyEuros: 100, startedOn: '2025-01-01' });
    const dilemma = await post<{ id: string; options: { id: string }[] }>('POST', '/dilemmas', {
      title: p('title'), valueConflict: p('conflict'), impact: 2,
      options: [{ title: p('option'), effects: [{ stakeholderId: stakeholder.id, direction: 'received', foundation: 'fairness', amount: 1 }] }, { title: 'b', effects: [] }],
    });
    await post('POST', `/dilemmas/${dilemma.id}/decision`, { optionId: dilemma.options[0]!.id, justification: p('justification') });
    const assessment = await post<{ id: string }>('POST', '/assessments', { stakeholderId: stakeholder.id, leap: p('leap'), gut: 3, ratings: {}, vulnerability: 2, decision: 'withhold', reasons: p('reasons') });
    const scan = await post<{ id: string }>('POST', '/scans', { title: p('scan'), kind: 'received', target: { type: 'stakeholder', value: stakeholder.id } });
    await post('POST', '/parameters', { changes: { priorWeight: 2.5 }, note: p('parameters') });
    await post('POST', '/tokens', { name: p('token'), role: 'viewer' });
    await post('PATCH', '', { name: p('organisation') });

    // Read back through the API: each text exactly as written, and every table still there.
    const read = async (path: string) => JSON.stringify((await owner.call('GET', `${base}${path}`)).body);
    const stored = [
      await read(`/breaches/${breach.id}`), await read(`/relations/${relation.id}/control-measures`), await read(`/dilemmas/${dilemma.id}`),
      await read(`/assessments/${assessment.id}`), await read(`/scans/${scan.id}`), await read('/parameters'), await read('/tokens'), await read(''),
    ].join('\n');
    for (const field of ['description', 'note', 'action', 'owner', 'measure', 'title', 'conflict', 'option', 'justification', 'leap', 'reasons', 'scan', 'parameters', 'token', 'organisation']) {
      expect(stored, field).toContain(JSON.stringify(p(field)).slice(1, -1));
    }
    expect((await owner.call('GET', `${base}/accounts/${account}/entries`)).status).toBe(200);
  });

  it('refuses revoked tokens and tokens of another organisation', async () => {
    const created = await owner.call<{ id: string; token: string; role: string }>('POST', `/organisations/${organisationId}/tokens`, { name: 'Integration', role: 'editor' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^tl_/);
    const listed = (await owner.call<{ items: Record<string, unknown>[] }>('GET', `/organisations/${organisationId}/tokens`)).body.items;
    expect(JSON.stringify(listed)).not.toContain(created.body.token);
    const integration = new ApiClient(app, created.body.token);
    expect((await integration.call('GET', `/organisations/${organisationId}/overview`)).status).toBe(200);
    const other = (await owner.call<{ id: string }>('POST', '/organisations', { name: 'Second company' })).body;
    expect((await integration.call('GET', `/organisations/${other.id}/overview`)).status).toBe(404);
    expect((await owner.call('DELETE', `/organisations/${organisationId}/tokens/${created.body.id}`)).status).toBe(204);
    expect((await integration.call('GET', `/organisations/${organisationId}/overview`)).status).toBe(401);
    expect((await new ApiClient(app, 'tl_made-up').call('GET', `/organisations/${organisationId}/overview`)).status).toBe(401);
  });

  it('invites by a single-use link, removes members but never the last owner', async () => {
    const invitation = (await owner.call<{ token: string }>('POST', `/organisations/${organisationId}/invitations`, { role: 'editor', email: 'mira@deklok.test' })).body;
    expect((await new ApiClient(app).call<{ role: string }>('GET', `/invitations/${invitation.token}`)).body.role).toBe('editor');
    const wrongEmail = await new ApiClient(app).call('POST', `/invitations/${invitation.token}/accept`, { displayName: 'Mira', email: 'other@deklok.test', password: PASSWORD });
    expect(wrongEmail.status).toBe(400);
    const mira = new ApiClient(app);
    const accepted = await mira.call<{ memberships: { role: string }[] }>('POST', `/invitations/${invitation.token}/accept`, { displayName: 'Mira', email: 'mira@deklok.test', password: PASSWORD });
    expect(accepted.status).toBe(200);
    expect(accepted.body.memberships[0]!.role).toBe('editor');
    expect((await new ApiClient(app).call('POST', `/invitations/${invitation.token}/accept`, { displayName: 'Again', email: 'mira@deklok.test', password: PASSWORD })).status).toBe(404);
    const members = (await owner.call<{ items: { userId: string; email: string; role: string }[] }>('GET', `/organisations/${organisationId}/members`)).body.items;
    const lien = members.find((m) => m.email === 'lien@deklok.test')!;
    expect((await owner.call('DELETE', `/organisations/${organisationId}/members/${lien.userId}`)).status).toBe(409);
    const miraId = members.find((m) => m.email === 'mira@deklok.test')!.userId;
    expect((await owner.call('PUT', `/organisations/${organisationId}/members/${miraId}`, { role: 'viewer' })).status).toBeLessThan(300);
    expect((await owner.call('DELETE', `/organisations/${organisationId}/members/${miraId}`)).status).toBe(204);
    expect((await mira.call('GET', `/organisations/${organisationId}/overview`)).status).toBe(404);
  });

  it('changes a password, ending the other sessions', async () => {
    const elsewhere = await new ApiClient(app).signIn('jef@deklok.test', PASSWORD);
    const here = await new ApiClient(app).signIn('jef@deklok.test', PASSWORD);
    expect((await here.call('POST', '/auth/password', { currentPassword: 'wrong one!!', newPassword: 'a brand new secret' })).status).toBe(400);
    expect((await here.call('POST', '/auth/password', { currentPassword: PASSWORD, newPassword: 'short' })).status).toBe(400);
    expect((await here.call('POST', '/auth/password', { currentPassword: PASSWORD, newPassword: 'a brand new secret' })).status).toBe(204);
    expect((await here.call('GET', '/auth/session')).status).toBe(200);
    expect((await elsewhere.call('GET', '/auth/session')).status).toBe(401);
    expect((await new ApiClient(app).call('POST', '/auth/login', { email: 'jef@deklok.test', password: 'a brand new secret' })).status).toBe(200);
    expect((await here.call('POST', '/auth/logout')).status).toBe(204);
    expect((await here.call('GET', '/auth/session')).status).toBe(401);
  });

  it('holds other routes that check a password to the same limit as sign-in', async () => {
    const invite = async () => (await owner.call<{ token: string }>('POST', `/organisations/${organisationId}/invitations`, { role: 'viewer' })).body.token;
    const noor = new ApiClient(app);
    await noor.call('POST', `/invitations/${await invite()}/accept`, { displayName: 'Noor', email: 'noor@deklok.test', password: PASSWORD });
    // An open invitation must not let its holder guess an existing account's password without limit.
    const link = await invite();
    for (let i = 0; i < 5; i++) {
      const guess = await new ApiClient(app).call('POST', `/invitations/${link}/accept`, { displayName: 'X', email: 'noor@deklok.test', password: `guess number ${i}` });
      expect(guess.status).toBe(400);
    }
    const right = await new ApiClient(app).call<{ detail: string }>('POST', `/invitations/${link}/accept`, { displayName: 'X', email: 'noor@deklok.test', password: PASSWORD });
    expect(right.status).toBe(429);
    expect(right.body.detail).toMatch(/minute/);
    expect((await new ApiClient(app).call('POST', '/auth/login', { email: 'noor@deklok.test', password: PASSWORD })).status).toBe(429);
    expect((await noor.call('POST', '/auth/password', { currentPassword: PASSWORD, newPassword: 'a brand new secret' })).status).toBe(429);
    expect((await new ApiClient(app).call('GET', `/invitations/${link}`)).status).toBe(200);
  });

  it('exports and erases a stakeholder’s personal data, keeping the sums, and audits both', async () => {
    const person = (await owner.call<Stakeholder>('POST', `/organisations/${organisationId}/stakeholders`, { name: 'Jan Peeters', category: 'employees', level: 'relational', tags: ['ploegbaas'] })).body;
    const relation = (await owner.call<{ id: string; accounts: { received: string } }>('POST', `/organisations/${organisationId}/relations`, { stakeholderId: person.id, startedOn: '2025-01-01' })).body;
    const late = await owner.call<Entry>('POST', `/organisations/${organisationId}/entries`, { accountId: relation.accounts.received, foundation: 'fairness', amount: -2, intent: 'unintentional', note: 'Jan kreeg zijn premie te laat' });
    const breach = await owner.call<{ id: string }>('POST', `/organisations/${organisationId}/breaches`, {
      relationId: relation.id, direction: 'we_breached', intent: 'side_effect', scale: 'incidental',
      description: 'Jan wachtte drie maanden op zijn premie', entryIds: [late.body.id],
    });
    await owner.call('PATCH', `/organisations/${organisationId}/breaches/${breach.body.id}/plan`, {
      apology: { regret: { state: 'done', note: 'Gesprek met Jan' } }, actions: [{ description: 'Premie van Jan nakijken', owner: 'Jan zijn ploegbaas' }],
    });
    await owner.call('POST', `/organisations/${organisationId}/entries`, { accountId: relation.accounts.received, foundation: 'service', amount: 3, note: 'Jan hielp een klant op zaterdag' });
    const mistake = await owner.call<Entry>('POST', `/organisations/${organisationId}/entries`, { accountId: relation.accounts.received, foundation: 'service', amount: 1 });
    await owner.call('POST', `/organisations/${organisationId}/entries/${mistake.body.id}/reversal`, { reason: 'Jan was die dag ziek' });
    const before = (await owner.call<Account>('GET', `/organisations/${organisationId}/accounts/${relation.accounts.received}`)).body.reading;

    const exported = await owner.call<{ stakeholder: Stakeholder; relations: { accounts: { entries: Entry[] }[] }[] }>('GET', `/organisations/${organisationId}/stakeholders/${person.id}/personal-data`);
    expect(exported.body.stakeholder.name).toBe('Jan Peeters');
    expect(exported.body.relations[0]!.accounts.flatMap((a) => a.entries).map((e) => e.note)).toContain('Jan hielp een klant op zaterdag');
    expect(JSON.stringify(exported.body.relations[0])).toContain('Jan wachtte drie maanden op zijn premie');

    const erased = await owner.call<Stakeholder>('POST', `/organisations/${organisationId}/stakeholders/${person.id}/erasure`, { reason: 'Verzoek van betrokkene' });
    expect(erased.status).toBe(200);
    expect(erased.body.name).not.toContain('Jan');
    expect(erased.body.tags).toEqual([]);
    const after = (await owner.call<Account>('GET', `/organisations/${organisationId}/accounts/${relation.accounts.received}`)).body.reading;
    expect(after.trustLevel).toBe(before.trustLevel);
    expect(after.balance).toBe(before.balance);
    const again = await owner.call<{ relations: { accounts: { entries: Entry[] }[] }[] }>('GET', `/organisations/${organisationId}/stakeholders/${person.id}/personal-data`);
    expect(JSON.stringify(again.body)).not.toMatch(/Jan|premie|ploegbaas/);

    for (const path of ['exports/csv/entries', 'export.journal', 'export.json', 'statement']) {
      expect((await owner.call('GET', `/organisations/${organisationId}/${path}`)).status, path).toBe(200);
    }
    const log = (await owner.call<{ items: { action: string; objectId: string | null }[] }>('GET', `/organisations/${organisationId}/audit?limit=200`)).body.items;
    const actions = log.map((r) => r.action);
    // Issue 4's list: entries, reversals, decisions, membership, parameter changes, exports, erasures.
    for (const action of [
      'organisation.create', 'organisation.edit', 'stakeholder.create', 'entry.record', 'entry.reverse', 'phase.override', 'dilemma.decide', 'parameters.change',
      'member.invite', 'member.join', 'member.role', 'member.remove', 'token.create', 'token.revoke', 'breach.record', 'breach.plan', 'control_measure.add',
      'export.csv', 'export.journal', 'export.json', 'statement.export', 'privacy.export', 'privacy.erase',
    ]) {
      expect(actions, action).toContain(action);
    }
    // Nothing erased lives on in the log: it names objects by id, and what was written about them stays in them.
    expect(JSON.stringify(log)).not.toMatch(/Jan|premie|ploegbaas/);
  });

  it('sends a strict Content-Security-Policy and the usual security headers', async () => {
    const response = await app.request('/healthz');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});
