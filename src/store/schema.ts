import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Ids are UUIDv7 text, dates ISO `YYYY-MM-DD` text, instants ISO
 * UTC text: one convention on SQLite and PostgreSQL alike. Every table but those of a person's
 * account (`users`, `sessions`, `password_resets`) carries `organisation_id`, the tenant key every
 * query filters by.
 */
export interface Database {
  organisations: OrganisationTable;
  users: UserTable;
  memberships: MembershipTable;
  parameter_versions: ParameterVersionTable;
  stakeholders: StakeholderTable;
  relations: RelationTable;
  accounts: AccountTable;
  entries: EntryTable;
  account_sums: AccountSumTable;
  phase_overrides: PhaseOverrideTable;
  signal_acknowledgements: SignalAcknowledgementTable;
  sessions: SessionTable;
  password_resets: PasswordResetTable;
  invitations: InvitationTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  instruments: InstrumentTable;
  scans: ScanTable;
  scan_invitations: ScanInvitationTable;
  scan_responses: ScanResponseTable;
  scan_disclosures: ScanDisclosureTable;
  dilemmas: DilemmaTable;
  influence_edges: InfluenceEdgeTable;
  assessments: AssessmentTable;
  breaches: BreachTable;
  breach_entries: BreachEntryTable;
  control_measures: ControlMeasureTable;
}

export interface OrganisationTable {
  id: string;
  /** Equal to `id`: kept so that the tenant key has one name in every table. */
  organisation_id: string;
  name: string;
  created_at: string;
  /** IANA time zone: what "today" is for this organisation. */
  time_zone: Generated<string>;
}

/** People who use the product; they belong to organisations through memberships. */
export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  created_at: string;
  /** argon2id; null for a user who has not set a password yet. */
  password_hash: string | null;
}

export interface MembershipTable {
  organisation_id: string;
  user_id: string;
  role: 'owner' | 'editor' | 'viewer';
  created_at: string;
}

export interface ParameterVersionTable {
  organisation_id: string;
  version: number;
  /** The Parameters object as JSON. */
  parameters: string;
  note: string;
  created_at: string;
}

export interface StakeholderTable {
  id: string;
  organisation_id: string;
  name: string;
  category: string;
  level: string;
  importance: number;
  influence: number;
  interest: number;
  vulnerability: number;
  /** JSON array of strings. */
  tags: string;
  created_at: string;
  /** When it was archived; null while the organisation follows it. */
  archived_at: string | null;
}

export interface RelationTable {
  id: string;
  organisation_id: string;
  stakeholder_id: string;
  owner_user_id: string | null;
  started_on: string;
  scope: string;
  cadence_days: number;
  created_at: string;
}

export interface AccountTable {
  id: string;
  organisation_id: string;
  relation_id: string;
  direction: string;
}

/** The ledger. Rows are only ever inserted; a correction is a reversing entry. */
export interface EntryTable {
  id: string;
  organisation_id: string;
  account_id: string;
  occurred_on: string;
  recorded_at: string;
  author_user_id: string | null;
  foundation: string;
  amount: number;
  intent: string | null;
  note: string;
  source: string;
  reverses_entry_id: string | null;
}

/**
 * Running sums of scaled weights per (account, foundation, sign) under one parameter version:
 * derived from the entries, kept in step with them in the same transaction.
 */
export interface AccountSumTable {
  organisation_id: string;
  account_id: string;
  parameter_version: number;
  foundation: string;
  sign: string;
  scaled_sum: number;
  latest_occurred_on: string;
}

/** A user's phase for an account, beside the inferred one; the newest row counts. */
export interface PhaseOverrideTable {
  id: string;
  organisation_id: string;
  account_id: string;
  /** null lifts the override. */
  phase: string | null;
  reason: string;
  created_at: string;
}

/** "Seen, handled": hides a signal until its cause grows beyond `measure`. */
export interface SignalAcknowledgementTable {
  id: string;
  organisation_id: string;
  signal_key: string;
  measure: number;
  note: string;
  created_at: string;
}

/** A signed-in browser. The cookie holds the token; only its SHA-256 is stored. */
export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

/** A single-use link to choose a new password, issued on the server; of an account, not an organisation. */
export interface PasswordResetTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  voided_at: string | null;
}

/** A single-use link to join an organisation with a role. */
export interface InvitationTable {
  id: string;
  organisation_id: string;
  token_hash: string;
  role: string;
  email: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
}

/** A token for the CLI and integrations: one organisation, one role, revocable. */
export interface ApiTokenTable {
  id: string;
  organisation_id: string;
  created_by: string | null;
  name: string;
  role: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** Who did what and when. Append-only. */
export interface AuditLogTable {
  id: string;
  organisation_id: string;
  actor_user_id: string | null;
  actor_token_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  /** JSON object. */
  details: string;
  at: string;
}

/** An organisation's own version of a trust-scan instrument; a change is a new row of the same lineage. */
export interface InstrumentTable {
  id: string;
  organisation_id: string;
  /** The id of the lineage's first version. */
  lineage_id: string;
  version: number;
  kind: string;
  name: string;
  /** JSON array of { id, foundation, text: { en, nl } }. */
  statements: string;
  /** JSON { en, nl }. */
  open_question: string;
  created_at: string;
}

export interface ScanTable {
  id: string;
  organisation_id: string;
  title: string;
  kind: string;
  /** JSON: the instrument as it was when the scan was made, frozen with the scan. */
  instrument: string;
  /** `stakeholder`, `category` or `group`. */
  target_type: string;
  /** A stakeholder id, a category key, or the group's name. */
  target_value: string;
  /** JSON array of the stakeholder ids the scan covers; fixed when the scan opens. */
  members: string;
  /** `draft`, `open` or `closed`. */
  status: string;
  opens_on: string;
  closes_on: string;
  min_responses: number;
  invitations_issued: number;
  /** JSON array of the ids of the `survey` entries that booked the result; null when not booked. */
  booked_entries: string | null;
  created_at: string;
}

/** A single-use link to answer a scan. Only its hash is kept, and whether it was used — not when. */
export interface ScanInvitationTable {
  id: string;
  organisation_id: string;
  scan_id: string;
  token_hash: string;
  /** The stakeholder of the scan's group the link was made for; null for the group as a whole. */
  segment: string | null;
  used: number;
}

/** What one respondent answered: no token, no person, no time. */
export interface ScanResponseTable {
  id: string;
  organisation_id: string;
  scan_id: string;
  segment: string | null;
  /** JSON object: statement id → 1…5. */
  answers: string;
  comment: string | null;
}

/** A result of a scan that has been shown: what a later result must not be subtracted from. */
export interface ScanDisclosureTable {
  id: string;
  organisation_id: string;
  scan_id: string;
  /** JSON array of the segments (stakeholder ids) the result covered, sorted; `[]` for the whole scan. */
  segments: string;
  responses: number;
  created_at: string;
}

/** A dilemma: a choice between goods, with its options and, once decided, the decision. */
export interface DilemmaTable {
  id: string;
  organisation_id: string;
  title: string;
  context: string;
  value_conflict: string;
  /** 1–5: how defining a moment it is; scales the options' effects. */
  impact: number;
  /** JSON array of options, each with its expected effects. */
  options: string;
  /** JSON: the option chosen, the justification, the review date, what was expected and booked; null while open. */
  decision: string | null;
  created_at: string;
}

/** How much one stakeholder's view of us moves another's (0–1). */
export interface InfluenceEdgeTable {
  organisation_id: string;
  from_stakeholder_id: string;
  to_stakeholder_id: string;
  weight: number;
}

/** A weighed-trust assessment: before a leap, the gut, the reasons, the outcome and the decision. */
export interface AssessmentTable {
  id: string;
  organisation_id: string;
  stakeholder_id: string;
  leap: string;
  gut: number;
  /** JSON object: foundation → −2…+2 (left out: unknown). */
  ratings: string;
  vulnerability: number;
  horizon_on: string | null;
  outcome: string;
  decision: string;
  reasons: string;
  /** JSON: T, u, T*, u*, warnings, safeguards as they were when it was made. */
  figures: string;
  entry_id: string | null;
  /** JSON { honoured, note, on }; null until reviewed. */
  review: string | null;
  created_at: string;
}

/** A breach of trust on a relation, with its repair plan, response and status history. */
export interface BreachTable {
  id: string;
  organisation_id: string;
  relation_id: string;
  /** `we_breached` or `they_breached`. */
  direction: string;
  occurred_on: string;
  /** `intentional` or `side_effect`. */
  intent: string;
  /** `manifest` or `incidental`. */
  scale: string;
  description: string;
  /** `open`, `in_repair`, `restored` or `relation_ended`. */
  status: string;
  follow_up_on: string | null;
  /** JSON: the six apology elements, each planned, done or skipped with a note; null when they breached. */
  apology: string | null;
  /** JSON array of repair actions with owner, due date and done date. */
  actions: string;
  /** JSON: the response chosen when they breached; null until chosen. */
  response: string | null;
  /** JSON array of status changes, oldest first. */
  history: string;
  created_at: string;
  created_by: string | null;
}

/** A ledger entry a breach concerns (`withdrawal`) or that was made as its repair (`repair`). */
export interface BreachEntryTable {
  organisation_id: string;
  breach_id: string;
  entry_id: string;
  role: string;
}

/** A control measure on a relation; `history` holds its earlier versions as JSON, oldest first. */
export interface ControlMeasureTable {
  id: string;
  organisation_id: string;
  relation_id: string;
  kind: string;
  description: string;
  /** Whole euros a year; null when the cost is only known in hours. */
  yearly_euros: number | null;
  /** Whole hours a year; null when the cost is only known in euros. */
  yearly_hours: number | null;
  started_on: string;
  ended_on: string | null;
  history: string;
  created_at: string;
  created_by: string | null;
}
