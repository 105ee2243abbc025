import {
  misfitStatements,
  standardInstrument,
  SURVEY_KINDS,
  type FrozenInstrument,
  type InstrumentStatement,
  type SurveyKind,
} from '../domain/survey-instrument.ts';
import type { Localized } from '../domain/vocabulary.ts';
import { findInstrument, insertInstrument, listInstruments, type InstrumentRecord } from '../store/instruments.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { getOrganisation } from './organisations.ts';
import { requireOneOf, requireText } from './validate.ts';

/** The id by which a standard instrument is chosen, e.g. `standard-received`. */
export const standardInstrumentId = (kind: SurveyKind) => `standard-${kind}`;

const MAX_STATEMENT_LENGTH = 300;

/** An instrument a scan can use: a standard one, or the newest version of one of the organisation's own. */
export interface AvailableInstrument extends FrozenInstrument {
  readonly id: string;
  readonly standard: boolean;
}

function standardOf(kind: SurveyKind): AvailableInstrument {
  return { ...standardInstrument(kind), id: standardInstrumentId(kind), instrumentId: null, name: null, version: 1, standard: true };
}

function ownOf(record: InstrumentRecord): AvailableInstrument {
  return {
    id: record.id,
    standard: false,
    kind: record.kind,
    instrumentId: record.id,
    name: record.name,
    version: record.version,
    statements: record.statements,
    openQuestion: record.openQuestion,
  };
}

/** The standard instruments, then the newest version of each of the organisation's own. */
export async function availableInstruments(ctx: AppContext, organisationId: string): Promise<AvailableInstrument[]> {
  await getOrganisation(ctx, organisationId);
  const newest = new Map<string, InstrumentRecord>();
  for (const record of await listInstruments(ctx.store.db, organisationId)) newest.set(record.lineageId, record);
  return [...SURVEY_KINDS.map(standardOf), ...[...newest.values()].sort((a, b) => a.name.localeCompare(b.name)).map(ownOf)];
}

/** An instrument by its id — a standard one's or any version of the organisation's own. */
export async function getInstrument(ctx: AppContext, organisationId: string, id: string): Promise<AvailableInstrument> {
  const kind = SURVEY_KINDS.find((k) => standardInstrumentId(k) === id);
  if (kind) return standardOf(kind);
  const record = await findInstrument(ctx.store.db, organisationId, id);
  if (!record) throw new NotFoundError('instrument', id);
  return ownOf(record);
}

export interface InstrumentWording {
  readonly name?: string;
  /** New wording per statement id; statements left out keep theirs. */
  readonly statements?: Readonly<Record<string, Localized>>;
  readonly openQuestion?: Localized;
}

function checkLocalized(field: string, text: Localized): Localized {
  return { en: requireText(`${field}.en`, text.en, MAX_STATEMENT_LENGTH), nl: requireText(`${field}.nl`, text.nl, MAX_STATEMENT_LENGTH) };
}

function reworded(base: AvailableInstrument, wording: InstrumentWording): { statements: InstrumentStatement[]; openQuestion: Localized } {
  const changes = wording.statements ?? {};
  const { unknown } = misfitStatements(base.kind, Object.keys(changes));
  if (unknown.length > 0) {
    throw new ValidationError(unknown.map((id) => ({ field: `statements.${id}`, message: `is not a statement of the ${base.kind} instrument` })));
  }
  return {
    statements: base.statements.map((s) => (changes[s.id] ? { ...s, text: checkLocalized(`statements.${s.id}`, changes[s.id]!) } : s)),
    openQuestion: wording.openQuestion ? checkLocalized('openQuestion', wording.openQuestion) : base.openQuestion,
  };
}

/**
 * Copies an instrument into the organisation's own, as version 1 of a new lineage, with any
 * wording changed at once. The statements keep their ids and foundations: only words change.
 */
export async function copyInstrument(
  ctx: AppContext,
  organisationId: string,
  input: { from: string } & InstrumentWording,
): Promise<AvailableInstrument> {
  const base = await getInstrument(ctx, organisationId, input.from);
  const id = ctx.newId();
  return storeVersion(ctx, organisationId, {
    id,
    organisationId,
    lineageId: id,
    version: 1,
    kind: base.kind,
    name: requireText('name', input.name ?? base.name ?? `${base.kind} (copy)`, 120),
    ...reworded(base, input),
    createdAt: ctx.now().toISOString(),
  });
}

/**
 * Adapts one of the organisation's own instruments: a new version of its lineage. Earlier
 * versions stay as they were, and so do the scans that froze them.
 */
export async function reviseInstrument(ctx: AppContext, organisationId: string, id: string, wording: InstrumentWording): Promise<AvailableInstrument> {
  const current = await findInstrument(ctx.store.db, organisationId, id);
  if (!current) throw new NotFoundError('instrument', id);
  const lineage = (await listInstruments(ctx.store.db, organisationId)).filter((r) => r.lineageId === current.lineageId);
  const newest = lineage.at(-1)!;
  return storeVersion(ctx, organisationId, {
    id: ctx.newId(),
    organisationId,
    lineageId: newest.lineageId,
    version: newest.version + 1,
    kind: newest.kind,
    name: wording.name === undefined ? newest.name : requireText('name', wording.name, 120),
    ...reworded(ownOf(newest), wording),
    createdAt: ctx.now().toISOString(),
  });
}

async function storeVersion(ctx: AppContext, organisationId: string, record: InstrumentRecord): Promise<AvailableInstrument> {
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertInstrument(trx, record);
    await audit(ctx, trx, organisationId, {
      action: 'instrument.version',
      objectType: 'instrument',
      objectId: record.id,
      details: { lineage: record.lineageId, version: record.version },
    });
  });
  return ownOf(record);
}

/** The instrument a new scan of `kind` freezes: the one named, which must be of that kind, or the standard one. */
export async function instrumentForScan(
  ctx: AppContext,
  organisationId: string,
  kind: SurveyKind,
  instrumentId: string | undefined,
): Promise<FrozenInstrument> {
  const checkedKind = requireOneOf('kind', kind, SURVEY_KINDS);
  const instrument = await getInstrument(ctx, organisationId, instrumentId ?? standardInstrumentId(checkedKind));
  if (instrument.kind !== checkedKind) {
    throw new ValidationError([{ field: 'instrumentId', message: `is a ${instrument.kind} instrument; this scan is ${checkedKind}` }]);
  }
  const { statements, openQuestion, instrumentId: frozenId, name, version } = instrument;
  return { kind: checkedKind, statements, openQuestion, instrumentId: frozenId, name, version };
}
