import type { IsoDate } from '../domain/calendar.ts';
import type { SimulatedAccount } from '../domain/dilemma-simulation.ts';
import { evidenceByFoundation } from '../domain/evidence.ts';
import { baseRateFor, type Parameters } from '../domain/parameters.ts';
import { evidenceFromScaledSums, latestOccurredOn } from '../domain/scaled-sums.ts';
import { entriesOfAccounts, sumsByAccount } from '../store/entries.ts';
import { currentParameterVersion } from '../store/organisations.ts';
import { accountsOfRelations, relationsOfStakeholders } from '../store/relations.ts';
import { findStakeholders } from '../store/stakeholders.ts';
import type { AppContext } from './context.ts';
import { organisationToday } from './organisations.ts';

export interface DecisionAccounts {
  readonly asOf: IsoDate;
  readonly parameters: Parameters;
  readonly accounts: SimulatedAccount[];
}

/**
 * The accounts of the named stakeholders — those still followed, with a relation — as a
 * decision reads them today: their evidence, and the importance, vulnerability and base rate of
 * their stakeholder. A decision only ever touches the stakeholders its effects name (and, for
 * second-order effects, those they reach), so only their accounts are read: a simulation on an
 * organisation of 10,000 relations reads a few dozen accounts, not 20,000.
 */
export async function decisionAccounts(ctx: AppContext, organisationId: string, stakeholderIds: Iterable<string>): Promise<DecisionAccounts> {
  const db = ctx.store.db;
  const [asOf, { version, parameters }] = await Promise.all([organisationToday(ctx, organisationId), currentParameterVersion(db, organisationId)]);
  const stakeholders = (await findStakeholders(db, organisationId, [...new Set(stakeholderIds)])).filter((s) => s.archivedAt === null);
  const relations = await relationsOfStakeholders(db, organisationId, stakeholders.map((s) => s.id));
  const accounts = await accountsOfRelations(db, organisationId, relations.map((r) => r.id));
  const ids = accounts.map((a) => a.id);
  const sums = await sumsByAccount(db, organisationId, version, ids);
  // The running sums answer only on or after every date that went into them; else the entries do.
  const sumsAnswer = [...sums.values()].every((s) => (latestOccurredOn(s) ?? asOf) <= asOf);
  const entries = sumsAnswer ? [] : await entriesOfAccounts(db, organisationId, ids, asOf);
  const stakeholderOf = new Map(relations.map((r) => [r.id, stakeholders.find((s) => s.id === r.stakeholderId)!]));
  return {
    asOf,
    parameters,
    accounts: accounts.map((account): SimulatedAccount => {
      const stakeholder = stakeholderOf.get(account.relationId)!;
      return {
        accountId: account.id,
        stakeholderId: stakeholder.id,
        direction: account.direction,
        importance: stakeholder.importance,
        vulnerability: stakeholder.vulnerability,
        baseRate: baseRateFor(parameters, stakeholder.category),
        evidence: sumsAnswer
          ? evidenceFromScaledSums(sums.get(account.id) ?? [], asOf, parameters)
          : evidenceByFoundation(entries.filter((e) => e.accountId === account.id), asOf, parameters),
      };
    }),
  };
}
