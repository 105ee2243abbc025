import { changeParameters, getParameterHistory } from '../../app/parameters.ts';
import { PARAMETER_EXPLANATIONS } from '../../domain/parameter-explanations.ts';
import type { Parameters } from '../../domain/parameters.ts';
import type { Language } from '../../domain/vocabulary.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { UsageError } from '../usage-error.ts';

export interface ParamsOptions {
  readonly set?: string[];
  readonly note?: string;
  readonly json?: boolean;
  readonly lang: Language;
  readonly organisation?: string;
}

const NUMERIC = ['depositHalfLifeDays', 'withdrawalHalfLifeDays', 'withdrawalWeight', 'intentionalFactor', 'priorWeight', 'baseRate'] as const;

/** Parses `name=value` pairs; `baseRate.<category>=value` sets a category's base rate. */
function parseChanges(pairs: readonly string[], current: Parameters): Partial<Parameters> {
  const changes: { -readonly [K in keyof Parameters]?: Parameters[K] } = {};
  for (const pair of pairs) {
    const [name, raw] = pair.split('=');
    const value = Number(raw);
    if (!name || raw === undefined || raw.trim() === '' || !Number.isFinite(value)) {
      throw new UsageError(`--set takes name=number, got "${pair}"`);
    }
    if (name.startsWith('baseRate.')) {
      changes.baseRateByCategory = { ...(changes.baseRateByCategory ?? current.baseRateByCategory), [name.slice('baseRate.'.length)]: value };
    } else if ((NUMERIC as readonly string[]).includes(name)) {
      changes[name as (typeof NUMERIC)[number]] = value;
    } else {
      throw new UsageError(`Unknown parameter "${name}". Known: ${NUMERIC.join(', ')}, baseRate.<category>`);
    }
  }
  return changes;
}

/** `params`: shows the parameters and their history, or records a new version. */
export async function params(options: ParamsOptions): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const history = await getParameterHistory(session, organisation.id);
    if (options.set && options.set.length > 0) {
      if (!options.note) throw new UsageError('Say why with --note "…": the reason is kept with the new version.');
      const version = await changeParameters(session, organisation.id, {
        changes: parseChanges(options.set, history.current.parameters),
        note: options.note,
      });
      console.log(`Parameters version ${version.version} recorded; every account is now read under it.`);
      return;
    }
    if (options.json) {
      console.log(JSON.stringify(history, null, 2));
      return;
    }
    const { version, parameters } = history.current;
    console.log(`${organisation.name} — parameters version ${version}\n`);
    for (const [name, explanation] of Object.entries(PARAMETER_EXPLANATIONS)) {
      const value = parameters[name as keyof Parameters];
      console.log(`${name} = ${typeof value === 'object' ? JSON.stringify(value) : value}\n    ${explanation[options.lang]}`);
    }
    console.log('\nHistory:');
    for (const v of history.versions) console.log(`  v${v.version}  ${v.createdAt.slice(0, 10)}  ${v.note}`);
  } finally {
    await session.close();
  }
}
