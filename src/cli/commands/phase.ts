import { overridePhase } from '../../app/phase-overrides.ts';
import { readRelations } from '../../app/read-accounts.ts';
import type { Direction, Language, Phase } from '../../domain/vocabulary.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { UsageError } from '../usage-error.ts';
import { findRelation } from './find-relation.ts';

export interface PhaseOptions {
  readonly direction: Direction;
  readonly set?: string;
  readonly clear?: boolean;
  readonly reason?: string;
  readonly lang: Language;
  readonly organisation?: string;
}

/** `phase`: shows an account's phase and why, or overrides it with a reason. */
export async function phase(stakeholderName: string, options: PhaseOptions): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const relation = findRelation((await readRelations(session, organisation.id)).relations, stakeholderName);
    const account = relation.accounts[options.direction];
    if (options.set !== undefined || options.clear) {
      if (!options.reason) throw new UsageError('Say why with --reason "…": it is kept beside the inferred phase.');
      await overridePhase(session, organisation.id, account.id, { phase: options.clear ? null : (options.set as Phase), reason: options.reason });
    }
    const view = (await readRelations(session, organisation.id)).relations.find((r) => r.id === relation.id)!.accounts[options.direction].phase;
    console.log(`${relation.stakeholder.name}, trust ${options.direction}: ${view.phase} (scope ${view.scope}, ${view.source})`);
    console.log(`Inferred: ${view.inferred.phase}`);
    for (const reason of view.inferred.reasons) console.log(`  – ${reason.text[options.lang]}`);
    if (view.override) console.log(`Override since ${view.override.setAt.slice(0, 10)}: ${view.override.reason}`);
  } finally {
    await session.close();
  }
}
