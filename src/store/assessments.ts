import type { Kysely, Selectable } from 'kysely';
import type { AssessmentWarning, Outcome, Ratings } from '../domain/weighed-trust.ts';
import type { AssessmentTable, Database } from './schema.ts';

/** The figures an assessment showed when it was made, kept as they were. */
export interface AssessmentFigures {
  readonly trustLevel: number;
  readonly uncertainty: number;
  readonly requiredTrustLevel: number;
  readonly toleratedUncertainty: number;
  readonly warnings: readonly AssessmentWarning[];
  /** The dimensions whose weak or unknown leg the safeguards cover. */
  readonly safeguards: readonly string[];
}

export interface AssessmentReview {
  readonly honoured: 'yes' | 'partly' | 'no';
  readonly note: string;
  readonly on: string;
}

export interface AssessmentRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly stakeholderId: string;
  readonly leap: string;
  readonly gut: number;
  readonly ratings: Ratings;
  readonly vulnerability: number;
  readonly horizonOn: string | null;
  readonly outcome: Outcome;
  readonly decision: Outcome;
  readonly reasons: string;
  readonly figures: AssessmentFigures;
  readonly entryId: string | null;
  readonly review: AssessmentReview | null;
  readonly createdAt: string;
}

function fromRow(row: Selectable<AssessmentTable>): AssessmentRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    stakeholderId: row.stakeholder_id,
    leap: row.leap,
    gut: row.gut,
    ratings: JSON.parse(row.ratings) as Ratings,
    vulnerability: row.vulnerability,
    horizonOn: row.horizon_on,
    outcome: row.outcome as Outcome,
    decision: row.decision as Outcome,
    reasons: row.reasons,
    figures: JSON.parse(row.figures) as AssessmentFigures,
    entryId: row.entry_id,
    review: row.review === null ? null : (JSON.parse(row.review) as AssessmentReview),
    createdAt: row.created_at,
  };
}

export async function insertAssessment(db: Kysely<Database>, a: AssessmentRecord): Promise<void> {
  await db
    .insertInto('assessments')
    .values({
      id: a.id,
      organisation_id: a.organisationId,
      stakeholder_id: a.stakeholderId,
      leap: a.leap,
      gut: a.gut,
      ratings: JSON.stringify(a.ratings),
      vulnerability: a.vulnerability,
      horizon_on: a.horizonOn,
      outcome: a.outcome,
      decision: a.decision,
      reasons: a.reasons,
      figures: JSON.stringify(a.figures),
      entry_id: a.entryId,
      review: a.review === null ? null : JSON.stringify(a.review),
      created_at: a.createdAt,
    })
    .execute();
}

export async function findAssessment(db: Kysely<Database>, organisationId: string, id: string): Promise<AssessmentRecord | undefined> {
  const row = await db.selectFrom('assessments').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
  return row && fromRow(row);
}

export async function listAssessments(db: Kysely<Database>, organisationId: string): Promise<AssessmentRecord[]> {
  const rows = await db
    .selectFrom('assessments')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(fromRow);
}

/** Records the review once: whether the trust given was honoured. */
export async function setReview(db: Kysely<Database>, organisationId: string, id: string, review: AssessmentReview): Promise<boolean> {
  const result = await db
    .updateTable('assessments')
    .set({ review: JSON.stringify(review) })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('review', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
