import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../domain/calendar.ts';
import { DIRECTIONS } from '../domain/vocabulary.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import type { Dialect } from '../store/connect.ts';
import { listBreaches } from './breaches.ts';
import { createContext, type AppContext } from './context.ts';
import { loadDemo } from './demo/load-demo.ts';
import { listOrganisationDilemmas, simulateDilemma } from './dilemmas.ts';
import { exportOrganisation } from './organisation-export.ts';
import type { ExportDocument } from './organisation-export-format.ts';
import { importOrganisation } from './organisation-import.ts';
import { recordAssessment } from './assessments.ts';
import { availableInstruments, copyInstrument } from './instruments.ts';
import { changeParameters } from './parameters.ts';
import { overridePhase } from './phase-overrides.ts';
import { archiveStakeholder } from './stakeholders.ts';
import { organisationOverview, readRelations } from './read-accounts.ts';
import { listOrganisationScans } from './scans.ts';
import { scanResult } from './scan-results.ts';
import { acknowledgeSignal, currentSignals } from './signals.ts';
import { readAccountTrend, readGroupTrends, TREND_GROUPINGS } from './trends.ts';

const TODAY = '2026-06-30';
const clock = () => new Date(`${TODAY}T10:00:00Z`);
/** Today, the recent past, before a parameter change's effect and before most of the history. */
const DATES = [TODAY, addDays(TODAY, -45), addDays(TODAY, -200), addDays(TODAY, -500), '2024-01-01'];

/**
 * Every figure the product shows of an organisation, as one value: readings of every account
 * (trust level, balance, legs, uncertainty, tripod, phase) as of several dates under every
 * parameter version, the overview, signals, trends, scan results, dilemma simulations and
 * breaches with their recovery.
 */
async function everyFigure(ctx: AppContext, organisationId: string, versions: readonly number[]): Promise<unknown> {
  const figures: Record<string, unknown> = {};
  for (const version of versions) {
    for (const asOf of DATES) {
      figures[`relations v${version} ${asOf}`] = await readRelations(ctx, organisationId, { asOf, parameterVersion: version, includeArchived: true });
      figures[`overview v${version} ${asOf}`] = await organisationOverview(ctx, organisationId, { asOf, parameterVersion: version });
    }
    for (const direction of DIRECTIONS) {
      for (const groupBy of TREND_GROUPINGS) {
        figures[`group trend v${version} ${direction} ${groupBy}`] = await readGroupTrends(ctx, organisationId, { direction, groupBy, parameterVersion: version });
      }
    }
  }
  const { relations } = await readRelations(ctx, organisationId, { includeArchived: true });
  for (const relation of relations) {
    for (const account of Object.values(relation.accounts)) figures[`trend ${account.id}`] = await readAccountTrend(ctx, organisationId, account.id);
  }
  for (const asOf of DATES) figures[`signals ${asOf}`] = await currentSignals(ctx, organisationId, asOf);
  for (const scan of await listOrganisationScans(ctx, organisationId)) {
    figures[`scan ${scan.id}`] = scan;
    if (scan.status !== 'closed') continue;
    const result = await scanResult(ctx, organisationId, scan.id);
    // Comments come shuffled on purpose (anonymity): the same comments, in any order.
    figures[`scan result ${scan.id}`] = { ...result, comments: result.comments && [...result.comments].sort() };
  }
  for (const dilemma of await listOrganisationDilemmas(ctx, organisationId)) {
    figures[`dilemma ${dilemma.id}`] = await simulateDilemma(ctx, organisationId, dilemma.id, { secondOrder: true });
  }
  figures.breaches = await listBreaches(ctx, organisationId);
  return figures;
}

/**
 * Records of the kinds the demo has none of: a phase override, a signal acknowledgement, an
 * assessment that books an entry, an organisation's own instrument, a shown scan result (a
 * disclosure) and an archived stakeholder.
 */
async function addWhatTheDemoLacks(ctx: AppContext, organisationId: string): Promise<void> {
  const { relations } = await readRelations(ctx, organisationId);
  const [first, second, third] = relations;
  await overridePhase(ctx, organisationId, first!.accounts.received.id, { phase: 'value_based', reason: 'Twenty years together' });
  const signal = (await currentSignals(ctx, organisationId))[0]!;
  await acknowledgeSignal(ctx, organisationId, { key: signal.key, note: 'Discussed with the team' });
  await recordAssessment(ctx, organisationId, {
    stakeholderId: second!.stakeholderId,
    leap: 'Access to the order system',
    gut: 4,
    ratings: { competence: 2, honesty: 1, transparency: null },
    vulnerability: 3,
    decision: 'give_with_safeguards',
    reasons: 'Good record, thin contract',
    entry: { foundation: 'competence', amount: 2, note: 'Entrusted the order system' },
  });
  const instrument = (await availableInstruments(ctx, organisationId))[0]!;
  await copyInstrument(ctx, organisationId, { from: instrument.id, name: 'Our own wording' });
  const closed = (await listOrganisationScans(ctx, organisationId)).find((scan) => scan.status === 'closed')!;
  await scanResult(ctx, organisationId, closed.id);
  await archiveStakeholder(ctx, organisationId, third!.stakeholderId);
}

describe.each(DIALECTS)('a JSON export from %s', (source: Dialect) => {
  let from: TestStore;
  let exported: ExportDocument;
  let organisationId: string;
  let expected: unknown;
  const VERSIONS = [1, 2];

  beforeAll(async () => {
    from = await openTestStore(source);
    const ctx = createContext(from.store, clock);
    organisationId = (await loadDemo(ctx, { today: TODAY })).id;
    await addWhatTheDemoLacks(ctx, organisationId);
    await changeParameters(ctx, organisationId, { changes: { withdrawalWeight: 3, depositHalfLifeDays: 200 }, note: 'A stricter memory' });
    // Through JSON text, as a file or an HTTP body carries it.
    exported = JSON.parse(JSON.stringify(await exportOrganisation(ctx, organisationId))) as ExportDocument;
    expected = await everyFigure(ctx, organisationId, VERSIONS);
  }, 120_000);
  afterAll(() => from.close());

  it('carries every record and every parameter version', () => {
    expect(exported.parameter_versions.map((v) => v.version)).toEqual(VERSIONS);
    expect(exported.entries.some((e) => e.reverses_entry_id !== null)).toBe(true);
    for (const table of ['people', 'memberships', 'stakeholders', 'relations', 'accounts', 'entries', 'account_sums', 'phase_overrides', 'signal_acknowledgements', 'instruments', 'scans', 'scan_invitations', 'scan_responses', 'scan_disclosures', 'dilemmas', 'influence_edges', 'assessments', 'breaches', 'breach_entries', 'audit_log'] as const) {
      expect(exported[table].length, table).toBeGreaterThan(0);
    }
    expect(exported.people.map((p) => Object.keys(p).sort())).toContainEqual(['display_name', 'email', 'id']);
  });

  describe.each(DIALECTS)('imported into an empty %s database', (target: Dialect) => {
    let to: TestStore;
    let ctx: AppContext;

    beforeAll(async () => {
      to = await openTestStore(target);
      ctx = createContext(to.store, clock);
      await importOrganisation(ctx, exported);
    }, 120_000);
    afterAll(() => to.close());

    it('reproduces every figure exactly', async () => {
      expect(await everyFigure(ctx, organisationId, VERSIONS)).toEqual(expected);
    }, 120_000);

    it('exports again to the same ledger, sums and records', async () => {
      const again = await exportOrganisation(ctx, organisationId);
      const withoutAuthors = (doc: ExportDocument) => doc.entries.map((e) => ({ ...e, author_user_id: null }));
      expect(withoutAuthors(again)).toEqual(withoutAuthors(exported));
      for (const table of ['parameter_versions', 'account_sums', 'stakeholders', 'accounts', 'phase_overrides', 'signal_acknowledgements', 'instruments', 'scans', 'scan_invitations', 'scan_responses', 'dilemmas', 'assessments', 'breach_entries', 'influence_edges'] as const) {
        expect(again[table], table).toEqual(exported[table]);
      }
      // Reading every figure here showed scan results, which records disclosures of its own.
      expect(again.scan_disclosures).toEqual(expect.arrayContaining(exported.scan_disclosures));
    });

    it('refuses the same export a second time, writing nothing', async () => {
      await expect(importOrganisation(ctx, exported)).rejects.toThrow(/already in this database/);
    });
  });
});
