import { addDays, type IsoDate } from '../domain/calendar.ts';
import { yearlyControlCost } from '../domain/control-measures.ts';
import { directionOverview, type DirectionOverview, type GroupMember } from '../domain/groups.ts';
import type { Severity } from '../domain/signal-model.ts';
import { controlAgainstTrust, type ControlSummary } from '../domain/statement-control.ts';
import { statementReturns, type Returns } from '../domain/statement-returns.ts';
import { effectiveStatus } from '../domain/survey-scan.ts';
import { DIMENSIONS, PHASES, type Dimension, type Direction, type Localized, type Phase } from '../domain/vocabulary.ts';
import type { Recovery } from '../domain/breach-recovery.ts';
import type { BreachDirection, BreachStatus } from '../domain/breach.ts';
import { listControlMeasures } from '../store/control-measures.ts';
import { listDilemmas } from '../store/dilemmas.ts';
import { listBreaches } from './breaches.ts';
import type { AppContext } from './context.ts';
import { ValidationError } from './errors.ts';
import { resolveAsOf } from './organisation-snapshot.ts';
import { getOrganisation, organisationToday } from './organisations.ts';
import { readRelations, type RelationView } from './read-accounts.ts';
import { scanResult } from './scan-results.ts';
import { listOrganisationScans } from './scans.ts';
import { signalInbox } from './signals.ts';

/** How many relations the statement names as strongest and as weakest. */
export const RANKED_RELATIONS = 5;
/** How many open signals it lists by name (all are counted). */
export const LISTED_SIGNALS = 10;

export interface AccountFigures {
  readonly trustLevel: number;
  readonly uncertainty: number;
  readonly balance: number;
  readonly phase: Phase;
}

export interface StatementRelation {
  readonly relationId: string;
  readonly stakeholderName: string;
  readonly category: string;
  readonly level: string;
  readonly importance: number;
  readonly received: AccountFigures;
  readonly given: AccountFigures;
  /** T of the received account on the earlier date; null when the relation did not exist yet. */
  readonly receivedThen: number | null;
}

/** The organisation's figures on one date. */
export interface StatementFigures {
  readonly asOf: IsoDate;
  readonly relations: number;
  readonly received: DirectionOverview;
  readonly given: DirectionOverview;
  readonly phases: Readonly<Record<Direction, Readonly<Record<Phase, number>>>>;
}

export interface StatementSignal {
  readonly severity: Severity;
  readonly title: Localized;
}

export interface StatementBreach {
  readonly stakeholderName: string;
  readonly direction: BreachDirection;
  readonly occurredOn: IsoDate;
  readonly status: BreachStatus;
  readonly recovery: Recovery;
}

/** A closed scan, with its figures only when enough people answered (scanResult decides). */
export interface StatementScan {
  readonly title: string;
  readonly kind: string;
  readonly closesOn: IsoDate;
  readonly responses: number;
  readonly minResponses: number;
  readonly measuredTrust: number | null;
  readonly perceptionGap: number | null;
}

export interface StatementDecision {
  readonly title: string;
  readonly option: string;
  readonly decidedOn: IsoDate;
  readonly justification: string;
}

export interface Statement {
  readonly organisation: { readonly id: string; readonly name: string };
  readonly asOf: IsoDate;
  readonly compareWith: IsoDate;
  readonly parameterVersion: number;
  readonly now: StatementFigures;
  readonly then: StatementFigures;
  readonly strongest: readonly StatementRelation[];
  readonly weakest: readonly StatementRelation[];
  readonly signals: { readonly total: number; readonly bySeverity: Readonly<Record<Severity, number>>; readonly listed: readonly StatementSignal[] };
  readonly breaches: readonly StatementBreach[];
  readonly scans: readonly StatementScan[];
  readonly decisions: readonly StatementDecision[];
  readonly returns: Returns;
  readonly control: ControlSummary;
}

function figuresOf(asOf: IsoDate, relations: readonly RelationView[]): StatementFigures {
  const members: GroupMember[] = relations.flatMap((r) =>
    Object.values(r.accounts).map((a) => ({ direction: a.direction, level: r.stakeholder.level, category: r.stakeholder.category, importance: r.stakeholder.importance, reading: a.reading })),
  );
  const phases = (direction: Direction) =>
    Object.fromEntries(PHASES.map((p) => [p, relations.filter((r) => r.accounts[direction].phase.phase === p).length])) as Record<Phase, number>;
  return {
    asOf,
    relations: relations.length,
    received: directionOverview(members, 'received'),
    given: directionOverview(members, 'given'),
    phases: { received: phases('received'), given: phases('given') },
  };
}

function accountFigures(relation: RelationView, direction: Direction): AccountFigures {
  const { reading, phase } = relation.accounts[direction];
  return { trustLevel: reading.trustLevel, uncertainty: reading.uncertainty, balance: reading.balance, phase: phase.phase };
}

export interface StatementOptions {
  readonly asOf?: string;
  readonly compareWith?: string;
}

/**
 * Gathers the social-capital statement of an organisation as of a date beside an earlier one
 * (a year before by default), read with the current parameter version. Exporting it is audited
 * (statement-export.ts); gathering alone is not.
 */
export async function socialCapitalStatement(ctx: AppContext, organisationId: string, options: StatementOptions = {}): Promise<Statement> {
  const organisation = await getOrganisation(ctx, organisationId);
  const asOf = await resolveAsOf(ctx, organisationId, options.asOf);
  const compareWith = await resolveAsOf(ctx, organisationId, options.compareWith ?? addDays(asOf, -365), 'compareWith');
  if (compareWith >= asOf) throw new ValidationError([{ field: 'compareWith', message: `must be before asOf (${asOf})` }]);
  const today = await organisationToday(ctx, organisationId);

  const current = await readRelations(ctx, organisationId, { asOf, fullHistory: true });
  const earlier = await readRelations(ctx, organisationId, { asOf: compareWith, parameterVersion: current.parameterVersion });
  const earlierById = new Map(earlier.relations.map((r) => [r.id, r]));
  const live = current.relations.filter((r) => r.startedOn <= asOf);

  const ranked: StatementRelation[] = live
    .map((r) => ({
      relationId: r.id,
      stakeholderName: r.stakeholder.name,
      category: r.stakeholder.category,
      level: r.stakeholder.level,
      importance: r.stakeholder.importance,
      received: accountFigures(r, 'received'),
      given: accountFigures(r, 'given'),
      receivedThen: earlierById.has(r.id) && r.startedOn <= compareWith ? earlierById.get(r.id)!.accounts.received.reading.trustLevel : null,
    }))
    .sort((a, b) => b.received.trustLevel - a.received.trustLevel || b.received.balance - a.received.balance || a.stakeholderName.localeCompare(b.stakeholderName));

  const inbox = (await signalInbox(ctx, organisationId, { asOf, parameterVersion: current.parameterVersion })).items.filter((s) => s.acknowledged === null);
  const bySeverity = { high: 0, medium: 0, low: 0 } satisfies Record<Severity, number>;
  for (const signal of inbox) bySeverity[signal.severity] += 1;

  const breaches = (await listBreaches(ctx, organisationId))
    .filter((b) => b.occurredOn <= asOf)
    .map((b) => ({ stakeholderName: b.stakeholder.name, direction: b.direction, occurredOn: b.occurredOn, status: b.status, recovery: b.recovery }));

  const scans: StatementScan[] = [];
  for (const scan of await listOrganisationScans(ctx, organisationId)) {
    if (effectiveStatus(scan, today) !== 'closed' || scan.closesOn > asOf || scan.closesOn < compareWith) continue;
    const result = await scanResult(ctx, organisationId, scan.id);
    scans.push({
      title: result.title,
      kind: result.kind,
      closesOn: result.closesOn,
      responses: result.responses,
      minResponses: result.minResponses,
      measuredTrust: result.figures?.measured.trustLevel ?? null,
      perceptionGap: result.figures?.perceptionGap ?? null,
    });
  }

  const decisions: StatementDecision[] = (await listDilemmas(ctx.store.db, organisationId)).flatMap((d) =>
    d.decision !== null && d.decision.decidedOn > compareWith && d.decision.decidedOn <= asOf
      ? [{ title: d.title, option: d.options.find((o) => o.id === d.decision!.optionId)?.title ?? '', decidedOn: d.decision.decidedOn, justification: d.decision.justification }]
      : [],
  );

  const legBalances = (r: RelationView, direction: Direction) =>
    Object.fromEntries(DIMENSIONS.map((d) => [d, r.accounts[direction].reading.legs[d].balance])) as Record<Dimension, number>;
  const returns = statementReturns(
    live.flatMap((r) =>
      (['received', 'given'] as const).map((direction) => ({
        relationId: r.id,
        stakeholderName: r.stakeholder.name,
        direction,
        importance: r.stakeholder.importance,
        balance: r.accounts[direction].reading.balance,
        legBalances: legBalances(r, direction),
      })),
    ),
  );

  const measures = await listControlMeasures(ctx.store.db, organisationId);
  const control = controlAgainstTrust(
    live.map((r) => {
      const cost = yearlyControlCost(measures.filter((m) => m.relationId === r.id), asOf);
      const given = r.accounts.given.reading;
      return { relationId: r.id, stakeholderName: r.stakeholder.name, trustLevel: given.trustLevel, uncertainty: given.uncertainty, yearlyEuros: cost.euros, yearlyHours: cost.hours, measures: cost.measures };
    }),
  );

  return {
    organisation: { id: organisation.id, name: organisation.name },
    asOf,
    compareWith,
    parameterVersion: current.parameterVersion,
    now: figuresOf(asOf, live),
    then: figuresOf(compareWith, earlier.relations.filter((r) => r.startedOn <= compareWith)),
    strongest: ranked.slice(0, RANKED_RELATIONS),
    weakest: ranked.slice(-RANKED_RELATIONS).reverse(),
    signals: { total: inbox.length, bySeverity, listed: inbox.slice(0, LISTED_SIGNALS).map((s) => ({ severity: s.severity, title: s.title })) },
    breaches,
    scans,
    decisions,
    returns,
    control,
  };
}
