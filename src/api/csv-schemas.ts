import { z } from '@hono/zod-openapi';
import { CSV_KINDS } from '../app/csv-read.ts';
import { OrganisationParams } from './routes/common.ts';

/** Schemas of the CSV import and export (docs/exchange.md). */

/** A file part of the upload; a plain text field is taken as the file's content too. */
const CsvPartSchema = z
  .union([z.instanceof(File), z.string()])
  .optional()
  .openapi({ type: 'string', format: 'binary', description: 'A CSV file (UTF-8, `,` or `;`)' });

export const CsvImportFormSchema = z
  .object({ stakeholders: CsvPartSchema, relations: CsvPartSchema, entries: CsvPartSchema })
  .openapi('CsvImportFiles', { description: 'Up to three files, one per kind; at least one. Together within the 1 MiB request limit.' });

export const CsvImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false').openapi({ description: 'true: check everything and say what would be imported, writing nothing' }),
});

export const CsvImportSummarySchema = z
  .object({
    dryRun: z.boolean().openapi({ description: 'True when nothing was written' }),
    stakeholders: z.number().int(),
    relations: z.number().int(),
    entries: z.number().int(),
    reversals: z.number().int(),
  })
  .openapi('CsvImportSummary');

export const CsvExportParams = OrganisationParams.extend({
  kind: z.enum(CSV_KINDS).openapi({ description: 'Which of the three files' }),
});
