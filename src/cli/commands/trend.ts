import { readRelations } from '../../app/read-accounts.ts';
import { readAccountTrend } from '../../app/trends.ts';
import { DIMENSIONS, type Direction } from '../../domain/vocabulary.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { renderTable } from '../table.ts';
import { findRelation } from './find-relation.ts';
import { formatSigned } from './format.ts';
import { parseInteger } from './parse.ts';

export interface TrendOptions {
  readonly direction: Direction;
  readonly from?: string;
  readonly to?: string;
  readonly parameterVersion?: string;
  readonly json?: boolean;
  readonly organisation?: string;
}

/** `trend`: an account's trust level, balance and legs at every month end. */
export async function trend(stakeholderName: string, options: TrendOptions): Promise<void> {
  const parameterVersion = parseInteger('--parameter-version', options.parameterVersion);
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const relation = findRelation((await readRelations(session, organisation.id)).relations, stakeholderName);
    const account = relation.accounts[options.direction];
    const result = await readAccountTrend(session, organisation.id, account.id, { from: options.from, to: options.to, parameterVersion });
    if (options.json) {
      console.log(JSON.stringify({ stakeholder: relation.stakeholder.name, direction: options.direction, ...result }, null, 2));
      return;
    }
    console.log(`${relation.stakeholder.name} — trust ${options.direction}, month by month (parameters v${result.parameterVersion})\n`);
    const rows = result.points.map((p, i) => [
      result.dates[i]!,
      p.trustLevel.toFixed(0),
      p.band,
      formatSigned(p.balance),
      ...DIMENSIONS.map((d) => p.legs[d].trustLevel.toFixed(0) + (p.legs[d].band === 'uncertain' ? '?' : '')),
    ]);
    console.log(
      renderTable(
        [{ header: 'Month end' }, { header: 'T', numeric: true }, { header: 'Band' }, { header: 'Balance', numeric: true }, { header: 'Int.', numeric: true }, { header: 'Prof.', numeric: true }, { header: 'Contr.', numeric: true }],
        rows,
      ),
    );
  } finally {
    await session.close();
  }
}
