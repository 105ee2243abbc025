import { v4 as uuidv4 } from 'uuid';
import { isAgreement, type Agreement } from '../domain/survey-scoring.ts';
import type { SurveyKind } from '../domain/survey-instrument.ts';
import type { Localized } from '../domain/vocabulary.ts';
import { findOrganisation } from '../store/organisations.ts';
import {
  findScanInvitation,
  insertScanInvitations,
  insertScanResponse,
  markScanInvitationUsed,
  type ScanInvitationRecord,
} from '../store/scans.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { ConflictError, SurveyLinkError, ValidationError } from './errors.ts';
import { organisationToday } from './organisations.ts';
import { effectiveStatus } from '../domain/survey-scan.ts';
import { getScanRecord } from './scans.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const MAX_INVITATIONS_PER_REQUEST = 1000;
export const MAX_COMMENT_LENGTH = 2000;

/**
 * Makes `count` single-use links to answer a scan, optionally for one stakeholder of its group
 * (a segment, so results can later be read per stakeholder when enough of them answer). The
 * tokens are returned this once and stored only as hashes: lost links are replaced, not recovered.
 */
export async function issueScanInvitations(
  ctx: AppContext,
  organisationId: string,
  scanId: string,
  input: { count: number; segment?: string | null },
): Promise<{ scanId: string; segment: string | null; tokens: string[] }> {
  const scan = await getScanRecord(ctx, organisationId, scanId);
  const status = effectiveStatus(scan, await organisationToday(ctx, organisationId));
  if (status === 'closed') throw new ConflictError(`scan ${scanId} is closed: it takes no more invitations`);
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_INVITATIONS_PER_REQUEST) {
    throw new ValidationError([{ field: 'count', message: `must be a whole number from 1 to ${MAX_INVITATIONS_PER_REQUEST}` }]);
  }
  const segment = input.segment ?? null;
  if (segment !== null && !scan.members.includes(segment)) {
    throw new ValidationError([{ field: 'segment', message: 'is not a stakeholder of this scan’s group' }]);
  }
  const tokens = Array.from({ length: input.count }, newSecret);
  const invitations: ScanInvitationRecord[] = tokens.map((token) => ({
    id: uuidv4(),
    organisationId,
    scanId,
    tokenHash: hashSecret(token),
    segment,
    used: false,
  }));
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertScanInvitations(trx, invitations);
    await audit(ctx, trx, organisationId, { action: 'scan.invite', objectType: 'scan', objectId: scanId, details: { count: input.count, segment } });
  });
  return { scanId, segment, tokens };
}

/** What a respondent sees: the questions, and no more about the scan than its title. */
export interface Questionnaire {
  readonly organisationName: string;
  readonly title: string;
  readonly kind: SurveyKind;
  readonly statements: readonly { readonly id: string; readonly text: Localized }[];
  readonly openQuestion: Localized;
  readonly closesOn: string;
}

async function answerableInvitation(ctx: AppContext, token: string) {
  const invitation = await findScanInvitation(ctx.store.db, hashSecret(token));
  if (!invitation) throw new SurveyLinkError('unknown', 'This link is not known. Check that it was copied whole, or ask for a new one.');
  const scan = await getScanRecord(ctx, invitation.organisationId, invitation.scanId);
  const today = await organisationToday(ctx, invitation.organisationId);
  if (invitation.used) throw new SurveyLinkError('used', 'This link has already been used to answer; each link counts once.');
  const status = effectiveStatus(scan, today);
  if (status === 'closed') throw new SurveyLinkError('closed', `This survey closed on ${scan.closesOn}; answers are no longer taken.`);
  if (status === 'draft' || today < scan.opensOn) {
    throw new SurveyLinkError('not_open_yet', `This survey is not open yet${today < scan.opensOn ? `; it opens on ${scan.opensOn}` : ''}.`);
  }
  return { invitation, scan };
}

/** The questionnaire behind a link, or why it cannot be answered. Never names who it was sent to. */
export async function describeScanInvitation(ctx: AppContext, token: string): Promise<Questionnaire> {
  const { scan } = await answerableInvitation(ctx, token);
  const organisation = await findOrganisation(ctx.store.db, scan.organisationId);
  return {
    organisationName: organisation?.name ?? '',
    title: scan.title,
    kind: scan.kind,
    statements: scan.instrument.statements.map((s) => ({ id: s.id, text: s.text })),
    openQuestion: scan.instrument.openQuestion,
    closesOn: scan.closesOn,
  };
}

export interface ResponseInput {
  /** Statement id → 1…5, for every statement of the scan. */
  readonly answers: Readonly<Record<string, number>>;
  readonly comment?: string | null;
}

/**
 * Stores one respondent's answers and uses up the link, in one transaction: of two submits with
 * the same link only one finds it unused. The response keeps neither the link nor a time, and
 * nothing is audited — an audit record would tie an answer to a moment.
 */
export async function submitScanResponse(ctx: AppContext, token: string, input: ResponseInput): Promise<{ thanks: true }> {
  const { invitation, scan } = await answerableInvitation(ctx, token);
  const expected = new Set(scan.instrument.statements.map((s) => s.id));
  const issues = [
    ...scan.instrument.statements
      .filter((s) => input.answers[s.id] === undefined)
      .map((s) => ({ field: `answers.${s.id}`, message: 'is required: every statement needs an answer from 1 to 5' })),
    ...Object.entries(input.answers)
      .filter(([id, value]) => expected.has(id) && !isAgreement(value))
      .map(([id]) => ({ field: `answers.${id}`, message: 'must be a whole number from 1 (disagree) to 5 (agree)' })),
    ...Object.keys(input.answers)
      .filter((id) => !expected.has(id))
      .map((id) => ({ field: `answers.${id}`, message: 'is not a statement of this survey' })),
  ];
  const comment = input.comment?.trim() || null;
  if (comment !== null && comment.length > MAX_COMMENT_LENGTH) {
    issues.push({ field: 'comment', message: `must be at most ${MAX_COMMENT_LENGTH} characters` });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await markScanInvitationUsed(trx, invitation.id))) {
      throw new SurveyLinkError('used', 'This link has already been used to answer; each link counts once.');
    }
    await insertScanResponse(trx, {
      id: uuidv4(),
      organisationId: scan.organisationId,
      scanId: scan.id,
      segment: invitation.segment,
      answers: input.answers as Record<string, Agreement>,
      comment,
    });
  });
  return { thanks: true };
}
