import { z } from '@hono/zod-openapi';
import { SURVEY_KINDS } from '../domain/survey-instrument.ts';
import { DIMENSIONS, FOUNDATIONS, type Dimension, type Foundation } from '../domain/vocabulary.ts';
import { SCAN_STATUSES, TARGET_TYPES } from '../domain/survey-scan.ts';
import { AccountReadingSchema, IdSchema, IsoDateSchema, LocalizedSchema } from './schemas.ts';

/** The shapes of the trust scan's part of the API: instruments, scans, links, answers and results. */

const SurveyKindSchema = z
  .enum(SURVEY_KINDS)
  .openapi({ description: 'received: a stakeholder group about us; given: our people about a counterpart; self: self-trust' });
const FoundationSchema = z.enum(FOUNDATIONS as [Foundation, ...Foundation[]]);
const LocalizedInputSchema = z.object({ en: z.string().max(300), nl: z.string().max(300) }).openapi('LocalizedInput');

// ── Instruments ──────────────────────────────────────────────────────────────
const InstrumentStatementSchema = z.object({ id: z.string(), foundation: FoundationSchema, text: LocalizedSchema }).openapi('InstrumentStatement');
const FrozenInstrumentFields = {
  kind: SurveyKindSchema,
  instrumentId: z.string().nullable().openapi({ description: 'null for a standard instrument' }),
  name: z.string().nullable().openapi({ description: 'null for a standard instrument' }),
  version: z.number().int(),
  statements: z.array(InstrumentStatementSchema).readonly(),
  openQuestion: LocalizedSchema,
};
export const InstrumentSchema = z
  .object({ id: z.string(), standard: z.boolean(), ...FrozenInstrumentFields })
  .openapi('Instrument');
const WordingFields = {
  name: z.string().max(120).optional(),
  statements: z
    .record(z.string().max(100), LocalizedInputSchema)
    .optional()
    .openapi({ description: 'New wording per statement id; statements left out keep theirs' }),
  openQuestion: LocalizedInputSchema.optional(),
};
export const CopyInstrumentSchema = z
  .object({ from: IdSchema.openapi({ description: 'An instrument id, e.g. standard-received' }), ...WordingFields })
  .openapi('CopyInstrument');
export const ReviseInstrumentSchema = z.object(WordingFields).openapi('ReviseInstrument');

// ── Scans ────────────────────────────────────────────────────────────────────
const ScanTargetInputSchema = z
  .object({
    type: z.enum(TARGET_TYPES),
    value: z.string().max(200).openapi({ description: 'A stakeholder id, a category key, or the name of the group' }),
    members: z.array(IdSchema).max(10_000).optional().openapi({ description: 'For a group: the stakeholders it holds' }),
  })
  .openapi('ScanTargetInput');
const ScanFields = {
  title: z.string().max(200),
  kind: SurveyKindSchema,
  instrumentId: IdSchema.optional().openapi({ description: 'Defaults to the standard instrument of the kind' }),
  target: ScanTargetInputSchema,
  opensOn: IsoDateSchema.optional(),
  closesOn: IsoDateSchema.optional().openapi({ description: 'Defaults to 21 days after opening' }),
  minResponses: z.number().int().optional().openapi({ description: 'No figure below this many responses; default 5, never below 3' }),
};
export const CreateScanSchema = z.object(ScanFields).openapi('CreateScan');
export const EditScanSchema = z.object(ScanFields).partial().openapi('EditScan');
export const ScanSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    title: z.string(),
    kind: SurveyKindSchema,
    instrument: z.object(FrozenInstrumentFields).openapi('FrozenInstrument'),
    target: z.object({ type: z.enum(TARGET_TYPES), value: z.string() }),
    members: z.array(z.string()).readonly().openapi({ description: 'The stakeholders the scan covers; fixed when it opens' }),
    status: z.enum(SCAN_STATUSES).openapi({ description: 'closed also once the close date has passed' }),
    opensOn: z.string(),
    closesOn: z.string(),
    minResponses: z.number().int(),
    invitationsIssued: z.number().int(),
    responses: z.number().int(),
    responseRate: z.number().nullable(),
    booked: z.boolean(),
    bookedEntries: z.array(z.string()).readonly(),
    createdAt: z.string(),
  })
  .openapi('Scan');

// ── Links ────────────────────────────────────────────────────────────────────
export const IssueInvitationsSchema = z
  .object({
    count: z.number().int().openapi({ description: '1 to 1000 single-use links' }),
    segment: IdSchema.nullable().optional().openapi({ description: 'A stakeholder of the scan’s group the links are for' }),
  })
  .openapi('IssueScanInvitations');
export const IssuedInvitationsSchema = z
  .object({
    scanId: z.string(),
    segment: z.string().nullable(),
    links: z.array(z.object({ token: z.string(), url: z.string() })).openapi({ description: 'Shown this once: only hashes are kept' }),
  })
  .openapi('IssuedScanInvitations');
export const InvitationFormatQuerySchema = z.object({
  format: z.enum(['json', 'csv']).default('json').openapi({ description: 'csv: one link per line, with a header' }),
});

// ── Answering ────────────────────────────────────────────────────────────────
export const QuestionnaireSchema = z
  .object({
    organisationName: z.string(),
    title: z.string(),
    kind: SurveyKindSchema,
    statements: z.array(z.object({ id: z.string(), text: LocalizedSchema })).readonly(),
    openQuestion: LocalizedSchema,
    closesOn: z.string(),
  })
  .openapi('Questionnaire');
export const ResponseSchema = z
  .object({
    answers: z.record(z.string().max(100), z.number()).openapi({ description: 'Statement id → 1 (disagree) … 5 (agree), for every statement' }),
    comment: z.string().max(2000).nullable().optional(),
  })
  .openapi('ScanResponse');
export const SurveyTokenParams = z.object({ token: z.string().min(10).max(200) });

// ── Results ──────────────────────────────────────────────────────────────────
const StatisticsSchema = z
  .object({
    count: z.number().int(),
    mean: z.number(),
    distribution: z.array(z.number().int()).readonly().openapi({ description: 'How many answered 1, 2, 3, 4 and 5' }),
    favourable: z.number().openapi({ description: 'Share (0–1) that answered 4 or 5' }),
    evidence: z.object({ r: z.number(), s: z.number() }),
  })
  .nullable()
  .openapi('AnswerStatistics');
const FiguresSchema = z
  .object({
    byFoundation: z.object(Object.fromEntries(FOUNDATIONS.map((f) => [f, StatisticsSchema])) as Record<Foundation, typeof StatisticsSchema>),
    byDimension: z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, StatisticsSchema])) as Record<Dimension, typeof StatisticsSchema>),
    overall: StatisticsSchema,
    measured: AccountReadingSchema,
    observed: AccountReadingSchema.nullable(),
    fused: AccountReadingSchema.nullable(),
    perceptionGap: z.number().nullable().openapi({ description: 'measured T − observed T' }),
    perceptionGapSignal: z.boolean(),
  })
  .nullable()
  .openapi('ScanFigures', { description: 'null when there are fewer responses than the minimum' });
export const ScanResultSchema = z
  .object({
    scanId: z.string(),
    title: z.string(),
    kind: SurveyKindSchema,
    closesOn: z.string(),
    segments: z.array(z.string()).readonly(),
    responses: z.number().int(),
    invitations: z.number().int(),
    responseRate: z.number().nullable(),
    minResponses: z.number().int(),
    figures: FiguresSchema,
    comments: z.array(z.string()).readonly().nullable().openapi({ description: 'In random order; null below 8 responses' }),
    earlier: z
      .object({ scanId: z.string(), title: z.string(), closesOn: z.string(), responses: z.number().int(), figures: FiguresSchema })
      .nullable(),
  })
  .openapi('ScanResult');
export const ResultQuerySchema = z.object({
  segments: z
    .string()
    .max(10_000)
    .optional()
    .openapi({ description: 'Comma-separated stakeholder ids: the part of the group to read; the whole scan when left out' }),
  format: z.enum(['json', 'csv']).default('json'),
});
export const UnbookSchema = z.object({ reason: z.string().max(2000).optional() }).openapi('UnbookScan');

export type Instrument = z.infer<typeof InstrumentSchema>;
export type Scan = z.infer<typeof ScanSchema>;
export type CreateScan = z.infer<typeof CreateScanSchema>;
export type IssuedInvitations = z.infer<typeof IssuedInvitationsSchema>;
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
export type ScanResult = z.infer<typeof ScanResultSchema>;
export type ScanFigures = NonNullable<ScanResult['figures']>;
export type AnswerStatistics = NonNullable<ScanFigures['overall']>;
