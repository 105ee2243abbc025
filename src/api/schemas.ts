import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../domain/calendar.ts';
import { BANDS } from '../domain/opinion.ts';
import { SEVERITIES, SIGNAL_KINDS } from '../domain/signals.ts';
import { MIN_PASSWORD_LENGTH } from '../app/secrets.ts';
import { ROLES } from '../domain/roles.ts';
import {
  CATEGORY_PATTERN,
  DIMENSIONS,
  DIRECTIONS,
  FOUNDATIONS,
  INTENTS,
  LEVELS,
  MAX_AMOUNT,
  PHASES,
  SCOPES,
  SOURCES,
  type Foundation,
} from '../domain/vocabulary.ts';

/**
 * The shapes of the HTTP API. Request schemas validate at the edge with the same field names the
 * use cases use; response schemas document what the API returns. The web application imports
 * the inferred types from here, and nothing else from the server.
 */

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'must be a date as YYYY-MM-DD' })
  .openapi({ example: '2026-03-15', format: 'date' });

export const IdSchema = z.string().min(1).max(100);

const rating = (what: string) =>
  z.number().int().min(1).max(5).openapi({ description: `${what}, 1 (low) to 5 (high)` });

// ── Problems (RFC 9457) ──────────────────────────────────────────────────────
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

// ── Organisations ────────────────────────────────────────────────────────────
export const OrganisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    timeZone: z.string().openapi({ description: 'IANA time zone deciding what "today" is, e.g. Europe/Brussels' }),
  })
  .openapi('Organisation');
export const RoleSchema = z.enum(ROLES).openapi({ description: 'viewer reads; editor also records and decides; owner also manages' });
export const MyOrganisationSchema = OrganisationSchema.extend({ role: RoleSchema }).openapi('MyOrganisation');
// ── Access ───────────────────────────────────────────────────────────────────
export const UserSchema = z.object({ id: z.string(), email: z.string(), displayName: z.string() }).openapi('User');
export const SessionSchema = z
  .object({
    user: UserSchema,
    memberships: z.array(z.object({ organisationId: z.string(), organisationName: z.string(), role: RoleSchema })),
  })
  .openapi('Session');
const PasswordSchema = z.string().min(1).max(200);
/** The shortest password a new account may have (checked again by the use case). */
export { MIN_PASSWORD_LENGTH } from '../app/secrets.ts';
const NewUserFields = {
  displayName: z.string().trim().min(1).max(200),
  email: z.string().trim().min(3).max(320),
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
};
export const SetUpSchema = z.object({ organisationName: z.string().trim().min(1).max(200), ...NewUserFields }).openapi('SetUp');
export const SignInSchema = z.object({ email: z.string().max(320), password: PasswordSchema }).openapi('SignIn');
export const ChangePasswordSchema = z.object({ currentPassword: PasswordSchema, newPassword: PasswordSchema }).openapi('ChangePassword');
export const ResetPasswordSchema = z
  .object({
    token: z.string().max(200).openapi({ description: 'The token of the link /reset/{token}' }),
    newPassword: NewUserFields.password,
  })
  .openapi('ResetPassword');
export const AcceptInvitationSchema = z.object(NewUserFields).openapi('AcceptInvitation');
export const InvitationPreviewSchema = z
  .object({ organisationName: z.string(), role: RoleSchema, email: z.string().nullable() })
  .openapi('InvitationPreview');
export const InvitationSchema = z
  .object({ id: z.string(), role: RoleSchema, email: z.string().nullable(), expiresAt: z.string(), token: z.string() })
  .openapi('Invitation');
export const MemberSchema = z
  .object({ userId: z.string(), email: z.string(), displayName: z.string(), role: RoleSchema, since: z.string() })
  .openapi('Member');

export const CreateOrganisationSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    timeZone: z.string().max(100).optional().openapi({ description: 'IANA time zone; defaults to Europe/Brussels' }),
  })
  .openapi('CreateOrganisation');
export const EditOrganisationSchema = CreateOrganisationSchema.partial()
  .refine((edit) => Object.keys(edit).length > 0, { message: 'name at least one field to change' })
  .openapi('EditOrganisation');

// ── Stakeholders ─────────────────────────────────────────────────────────────
export const StakeholderSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    name: z.string(),
    category: z.string(),
    level: z.enum(LEVELS),
    importance: z.number().int(),
    influence: z.number().int(),
    interest: z.number().int(),
    vulnerability: z.number().int(),
    tags: z.array(z.string()),
    createdAt: z.string(),
    archivedAt: z.string().nullable().openapi({ description: 'When it was archived; null while the organisation follows it' }),
  })
  .openapi('Stakeholder');
const StakeholderFields = {
  name: z.string().trim().min(1).max(200),
  category: z
    .string()
    .regex(CATEGORY_PATTERN, 'must be a category key: lower-case letters, digits and _')
    .openapi({ example: 'suppliers', description: 'A category of figure 1 (e.g. customers, suppliers, employees) or your own key' }),
  level: z.enum(LEVELS),
  importance: rating('How much the organisation depends on this stakeholder').optional(),
  influence: rating('Power over the organisation').optional(),
  interest: rating('Interest in what the organisation does').optional(),
  vulnerability: rating('How vulnerable the stakeholder is to the organisation').optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
};
export const EditStakeholderSchema = z
  .object(StakeholderFields)
  .partial()
  .refine((edit) => Object.keys(edit).length > 0, { message: 'name at least one field to change' })
  .openapi('EditStakeholder');

// ── Relations and readings ───────────────────────────────────────────────────
const ReadingFields = {
  r: z.number().openapi({ description: 'Decayed evidence for trust (deposits)' }),
  s: z.number().openapi({ description: 'Decayed, weighted evidence against trust (withdrawals)' }),
  balance: z.number().openapi({ description: 'r − s: social capital in this account' }),
  belief: z.number(),
  disbelief: z.number(),
  uncertainty: z.number().openapi({ description: '0–1; above 0.5 the reading is uncertain' }),
  trustLevel: z.number().openapi({ description: 'T on the 0–100 scale' }),
  band: z.enum(BANDS),
};
export const ReadingSchema = z.object(ReadingFields).openapi('Reading');
export const AccountReadingSchema = z
  .object({
    ...ReadingFields,
    asOf: z.string(),
    legs: z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, ReadingSchema])) as Record<(typeof DIMENSIONS)[number], typeof ReadingSchema>),
  })
  .openapi('AccountReading');
export const LocalizedSchema = z.object({ en: z.string(), nl: z.string() }).openapi('Localized');
const FoundationSchema = z.enum(FOUNDATIONS as [Foundation, ...Foundation[]]);
const LegInsightSchema = z
  .object({
    dimension: z.enum(DIMENSIONS),
    state: z.enum(['known', 'unknown', 'weak']).openapi({ description: 'unknown: u > 0.5; weak: known and T < 50' }),
    trustLevel: z.number(),
    uncertainty: z.number(),
  })
  .openapi('LegInsight');
export const TripodSchema = z
  .object({
    legs: z.object({ intentional: LegInsightSchema, professional: LegInsightSchema, contractual: LegInsightSchema }),
    weakest: z.enum(DIMENSIONS).nullable(),
    advice: z.array(
      z
        .object({
          dimension: z.enum(DIMENSIONS),
          state: z.enum(['weak', 'unknown']),
          expectation: LocalizedSchema.openapi({ description: 'What the other side will lean on now' }),
          action: LocalizedSchema.openapi({ description: 'What to do about it' }),
          helpfulFoundations: z.array(FoundationSchema),
          behaviourKeys: z.array(z.object({ foundation: FoundationSchema, keys: z.array(LocalizedSchema).readonly() })),
        })
        .openapi('CompensationAdvice'),
    ),
  })
  .openapi('Tripod');
const PhaseInferenceSchema = z
  .object({
    phase: z.enum(PHASES),
    scope: z.enum(SCOPES),
    reasons: z.array(z.object({ code: z.string(), text: LocalizedSchema, evidence: z.array(z.string()) })),
  })
  .openapi('PhaseInference');
export const PhaseViewSchema = z
  .object({
    inferred: PhaseInferenceSchema,
    override: z.object({ phase: z.enum(PHASES), reason: z.string(), setAt: z.string() }).nullable(),
    phase: z.enum(PHASES).openapi({ description: 'The phase in force: the override if there is one, else the inferred' }),
    scope: z.enum(SCOPES),
    source: z.enum(['inferred', 'override']),
  })
  .openapi('PhaseView');
export const AccountSchema = z
  .object({
    id: z.string(),
    relationId: z.string(),
    stakeholderId: z.string(),
    direction: z.enum(DIRECTIONS),
    parameterVersion: z.number().int(),
    reading: AccountReadingSchema,
    tripod: TripodSchema,
    phase: PhaseViewSchema,
    lastEntryOn: z.string().nullable(),
  })
  .openapi('Account');

const RelationFields = {
  id: z.string(),
  organisationId: z.string(),
  stakeholderId: z.string(),
  ownerUserId: z.string().nullable(),
  startedOn: z.string(),
  scope: z.enum(SCOPES),
  cadenceDays: z.number().int(),
  createdAt: z.string(),
};
export const CreatedRelationSchema = z
  .object({ ...RelationFields, accounts: z.object({ received: z.string(), given: z.string() }) })
  .openapi('CreatedRelation');
export const RelationSchema = z
  .object({
    ...RelationFields,
    stakeholder: StakeholderSchema,
    accounts: z.object({ received: AccountSchema, given: AccountSchema }),
    lastEntryOn: z.string().nullable().openapi({ description: 'Newest entry that counts, on either account' }),
    daysSinceLastEntry: z.number().int().nullable(),
  })
  .openapi('Relation');
export const CreateRelationSchema = z
  .object({
    stakeholderId: IdSchema,
    startedOn: IsoDateSchema.optional().openapi({ description: 'Defaults to today' }),
    scope: z.enum(SCOPES).optional().openapi({ description: 'The business scope recorded; defaults to contract' }),
    cadenceDays: z.number().int().min(1).max(3650).optional().openapi({ description: 'Maintenance cadence; defaults to 90' }),
  })
  .openapi('CreateRelation');
export const CreateStakeholderSchema = z
  .object({
    ...StakeholderFields,
    relation: CreateRelationSchema.omit({ stakeholderId: true })
      .optional()
      .openapi({ description: 'When given, the relation with its two trust accounts is opened in the same transaction' }),
  })
  .openapi('CreateStakeholder');
export const CreatedStakeholderSchema = StakeholderSchema.extend({
  relation: CreatedRelationSchema.nullable().openapi({ description: 'The relation opened with it, if one was asked for' }),
}).openapi('CreatedStakeholder');

// ── Entries ──────────────────────────────────────────────────────────────────
export const EntrySchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    accountId: z.string(),
    occurredOn: z.string(),
    recordedAt: z.string(),
    authorUserId: z.string().nullable(),
    foundation: FoundationSchema,
    amount: z.number().int(),
    intent: z.enum(INTENTS).nullable(),
    note: z.string(),
    source: z.enum(SOURCES),
    reverses: z.string().nullable().openapi({ description: 'The entry this one reverses' }),
  })
  .openapi('Entry');
export const LedgerLineSchema = EntrySchema.extend({
  reversedBy: z.string().nullable().openapi({ description: 'The entry that reversed this one' }),
}).openapi('LedgerLine');
export const CreateEntrySchema = z
  .object({
    accountId: IdSchema,
    occurredOn: IsoDateSchema.optional().openapi({ description: 'When it happened; defaults to today, never later' }),
    foundation: FoundationSchema,
    amount: z
      .number()
      .int()
      .min(-MAX_AMOUNT)
      .max(MAX_AMOUNT)
      .refine((n) => n !== 0, { message: 'must not be 0: use 1…5 for a deposit, −5…−1 for a withdrawal' })
      .openapi({ description: '1 gesture, 2 notable, 3 significant, 4 major, 5 defining moment; negative for a withdrawal' }),
    intent: z.enum(INTENTS).nullable().optional().openapi({ description: 'Required for withdrawals, absent for deposits' }),
    note: z.string().max(2000).optional(),
    source: z.enum(SOURCES).optional(),
  })
  .openapi('CreateEntry');
export const ReverseEntrySchema = z
  .object({ reason: z.string().trim().min(1).max(2000).openapi({ description: 'Why the entry was a mistake' }) })
  .openapi('ReverseEntry');

// ── Signals ──────────────────────────────────────────────────────────────────
export const AcknowledgementSchema = z
  .object({ key: z.string(), measure: z.number(), note: z.string(), acknowledgedAt: z.string() })
  .openapi('Acknowledgement');

export const InboxItemSchema = z
  .object({
    key: z.string().openapi({ description: 'Stable identity of the cause; what an acknowledgement names' }),
    kind: z.enum(SIGNAL_KINDS),
    severity: z.enum(SEVERITIES),
    measure: z.number().openapi({ description: 'How big the cause is; an acknowledged signal returns when it grows' }),
    stakeholderId: z.string().nullable(),
    relationId: z.string().nullable(),
    accountId: z.string().nullable(),
    accountIds: z.array(z.string()),
    importance: z.number().int(),
    foundation: z.string().nullable(),
    dimension: z.enum(DIMENSIONS).nullable(),
    evidence: z.array(z.string()).openapi({ description: 'Ids of the entries behind the signal' }),
    facts: z.record(z.string(), z.union([z.number(), z.string()])),
    title: LocalizedSchema,
    action: LocalizedSchema.openapi({ description: 'Suggested action' }),
    acknowledged: AcknowledgementSchema.nullable(),
  })
  .openapi('Signal');

// ── Overview ─────────────────────────────────────────────────────────────────
export const GroupFiguresSchema = z
  .object({
    accounts: z.number().int(),
    trustLevel: z.number().nullable().openapi({ description: 'Importance-weighted mean of T; null for no accounts' }),
    balance: z.number(),
    weightedBalance: z.number().openapi({ description: 'Importance-weighted sum of balance' }),
    legs: z
      .object({ intentional: z.number().nullable(), professional: z.number().nullable(), contractual: z.number().nullable() })
      .openapi({ description: 'Importance-weighted mean T of each leg of the tripod' }),
  })
  .openapi('GroupFigures');
const DirectionOverviewSchema = z
  .object({
    total: GroupFiguresSchema,
    byLevel: z.record(z.string(), GroupFiguresSchema),
    byCategory: z.record(z.string(), GroupFiguresSchema),
  })
  .openapi('DirectionOverview');
export const OverviewSchema = z
  .object({
    organisationId: z.string(),
    asOf: z.string(),
    parameterVersion: z.number().int(),
    stakeholders: z.number().int(),
    relations: z.number().int(),
    received: DirectionOverviewSchema,
    given: DirectionOverviewSchema,
    leadershipProfile: z
      .object({
        shares: z.object({ intentional: z.number(), professional: z.number(), contractual: z.number() }).nullable(),
        style: z.enum(['command_and_control', 'people_oriented', 'inspiring', 'balanced']).nullable(),
        text: LocalizedSchema.nullable(),
      })
      .openapi('LeadershipProfile', { description: 'Where the organisation invests: the share of received deposits per dimension' }),
  })
  .openapi('Overview');

// ── Lists ────────────────────────────────────────────────────────────────────
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last' }),
    })
    .openapi(name);
}
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(500).optional(),
});
export const ArchivedQuerySchema = z.object({
  archived: z
    .enum(['exclude', 'include'])
    .default('exclude')
    .openapi({ description: 'Whether relations of archived stakeholders are listed too' }),
});
export const AsOfQuerySchema = z.object({
  asOf: IsoDateSchema.optional().openapi({ description: 'Read the figures as of this date; defaults to today' }),
  parameterVersion: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ description: 'Compute under this parameter version; defaults to the current one' }),
});

export type Organisation = z.infer<typeof OrganisationSchema>;
export type Stakeholder = z.infer<typeof StakeholderSchema>;
export type Reading = z.infer<typeof ReadingSchema>;
export type AccountReading = z.infer<typeof AccountReadingSchema>;
export type Account = z.infer<typeof AccountSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Entry = z.infer<typeof EntrySchema>;
export type LedgerLine = z.infer<typeof LedgerLineSchema>;
export type Overview = z.infer<typeof OverviewSchema>;
export type GroupFigures = z.infer<typeof GroupFiguresSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
export type Tripod = z.infer<typeof TripodSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type SetUp = z.infer<typeof SetUpSchema>;
export type AcceptInvitation = z.infer<typeof AcceptInvitationSchema>;
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;
export type Invitation = z.infer<typeof InvitationSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type Signal = z.infer<typeof InboxItemSchema>;
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;
export type PhaseView = z.infer<typeof PhaseViewSchema>;
export type Localized = z.infer<typeof LocalizedSchema>;
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
