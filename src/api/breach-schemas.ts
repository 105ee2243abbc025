import { z } from '@hono/zod-openapi';
import {
  APOLOGY_ELEMENTS,
  APOLOGY_STATES,
  BREACH_DIRECTIONS,
  BREACH_INTENTS,
  BREACH_RESPONSES,
  BREACH_SCALES,
  BREACH_STATUSES,
} from '../domain/breach.ts';
import { FOUNDATIONS, INTENTS, type Foundation } from '../domain/vocabulary.ts';
import { EntrySchema, IdSchema, IsoDateSchema, LocalizedSchema } from './schemas.ts';

/** The shapes of breaches of trust and their repair. */

const FoundationSchema = z.enum(FOUNDATIONS as [Foundation, ...Foundation[]]);
const DirectionSchema = z.enum(BREACH_DIRECTIONS).openapi({ description: 'we_breached: we broke their trust; they_breached: they broke ours' });
const StatusSchema = z.enum(BREACH_STATUSES).openapi({ description: 'open → in_repair → restored, or relation_ended' });
const PlanDateSchema = IsoDateSchema.nullable().optional();

export const RecordBreachSchema = z
  .object({
    relationId: IdSchema,
    direction: DirectionSchema,
    occurredOn: IsoDateSchema.optional().openapi({ description: 'Defaults to today' }),
    intent: z.enum(BREACH_INTENTS),
    scale: z.enum(BREACH_SCALES),
    description: z.string().max(4000),
    entryIds: z.array(IdSchema).max(100).optional().openapi({ description: 'Withdrawals already in the ledger, on the damaged account' }),
    withdrawals: z
      .array(
        z.object({
          foundation: FoundationSchema,
          amount: z.number().int().openapi({ description: '−5…−1' }),
          intent: z.enum(INTENTS),
          note: z.string().max(2000).optional(),
          occurredOn: IsoDateSchema.optional(),
        }),
      )
      .max(20)
      .optional()
      .openapi({ description: 'Withdrawals recorded with the breach, in the same transaction' }),
    followUpOn: PlanDateSchema,
  })
  .openapi('RecordBreach');

export const BreachFromSignalSchema = z
  .object({
    signalKey: z.string().max(300).openapi({ description: 'The key of a small_incidents signal' }),
    description: z.string().max(4000).optional(),
    scale: z.enum(BREACH_SCALES).optional(),
    followUpOn: PlanDateSchema,
  })
  .openapi('BreachFromSignal');

const ApologyStepSchema = z.object({ state: z.enum(APOLOGY_STATES), note: z.string().max(2000).optional() });
export const RepairPlanSchema = z
  .object({
    apology: z.object(Object.fromEntries(APOLOGY_ELEMENTS.map((e) => [e, ApologyStepSchema.optional()]))).strict().optional(),
    actions: z
      .array(
        z.object({
          id: IdSchema.optional(),
          description: z.string().max(1000),
          owner: z.string().max(200).optional(),
          dueOn: PlanDateSchema,
          doneOn: PlanDateSchema,
        }),
      )
      .max(50)
      .optional()
      .openapi({ description: 'The whole list; an action keeps its id when it is given back' }),
    followUpOn: PlanDateSchema,
  })
  .openapi('RepairPlan');

export const RepairDepositSchema = z
  .object({
    foundation: FoundationSchema,
    amount: z.number().int().openapi({ description: '1…5' }),
    note: z.string().max(2000).optional(),
    occurredOn: IsoDateSchema.optional(),
  })
  .openapi('RepairDeposit');

export const RespondSchema = z
  .object({
    response: z.enum(BREACH_RESPONSES),
    note: z.string().max(2000).optional(),
    alternatives: z.boolean().nullable().optional().openapi({ description: 'Whether we could turn elsewhere' }),
  })
  .openapi('BreachResponseChoice');

export const MoveBreachSchema = z.object({ status: StatusSchema, note: z.string().max(2000).optional() }).openapi('MoveBreach');

export const BreachListQuerySchema = z.object({
  relationId: IdSchema.optional(),
  status: StatusSchema.optional(),
});

const Credibility = z.number().int().min(-1).max(1);
export const BreachSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    relationId: z.string(),
    stakeholder: z.object({ id: z.string(), name: z.string() }),
    accountId: z.string().openapi({ description: 'The damaged account' }),
    direction: DirectionSchema,
    occurredOn: z.string(),
    intent: z.enum(BREACH_INTENTS),
    scale: z.enum(BREACH_SCALES),
    description: z.string(),
    status: StatusSchema,
    nextStatuses: z.array(StatusSchema).readonly(),
    followUpOn: z.string().nullable(),
    apology: z.record(z.string(), z.object({ state: z.enum(APOLOGY_STATES), note: z.string() })).nullable(),
    actions: z
      .array(z.object({ id: z.string(), description: z.string(), owner: z.string(), dueOn: z.string().nullable(), doneOn: z.string().nullable() }))
      .readonly(),
    response: z
      .object({ response: z.enum(BREACH_RESPONSES), note: z.string(), alternatives: z.boolean().nullable(), chosenOn: z.string(), chosenBy: z.string().nullable() })
      .nullable(),
    history: z.array(z.object({ status: StatusSchema, on: z.string(), by: z.string().nullable(), note: z.string() })).readonly(),
    withdrawals: z.array(EntrySchema).readonly(),
    repairs: z.array(EntrySchema).readonly(),
    violationType: z.enum(['competence', 'integrity']).nullable(),
    apologyGuidance: LocalizedSchema.nullable(),
    responseAdvice: z
      .array(
        z.object({
          response: z.enum(BREACH_RESPONSES),
          fit: z.enum(['good', 'possible', 'poor']),
          credibility: z.object({ intentional: Credibility, professional: Credibility, contractual: Credibility }),
          reasons: z.array(LocalizedSchema).readonly(),
        }),
      )
      .readonly()
      .nullable(),
    recovery: z.object({
      before: z.number(),
      lowest: z.number(),
      lowestOn: z.string(),
      now: z.number(),
      recoveredOn: z.string().nullable(),
      daysToRecovery: z.number().int().nullable(),
    }),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
  })
  .openapi('Breach');

export type Breach = z.infer<typeof BreachSchema>;
