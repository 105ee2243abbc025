import { stringify } from 'csv-stringify/sync';
import type { AppContext } from '../../app/context.ts';
import { bookScan, unbookScan } from '../../app/scan-booking.ts';
import { issueScanInvitations } from '../../app/scan-invitations.ts';
import { scanResult } from '../../app/scan-results.ts';
import { closeScan, createScan, listOrganisationScans, openScan, type ScanTargetInput, type ScanView } from '../../app/scans.ts';
import { listOrganisationStakeholders } from '../../app/stakeholders.ts';
import type { SurveyKind } from '../../domain/survey-instrument.ts';
import { DIMENSIONS, FOUNDATIONS } from '../../domain/vocabulary.ts';
import { chooseOrganisation, openSession } from '../session.ts';
import { UsageError } from '../usage-error.ts';
import { renderTable } from '../table.ts';
import { findNamed } from './find-relation.ts';
import { parseInteger } from './parse.ts';

/** `scan …`: trust scans from the command line — prepare, open, hand out links, close, read, book. */

interface Common {
  readonly organisation?: string;
}

/** Runs `act` on the chosen organisation and closes the database afterwards. */
async function withOrganisation(options: Common, act: (ctx: AppContext, organisationId: string) => Promise<void>): Promise<void> {
  const session = await openSession();
  try {
    const organisation = await chooseOrganisation(session, options.organisation);
    await act(session, organisation.id);
  } finally {
    await session.close();
  }
}

async function findScan(ctx: AppContext, organisationId: string, wanted: string): Promise<ScanView> {
  return findNamed(await listOrganisationScans(ctx, organisationId), wanted, 'scan', (s) => s.id, (s) => s.title);
}

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

export async function scanList(options: Common & { json?: boolean }): Promise<void> {
  await withOrganisation(options, async (ctx, organisationId) => {
    const scans = await listOrganisationScans(ctx, organisationId);
    if (options.json) return void console.log(JSON.stringify(scans, null, 2));
    if (scans.length === 0) return void console.log('No trust scans yet. Prepare one with  trust-ledger scan create --title "…" --kind received --category customers');
    console.log(
      renderTable(
        [{ header: 'title' }, { header: 'kind' }, { header: 'status' }, { header: 'opens' }, { header: 'closes' }, { header: 'responses', numeric: true }, { header: 'rate', numeric: true }],
        scans.map((s) => [s.title, s.kind, s.status, s.opensOn, s.closesOn, String(s.responses), percent(s.responseRate)]),
      ),
    );
  });
}

export interface ScanCreateOptions extends Common {
  readonly title: string;
  readonly kind: SurveyKind;
  readonly stakeholder?: string;
  readonly category?: string;
  readonly group?: string;
  readonly member?: string[];
  readonly opensOn?: string;
  readonly closesOn?: string;
  readonly minResponses?: string;
}

export async function scanCreate(options: ScanCreateOptions): Promise<void> {
  const targets = [options.stakeholder, options.category, options.group].filter((t) => t !== undefined);
  if (targets.length !== 1) throw new UsageError('Name whom the scan asks with exactly one of --stakeholder, --category or --group (with --member for each of its stakeholders).');
  await withOrganisation(options, async (ctx, organisationId) => {
    const stakeholders = await listOrganisationStakeholders(ctx, organisationId);
    const pick = (wanted: string) => findNamed(stakeholders, wanted, 'stakeholder', (s) => s.id, (s) => s.name).id;
    const target: ScanTargetInput = options.stakeholder
      ? { type: 'stakeholder', value: pick(options.stakeholder) }
      : options.category
        ? { type: 'category', value: options.category }
        : { type: 'group', value: options.group!, members: (options.member ?? []).map(pick) };
    const scan = await createScan(ctx, organisationId, {
      title: options.title,
      kind: options.kind,
      target,
      opensOn: options.opensOn,
      closesOn: options.closesOn,
      minResponses: parseInteger('--min-responses', options.minResponses),
    });
    console.log(`Prepared "${scan.title}" (${scan.id}) for ${scan.members.length} stakeholder(s), ${scan.opensOn} to ${scan.closesOn}.`);
    console.log(`Open it with  trust-ledger scan open "${scan.title}"  and make links with  trust-ledger scan links "${scan.title}" --count 20`);
  });
}

export async function scanOpen(wanted: string, options: Common): Promise<void> {
  await withOrganisation(options, async (ctx, organisationId) => {
    const scan = await openScan(ctx, organisationId, (await findScan(ctx, organisationId, wanted)).id);
    console.log(`"${scan.title}" is open until ${scan.closesOn}.`);
  });
}

export async function scanClose(wanted: string, options: Common): Promise<void> {
  await withOrganisation(options, async (ctx, organisationId) => {
    const scan = await closeScan(ctx, organisationId, (await findScan(ctx, organisationId, wanted)).id);
    console.log(`"${scan.title}" is closed with ${scan.responses} response(s).`);
  });
}

/** `scan links`: single-use links as CSV on standard output, shown this once. */
export async function scanLinks(wanted: string, options: Common & { count: string; segment?: string; baseUrl: string }): Promise<void> {
  const count = parseInteger('--count', options.count)!;
  await withOrganisation(options, async (ctx, organisationId) => {
    const scan = await findScan(ctx, organisationId, wanted);
    const stakeholders = await listOrganisationStakeholders(ctx, organisationId);
    const segment = options.segment === undefined ? null : findNamed(stakeholders, options.segment, 'stakeholder', (s) => s.id, (s) => s.name).id;
    const issued = await issueScanInvitations(ctx, organisationId, scan.id, { count, segment });
    const base = options.baseUrl.replace(/\/+$/, '');
    process.stdout.write(stringify([['link', 'segment'], ...issued.tokens.map((token) => [`${base}/respond/${token}`, segment ?? ''])]));
    console.error(`${count} link(s) for "${scan.title}". They are shown only now: keep the file.`);
  });
}

export async function scanResults(wanted: string, options: Common & { json?: boolean }): Promise<void> {
  await withOrganisation(options, async (ctx, organisationId) => {
    const result = await scanResult(ctx, organisationId, (await findScan(ctx, organisationId, wanted)).id);
    if (options.json) return void console.log(JSON.stringify(result, null, 2));
    console.log(`${result.title}: ${result.responses} response(s) of ${result.invitations} invited (${percent(result.responseRate)}).`);
    const figures = result.figures;
    if (!figures) {
      console.log(`No figures: fewer than ${result.minResponses} responded, and fewer answers would betray who gave them.`);
      return;
    }
    const row = (name: string, s: (typeof figures.byFoundation)[keyof typeof figures.byFoundation]) =>
      s ? [name, s.mean.toFixed(2), percent(s.favourable), String(s.count), s.distribution.join(' ')] : [name, '–', '–', '0', ''];
    console.log(
      renderTable(
        [{ header: '' }, { header: 'mean', numeric: true }, { header: 'favourable', numeric: true }, { header: 'answers', numeric: true }, { header: '1 2 3 4 5' }],
        [...DIMENSIONS.map((d) => row(d, figures.byDimension[d])), ...FOUNDATIONS.map((f) => row(`  ${f}`, figures.byFoundation[f])), row('overall', figures.overall)],
      ),
    );
    const t = (reading: { trustLevel: number; band: string } | null) => (reading ? `${Math.round(reading.trustLevel)} (${reading.band})` : '–');
    console.log(`\nTrust measured ${t(figures.measured)} · observed in the ledger ${t(figures.observed)} · fused ${t(figures.fused)}`);
    if (figures.perceptionGapSignal) console.log(`Perception gap: measured and observed differ by ${Math.round(Math.abs(figures.perceptionGap!))} points.`);
    if (result.comments) for (const comment of result.comments) console.log(`  “${comment}”`);
  });
}

export async function scanBook(wanted: string, options: Common): Promise<void> {
  await withOrganisation(options, async (ctx, organisationId) => {
    const scan = await bookScan(ctx, organisationId, (await findScan(ctx, organisationId, wanted)).id);
    console.log(`Booked "${scan.title}": ${scan.bookedEntries.length} survey entries. Withdraw with  trust-ledger scan unbook "${scan.title}"`);
  });
}

export async function scanUnbook(wanted: string, options: Common & { reason?: string }): Promise<void> {
  await withOrganisation(options, async (ctx, organisationId) => {
    const scan = await unbookScan(ctx, organisationId, (await findScan(ctx, organisationId, wanted)).id, options.reason);
    console.log(`Withdrew the booking of "${scan.title}": its entries are reversed.`);
  });
}
