import { addStakeholder } from '../../app/stakeholders.ts';
import type { Level, Scope } from '../../domain/vocabulary.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { parseInteger } from './parse.ts';

export interface StakeholderOptions {
  readonly category: string;
  readonly level: string;
  readonly importance?: string;
  readonly influence?: string;
  readonly interest?: string;
  readonly vulnerability?: string;
  readonly tag?: string[];
  readonly startedOn?: string;
  readonly scope?: string;
  readonly cadence?: string;
  readonly organisation?: string;
}

/** `stakeholder`: adds a stakeholder and the relation with it, opening both accounts. */
export async function stakeholder(name: string, options: StakeholderOptions): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const created = await addStakeholder(session, organisation.id, {
      name,
      category: options.category,
      level: options.level as Level,
      importance: parseInteger('--importance', options.importance),
      influence: parseInteger('--influence', options.influence),
      interest: parseInteger('--interest', options.interest),
      vulnerability: parseInteger('--vulnerability', options.vulnerability),
      tags: options.tag ?? [],
      relation: { startedOn: options.startedOn, scope: options.scope as Scope | undefined, cadenceDays: parseInteger('--cadence', options.cadence) },
    });
    const relation = created.relation!;
    console.log(`Added "${created.name}" with a relation started ${relation.startedOn}, to be maintained every ${relation.cadenceDays} days.`);
    console.log(`Record trust with  trust-ledger add "${created.name}" --direction received --foundation honesty --amount 2`);
  } finally {
    await session.close();
  }
}
