import { isIsoDate } from '../domain/calendar.ts';
import { assess, isRating, OUTCOMES, type Assessment, type Outcome, type Ratings } from '../domain/weighed-trust.ts';
import { FOUNDATIONS, INTENTS, type Foundation, type Intent } from '../domain/vocabulary.ts';
import { findAssessment, insertAssessment, listAssessments, setReview, type AssessmentRecord } from '../store/assessments.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { decisionAccounts } from './decision-accounts.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from './errors.ts';
import { organisationToday } from './organisations.ts';
import { checkEntries, writeEntries } from './record-entries.ts';
import { requireOneOf, requireRating, requireText } from './validate.ts';

export interface AssessmentQuestion {
  readonly stakeholderId: string;
  /** What would be entrusted: money, a task, information, access. */
  readonly leap: string;
  /** The gut feeling, 1–5, recorded before the reasons. */
  readonly gut: number;
  readonly ratings: Readonly<Partial<Record<Foundation, number | null>>>;
  readonly vulnerability: number;
  readonly horizonOn?: string | null;
}

function checkQuestion(input: AssessmentQuestion): { ratings: Ratings; leap: string } {
  const issues: FieldIssue[] = [];
  const ratings: Partial<Record<Foundation, -2 | -1 | 0 | 1 | 2>> = {};
  for (const [key, value] of Object.entries(input.ratings ?? {})) {
    if (!(FOUNDATIONS as readonly string[]).includes(key)) issues.push({ field: `ratings.${key}`, message: 'is not a foundation' });
    else if (value === null || value === undefined) continue;
    else if (!isRating(value)) issues.push({ field: `ratings.${key}`, message: 'must be a whole number from -2 to 2, or null when unknown' });
    else ratings[key as Foundation] = value;
  }
  if (input.horizonOn != null && !isIsoDate(input.horizonOn)) issues.push({ field: 'horizonOn', message: 'must be a date as YYYY-MM-DD' });
  if (issues.length > 0) throw new ValidationError(issues);
  requireRating('gut', input.gut);
  requireRating('vulnerability', input.vulnerability);
  return { ratings, leap: requireText('leap', input.leap, 500) };
}

/** The `given` account of the stakeholder, read today, as the assessment starts from it. */
async function givenAccount(ctx: AppContext, organisationId: string, stakeholderId: string) {
  const { asOf, parameters, accounts } = await decisionAccounts(ctx, organisationId, [stakeholderId]);
  const account = accounts.find((a) => a.direction === 'given');
  if (!account) throw new ValidationError([{ field: 'stakeholderId', message: 'is not a followed stakeholder with a relation' }]);
  return { account, asOf, parameters };
}

/** What the evidence advises, without keeping anything: the form shows it before the decision. */
export async function previewAssessment(
  ctx: AppContext,
  organisationId: string,
  input: AssessmentQuestion & { decision?: Outcome | null },
): Promise<Assessment & { accountId: string }> {
  const { ratings } = checkQuestion(input);
  const { account, asOf, parameters } = await givenAccount(ctx, organisationId, input.stakeholderId);
  const decision = input.decision == null ? null : requireOneOf('decision', input.decision, OUTCOMES);
  return {
    accountId: account.accountId,
    ...assess({ account: account.evidence, ratings, gut: input.gut, vulnerability: input.vulnerability, decision, asOf, parameters, baseRate: account.baseRate }),
  };
}

export interface AssessmentDecision extends AssessmentQuestion {
  readonly decision: Outcome;
  /** Why, in the decision-maker's words; kept with the assessment. */
  readonly reasons: string;
  /** Optionally, what giving (or withholding) trust books on the `given` account. */
  readonly entry?: { readonly foundation: Foundation; readonly amount: number; readonly intent?: Intent | null; readonly note?: string } | null;
}

/** Keeps an assessment with its decision and reasons, and books its entry if one is given, in one transaction. */
export async function recordAssessment(ctx: AppContext, organisationId: string, input: AssessmentDecision): Promise<AssessmentRecord> {
  const result = await previewAssessment(ctx, organisationId, input);
  const { ratings, leap } = checkQuestion(input);
  const reasons = requireText('reasons', input.reasons ?? '', 4000);
  const entries = input.entry
    ? await checkEntries(ctx, organisationId, [
        {
          accountId: result.accountId,
          foundation: requireOneOf('entry.foundation', input.entry.foundation, FOUNDATIONS),
          amount: input.entry.amount,
          intent: input.entry.intent == null ? null : requireOneOf('entry.intent', input.entry.intent, INTENTS),
          note: input.entry.note?.trim() || `Weighed trust: ${leap}`,
        },
      ])
    : [];
  const record: AssessmentRecord = {
    id: ctx.newId(),
    organisationId,
    stakeholderId: input.stakeholderId,
    leap,
    gut: input.gut,
    ratings,
    vulnerability: input.vulnerability,
    horizonOn: input.horizonOn ?? null,
    outcome: result.outcome,
    decision: input.decision,
    reasons,
    figures: {
      trustLevel: result.reading.trustLevel,
      uncertainty: result.reading.uncertainty,
      requiredTrustLevel: result.requiredTrustLevel,
      toleratedUncertainty: result.toleratedUncertainty,
      warnings: result.warnings,
      safeguards: result.safeguards.map((s) => s.dimension),
    },
    entryId: entries[0]?.id ?? null,
    review: null,
    createdAt: ctx.now().toISOString(),
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    if (entries.length > 0) await writeEntries(ctx, trx, organisationId, entries);
    await insertAssessment(trx, record);
    await audit(ctx, trx, organisationId, {
      action: 'assessment.record',
      objectType: 'assessment',
      objectId: record.id,
      details: { outcome: record.outcome, decision: record.decision, entry: record.entryId },
    });
  });
  return record;
}

export async function getAssessment(ctx: AppContext, organisationId: string, id: string): Promise<AssessmentRecord> {
  const found = await findAssessment(ctx.store.db, organisationId, id);
  if (!found) throw new NotFoundError('assessment', id);
  return found;
}

export function listOrganisationAssessments(ctx: AppContext, organisationId: string): Promise<AssessmentRecord[]> {
  return listAssessments(ctx.store.db, organisationId);
}

/** Later: was the trust given honoured? Asked once; the answer is kept with the assessment. */
export async function reviewAssessment(
  ctx: AppContext,
  organisationId: string,
  id: string,
  input: { honoured: 'yes' | 'partly' | 'no'; note?: string },
): Promise<AssessmentRecord> {
  await getAssessment(ctx, organisationId, id);
  const honoured = requireOneOf('honoured', input.honoured, ['yes', 'partly', 'no'] as const);
  const review = { honoured, note: input.note?.trim() ? requireText('note', input.note, 2000) : '', on: await organisationToday(ctx, organisationId) };
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await setReview(trx, organisationId, id, review))) throw new ConflictError(`assessment ${id} has already been reviewed`);
    await audit(ctx, trx, organisationId, { action: 'assessment.review', objectType: 'assessment', objectId: id, details: { honoured } });
  });
  return getAssessment(ctx, organisationId, id);
}
