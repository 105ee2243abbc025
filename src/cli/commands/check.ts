import { listAllOrganisations } from '../../app/organisations.ts';
import { verifySums, type SumsCheck } from '../../app/verify-sums.ts';
import { listStakeholders } from '../../store/stakeholders.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { renderTable } from '../table.ts';

/** The exit code when a difference is found. */
export const DIFFERENCE_EXIT_CODE = 1;
/** Differences listed per organisation; the count says how many more there are. */
const SHOWN = 20;

/**
 * `check`: compares every account's running sums with a full recompute from the ledger's entries
 * (app/verify-sums.ts), for one organisation or all of them. Safe while the server runs: each
 * organisation is read in one transaction.
 */
export async function check(options: { organisation?: string; json?: boolean }): Promise<void> {
  const session = await openSession();
  try {
    const chosen = options.organisation ?? process.env.TRUST_LEDGER_ORGANISATION;
    const organisations = chosen ? [await chooseOrganisation(session, chosen)] : await listAllOrganisations(session);
    const results: (SumsCheck & { name: string })[] = [];
    for (const organisation of organisations) results.push({ name: organisation.name, ...(await verifySums(session, organisation.id)) });
    const differing = results.filter((r) => r.differences.length > 0);
    if (options.json) {
      console.log(JSON.stringify({ consistent: differing.length === 0, organisations: results }, null, 2));
    } else if (results.length === 0) {
      console.log(`No organisations in ${session.store.location}: nothing to check.`);
    } else {
      for (const result of results) {
        const figures = `${result.accounts.toLocaleString('en')} accounts, ${result.entries.toLocaleString('en')} entries, as of ${result.asOf} under parameter version ${result.parameterVersion}`;
        if (result.differences.length === 0) {
          console.log(`"${result.name}": ${figures}: the running sums equal a full recompute.`);
          continue;
        }
        console.log(`"${result.name}": ${figures}: ${result.differences.length} figure(s) differ between the running sums and a full recompute:`);
        const names = new Map((await listStakeholders(session.store.db, result.organisationId)).map((s) => [s.id, s.name]));
        const rows = result.differences.slice(0, SHOWN).map((d) => [
          d.stakeholderId === null ? '(not an account of this organisation)' : (names.get(d.stakeholderId) ?? d.stakeholderId),
          d.direction ?? '',
          d.accountId,
          d.figure,
          d.stored.toPrecision(12),
          d.recomputed.toPrecision(12),
        ]);
        console.log(
          renderTable(
            [{ header: 'Stakeholder' }, { header: 'Direction' }, { header: 'Account' }, { header: 'Figure' }, { header: 'Running sums', numeric: true }, { header: 'Recomputed', numeric: true }],
            rows,
          ),
        );
        if (result.differences.length > SHOWN) console.log(`… and ${result.differences.length - SHOWN} more.`);
      }
    }
    if (differing.length > 0) {
      console.error(
        `The running sums differ from the entries in ${differing.length} organisation(s). Every reading shows the running sums: report this with the output above.`,
      );
      process.exitCode = DIFFERENCE_EXIT_CODE;
    }
  } finally {
    await session.close();
  }
}
