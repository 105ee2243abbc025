import { z } from '@hono/zod-openapi';
import { CONTROL_KINDS, MAX_YEARLY_EUROS, MAX_YEARLY_HOURS } from '../domain/control-measures.ts';
import { IdSchema, IsoDateSchema } from './schemas.ts';

/** The shapes of the control measures register. */

const KindSchema = z.enum(CONTROL_KINDS);
const EurosSchema = z.number().int().min(0).max(MAX_YEARLY_EUROS).nullable().openapi({ description: 'Whole euros a year' });
const HoursSchema = z.number().int().min(0).max(MAX_YEARLY_HOURS).nullable().openapi({ description: 'Whole hours a year' });

export const AddControlMeasureSchema = z
  .object({
    kind: KindSchema,
    description: z.string().max(2000),
    yearlyEuros: EurosSchema.optional(),
    yearlyHours: HoursSchema.optional(),
    startedOn: IsoDateSchema,
  })
  .strict()
  .openapi('AddControlMeasure', { description: 'Give the yearly cost in euros, in hours, or both.' });

export const ChangeControlMeasureSchema = AddControlMeasureSchema.partial().strict().openapi('ChangeControlMeasure');

export const EndControlMeasureSchema = z.object({ endedOn: IsoDateSchema }).strict().openapi('EndControlMeasure');

const VersionSchema = z.object({
  kind: KindSchema,
  description: z.string(),
  yearlyEuros: EurosSchema,
  yearlyHours: HoursSchema,
  startedOn: IsoDateSchema,
  endedOn: IsoDateSchema.nullable(),
  replacedAt: z.string(),
  replacedBy: IdSchema.nullable(),
});

export const ControlMeasureSchema = z
  .object({
    id: IdSchema,
    organisationId: IdSchema,
    relationId: IdSchema,
    kind: KindSchema,
    description: z.string(),
    yearlyEuros: EurosSchema,
    yearlyHours: HoursSchema,
    startedOn: IsoDateSchema,
    endedOn: IsoDateSchema.nullable().openapi({ description: 'The first day without the measure' }),
    history: z.array(VersionSchema).readonly().openapi({ description: 'Earlier versions, oldest first' }),
    createdAt: z.string(),
    createdBy: IdSchema.nullable(),
  })
  .openapi('ControlMeasure');

export const ControlMeasureListSchema = z.object({ items: z.array(ControlMeasureSchema) }).openapi('ControlMeasureList');

export type ControlMeasure = z.infer<typeof ControlMeasureSchema>;
