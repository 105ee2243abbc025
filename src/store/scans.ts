import type { Kysely, Selectable } from 'kysely';
import type { Agreement } from '../domain/survey-scoring.ts';
import type { FrozenInstrument, SurveyKind } from '../domain/survey-instrument.ts';
import type { ScanStatus, TargetType } from '../domain/survey-scan.ts';
import type { Database, ScanTable } from './schema.ts';


export interface ScanTarget {
  readonly type: TargetType;
  /** A stakeholder id, a category key, or the name of the group. */
  readonly value: string;
}

export interface ScanRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly title: string;
  readonly kind: SurveyKind;
  readonly instrument: FrozenInstrument;
  readonly target: ScanTarget;
  readonly members: readonly string[];
  readonly status: ScanStatus;
  readonly opensOn: string;
  readonly closesOn: string;
  readonly minResponses: number;
  readonly invitationsIssued: number;
  readonly bookedEntries: readonly string[] | null;
  readonly createdAt: string;
}

export type ScanChanges = Partial<
  Pick<ScanRecord, 'title' | 'instrument' | 'target' | 'members' | 'status' | 'opensOn' | 'closesOn' | 'minResponses' | 'bookedEntries'>
>;

function fromRow(row: Selectable<ScanTable>): ScanRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    title: row.title,
    kind: row.kind as SurveyKind,
    instrument: JSON.parse(row.instrument) as FrozenInstrument,
    target: { type: row.target_type as TargetType, value: row.target_value },
    members: JSON.parse(row.members) as string[],
    status: row.status as ScanStatus,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    minResponses: row.min_responses,
    invitationsIssued: row.invitations_issued,
    bookedEntries: row.booked_entries === null ? null : (JSON.parse(row.booked_entries) as string[]),
    createdAt: row.created_at,
  };
}

export async function insertScan(db: Kysely<Database>, scan: ScanRecord): Promise<void> {
  await db
    .insertInto('scans')
    .values({
      id: scan.id,
      organisation_id: scan.organisationId,
      title: scan.title,
      kind: scan.kind,
      instrument: JSON.stringify(scan.instrument),
      target_type: scan.target.type,
      target_value: scan.target.value,
      members: JSON.stringify(scan.members),
      status: scan.status,
      opens_on: scan.opensOn,
      closes_on: scan.closesOn,
      min_responses: scan.minResponses,
      invitations_issued: scan.invitationsIssued,
      booked_entries: scan.bookedEntries === null ? null : JSON.stringify(scan.bookedEntries),
      created_at: scan.createdAt,
    })
    .execute();
}

/**
 * Changes a scan. `expectedStatus` makes a change of status safe against a concurrent one: the
 * update finds the row only while it still has the status the caller saw.
 */
export async function updateScan(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
  changes: ScanChanges,
  expectedStatus?: ScanStatus,
): Promise<boolean> {
  let query = db
    .updateTable('scans')
    .set({
      ...(changes.title === undefined ? {} : { title: changes.title }),
      ...(changes.instrument === undefined ? {} : { instrument: JSON.stringify(changes.instrument), kind: changes.instrument.kind }),
      ...(changes.target === undefined ? {} : { target_type: changes.target.type, target_value: changes.target.value }),
      ...(changes.members === undefined ? {} : { members: JSON.stringify(changes.members) }),
      ...(changes.status === undefined ? {} : { status: changes.status }),
      ...(changes.opensOn === undefined ? {} : { opens_on: changes.opensOn }),
      ...(changes.closesOn === undefined ? {} : { closes_on: changes.closesOn }),
      ...(changes.minResponses === undefined ? {} : { min_responses: changes.minResponses }),
      ...(changes.bookedEntries === undefined
        ? {}
        : { booked_entries: changes.bookedEntries === null ? null : JSON.stringify(changes.bookedEntries) }),
    })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id);
  if (expectedStatus !== undefined) query = query.where('status', '=', expectedStatus);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findScan(db: Kysely<Database>, organisationId: string, id: string): Promise<ScanRecord | undefined> {
  const row = await db.selectFrom('scans').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
  return row && fromRow(row);
}

/** The organisation's scans, newest first. */
export async function listScans(db: Kysely<Database>, organisationId: string): Promise<ScanRecord[]> {
  const rows = await db
    .selectFrom('scans')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(fromRow);
}

export interface ScanInvitationRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly scanId: string;
  readonly tokenHash: string;
  readonly segment: string | null;
  readonly used: boolean;
}

export async function insertScanInvitations(db: Kysely<Database>, invitations: readonly ScanInvitationRecord[]): Promise<void> {
  if (invitations.length === 0) return;
  await db
    .insertInto('scan_invitations')
    .values(
      invitations.map((i) => ({
        id: i.id,
        organisation_id: i.organisationId,
        scan_id: i.scanId,
        token_hash: i.tokenHash,
        segment: i.segment,
        used: i.used ? 1 : 0,
      })),
    )
    .execute();
  const [first] = invitations;
  await db
    .updateTable('scans')
    .set((eb) => ({ invitations_issued: eb('invitations_issued', '+', invitations.length) }))
    .where('organisation_id', '=', first!.organisationId)
    .where('id', '=', first!.scanId)
    .execute();
}

/** Looks a link up by its hash alone: a respondent has no organisation to name. */
export async function findScanInvitation(db: Kysely<Database>, tokenHash: string): Promise<ScanInvitationRecord | undefined> {
  const row = await db.selectFrom('scan_invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return (
    row && {
      id: row.id,
      organisationId: row.organisation_id,
      scanId: row.scan_id,
      tokenHash: row.token_hash,
      segment: row.segment,
      used: row.used === 1,
    }
  );
}

/** Marks a link used; only one of two simultaneous submits finds it unused. */
export async function markScanInvitationUsed(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.updateTable('scan_invitations').set({ used: 1 }).where('id', '=', id).where('used', '=', 0).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many links of a scan were made for each segment (null: the group as a whole). */
export async function invitationsBySegment(
  db: Kysely<Database>,
  organisationId: string,
  scanId: string,
): Promise<{ segment: string | null; count: number }[]> {
  const rows = await db
    .selectFrom('scan_invitations')
    .select(['segment', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('organisation_id', '=', organisationId)
    .where('scan_id', '=', scanId)
    .groupBy('segment')
    .execute();
  return rows.map((r) => ({ segment: r.segment, count: Number(r.count) }));
}

export interface ScanResponseRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly scanId: string;
  readonly segment: string | null;
  readonly answers: Readonly<Record<string, Agreement>>;
  readonly comment: string | null;
}

export async function insertScanResponse(db: Kysely<Database>, response: ScanResponseRecord): Promise<void> {
  await db
    .insertInto('scan_responses')
    .values({
      id: response.id,
      organisation_id: response.organisationId,
      scan_id: response.scanId,
      segment: response.segment,
      answers: JSON.stringify(response.answers),
      comment: response.comment,
    })
    .execute();
}

/** A scan's responses in the order of their random ids: an order that says nothing. */
export async function responsesOfScan(db: Kysely<Database>, organisationId: string, scanId: string): Promise<ScanResponseRecord[]> {
  const rows = await db
    .selectFrom('scan_responses')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('scan_id', '=', scanId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisation_id,
    scanId: row.scan_id,
    segment: row.segment,
    answers: JSON.parse(row.answers) as Record<string, Agreement>,
    comment: row.comment,
  }));
}

export async function countResponses(db: Kysely<Database>, organisationId: string, scanId: string): Promise<number> {
  const row = await db
    .selectFrom('scan_responses')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('organisation_id', '=', organisationId)
    .where('scan_id', '=', scanId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export interface ScanDisclosureRecord {
  readonly segments: readonly string[];
  readonly responses: number;
}

export async function disclosuresOfScan(db: Kysely<Database>, organisationId: string, scanId: string): Promise<ScanDisclosureRecord[]> {
  const rows = await db
    .selectFrom('scan_disclosures')
    .select(['segments', 'responses'])
    .where('organisation_id', '=', organisationId)
    .where('scan_id', '=', scanId)
    .execute();
  return rows.map((r) => ({ segments: JSON.parse(r.segments) as string[], responses: r.responses }));
}

/** Records that a result was shown; showing the same result again records nothing new. */
export async function recordDisclosure(
  db: Kysely<Database>,
  disclosure: ScanDisclosureRecord & { id: string; organisationId: string; scanId: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('scan_disclosures')
    .values({
      id: disclosure.id,
      organisation_id: disclosure.organisationId,
      scan_id: disclosure.scanId,
      segments: JSON.stringify([...disclosure.segments].sort()),
      responses: disclosure.responses,
      created_at: disclosure.createdAt,
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'scan_id', 'segments']).doNothing())
    .execute();
}
