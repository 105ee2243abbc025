import { z } from '@hono/zod-openapi';
import { ASSESSMENT_WARNINGS, OUTCOMES } from '../domain/weighed-trust.ts';
import { DIMENSIONS, DIRECTIONS, FOUNDATIONS, INTENTS, type Foundation } from '../domain/vocabulary.ts';
import { AccountReadingSchema, IdSchema, IsoDateSchema } from './schemas.ts';

/** The shapes of decisions: dilemmas with their simulation, the influence network, weighed-trust assessments. */

const FoundationSchema = z.enum(FOUNDATIONS as [Foundation, ...Foundation[]]);

// ── Dilemmas ─────────────────────────────────────────────────────────────────
const EffectFields = {
  stakeholderId: IdSchema,
  direction: z.enum(DIRECTIONS),
  foundation: FoundationSchema,
  amount: z.number().int().openapi({ description: '−5…−1 or 1…5, before the dilemma’s impact scales it' }),
  intent: z.enum(INTENTS).nullable().optional().openapi({ description: 'Required for a withdrawal' }),
  note: z.string().max(500).optional(),
};
const OptionInputSchema = z
  .object({ title: z.string().max(200), description: z.string().max(4000).optional(), effects: z.array(z.object(EffectFields)).max(200) })
  .openapi('DilemmaOptionInput');
export const CreateDilemmaSchema = z
  .object({
    title: z.string().max(200),
    context: z.string().max(4000).optional(),
    valueConflict: z.string().max(1000).openapi({ description: 'The goods that cannot both be had' }),
    impact: z.number().int().openapi({ description: '1 (routine) … 5 (a defining moment); scales the effects' }),
    options: z.array(OptionInputSchema).max(10),
  })
  .openapi('CreateDilemma');
const EffectSchema = z.object({ ...EffectFields, intent: z.enum(INTENTS).nullable(), note: z.string() });
export const DilemmaSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    title: z.string(),
    context: z.string(),
    valueConflict: z.string(),
    impact: z.number().int(),
    options: z.array(z.object({ id: z.string(), title: z.string(), description: z.string(), effects: z.array(EffectSchema).readonly() })).readonly(),
    decision: z
      .object({
        optionId: z.string(),
        justification: z.string(),
        decidedOn: z.string(),
        reviewOn: z.string(),
        decidedBy: z.string().nullable(),
        expected: z
          .array(
            z.object({
              accountId: z.string(),
              stakeholderId: z.string(),
              direction: z.enum(DIRECTIONS),
              trustBefore: z.number(),
              trustExpected: z.number(),
              balanceBefore: z.number(),
              balanceExpected: z.number(),
            }),
          )
          .readonly(),
        bookedEntries: z.array(z.string()).readonly(),
      })
      .nullable(),
    createdAt: z.string(),
  })
  .openapi('Dilemma');
const ChangeSchema = z
  .object({
    accountId: z.string(),
    stakeholderId: z.string(),
    direction: z.enum(DIRECTIONS),
    trustBefore: z.number(),
    trustAfter: z.number(),
    balanceBefore: z.number(),
    balanceAfter: z.number(),
    bandBefore: z.string(),
    bandAfter: z.string(),
  })
  .openapi('AccountChange');
const OutcomeSchema = z
  .object({
    changes: z.array(ChangeSchema).readonly(),
    socialCapitalChange: z.number().openapi({ description: 'Σ importance · Δbalance' }),
    worstOff: ChangeSchema.nullable().openapi({ description: 'Of those who lose, the most vulnerable' }),
    gainers: z.number().int(),
    losers: z.number().int(),
  })
  .openapi('OptionOutcome');
export const SimulationSchema = z
  .object({
    dilemmaId: z.string(),
    asOf: z.string(),
    options: z
      .array(z.object({ optionId: z.string(), title: z.string(), direct: OutcomeSchema, secondOrder: OutcomeSchema.nullable() }))
      .readonly(),
  })
  .openapi('Simulation');
export const SimulationQuerySchema = z.object({
  secondOrder: z.enum(['true', 'false']).default('false').openapi({ description: 'Carry effects through the influence network, up to two hops' }),
});
export const DecideSchema = z
  .object({
    optionId: IdSchema,
    justification: z.string().max(4000).openapi({ description: 'Required: why this option, for whom it costs what' }),
    reviewOn: IsoDateSchema.optional().openapi({ description: 'Defaults to 90 days from today' }),
  })
  .openapi('DecideDilemma');
export const DilemmaReviewSchema = z
  .object({
    dilemmaId: z.string(),
    asOf: z.string(),
    reviewOn: z.string(),
    lines: z.array(
      z.object({
        accountId: z.string(),
        stakeholderId: z.string(),
        direction: z.enum(DIRECTIONS),
        trustBefore: z.number(),
        trustExpected: z.number(),
        trustNow: z.number().nullable(),
        balanceExpected: z.number(),
        balanceNow: z.number().nullable(),
      }),
    ),
  })
  .openapi('DilemmaReview');
export const InfluenceNetworkSchema = z
  .object({ edges: z.array(z.object({ from: IdSchema, to: IdSchema, weight: z.number() })).max(10_000) })
  .openapi('InfluenceNetwork');

// ── Weighed-trust assessments ────────────────────────────────────────────────
const QuestionFields = {
  stakeholderId: IdSchema,
  leap: z.string().max(500).openapi({ description: 'What would be entrusted' }),
  gut: z.number().int().openapi({ description: 'The gut feeling, 1–5, recorded first' }),
  ratings: z
    .record(z.string(), z.number().int().nullable())
    .openapi({ description: 'Foundation → −2…+2; left out or null: unknown' }),
  vulnerability: z.number().int().openapi({ description: '1–5: what the leap puts at stake' }),
  horizonOn: IsoDateSchema.nullable().optional(),
};
export const PreviewAssessmentSchema = z
  .object({ ...QuestionFields, decision: z.enum(OUTCOMES).nullable().optional() })
  .openapi('PreviewAssessment');
export const RecordAssessmentSchema = z
  .object({
    ...QuestionFields,
    decision: z.enum(OUTCOMES),
    reasons: z.string().max(4000),
    entry: z
      .object({ foundation: FoundationSchema, amount: z.number().int(), intent: z.enum(INTENTS).nullable().optional(), note: z.string().max(2000).optional() })
      .nullable()
      .optional(),
  })
  .openapi('RecordAssessment');
const SafeguardSchema = z.object({
  dimension: z.enum(DIMENSIONS),
  state: z.enum(['weak', 'unknown']),
  expectation: z.object({ en: z.string(), nl: z.string() }),
  action: z.object({ en: z.string(), nl: z.string() }),
});
export const AssessmentAdviceSchema = z
  .object({
    accountId: z.string(),
    reading: AccountReadingSchema,
    requiredTrustLevel: z.number(),
    toleratedUncertainty: z.number(),
    outcome: z.enum(OUTCOMES),
    safeguards: z.array(SafeguardSchema).readonly(),
    warnings: z.array(z.enum(ASSESSMENT_WARNINGS)).readonly(),
  })
  .openapi('AssessmentAdvice');
export const AssessmentSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    stakeholderId: z.string(),
    leap: z.string(),
    gut: z.number().int(),
    ratings: z.record(z.string(), z.number().int().nullable().optional()),
    vulnerability: z.number().int(),
    horizonOn: z.string().nullable(),
    outcome: z.enum(OUTCOMES),
    decision: z.enum(OUTCOMES),
    reasons: z.string(),
    figures: z.object({
      trustLevel: z.number(),
      uncertainty: z.number(),
      requiredTrustLevel: z.number(),
      toleratedUncertainty: z.number(),
      warnings: z.array(z.enum(ASSESSMENT_WARNINGS)).readonly(),
      safeguards: z.array(z.string()).readonly(),
    }),
    entryId: z.string().nullable(),
    review: z.object({ honoured: z.enum(['yes', 'partly', 'no']), note: z.string(), on: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .openapi('Assessment');
export const ReviewAssessmentSchema = z
  .object({ honoured: z.enum(['yes', 'partly', 'no']), note: z.string().max(2000).optional() })
  .openapi('ReviewAssessment');

export type Dilemma = z.infer<typeof DilemmaSchema>;
export type Simulation = z.infer<typeof SimulationSchema>;
export type DilemmaReview = z.infer<typeof DilemmaReviewSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type AssessmentAdvice = z.infer<typeof AssessmentAdviceSchema>;
