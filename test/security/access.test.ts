import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/api-tokens.ts';
import { actingAs, createContext, type AppContext } from '../../src/app/context.ts';
import { recordAssessment } from '../../src/app/assessments.ts';
import { recordBreach } from '../../src/app/breaches.ts';
import { addControlMeasure } from '../../src/app/control-measures.ts';
import { createDilemma } from '../../src/app/dilemmas.ts';
import { copyInstrument } from '../../src/app/instruments.ts';
import { createOrganisation } from '../../src/app/organisations.ts';
import { recordEntry } from '../../src/app/record-entries.ts';
import { addRelation } from '../../src/app/relations.ts';
import { createUser } from '../../src/app/setup.ts';
import { createScan } from '../../src/app/scans.ts';
import { addStakeholder } from '../../src/app/stakeholders.ts';
import { API_BASE, createApi } from '../../src/api/create-api.ts';
import { ROLES, roleAllows, type Role } from '../../src/domain/roles.ts';
import { insertMembership } from '../../src/store/users.ts';
import { ApiClient } from '../support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../support/stores.ts';

/**
 * Nobody sees what is not theirs. Every operation of the OpenAPI document is called by every kind
 * of caller, so a route added later is covered the day it appears — or fails here until it is. A
 * route served outside the document fails here too.
 */
const PASSWORD = 'correct horse battery staple';
const PUBLIC_OPERATIONS = [
  'GET /setup',
  'POST /setup',
  'POST /auth/login',
  'POST /auth/logout',
  'POST /auth/password-reset',
  'GET /invitations/{token}',
  'POST /invitations/{token}/accept',
  'GET /surveys/{token}',
  'POST /surveys/{token}/responses',
];

/** Served outside the OpenAPI document because they are the document and its reference page. */
const DOCUMENTATION_ROUTES = ['GET /api/v1/docs', 'GET /api/v1/docs/assets/{name}', 'GET /api/v1/openapi.json'];

interface Operation {
  method: string;
  path: string;
  access: string;
}

interface OrgFixture {
  organisationId: string;
  stakeholderId: string;
  relationId: string;
  accountId: string;
  entryId: string;
  scanId: string;
  instrumentId: string;
  dilemmaId: string;
  assessmentId: string;
  breachId: string;
  /** A CSV export's kind (not an id: the same in every organisation). */
  kind: string;
  measureId: string;
  /** A member and a token the matrix may remove and revoke. */
  userId: string;
  tokenId: string;
  tokens: Record<Role, string>;
}

async function organisationFixture(ctx: AppContext, name: string, members: readonly (readonly [string, Role])[], spare: string): Promise<OrgFixture> {
  const organisation = await createOrganisation(ctx, { name });
  const at = ctx.now().toISOString();
  for (const [userId, role] of members) await insertMembership(ctx.store.db, organisation.id, userId, role, at);
  await insertMembership(ctx.store.db, organisation.id, spare, 'viewer', at);
  const stakeholder = await addStakeholder(ctx, organisation.id, { name: `${name} customer`, category: 'customers', level: 'market' });
  const relation = await addRelation(ctx, organisation.id, { stakeholderId: stakeholder.id, startedOn: '2025-01-01' });
  const entry = await recordEntry(ctx, organisation.id, { accountId: relation.accounts.received, foundation: 'honesty', amount: 2 });
  const scan = await createScan(ctx, organisation.id, { title: `${name} scan`, kind: 'received', target: { type: 'stakeholder', value: stakeholder.id } });
  const instrument = await copyInstrument(ctx, organisation.id, { from: 'standard-received', name: `${name} instrument` });
  const effect = { stakeholderId: stakeholder.id, direction: 'received', foundation: 'fairness', amount: 2 } as const;
  const dilemma = await createDilemma(ctx, organisation.id, {
    title: `${name} dilemma`, valueConflict: 'one good or another', impact: 2,
    options: [{ title: 'a', effects: [effect] }, { title: 'b', effects: [] }],
  });
  const assessment = await recordAssessment(ctx, organisation.id, {
    stakeholderId: stakeholder.id, leap: 'a loan', gut: 3, ratings: {}, vulnerability: 2, decision: 'withhold', reasons: 'too early',
  });
  const breach = await recordBreach(ctx, organisation.id, {
    relationId: relation.id, direction: 'we_breached', intent: 'side_effect', scale: 'incidental', description: `${name} breach`,
    withdrawals: [{ foundation: 'service', amount: -1, intent: 'unintentional' }],
  });
  const measure = await addControlMeasure(ctx, organisation.id, relation.id, {
    kind: 'audits', description: `${name} audit`, yearlyEuros: 1200, startedOn: '2025-01-01',
  });
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) tokens[role] = (await createApiToken(ctx, organisation.id, { name: `${role} token`, role })).token;
  const spareToken = await createApiToken(ctx, organisation.id, { name: 'spare', role: 'viewer' });
  return {
    organisationId: organisation.id,
    stakeholderId: stakeholder.id,
    relationId: relation.id,
    accountId: relation.accounts.received,
    entryId: entry.id,
    scanId: scan.id,
    instrumentId: instrument.id,
    dilemmaId: dilemma.id,
    assessmentId: assessment.id,
    breachId: breach.id,
    kind: 'entries',
    measureId: measure.id,
    userId: spare,
    tokenId: spareToken.id,
    tokens,
  };
}

function fill(path: string, fixture: OrgFixture): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (fixture as unknown as Record<string, unknown>)[name];
    if (typeof value !== 'string') throw new Error(`the access matrix has no value for {${name}} in ${path}: add it to OrgFixture`);
    return value;
  });
}

describe.each(DIALECTS)('access control on %s', (dialect) => {
  let test: TestStore;
  let ctx: AppContext;
  let app: ReturnType<typeof createApi>;
  let operations: Operation[];
  let a: OrgFixture;
  let b: OrgFixture;
  const users = {} as Record<Role, ApiClient>;
  let outsider: ApiClient;

  beforeAll(async () => {
    test = await openTestStore(dialect);
    ctx = createContext(test.store, () => new Date('2026-06-30T09:00:00Z'));
    app = createApi(ctx, { webRoot: null });
    const ids = {} as Record<Role, string>;
    for (const role of ROLES) ids[role] = (await createUser(ctx, { displayName: role, email: `${role}@a.test`, password: PASSWORD })).id;
    const outsiderId = (await createUser(ctx, { displayName: 'B owner', email: 'owner@b.test', password: PASSWORD })).id;
    const spareA = (await createUser(ctx, { displayName: 'spare A', email: 'spare@a.test', password: PASSWORD })).id;
    const spareB = (await createUser(ctx, { displayName: 'spare B', email: 'spare@b.test', password: PASSWORD })).id;
    const system = actingAs(ctx, { userId: null, tokenId: null });
    a = await organisationFixture(system, 'Org A', ROLES.map((role) => [ids[role], role] as const), spareA);
    b = await organisationFixture(system, 'Org B', [[outsiderId, 'owner']], spareB);
    for (const role of ROLES) users[role] = await new ApiClient(app).signIn(`${role}@a.test`, PASSWORD);
    outsider = await new ApiClient(app).signIn('owner@b.test', PASSWORD);
    const doc = (await new ApiClient(app).call<{ paths: Record<string, Record<string, { 'x-access'?: string }>> }>('GET', '/openapi.json')).body;
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, access: op['x-access'] ?? 'missing' })),
    );
  });
  afterAll(() => test.close());

  it('declares who may call every operation, and only the expected ones are public', () => {
    expect(operations.length).toBeGreaterThan(30);
    for (const op of operations) expect(['public', 'authenticated', 'signed-in', ...ROLES], `${op.method} ${op.path}`).toContain(op.access);
    expect(operations.filter((op) => op.access === 'public').map((op) => `${op.method} ${op.path}`).sort()).toEqual([...PUBLIC_OPERATIONS].sort());
  });

  it('serves no API route that the document, and so this matrix, leaves out', () => {
    const documented = new Set(operations.map((op) => `${op.method} ${API_BASE}${op.path}`));
    const served = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith(`${API_BASE}/`))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(served)].filter((route) => !documented.has(route)).sort()).toEqual(DOCUMENTATION_ROUTES);
  });

  it('refuses every non-public operation without credentials', async () => {
    const anonymous = new ApiClient(app);
    for (const op of operations.filter((o) => o.access !== 'public')) {
      const result = await anonymous.call(op.method, fill(op.path, a), op.method === 'GET' ? undefined : {});
      expect(result.status, `${op.method} ${op.path}`).toBe(401);
      expect(result.type).toContain('application/problem+json');
    }
  });

  it("answers 404 on another organisation's objects, through its path and through one's own", async () => {
    for (const op of operations.filter((o) => o.path.includes('{organisationId}'))) {
      const body = op.method === 'GET' ? undefined : {};
      const theirs = await outsider.call(op.method, fill(op.path, a), body);
      expect(theirs.status, `outsider ${op.method} ${op.path}`).toBe(404);
      const viaToken = await new ApiClient(app, b.tokens.owner).call(op.method, fill(op.path, a), body);
      expect(viaToken.status, `B token ${op.method} ${op.path}`).toBe(404);
      // B's objects named under A's organisation are not found either.
      if (/\{(stakeholderId|relationId|accountId|entryId|tokenId|userId|scanId|instrumentId|dilemmaId|assessmentId|breachId|measureId)\}/.test(op.path)) {
        const mixed = fill(op.path, { ...b, organisationId: a.organisationId });
        const result = await users.owner.call(op.method, mixed, body);
        expect([400, 404], `mixed ${op.method} ${mixed}`).toContain(result.status);
      }
    }
  });

  it('gives each role exactly its rights, as a person and as an API token', async () => {
    const organisational = operations.filter((o) => (ROLES as readonly string[]).includes(o.access));
    expect(organisational.length).toBeGreaterThan(25);
    // Destructive operations last, so they do not remove what the others need.
    const ordered = [...organisational].sort((x, y) => Number(x.method === 'DELETE' || x.path.endsWith('/erasure')) - Number(y.method === 'DELETE' || y.path.endsWith('/erasure')));
    for (const op of ordered) {
      // A removal succeeds once; after that its target is gone, and 404 is the honest answer.
      let removed = false;
      for (const role of ROLES) {
        for (const [kind, client] of [['person', users[role]], ['token', new ApiClient(app, a.tokens[role])]] as const) {
          const result = await client.call(op.method, fill(op.path, a), op.method === 'GET' ? undefined : {});
          const label = `${role} ${kind} ${op.method} ${op.path} → ${result.status}`;
          if (!roleAllows(role, op.access as Role)) expect(result.status, label).toBe(403);
          else if (removed && op.method === 'DELETE') expect(result.status, label).toBe(404);
          else expect([401, 403, 404], label).not.toContain(result.status);
          if (op.method === 'DELETE' && result.status === 204) removed = true;
        }
      }
    }
  });

  it('lets only people, not tokens, act on their own account', async () => {
    for (const op of operations.filter((o) => o.access === 'signed-in')) {
      const asToken = await new ApiClient(app, a.tokens.owner).call(op.method, op.path, op.method === 'GET' ? undefined : {});
      expect(asToken.status, `${op.method} ${op.path}`).toBe(403);
      const asPerson = await users.viewer.call(op.method, op.path, op.method === 'GET' ? undefined : {});
      expect([401, 403], `${op.method} ${op.path}`).not.toContain(asPerson.status);
    }
  });
});
