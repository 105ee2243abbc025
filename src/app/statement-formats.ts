/**
 * The files the statement is exported as (statement-export.ts). A file of its own so that the
 * command line can offer the choice without loading the statement's use case.
 */
export const STATEMENT_FORMATS = ['html', 'pdf'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];
