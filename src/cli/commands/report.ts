import { writeFile } from 'node:fs/promises';
import { exportStatement } from '../../app/statement-export.ts';
import type { StatementFormat } from '../../app/statement-formats.ts';
import type { Language } from '../../domain/vocabulary.ts';
import { chooseOrganisation, openSession } from '../session.ts';

export interface ReportOptions {
  readonly asOf?: string;
  readonly compareWith?: string;
  readonly lang: Language;
  readonly format: StatementFormat;
  readonly out?: string;
  readonly organisation?: string;
}

/** `report`: the social-capital statement as HTML or PDF, to a file or to standard output. */
export async function report(options: ReportOptions): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    const file = await exportStatement(session, organisation.id, {
      asOf: options.asOf,
      compareWith: options.compareWith,
      language: options.lang,
      format: options.format,
    });
    if (options.out === undefined) {
      process.stdout.write(file.body);
      return;
    }
    await writeFile(options.out, file.body);
    console.log(`Wrote the statement of ${organisation.name} to ${options.out}`);
  } finally {
    await session.close();
  }
}
