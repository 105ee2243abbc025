import type { SimulatedAccount } from '../domain/dilemma-simulation.ts';
import { baseRateFor } from '../domain/parameters.ts';
import type { AppContext } from './context.ts';
import { loadSnapshot, type Snapshot } from './organisation-snapshot.ts';
import { accountEvidence } from './read-accounts.ts';

/**
 * Every account the organisation follows, as a decision reads it today: its evidence, and the
 * importance, vulnerability and base rate of its stakeholder.
 */
export async function decisionAccounts(ctx: AppContext, organisationId: string): Promise<{ snapshot: Snapshot; accounts: SimulatedAccount[] }> {
  const snapshot = await loadSnapshot(ctx, organisationId);
  const parameters = snapshot.parameters.parameters;
  const accounts = snapshot.accounts.map((account): SimulatedAccount => {
    const relation = snapshot.relationById.get(account.relationId)!;
    const stakeholder = snapshot.stakeholders.get(relation.stakeholderId)!;
    return {
      accountId: account.id,
      stakeholderId: stakeholder.id,
      direction: account.direction,
      importance: stakeholder.importance,
      vulnerability: stakeholder.vulnerability,
      baseRate: baseRateFor(parameters, stakeholder.category),
      evidence: accountEvidence(snapshot, account.id),
    };
  });
  return { snapshot, accounts };
}
