import { z } from 'zod';
import { isIsoDate, isTimeZone } from '../domain/calendar.ts';
import { PARAMETER_LIMITS } from '../domain/parameters.ts';
import { ROLES } from '../domain/roles.ts';
import { CATEGORY_PATTERN, DIRECTIONS, FOUNDATIONS, INTENTS, LEVELS, PHASES, SCOPES, SOURCES, isValidAmount } from '../domain/vocabulary.ts';

/**
 * The JSON exchange format of a whole organisation (docs/exchange-json.md). Each section holds the
 * rows of one table as the database stores them, with the column names of the schema, without the
 * tenant key (the organisation is the document), and with JSON text columns as JSON values.
 * A change to the tables is a new format version: an importer refuses versions it does not know
 * rather than guessing.
 */
export const EXPORT_FORMAT = 'trust-ledger-organisation';
export const EXPORT_FORMAT_VERSION = 1;

const id = z.string().min(1).max(100);
const date = z.string().refine(isIsoDate, 'must be a date as YYYY-MM-DD');
const instant = z.string().min(1).max(40);
const text = (max: number) => z.string().max(max);
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const jsonArray = z.array(z.json());
const jsonObject = z.record(z.string(), z.json());

const limit = (name: keyof typeof PARAMETER_LIMITS) => z.number().min(PARAMETER_LIMITS[name].min).max(PARAMETER_LIMITS[name].max);

const ParametersSchema = z.object({
  depositHalfLifeDays: limit('depositHalfLifeDays'),
  withdrawalHalfLifeDays: limit('withdrawalHalfLifeDays'),
  withdrawalWeight: limit('withdrawalWeight'),
  intentionalFactor: limit('intentionalFactor'),
  priorWeight: limit('priorWeight'),
  baseRate: limit('baseRate'),
  baseRateByCategory: z.record(z.string().regex(CATEGORY_PATTERN), limit('baseRate')),
});

/** A dilemma's options and decision: the fields that name other records are checked; the rest is kept as written. */
const DilemmaOptionSchema = z.looseObject({
  id,
  title: z.string(),
  effects: z.array(
    z.looseObject({ stakeholderId: id, direction: z.enum(DIRECTIONS), foundation: z.enum(FOUNDATIONS), amount: z.number().int(), intent: nullable(z.enum(INTENTS)) }),
  ),
});
const DilemmaDecisionSchema = z.looseObject({
  optionId: id,
  expected: z.array(z.looseObject({ accountId: id, stakeholderId: id })),
  bookedEntries: z.array(id),
});

/** Each table's rows, with the database's column names. */
export const TABLE_SCHEMAS = {
  parameter_versions: z.strictObject({ version: int(1, 1_000_000), parameters: ParametersSchema, note: text(500), created_at: instant }),
  stakeholders: z.strictObject({
    id,
    name: text(200),
    category: z.string().regex(CATEGORY_PATTERN),
    level: z.enum(LEVELS),
    importance: int(1, 5),
    influence: int(1, 5),
    interest: int(1, 5),
    vulnerability: int(1, 5),
    tags: z.array(z.string()),
    created_at: instant,
    archived_at: nullable(instant),
  }),
  relations: z.strictObject({
    id,
    stakeholder_id: id,
    owner_user_id: nullable(id),
    started_on: date,
    scope: z.enum(SCOPES),
    cadence_days: int(1, 100_000),
    created_at: instant,
  }),
  accounts: z.strictObject({ id, relation_id: id, direction: z.enum(DIRECTIONS) }),
  entries: z.strictObject({
    id,
    account_id: id,
    occurred_on: date,
    recorded_at: instant,
    author_user_id: nullable(id),
    foundation: z.enum(FOUNDATIONS),
    amount: z.number().int().refine(isValidAmount, 'must be −5…−1 or 1…5'),
    intent: nullable(z.enum(INTENTS)),
    note: z.string(),
    source: z.enum(SOURCES),
    reverses_entry_id: nullable(id),
  }),
  account_sums: z.strictObject({
    account_id: id,
    parameter_version: int(1, 1_000_000),
    foundation: z.enum(FOUNDATIONS),
    sign: z.enum(['deposit', 'withdrawal']),
    scaled_sum: z.number(),
    latest_occurred_on: date,
  }),
  phase_overrides: z.strictObject({ id, account_id: id, phase: nullable(z.enum(PHASES)), reason: z.string(), created_at: instant }),
  signal_acknowledgements: z.strictObject({ id, signal_key: text(500), measure: z.number(), note: z.string(), created_at: instant }),
  instruments: z.strictObject({
    id,
    lineage_id: id,
    version: int(1, 1_000_000),
    kind: z.string().min(1),
    name: z.string(),
    statements: jsonArray,
    open_question: jsonObject,
    created_at: instant,
  }),
  scans: z.strictObject({
    id,
    title: z.string(),
    kind: z.string().min(1),
    instrument: jsonObject,
    target_type: z.enum(['stakeholder', 'category', 'group']),
    target_value: z.string(),
    members: z.array(id),
    status: z.enum(['draft', 'open', 'closed']),
    opens_on: date,
    closes_on: date,
    min_responses: int(0, 1_000_000),
    invitations_issued: int(0, 100_000_000),
    booked_entries: nullable(z.array(id)),
    created_at: instant,
  }),
  scan_invitations: z.strictObject({ id, scan_id: id, token_hash: z.string().min(1), segment: nullable(id), used: int(0, 1) }),
  scan_responses: z.strictObject({ id, scan_id: id, segment: nullable(id), answers: z.record(z.string(), int(1, 5)), comment: nullable(z.string()) }),
  scan_disclosures: z.strictObject({ id, scan_id: id, segments: z.array(id), responses: int(0, 100_000_000), created_at: instant }),
  dilemmas: z.strictObject({
    id,
    title: z.string(),
    context: z.string(),
    value_conflict: z.string(),
    impact: int(1, 5),
    options: z.array(DilemmaOptionSchema),
    decision: nullable(DilemmaDecisionSchema),
    created_at: instant,
  }),
  influence_edges: z.strictObject({ from_stakeholder_id: id, to_stakeholder_id: id, weight: z.number().min(0).max(1) }),
  assessments: z.strictObject({
    id,
    stakeholder_id: id,
    leap: z.string(),
    gut: z.number().int(),
    ratings: z.partialRecord(z.enum(FOUNDATIONS), int(-2, 2)),
    vulnerability: int(1, 5),
    horizon_on: nullable(date),
    outcome: z.string().min(1),
    decision: z.string().min(1),
    reasons: z.string(),
    figures: jsonObject,
    entry_id: nullable(id),
    review: nullable(jsonObject),
    created_at: instant,
  }),
  breaches: z.strictObject({
    id,
    relation_id: id,
    direction: z.enum(['we_breached', 'they_breached']),
    occurred_on: date,
    intent: z.enum(['intentional', 'side_effect']),
    scale: z.enum(['manifest', 'incidental']),
    description: z.string(),
    status: z.enum(['open', 'in_repair', 'restored', 'relation_ended']),
    follow_up_on: nullable(date),
    apology: nullable(jsonObject),
    actions: jsonArray,
    response: nullable(jsonObject),
    history: jsonArray,
    created_at: instant,
    created_by: nullable(id),
  }),
  breach_entries: z.strictObject({ breach_id: id, entry_id: id, role: z.enum(['withdrawal', 'repair']) }),
  audit_log: z.strictObject({
    id,
    actor_user_id: nullable(id),
    actor_token_id: nullable(id),
    action: z.string().min(1),
    object_type: z.string().min(1),
    object_id: nullable(z.string()),
    details: jsonObject,
    at: instant,
  }),
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;

/** The tables in an order in which every row's references are inserted before it. */
export const TABLES_IN_ORDER = Object.keys(TABLE_SCHEMAS) as TableName[];

/** Columns stored as JSON text in the database and carried as JSON values in the document. */
export const JSON_COLUMNS: Readonly<Record<TableName, readonly string[]>> = {
  parameter_versions: ['parameters'],
  stakeholders: ['tags'],
  relations: [],
  accounts: [],
  entries: [],
  account_sums: [],
  phase_overrides: [],
  signal_acknowledgements: [],
  instruments: ['statements', 'open_question'],
  scans: ['instrument', 'members', 'booked_entries'],
  scan_invitations: [],
  scan_responses: ['answers'],
  scan_disclosures: ['segments'],
  dilemmas: ['options', 'decision'],
  influence_edges: [],
  assessments: ['ratings', 'figures', 'review'],
  breaches: ['apology', 'actions', 'response', 'history'],
  breach_entries: [],
  audit_log: ['details'],
};

const tableSections = Object.fromEntries(TABLES_IN_ORDER.map((table) => [table, z.array(TABLE_SCHEMAS[table])])) as {
  [T in TableName]: z.ZodArray<(typeof TABLE_SCHEMAS)[T]>;
};

export const ExportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: instant,
  organisation: z.strictObject({ id, name: z.string().trim().min(1).max(200), created_at: instant, time_zone: z.string().refine(isTimeZone, 'must be a time zone such as Europe/Brussels') }),
  /** The people the records name, without anything that lets them sign in. */
  people: z.array(z.strictObject({ id, email: z.string().min(1), display_name: z.string() })),
  memberships: z.array(z.strictObject({ user_id: id, role: z.enum(ROLES), created_at: instant })),
  ...tableSections,
});

export type ExportDocument = z.infer<typeof ExportDocumentSchema>;
export type TableRow<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>;

/** Only the head, so a wrong format or version is named as such before any record is looked at. */
export const ExportHeadSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
});
