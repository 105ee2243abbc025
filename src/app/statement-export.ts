import type { Language } from '../domain/vocabulary.ts';
import { buildStatementDocument } from '../report/statement-document.ts';
import { statementHtml } from '../report/statement-html.ts';
import { statementPdf } from '../report/statement-pdf.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import type { StatementFormat } from './statement-formats.ts';
import { socialCapitalStatement, type StatementOptions } from './statement.ts';

export interface StatementFile {
  readonly contentType: string;
  readonly filename: string;
  readonly body: string | Buffer;
}

/**
 * The social-capital statement as a file to hand on: a self-contained HTML page or a PDF, in
 * Dutch or English. It carries the organisation's figures out of the product, so it is audited
 * like every other export.
 */
export async function exportStatement(
  ctx: AppContext,
  organisationId: string,
  options: StatementOptions & { readonly language: Language; readonly format: StatementFormat },
): Promise<StatementFile> {
  const statement = await socialCapitalStatement(ctx, organisationId, options);
  const document = buildStatementDocument(statement, options.language);
  await ctx.store.db.transaction().execute((trx) =>
    audit(ctx, trx, organisationId, {
      action: 'statement.export',
      objectType: 'organisation',
      objectId: organisationId,
      details: { asOf: statement.asOf, compareWith: statement.compareWith, language: options.language, format: options.format },
    }),
  );
  const filename = `social-capital-statement-${statement.asOf}.${options.format}`;
  return options.format === 'pdf'
    ? { contentType: 'application/pdf', filename, body: await statementPdf(document, ctx.now()) }
    : { contentType: 'text/html; charset=utf-8', filename, body: statementHtml(document) };
}
