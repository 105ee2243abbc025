import { readRelations } from '../../app/read-accounts.ts';
import { recordEntry } from '../../app/record-entries.ts';
import { DIRECTIONS, type Foundation, type Intent } from '../../domain/vocabulary.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { UsageError } from '../usage-error.ts';
import { findRelation } from './find-relation.ts';
import { parseInteger } from './parse.ts';
import { formatTrust } from './format.ts';

export interface AddOptions {
  readonly direction: string;
  readonly foundation: string;
  readonly amount: string;
  readonly intent?: string;
  readonly date?: string;
  readonly note?: string;
  readonly organisation?: string;
}

/** `add`: records a deposit or withdrawal on a stakeholder's account and shows its new level. */
export async function add(stakeholderName: string, options: AddOptions): Promise<void> {
  if (!(DIRECTIONS as readonly string[]).includes(options.direction)) {
    throw new UsageError(`--direction must be one of: ${DIRECTIONS.join(', ')}`);
  }
  const direction = options.direction as (typeof DIRECTIONS)[number];
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const { relations } = await readRelations(session, organisation.id);
    const relation = findRelation(relations, stakeholderName);
    const entry = await recordEntry(session, organisation.id, {
      accountId: relation.accounts[direction].id,
      foundation: options.foundation as Foundation,
      amount: parseInteger('--amount', options.amount)!,
      intent: (options.intent as Intent | undefined) ?? null,
      occurredOn: options.date,
      note: options.note,
    });
    const after = (await readRelations(session, organisation.id)).relations.find((r) => r.id === relation.id)!;
    const kind = entry.amount > 0 ? 'deposit' : 'withdrawal';
    console.log(`Recorded a ${kind} of ${Math.abs(entry.amount)} on ${entry.foundation} (${entry.occurredOn}) — ${relation.stakeholder.name}, trust ${direction}.`);
    console.log(`Trust level now ${formatTrust(after.accounts[direction].reading)}.`);
  } finally {
    await session.close();
  }
}
