/**
 * The organisation the reliability suites work on: one of every kind of object, and an API token per
 * role (the same set-up as test/security/access.test.ts).
 */
import { createApiToken } from '../../src/app/api-tokens.ts';
import type { AppContext } from '../../src/app/context.ts';
import { recordAssessment } from '../../src/app/assessments.ts';
import { recordBreach } from '../../src/app/breaches.ts';
import { addControlMeasure } from '../../src/app/control-measures.ts';
import { createDilemma } from '../../src/app/dilemmas.ts';
import { copyInstrument } from '../../src/app/instruments.ts';
import { createOrganisation } from '../../src/app/organisations.ts';
import { recordEntry } from '../../src/app/record-entries.ts';
import { addRelation } from '../../src/app/relations.ts';
import { createScan } from '../../src/app/scans.ts';
import { addStakeholder } from '../../src/app/stakeholders.ts';
import { ROLES, type Role } from '../../src/domain/roles.ts';
import { insertMembership } from '../../src/store/users.ts';

export interface OrgFixture {
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

export async function organisationFixture(ctx: AppContext, name: string, members: readonly (readonly [string, Role])[], spare: string): Promise<OrgFixture> {
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

export function fill(path: string, fixture: OrgFixture): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (fixture as unknown as Record<string, unknown>)[name];
    if (typeof value !== 'string') throw new Error(`the access matrix has no value for {${name}} in ${path}: add it to OrgFixture`);
    return value;
  });
}

