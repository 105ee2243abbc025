import type { Kysely } from 'kysely';
import {
  APOLOGY_ELEMENTS,
  APOLOGY_STATES,
  BREACH_DIRECTIONS,
  BREACH_INTENTS,
  BREACH_RESPONSES,
  BREACH_SCALES,
  BREACH_STATUSES,
  canMove,
  damagedDirection,
  isSettled,
  nextStatuses,
  violationType,
  type ApologyElement,
  type ApologyState,
  type BreachDirection,
  type BreachIntent,
  type BreachResponse,
  type BreachScale,
  type BreachStatus,
  type ViolationType,
} from '../domain/breach.ts';
import { adviseResponses, APOLOGY_GUIDANCE, type ResponseAdvice } from '../domain/breach-guidance.ts';
import { recoveryOf, type Recovery } from '../domain/breach-recovery.ts';
import { isIsoDate } from '../domain/calendar.ts';
import { baseRateFor } from '../domain/parameters.ts';
import type { BreachFollowUp } from '../domain/signals-repair.ts';
import { FOUNDATIONS, type Foundation, type Intent, type Localized } from '../domain/vocabulary.ts';
import {
  breachLinks,
  findBreach,
  insertBreach,
  linkEntries,
  listBreaches as listBreachRecords,
  updateBreach,
  type ApologyPlan,
  type BreachEntryLink,
  type BreachRecord,
  type RepairAction,
} from '../store/breaches.ts';
import { accountEntries, type EntryRecord } from '../store/entries.ts';
import { currentParameterVersion } from '../store/organisations.ts';
import { listAccounts, listRelations, type AccountRecord } from '../store/relations.ts';
import type { Database } from '../store/schema.ts';
import { listStakeholders, setStakeholderArchivedAt, type StakeholderRecord } from '../store/stakeholders.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from './errors.ts';
import { organisationToday } from './organisations.ts';
import { checkEntries, MAX_NOTE_LENGTH, writeEntries } from './record-entries.ts';
import { getRelation } from './relations.ts';
import { getStakeholder } from './stakeholders.ts';
import { requireOneOf, requirePastDate, requireText } from './validate.ts';

export const MAX_DESCRIPTION_LENGTH = 4000;
export const MAX_ACTIONS = 50;

export interface NewWithdrawalInput {
  readonly foundation: Foundation;
  readonly amount: number;
  readonly intent: Intent;
  readonly note?: string;
  readonly occurredOn?: string;
}

export interface RecordBreachInput {
  readonly relationId: string;
  readonly direction: BreachDirection;
  readonly occurredOn?: string;
  readonly intent: BreachIntent;
  readonly scale: BreachScale;
  readonly description: string;
  /** Withdrawals already in the ledger, on the damaged account of this relation. */
  readonly entryIds?: readonly string[];
  /** Withdrawals recorded with the breach, in the same transaction. */
  readonly withdrawals?: readonly NewWithdrawalInput[];
  readonly followUpOn?: string | null;
}

/** A breach as it is shown: the record, its ledger entries, the guidance and the recovery. */
export interface BreachView extends BreachRecord {
  readonly stakeholder: { readonly id: string; readonly name: string };
  readonly accountId: string;
  readonly withdrawals: readonly EntryRecord[];
  readonly repairs: readonly EntryRecord[];
  readonly nextStatuses: readonly BreachStatus[];
  /** When we breached: the type of violation and how to apologise for it. */
  readonly violationType: ViolationType | null;
  readonly apologyGuidance: Localized | null;
  /** When they breached: the four responses, how each fits and what it does to our credibility. */
  readonly responseAdvice: readonly ResponseAdvice[] | null;
  readonly recovery: Recovery;
}

interface RelationContext {
  readonly stakeholder: StakeholderRecord;
  readonly damaged: AccountRecord;
}

async function relationContext(ctx: AppContext, organisationId: string, relationId: string, direction: BreachDirection): Promise<RelationContext> {
  const relation = await getRelation(ctx, organisationId, relationId);
  const stakeholder = await getStakeholder(ctx, organisationId, relation.stakeholderId);
  const accounts = await listAccounts(ctx.store.db, organisationId, relationId);
  const damaged = accounts.find((a) => a.direction === damagedDirection(direction))!;
  return { stakeholder, damaged };
}

/** A planning date (follow-up, due date): any valid date, or none. */
function optionalDate(field: string, value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (!isIsoDate(value)) throw new ValidationError([{ field, message: 'must be a date as YYYY-MM-DD' }]);
  return value;
}

/** The existing withdrawals a breach names: each on the damaged account, counting, once. */
async function checkLinkedWithdrawals(
  ctx: AppContext,
  organisationId: string,
  damaged: AccountRecord,
  entryIds: readonly string[],
): Promise<EntryRecord[]> {
  const ledger = await accountEntries(ctx.store.db, organisationId, damaged.id);
  const byId = new Map(ledger.map((e) => [e.id, e]));
  const reversed = new Set(ledger.flatMap((e) => (e.reverses === null ? [] : [e.reverses])));
  const issues: FieldIssue[] = [];
  const found: EntryRecord[] = [];
  for (const [i, id] of entryIds.entries()) {
    const field = `entryIds.${i}`;
    const entry = byId.get(id);
    if (entry === undefined) {
      const elsewhere = await ctx.store.db.selectFrom('entries').select('account_id').where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
      issues.push({
        field,
        message: elsewhere
          ? `entry ${id} is on another account: a ${damaged.direction === 'received' ? 'breach of ours' : 'breach of theirs'} concerns the ${damaged.direction} account of this relation`
          : `entry ${id} is not known`,
      });
    } else if (entry.amount > 0 || entry.reverses !== null) issues.push({ field, message: `entry ${id} is not a withdrawal` });
    else if (reversed.has(id)) issues.push({ field, message: `entry ${id} has been reversed and no longer counts` });
    else if (found.includes(entry)) issues.push({ field, message: `entry ${id} is named twice` });
    else found.push(entry);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return found;
}

function freshApology(): ApologyPlan {
  return Object.fromEntries(APOLOGY_ELEMENTS.map((e) => [e, { state: 'planned', note: '' }])) as unknown as ApologyPlan;
}

/**
 * Records a breach on a relation with the withdrawals it concerns — ones already in the ledger,
 * new ones recorded with it, or both — in one transaction. When we breached it starts with a
 * repair plan of the six apology elements, all still to do.
 */
export async function recordBreach(ctx: AppContext, organisationId: string, input: RecordBreachInput): Promise<BreachView> {
  const direction = requireOneOf('direction', input.direction, BREACH_DIRECTIONS);
  const { stakeholder, damaged } = await relationContext(ctx, organisationId, input.relationId, direction);
  const today = await organisationToday(ctx, organisationId);
  const occurredOn = requirePastDate('occurredOn', input.occurredOn ?? today, today);
  const intent = requireOneOf('intent', input.intent, BREACH_INTENTS);
  const scale = requireOneOf('scale', input.scale, BREACH_SCALES);
  const description = requireText('description', input.description, MAX_DESCRIPTION_LENGTH);
  const followUpOn = optionalDate('followUpOn', input.followUpOn);
  const existing = await checkLinkedWithdrawals(ctx, organisationId, damaged, input.entryIds ?? []);
  const newInputs = input.withdrawals ?? [];
  const wrongSign = newInputs.findIndex((w) => !(w.amount < 0));
  if (wrongSign !== -1) throw new ValidationError([{ field: `withdrawals.${wrongSign}.amount`, message: 'must be a withdrawal: −5 to −1' }]);
  if (existing.length + newInputs.length === 0) {
    throw new ValidationError([{ field: 'entryIds', message: 'a breach concerns at least one withdrawal: name one, or record one with it' }]);
  }
  const fresh = await checkEntries(
    ctx,
    organisationId,
    newInputs.map((w) => ({ ...w, accountId: damaged.id, occurredOn: w.occurredOn ?? occurredOn, source: 'manual' as const })),
  );
  const breach: BreachRecord = {
    id: ctx.newId(),
    organisationId,
    relationId: input.relationId,
    direction,
    occurredOn,
    intent,
    scale,
    description,
    status: 'open',
    followUpOn,
    apology: direction === 'we_breached' ? freshApology() : null,
    actions: [],
    response: null,
    history: [{ status: 'open', on: occurredOn, by: ctx.actor.userId, note: '' }],
    createdAt: ctx.now().toISOString(),
    createdBy: ctx.actor.userId,
  };
  const links: BreachEntryLink[] = [...existing, ...fresh].map((e) => ({ breachId: breach.id, entryId: e.id, role: 'withdrawal' }));
  await ctx.store.db.transaction().execute(async (trx) => {
    if (fresh.length > 0) await writeEntries(ctx, trx, organisationId, fresh);
    await insertBreach(trx, breach, links);
    await audit(ctx, trx, organisationId, {
      action: 'breach.record',
      objectType: 'breach',
      objectId: breach.id,
      details: { relation: breach.relationId, direction, intent, scale, withdrawals: links.length, stakeholder: stakeholder.id },
    });
  });
  return getBreach(ctx, organisationId, breach.id);
}

async function requireBreach(ctx: AppContext, organisationId: string, id: string): Promise<BreachRecord> {
  const breach = await findBreach(ctx.store.db, organisationId, id);
  if (!breach) throw new NotFoundError('breach', id);
  return breach;
}

function requireUnsettled(breach: BreachRecord): void {
  if (isSettled(breach.status)) {
    throw new ConflictError(`breach ${breach.id} is ${breach.status.replace('_', ' ')}: a settled breach is kept as it ended`);
  }
}

async function viewOf(ctx: AppContext, breach: BreachRecord, links: readonly BreachEntryLink[], today: string): Promise<BreachView> {
  const db = ctx.store.db;
  const { stakeholder, damaged } = await relationContext(ctx, breach.organisationId, breach.relationId, breach.direction);
  const ledger = await accountEntries(db, breach.organisationId, damaged.id);
  const byId = new Map(ledger.map((e) => [e.id, e]));
  const linked = (role: BreachEntryLink['role']) =>
    links.filter((l) => l.breachId === breach.id && l.role === role).flatMap((l) => (byId.has(l.entryId) ? [byId.get(l.entryId)!] : []));
  const withdrawals = linked('withdrawal');
  const { parameters } = await currentParameterVersion(db, breach.organisationId);
  const earlier = (await listBreachRecords(db, breach.organisationId, breach.relationId)).filter(
    (b) => b.direction === 'they_breached' && b.occurredOn < breach.occurredOn,
  ).length;
  const type = breach.direction === 'we_breached' ? violationType(withdrawals) : null;
  return {
    ...breach,
    stakeholder: { id: stakeholder.id, name: stakeholder.name },
    accountId: damaged.id,
    withdrawals,
    repairs: linked('repair'),
    nextStatuses: nextStatuses(breach.status),
    violationType: type,
    apologyGuidance: type === null ? null : APOLOGY_GUIDANCE[type],
    responseAdvice:
      breach.direction === 'they_breached'
        ? adviseResponses({
            intent: breach.intent,
            scale: breach.scale,
            importance: stakeholder.importance,
            earlierBreaches: earlier,
            alternatives: breach.response?.alternatives ?? null,
          })
        : null,
    recovery: recoveryOf(ledger, breach.occurredOn, today, parameters, baseRateFor(parameters, stakeholder.category)),
  };
}

export async function getBreach(ctx: AppContext, organisationId: string, id: string): Promise<BreachView> {
  const breach = await requireBreach(ctx, organisationId, id);
  const links = await breachLinks(ctx.store.db, organisationId, [breach.id]);
  return viewOf(ctx, breach, links, await organisationToday(ctx, organisationId));
}

export interface BreachListOptions {
  readonly relationId?: string;
  readonly status?: BreachStatus;
}

/** The organisation's breaches, newest first, each with its recovery. */
export async function listBreaches(ctx: AppContext, organisationId: string, options: BreachListOptions = {}): Promise<BreachView[]> {
  if (options.relationId !== undefined) await getRelation(ctx, organisationId, options.relationId);
  const status = options.status === undefined ? undefined : requireOneOf('status', options.status, BREACH_STATUSES);
  const breaches = (await listBreachRecords(ctx.store.db, organisationId, options.relationId)).filter((b) => status === undefined || b.status === status);
  const links = await breachLinks(ctx.store.db, organisationId, breaches.map((b) => b.id));
  const today = await organisationToday(ctx, organisationId);
  const views: BreachView[] = [];
  for (const breach of breaches) views.push(await viewOf(ctx, breach, links, today));
  return views;
}

export interface RepairPlanInput {
  /** The apology elements to change; the others stay as they are. */
  readonly apology?: Partial<Record<ApologyElement, { readonly state: ApologyState; readonly note?: string }>>;
  /** The whole list of repair actions: an action keeps its id when it is given back. */
  readonly actions?: readonly { readonly id?: string; readonly description: string; readonly owner?: string; readonly dueOn?: string | null; readonly doneOn?: string | null }[];
  readonly followUpOn?: string | null;
}

/** Saves a breach's plan: apology elements, repair actions and the follow-up date. */
export async function planRepair(ctx: AppContext, organisationId: string, id: string, input: RepairPlanInput): Promise<BreachView> {
  const breach = await requireBreach(ctx, organisationId, id);
  requireUnsettled(breach);
  const today = await organisationToday(ctx, organisationId);
  let apology = breach.apology;
  if (input.apology !== undefined) {
    if (apology === null) throw new ValidationError([{ field: 'apology', message: 'applies when we breached their trust, not when they breached ours' }]);
    const changed = { ...apology };
    for (const [element, step] of Object.entries(input.apology)) {
      const name = requireOneOf(`apology.${element}`, element, APOLOGY_ELEMENTS);
      changed[name] = {
        state: requireOneOf(`apology.${element}.state`, step.state, APOLOGY_STATES),
        note: step.note?.trim() ? requireText(`apology.${element}.note`, step.note, MAX_NOTE_LENGTH) : '',
      };
    }
    apology = changed;
  }
  let actions = breach.actions;
  if (input.actions !== undefined) {
    if (input.actions.length > MAX_ACTIONS) throw new ValidationError([{ field: 'actions', message: `must hold at most ${MAX_ACTIONS} actions` }]);
    const known = new Set(breach.actions.map((a) => a.id));
    actions = input.actions.map((action, i): RepairAction => {
      if (action.id !== undefined && !known.has(action.id)) {
        throw new ValidationError([{ field: `actions.${i}.id`, message: `is not an action of this breach; leave it out for a new action` }]);
      }
      return {
        id: action.id ?? ctx.newId(),
        description: requireText(`actions.${i}.description`, action.description, 1000),
        owner: action.owner?.trim() ? requireText(`actions.${i}.owner`, action.owner, 200) : '',
        dueOn: optionalDate(`actions.${i}.dueOn`, action.dueOn),
        doneOn: action.doneOn === undefined || action.doneOn === null ? null : requirePastDate(`actions.${i}.doneOn`, action.doneOn, today),
      };
    });
  }
  const followUpOn = input.followUpOn === undefined ? breach.followUpOn : optionalDate('followUpOn', input.followUpOn);
  const next: BreachRecord = { ...breach, apology, actions, followUpOn };
  await save(ctx, next, breach.status, { action: 'breach.plan', details: { actions: actions.length, followUpOn } });
  return getBreach(ctx, organisationId, id);
}

export interface RepairDepositInput {
  readonly foundation: Foundation;
  readonly amount: number;
  readonly note?: string;
  readonly occurredOn?: string;
}

/**
 * Records a deposit made as repair (source `repair`) on the damaged account and links it to the
 * breach. An open breach is then in repair.
 */
export async function recordRepairDeposit(ctx: AppContext, organisationId: string, id: string, input: RepairDepositInput): Promise<BreachView> {
  const breach = await requireBreach(ctx, organisationId, id);
  requireUnsettled(breach);
  if (!(input.amount > 0)) throw new ValidationError([{ field: 'amount', message: 'must be a deposit: 1 to 5' }]);
  requireOneOf('foundation', input.foundation, FOUNDATIONS);
  const { damaged } = await relationContext(ctx, organisationId, breach.relationId, breach.direction);
  const [deposit] = await checkEntries(ctx, organisationId, [{ ...input, accountId: damaged.id, source: 'repair' }]);
  if (deposit!.occurredOn < breach.occurredOn) {
    throw new ValidationError([{ field: 'occurredOn', message: `must not be before the breach (${breach.occurredOn})` }]);
  }
  // The repair began with the first deposit made for it, on the day it was made.
  const next = breach.status === 'open' ? moved(ctx, breach, 'in_repair', deposit!.occurredOn, '') : breach;
  await ctx.store.db.transaction().execute(async (trx) => {
    await writeEntries(ctx, trx, organisationId, [deposit!]);
    await linkEntries(trx, organisationId, [{ breachId: breach.id, entryId: deposit!.id, role: 'repair' }]);
    await saveWithin(ctx, trx, next, breach.status, { action: 'breach.repair', details: { entry: deposit!.id, status: next.status } });
  });
  return getBreach(ctx, organisationId, id);
}

export interface RespondInput {
  readonly response: BreachResponse;
  readonly note?: string;
  /** Whether we could turn elsewhere; it colours the advice and is kept with the choice. */
  readonly alternatives?: boolean | null;
}

/**
 * Records how we respond to their breach. Choosing sets the response under way (in repair);
 * leaving ends the relation: its stakeholder is archived, its history kept.
 */
export async function respondToBreach(ctx: AppContext, organisationId: string, id: string, input: RespondInput): Promise<BreachView> {
  const breach = await requireBreach(ctx, organisationId, id);
  requireUnsettled(breach);
  if (breach.direction !== 'they_breached') {
    throw new ValidationError([{ field: 'response', message: 'applies when they breached our trust; when we breached, plan the repair' }]);
  }
  const response = requireOneOf('response', input.response, BREACH_RESPONSES);
  const note = input.note?.trim() ? requireText('note', input.note, MAX_NOTE_LENGTH) : '';
  const today = await organisationToday(ctx, organisationId);
  const chosen = { response, note, alternatives: input.alternatives ?? null, chosenOn: today, chosenBy: ctx.actor.userId };
  const status: BreachStatus = response === 'leave' ? 'relation_ended' : 'in_repair';
  const next = { ...(breach.status === status ? breach : moved(ctx, breach, status, today, note)), response: chosen };
  const { stakeholder } = await relationContext(ctx, organisationId, breach.relationId, breach.direction);
  await ctx.store.db.transaction().execute(async (trx) => {
    await saveWithin(ctx, trx, next, breach.status, { action: 'breach.respond', details: { response, status } });
    if (status === 'relation_ended') await endRelation(ctx, trx, next, stakeholder);
  });
  return getBreach(ctx, organisationId, id);
}

/** Moves a breach on: open → in repair → restored, or the relation ends before it is restored. */
export async function moveBreach(ctx: AppContext, organisationId: string, id: string, input: { status: BreachStatus; note?: string }): Promise<BreachView> {
  const breach = await requireBreach(ctx, organisationId, id);
  const status = requireOneOf('status', input.status, BREACH_STATUSES);
  if (!canMove(breach.status, status)) {
    const allowed = nextStatuses(breach.status);
    throw new ConflictError(
      `breach ${id} cannot go from ${breach.status} to ${status}; ${allowed.length === 0 ? 'it is settled' : `next is ${allowed.join(' or ')}`}`,
    );
  }
  const note = input.note?.trim() ? requireText('note', input.note, MAX_NOTE_LENGTH) : '';
  const next = moved(ctx, breach, status, await organisationToday(ctx, organisationId), note);
  const { stakeholder } = await relationContext(ctx, organisationId, breach.relationId, breach.direction);
  await ctx.store.db.transaction().execute(async (trx) => {
    await saveWithin(ctx, trx, next, breach.status, { action: 'breach.status', details: { from: breach.status, to: status } });
    if (status === 'relation_ended') await endRelation(ctx, trx, next, stakeholder);
  });
  return getBreach(ctx, organisationId, id);
}

function moved(ctx: AppContext, breach: BreachRecord, status: BreachStatus, on: string, note: string): BreachRecord {
  return { ...breach, status, history: [...breach.history, { status, on, by: ctx.actor.userId, note }] };
}

/**
 * A relation ends by archiving its stakeholder: no new entries, every figure and its history kept.
 * The stakeholder is read before the transaction: SQLite has one connection, which the
 * transaction holds.
 */
async function endRelation(ctx: AppContext, trx: Kysely<Database>, breach: BreachRecord, stakeholder: StakeholderRecord): Promise<void> {
  if (stakeholder.archivedAt !== null) return;
  await setStakeholderArchivedAt(trx, breach.organisationId, stakeholder.id, ctx.now().toISOString());
  await audit(ctx, trx, breach.organisationId, { action: 'stakeholder.archive', objectType: 'stakeholder', objectId: stakeholder.id, details: { breach: breach.id } });
}

interface Change {
  readonly action: string;
  readonly details: Record<string, unknown>;
}

async function save(ctx: AppContext, next: BreachRecord, expected: BreachStatus, change: Change): Promise<void> {
  await ctx.store.db.transaction().execute((trx) => saveWithin(ctx, trx, next, expected, change));
}

async function saveWithin(ctx: AppContext, trx: Kysely<Database>, next: BreachRecord, expected: BreachStatus, change: Change): Promise<void> {
  if (!(await updateBreach(trx, next, expected))) {
    throw new ConflictError(`breach ${next.id} changed while this was being saved; reload it and try again`);
  }
  await audit(ctx, trx, next.organisationId, { action: change.action, objectType: 'breach', objectId: next.id, details: change.details });
}

/** Every unsettled breach as the overdue-repair signal reads it. */
export async function breachFollowUps(ctx: AppContext, organisationId: string): Promise<BreachFollowUp[]> {
  const db = ctx.store.db;
  const open = (await listBreachRecords(db, organisationId)).filter((b) => !isSettled(b.status));
  if (open.length === 0) return [];
  const [relations, accounts, stakeholders] = await Promise.all([listRelations(db, organisationId), listAccounts(db, organisationId), listStakeholders(db, organisationId)]);
  return open.flatMap((breach) => {
    const relation = relations.find((r) => r.id === breach.relationId)!;
    const stakeholder = stakeholders.find((s) => s.id === relation.stakeholderId)!;
    if (stakeholder.archivedAt !== null) return [];
    const account = accounts.find((a) => a.relationId === relation.id && a.direction === damagedDirection(breach.direction))!;
    return [
      {
        breachId: breach.id,
        relationId: relation.id,
        stakeholderId: stakeholder.id,
        stakeholderName: stakeholder.name,
        importance: stakeholder.importance,
        accountId: account.id,
        direction: breach.direction,
        status: breach.status,
        followUpOn: breach.followUpOn,
        actions: breach.actions,
      },
    ];
  });
}
