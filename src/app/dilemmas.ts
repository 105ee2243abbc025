import { readAccount } from '../domain/account-reading.ts';
import { addDays, isIsoDate, type IsoDate } from '../domain/calendar.ts';
import { scaledAmount, simulateOption, simulateWithInfluence, type OptionOutcome } from '../domain/dilemma-simulation.ts';
import { DIRECTIONS, FOUNDATIONS, INTENTS, isValidAmount, type Direction } from '../domain/vocabulary.ts';
import {
  findDilemma,
  insertDilemma,
  listDilemmas,
  listInfluenceEdges,
  replaceInfluenceEdges,
  setDecision,
  type DilemmaRecord,
  type EffectRecord,
  type InfluenceEdgeRecord,
  type OptionRecord,
} from '../store/dilemmas.ts';
import { listStakeholders } from '../store/stakeholders.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { decisionAccounts } from './decision-accounts.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from './errors.ts';
import { getOrganisation, organisationToday } from './organisations.ts';
import { checkEntries, writeEntries, type RecordEntryInput } from './record-entries.ts';
import { requireOneOf, requireText } from './validate.ts';

export const MAX_OPTIONS = 10;
export const MAX_EFFECTS_PER_OPTION = 200;
/** A decision's review comes this long after it unless a date is given. */
export const DEFAULT_REVIEW_DAYS = 90;

export interface DilemmaInput {
  readonly title: string;
  readonly context?: string;
  readonly valueConflict: string;
  /** 1–5: how defining a moment it is. */
  readonly impact: number;
  readonly options: readonly {
    readonly title: string;
    readonly description?: string;
    readonly effects: readonly (Omit<EffectRecord, 'note' | 'intent'> & { readonly intent?: EffectRecord['intent']; readonly note?: string })[];
  }[];
}

/** Of the stakeholders the effects name, those whose accounts an effect may name: followed, with a relation. */
async function stakeholdersWithAccounts(ctx: AppContext, organisationId: string, input: DilemmaInput): Promise<Set<string>> {
  const named = input.options.flatMap((o) => o.effects.map((e) => e.stakeholderId)).filter((id) => typeof id === 'string');
  const { accounts } = await decisionAccounts(ctx, organisationId, named);
  return new Set(accounts.map((a) => a.stakeholderId));
}

/** The stakeholders an option's effects name. */
const namedIn = (options: readonly OptionRecord[]) => options.flatMap((o) => o.effects.map((e) => e.stakeholderId));

/** The stakeholders the network carries an effect to, up to two hops from those named. */
function reachedFrom(named: readonly string[], edges: readonly InfluenceEdgeRecord[]): string[] {
  const reached = new Set(named);
  for (let hop = 0; hop < 2; hop++) {
    for (const edge of edges) if (reached.has(edge.from)) reached.add(edge.to);
  }
  return [...reached];
}

function checkOptions(input: DilemmaInput, known: ReadonlySet<string>, newId: () => string): OptionRecord[] {
  if (input.options.length < 2 || input.options.length > MAX_OPTIONS) {
    throw new ValidationError([{ field: 'options', message: `must hold 2 to ${MAX_OPTIONS} options: a dilemma is a choice` }]);
  }
  const issues: FieldIssue[] = [];
  const options = input.options.map((option, i) => {
    const at = `options.${i}`;
    if (option.effects.length > MAX_EFFECTS_PER_OPTION) issues.push({ field: `${at}.effects`, message: `must hold at most ${MAX_EFFECTS_PER_OPTION} effects` });
    const effects = option.effects.map((effect, j): EffectRecord => {
      const field = `${at}.effects.${j}`;
      if (!known.has(effect.stakeholderId)) issues.push({ field: `${field}.stakeholderId`, message: 'is not a followed stakeholder with a relation' });
      if (!isValidAmount(effect.amount)) issues.push({ field: `${field}.amount`, message: 'must be a whole number from -5 to -1 or 1 to 5' });
      const intent = effect.intent ?? null;
      if (effect.amount < 0 && intent === null) issues.push({ field: `${field}.intent`, message: `is required for a withdrawal: one of ${INTENTS.join(', ')}` });
      if (effect.amount > 0 && intent !== null) issues.push({ field: `${field}.intent`, message: 'applies to withdrawals only' });
      return {
        stakeholderId: effect.stakeholderId,
        direction: requireOneOf(`${field}.direction`, effect.direction, DIRECTIONS),
        foundation: requireOneOf(`${field}.foundation`, effect.foundation, FOUNDATIONS),
        amount: effect.amount,
        intent: intent === null ? null : requireOneOf(`${field}.intent`, intent, INTENTS),
        note: effect.note?.trim() ? requireText(`${field}.note`, effect.note, 500) : '',
      };
    });
    return {
      id: newId(),
      title: requireText(`${at}.title`, option.title, 200),
      description: option.description?.trim() ? requireText(`${at}.description`, option.description, 4000) : '',
      effects,
    };
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return options;
}

/** The impact and the options checked together, so one answer names every mistake in them. */
function checkImpactAndOptions(input: DilemmaInput, known: ReadonlySet<string>, newId: () => string): { impact: number; options: OptionRecord[] } {
  const issues: FieldIssue[] = [];
  if (!Number.isInteger(input.impact) || input.impact < 1 || input.impact > 5) {
    issues.push({ field: 'impact', message: 'must be a whole number from 1 (routine) to 5 (a defining moment)' });
  }
  try {
    const options = checkOptions(input, known, newId);
    if (issues.length === 0) return { impact: input.impact, options };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  throw new ValidationError(issues);
}

export async function createDilemma(ctx: AppContext, organisationId: string, input: DilemmaInput): Promise<DilemmaRecord> {
  await getOrganisation(ctx, organisationId);
  const dilemma: DilemmaRecord = {
    id: ctx.newId(),
    organisationId,
    title: requireText('title', input.title, 200),
    context: input.context?.trim() ? requireText('context', input.context, 4000) : '',
    valueConflict: requireText('valueConflict', input.valueConflict, 1000),
    ...checkImpactAndOptions(input, await stakeholdersWithAccounts(ctx, organisationId, input), ctx.newId),
    decision: null,
    createdAt: ctx.now().toISOString(),
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertDilemma(trx, dilemma);
    await audit(ctx, trx, organisationId, { action: 'dilemma.create', objectType: 'dilemma', objectId: dilemma.id });
  });
  return dilemma;
}

export async function getDilemma(ctx: AppContext, organisationId: string, id: string): Promise<DilemmaRecord> {
  const dilemma = await findDilemma(ctx.store.db, organisationId, id);
  if (!dilemma) throw new NotFoundError('dilemma', id);
  return dilemma;
}

export async function listOrganisationDilemmas(ctx: AppContext, organisationId: string): Promise<DilemmaRecord[]> {
  await getOrganisation(ctx, organisationId);
  return listDilemmas(ctx.store.db, organisationId);
}

/** One account's change under an option, in the figures a trade-off table shows. */
export interface ChangeView {
  readonly accountId: string;
  readonly stakeholderId: string;
  readonly direction: Direction;
  readonly trustBefore: number;
  readonly trustAfter: number;
  readonly balanceBefore: number;
  readonly balanceAfter: number;
  readonly bandBefore: string;
  readonly bandAfter: string;
}

export interface OutcomeView {
  readonly changes: readonly ChangeView[];
  readonly socialCapitalChange: number;
  readonly worstOff: ChangeView | null;
  readonly gainers: number;
  readonly losers: number;
}

function viewOf(outcome: OptionOutcome): OutcomeView {
  const change = (c: OptionOutcome['changes'][number]): ChangeView => ({
    accountId: c.accountId,
    stakeholderId: c.stakeholderId,
    direction: c.direction,
    trustBefore: c.before.trustLevel,
    trustAfter: c.after.trustLevel,
    balanceBefore: c.before.balance,
    balanceAfter: c.after.balance,
    bandBefore: c.bandBefore,
    bandAfter: c.bandAfter,
  });
  return {
    changes: outcome.changes.map(change),
    socialCapitalChange: outcome.socialCapitalChange,
    worstOff: outcome.worstOff && change(outcome.worstOff),
    gainers: outcome.gainers,
    losers: outcome.losers,
  };
}

export interface Simulation {
  readonly dilemmaId: string;
  readonly asOf: IsoDate;
  readonly options: readonly { readonly optionId: string; readonly title: string; readonly direct: OutcomeView; readonly secondOrder: OutcomeView | null }[];
}

/**
 * Every option read against today's ledger, side by side; nothing is written. With `secondOrder`,
 * the organisation's influence network carries each effect up to two hops further, shown apart.
 */
export async function simulateDilemma(ctx: AppContext, organisationId: string, id: string, options: { secondOrder?: boolean } = {}): Promise<Simulation> {
  const dilemma = await getDilemma(ctx, organisationId, id);
  const edges = options.secondOrder ? await listInfluenceEdges(ctx.store.db, organisationId) : [];
  const { asOf, parameters, accounts } = await decisionAccounts(ctx, organisationId, reachedFrom(namedIn(dilemma.options), edges));
  const settings = { asOf, parameters, impact: dilemma.impact };
  return {
    dilemmaId: id,
    asOf,
    options: dilemma.options.map((option) => {
      if (!options.secondOrder) return { optionId: option.id, title: option.title, direct: viewOf(simulateOption(accounts, option.effects, settings)), secondOrder: null };
      const { direct, secondOrder } = simulateWithInfluence(accounts, option.effects, edges, settings);
      return { optionId: option.id, title: option.title, direct: viewOf(direct), secondOrder: viewOf(secondOrder) };
    }),
  };
}

/**
 * Chooses an option: the justification is required (the captain accounts to the owner of the
 * cargo), the option's effects are booked as `dilemma` entries scaled by the impact, and what was
 * expected of every account is kept for the review — all in one transaction.
 */
export async function decideDilemma(
  ctx: AppContext,
  organisationId: string,
  id: string,
  input: { optionId: string; justification: string; reviewOn?: string },
): Promise<DilemmaRecord> {
  const dilemma = await getDilemma(ctx, organisationId, id);
  if (dilemma.decision !== null) throw new ConflictError(`dilemma ${id} was decided on ${dilemma.decision.decidedOn}`);
  const option = dilemma.options.find((o) => o.id === input.optionId);
  if (!option) throw new ValidationError([{ field: 'optionId', message: 'is not an option of this dilemma' }]);
  const justification = requireText('justification', input.justification ?? '', 4000);
  const today = await organisationToday(ctx, organisationId);
  const reviewOn = input.reviewOn ?? addDays(today, DEFAULT_REVIEW_DAYS);
  if (!isIsoDate(reviewOn) || reviewOn <= today) throw new ValidationError([{ field: 'reviewOn', message: `must be a date after today (${today})` }]);
  const { asOf, parameters, accounts } = await decisionAccounts(ctx, organisationId, namedIn([option]));
  const outcome = simulateOption(accounts, option.effects, { asOf, parameters, impact: dilemma.impact });
  const accountOf = new Map(accounts.map((a) => [`${a.stakeholderId}:${a.direction}`, a.accountId]));
  const inputs: RecordEntryInput[] = option.effects.flatMap((effect) => {
    const accountId = accountOf.get(`${effect.stakeholderId}:${effect.direction}`);
    if (!accountId) return [];
    return [
      {
        accountId,
        occurredOn: today,
        foundation: effect.foundation,
        amount: scaledAmount(effect.amount, dilemma.impact),
        intent: effect.intent,
        note: `Dilemma “${dilemma.title}”: ${option.title}${effect.note ? ` — ${effect.note}` : ''}`,
        source: 'dilemma',
      },
    ];
  });
  const entries = await checkEntries(ctx, organisationId, inputs);
  const decision = {
    optionId: option.id,
    justification,
    decidedOn: today,
    reviewOn,
    decidedBy: ctx.actor.userId,
    expected: outcome.changes.map((c) => ({
      accountId: c.accountId,
      stakeholderId: c.stakeholderId,
      direction: c.direction,
      trustBefore: c.before.trustLevel,
      trustExpected: c.after.trustLevel,
      balanceBefore: c.before.balance,
      balanceExpected: c.after.balance,
    })),
    bookedEntries: entries.map((e) => e.id),
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    if (entries.length > 0) await writeEntries(ctx, trx, organisationId, entries);
    if (!(await setDecision(trx, organisationId, id, decision))) throw new ConflictError(`dilemma ${id} was decided meanwhile`);
    await audit(ctx, trx, organisationId, {
      action: 'dilemma.decide',
      objectType: 'dilemma',
      objectId: id,
      details: { optionId: option.id, entries: entries.length, reviewOn },
    });
  });
  return getDilemma(ctx, organisationId, id);
}

export interface ReviewLine {
  readonly accountId: string;
  readonly stakeholderId: string;
  readonly direction: Direction;
  readonly trustBefore: number;
  readonly trustExpected: number;
  readonly trustNow: number | null;
  readonly balanceExpected: number;
  readonly balanceNow: number | null;
}

/** A decided dilemma's review: per account, what was expected beside what the ledger says now. */
export async function reviewDilemma(ctx: AppContext, organisationId: string, id: string): Promise<{ dilemmaId: string; asOf: IsoDate; reviewOn: string; lines: ReviewLine[] }> {
  const dilemma = await getDilemma(ctx, organisationId, id);
  if (dilemma.decision === null) throw new ConflictError(`dilemma ${id} is not decided yet: there is nothing to review`);
  const { asOf, parameters, accounts } = await decisionAccounts(ctx, organisationId, dilemma.decision.expected.map((e) => e.stakeholderId));
  const now = new Map(accounts.map((a) => [a.accountId, a]));
  const lines = dilemma.decision.expected.map((e) => {
    const account = now.get(e.accountId);
    const reading = account ? readAccount(account.evidence, asOf, parameters, account.baseRate) : null;
    return { ...e, trustNow: reading?.trustLevel ?? null, balanceNow: reading?.balance ?? null };
  });
  return { dilemmaId: id, asOf, reviewOn: dilemma.decision.reviewOn, lines };
}

/** The organisation's influence network: whose view of us moves whose. */
export async function influenceNetwork(ctx: AppContext, organisationId: string): Promise<InfluenceEdgeRecord[]> {
  await getOrganisation(ctx, organisationId);
  return listInfluenceEdges(ctx.store.db, organisationId);
}

export async function setInfluenceNetwork(ctx: AppContext, organisationId: string, edges: readonly InfluenceEdgeRecord[]): Promise<InfluenceEdgeRecord[]> {
  await getOrganisation(ctx, organisationId);
  const known = new Set((await listStakeholders(ctx.store.db, organisationId)).map((s) => s.id));
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  edges.forEach((edge, i) => {
    if (!known.has(edge.from)) issues.push({ field: `edges.${i}.from`, message: 'is not a stakeholder of this organisation' });
    if (!known.has(edge.to)) issues.push({ field: `edges.${i}.to`, message: 'is not a stakeholder of this organisation' });
    if (edge.from === edge.to) issues.push({ field: `edges.${i}.to`, message: 'must differ from `from`: a stakeholder does not influence itself' });
    if (!(edge.weight > 0 && edge.weight <= 1)) issues.push({ field: `edges.${i}.weight`, message: 'must be more than 0 and at most 1' });
    const key = `${edge.from}>${edge.to}`;
    if (seen.has(key)) issues.push({ field: `edges.${i}`, message: 'repeats an earlier edge' });
    seen.add(key);
  });
  if (issues.length > 0) throw new ValidationError(issues);
  await ctx.store.db.transaction().execute(async (trx) => {
    await replaceInfluenceEdges(trx, organisationId, edges);
    await audit(ctx, trx, organisationId, { action: 'influence.set', objectType: 'organisation', objectId: organisationId, details: { edges: edges.length } });
  });
  return influenceNetwork(ctx, organisationId);
}
