import { organisationOverview } from '../../app/read-accounts.ts';
import type { GroupFigures } from '../../domain/groups.ts';
import { DIMENSIONS, DIRECTIONS, type Direction, type Language } from '../../domain/vocabulary.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { renderTable, wrap } from '../table.ts';
import { formatSigned } from './format.ts';
import { parseInteger } from './parse.ts';

export interface OverviewOptions {
  readonly asOf?: string;
  readonly parameterVersion?: string;
  readonly direction?: Direction;
  readonly json?: boolean;
  readonly lang: Language;
  readonly organisation?: string;
}

const DIRECTION_TITLES: Record<Direction, string> = {
  received: 'Trust received (their trust in us)',
  given: 'Trust given (our trust in them)',
};

const trust = (value: number | null) => (value === null ? '–' : value.toFixed(0));

function row(group: string, figures: GroupFigures): string[] {
  return [
    group,
    String(figures.accounts),
    trust(figures.trustLevel),
    formatSigned(figures.balance),
    formatSigned(figures.weightedBalance),
    ...DIMENSIONS.map((d) => trust(figures.legs[d])),
  ];
}

/** `overview`: the organisation's group figures — in total, per level, per category — and its leadership profile. */
export async function overview(options: OverviewOptions): Promise<void> {
  const parameterVersion = parseInteger('--parameter-version', options.parameterVersion);
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const result = await organisationOverview(session, organisation.id, { asOf: options.asOf, parameterVersion });
    if (options.json) {
      console.log(JSON.stringify({ organisation: { id: organisation.id, name: organisation.name }, ...result }, null, 2));
      return;
    }
    console.log(`${organisation.name} — overview as of ${result.asOf} (parameters v${result.parameterVersion})`);
    console.log(`${result.stakeholders} stakeholders, ${result.relations} relations`);
    const columns = [
      { header: 'Group' },
      { header: 'Accounts', numeric: true },
      { header: 'T', numeric: true },
      { header: 'Balance', numeric: true },
      { header: 'Weighted', numeric: true },
      { header: 'Int.', numeric: true },
      { header: 'Prof.', numeric: true },
      { header: 'Contr.', numeric: true },
    ];
    for (const direction of options.direction ? [options.direction] : DIRECTIONS) {
      const figures = result[direction];
      const rows = [
        row('organisation', figures.total),
        ...Object.entries(figures.byLevel).map(([level, f]) => row(`level: ${level}`, f)),
        ...Object.entries(figures.byCategory).map(([category, f]) => row(`category: ${category}`, f)),
      ];
      console.log(`\n${DIRECTION_TITLES[direction]}\n${renderTable(columns, rows)}`);
    }
    const { shares, style, text } = result.leadershipProfile;
    if (shares === null || text === null) {
      console.log('\nLeadership profile: no received deposits yet.');
    } else {
      console.log(`\nLeadership profile (${style}): ${DIMENSIONS.map((d) => `${d} ${Math.round(shares[d] * 100)}%`).join(' · ')}`);
      for (const line of wrap(text[options.lang], 96)) console.log(line);
    }
    console.log('\nT and the legs: importance-weighted means. Balance: the sum; Weighted: the sum weighted by importance.');
  } finally {
    await session.close();
  }
}
