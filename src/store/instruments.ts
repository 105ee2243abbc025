import type { Kysely, Selectable } from 'kysely';
import type { InstrumentStatement, SurveyKind } from '../domain/survey-instrument.ts';
import type { Localized } from '../domain/vocabulary.ts';
import type { Database, InstrumentTable } from './schema.ts';

/** One version of an organisation's own instrument. Versions are never changed, only added. */
export interface InstrumentRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly lineageId: string;
  readonly version: number;
  readonly kind: SurveyKind;
  readonly name: string;
  readonly statements: readonly InstrumentStatement[];
  readonly openQuestion: Localized;
  readonly createdAt: string;
}

function fromRow(row: Selectable<InstrumentTable>): InstrumentRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    lineageId: row.lineage_id,
    version: row.version,
    kind: row.kind as SurveyKind,
    name: row.name,
    statements: JSON.parse(row.statements) as InstrumentStatement[],
    openQuestion: JSON.parse(row.open_question) as Localized,
    createdAt: row.created_at,
  };
}

export async function insertInstrument(db: Kysely<Database>, instrument: InstrumentRecord): Promise<void> {
  await db
    .insertInto('instruments')
    .values({
      id: instrument.id,
      organisation_id: instrument.organisationId,
      lineage_id: instrument.lineageId,
      version: instrument.version,
      kind: instrument.kind,
      name: instrument.name,
      statements: JSON.stringify(instrument.statements),
      open_question: JSON.stringify(instrument.openQuestion),
      created_at: instrument.createdAt,
    })
    .execute();
}

export async function findInstrument(db: Kysely<Database>, organisationId: string, id: string): Promise<InstrumentRecord | undefined> {
  const row = await db
    .selectFrom('instruments')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** Every version of every instrument of the organisation, by lineage and version. */
export async function listInstruments(db: Kysely<Database>, organisationId: string): Promise<InstrumentRecord[]> {
  const rows = await db
    .selectFrom('instruments')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('lineage_id')
    .orderBy('version')
    .execute();
  return rows.map(fromRow);
}
