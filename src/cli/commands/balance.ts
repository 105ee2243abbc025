import { readRelations } from '../../app/read-accounts.ts';
import { DIMENSIONS, DIRECTIONS, type Direction } from '../../domain/vocabulary.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { UsageError } from '../usage-error.ts';
import { renderTable } from '../table.ts';
import { formatSigned } from './format.ts';
import { parseInteger } from './parse.ts';

const LEG_HEADERS = { intentional: 'Int.', professional: 'Prof.', contractual: 'Contr.' } as const;

export interface BalanceOptions {
  readonly asOf?: string;
  readonly parameterVersion?: string;
  readonly direction?: string;
  readonly json?: boolean;
  readonly organisation?: string;
}

/** `balance`: every account of the organisation as of a date, as a table or JSON. */
export async function balance(options: BalanceOptions): Promise<void> {
  if (options.direction !== undefined && !(DIRECTIONS as readonly string[]).includes(options.direction)) {
    throw new UsageError(`--direction must be one of: ${DIRECTIONS.join(', ')}`);
  }
  const parameterVersion = parseInteger('--parameter-version', options.parameterVersion);
  const directions = options.direction ? [options.direction as Direction] : [...DIRECTIONS];
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const { asOf, relations, ...read } = await readRelations(session, organisation.id, { asOf: options.asOf, parameterVersion });
    const accounts = relations.flatMap((relation) =>
      directions.map((direction) => ({ relation, direction, reading: relation.accounts[direction].reading })),
    );
    if (options.json) {
      console.log(
        JSON.stringify(
          {
            organisation: { id: organisation.id, name: organisation.name },
            asOf,
            parameterVersion: read.parameterVersion,
            accounts: accounts.map(({ relation, direction, reading }) => ({
              stakeholder: { id: relation.stakeholder.id, name: relation.stakeholder.name, category: relation.stakeholder.category, level: relation.stakeholder.level },
              accountId: relation.accounts[direction].id,
              direction,
              ...reading,
            })),
          },
          null,
          2,
        ),
      );
      return;
    }
    console.log(`${organisation.name} — trust accounts as of ${asOf} (parameters v${read.parameterVersion})\n`);
    if (accounts.length === 0) {
      console.log('No relations yet. Add one with  trust-ledger stakeholder "Name" --category customers --level market');
      return;
    }
    const columns = [
      { header: 'Stakeholder' },
      { header: 'Level' },
      { header: 'Direction' },
      { header: 'T', numeric: true },
      { header: 'Band' },
      { header: 'Balance', numeric: true },
      ...DIMENSIONS.map((d) => ({ header: LEG_HEADERS[d], numeric: true })),
      { header: 'Phase' },
      { header: 'Days since', numeric: true },
    ];
    const rows = accounts.map(({ relation, direction, reading }) => [
      relation.stakeholder.name,
      relation.stakeholder.level,
      direction,
      reading.trustLevel.toFixed(0),
      reading.band,
      formatSigned(reading.balance),
      ...DIMENSIONS.map((d) => reading.legs[d].trustLevel.toFixed(0) + (reading.legs[d].band === 'uncertain' ? '?' : '')),
      relation.accounts[direction].phase.phase,
      relation.daysSinceLastEntry === null ? '–' : String(relation.daysSinceLastEntry),
    ]);
    console.log(renderTable(columns, rows));
    console.log('\nT: trust level 0–100. Legs: intentional, professional, contractual; "?" marks an uncertain leg.');
    console.log('Days since: since the last entry on either account of the relation. See one account in full with  trust-ledger account <stakeholder>');
  } finally {
    await session.close();
  }
}
