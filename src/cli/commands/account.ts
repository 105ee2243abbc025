import { readRelations } from '../../app/read-accounts.ts';
import { DIMENSIONS, type Direction, type Language } from '../../domain/vocabulary.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { wrap } from '../table.ts';
import { findRelation } from './find-relation.ts';
import { formatSigned, formatTrust } from './format.ts';
import { parseInteger } from './parse.ts';

export interface AccountOptions {
  readonly direction: Direction;
  readonly asOf?: string;
  readonly parameterVersion?: string;
  readonly json?: boolean;
  readonly lang: Language;
  readonly organisation?: string;
}

/** `account`: one trust account in full — figures, tripod, compensation advice, phase. */
export async function account(stakeholderName: string, options: AccountOptions): Promise<void> {
  const parameterVersion = parseInteger('--parameter-version', options.parameterVersion);
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const relation = findRelation((await readRelations(session, organisation.id, { asOf: options.asOf, parameterVersion })).relations, stakeholderName);
    const view = relation.accounts[options.direction];
    if (options.json) {
      console.log(JSON.stringify({ stakeholder: relation.stakeholder, ...view }, null, 2));
      return;
    }
    const { reading, tripod, phase } = view;
    const lang = options.lang;
    console.log(`${relation.stakeholder.name} — trust ${options.direction}, as of ${reading.asOf} (parameters v${view.parameterVersion})\n`);
    console.log(`Trust level  ${formatTrust(reading)}   uncertainty ${reading.uncertainty.toFixed(2)}   balance ${formatSigned(reading.balance)}`);
    console.log(`Last entry   ${view.lastEntryOn ?? 'none'}`);
    console.log(`Phase        ${phase.phase} (scope ${phase.scope}, ${phase.source}${phase.override ? `: ${phase.override.reason}` : ''})`);
    console.log('\nTripod');
    for (const d of DIMENSIONS) {
      const leg = tripod.legs[d];
      console.log(`  ${d.padEnd(13)} ${leg.trustLevel.toFixed(0).padStart(3)}  ${leg.state}${tripod.weakest === d ? '  ← weakest' : ''}`);
    }
    for (const advice of tripod.advice) {
      console.log(`\n${advice.dimension} leg ${advice.state}:`);
      for (const line of wrap(`${advice.expectation[lang]} ${advice.action[lang]}`, 96)) console.log(`  ${line}`);
      for (const { foundation, keys } of advice.behaviourKeys) {
        console.log(`  ${foundation}: ${keys.map((k) => k[lang]).join(' · ')}`);
      }
    }
  } finally {
    await session.close();
  }
}
