import type { IsoDate } from '../domain/calendar.ts';
import { evidenceFromScaledSums } from '../domain/scaled-sums.ts';
import { DIMENSIONS, dimensionOf, FOUNDATIONS, type Dimension, type Direction } from '../domain/vocabulary.ts';
import { sumsByAccount } from '../store/entries.ts';
import type { AppContext } from './context.ts';
import { getOrganisation, organisationToday } from './organisations.ts';
import { resolveParameters } from './parameters.ts';
import { recomputeAccounts } from './recompute.ts';

/**
 * How far a stored figure may stray from the recomputed one: relative to the larger of the two,
 * and never less than this much absolutely (a reversed pair cancels in the running sum up to a
 * rounding residue of about 1e-15, which the recompute never adds up in the first place).
 */
export const SUMS_TOLERANCE = 1e-9;

/** The figures compared per account: its whole evidence and each leg's. */
export type CheckedFigure = 'r' | 's' | `${Dimension}.r` | `${Dimension}.s`;

export interface SumsDifference {
  readonly accountId: string;
  /** Null for running sums of an account the organisation does not have. */
  readonly stakeholderId: string | null;
  readonly direction: Direction | null;
  readonly figure: CheckedFigure;
  /** As the running sums give it (what every current reading shows). */
  readonly stored: number;
  /** As a full recompute from the entries gives it. */
  readonly recomputed: number;
}

export interface SumsCheck {
  readonly organisationId: string;
  /** The date both were read at: today, or the newest date in the ledger when that is later. */
  readonly asOf: IsoDate;
  readonly parameterVersion: number;
  readonly accounts: number;
  readonly entries: number;
  readonly differences: readonly SumsDifference[];
}

export function withinTolerance(a: number, b: number): boolean {
  return Math.abs(a - b) <= SUMS_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Checks the running sums (account_sums, under the current parameter version) against a full
 * recompute of every account from its entries (recompute.ts): each account's r and s, in total
 * and per leg, must agree to SUMS_TOLERANCE. The sums are what every current reading uses; a
 * difference means a write reached the ledger without its sum, or the other way round.
 *
 * Both are read in one read-only transaction (repeatable read on PostgreSQL; on SQLite a read
 * transaction of the single connection, which never blocks a writer), so the check may run
 * while the server keeps writing.
 */
export async function verifySums(ctx: AppContext, organisationId: string): Promise<SumsCheck> {
  await getOrganisation(ctx, organisationId);
  return ctx.store.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const inTransaction: AppContext = { ...ctx, store: { ...ctx.store, db: trx } };
      const { version, parameters } = await resolveParameters(inTransaction, organisationId);
      const [today, ledger, sumsLatest] = await Promise.all([
        organisationToday(inTransaction, organisationId),
        trx
          .selectFrom('entries')
          .select((eb) => [eb.fn.countAll<number | string>().as('entries'), eb.fn.max('occurred_on').as('latest')])
          .where('organisation_id', '=', organisationId)
          .executeTakeFirstOrThrow(),
        trx
          .selectFrom('account_sums')
          .select((eb) => eb.fn.max('latest_occurred_on').as('latest'))
          .where('organisation_id', '=', organisationId)
          .where('parameter_version', '=', version)
          .executeTakeFirstOrThrow(),
      ]);
      // The running sums answer only on or after every date in them; read both there.
      const asOf = [today, ledger.latest, sumsLatest.latest].reduce<IsoDate>((latest, date) => (date && date > latest ? date : latest), today);
      const recomputed = await recomputeAccounts(inTransaction, organisationId, { asOf, parameterVersion: version });
      const stored = await sumsByAccount(trx, organisationId, version);

      const differences: SumsDifference[] = [];
      const compare = (account: { id: string; stakeholderId: string | null; direction: Direction | null }, figure: CheckedFigure, storedValue: number, recomputedValue: number) => {
        if (!withinTolerance(storedValue, recomputedValue)) {
          differences.push({ accountId: account.id, stakeholderId: account.stakeholderId, direction: account.direction, figure, stored: storedValue, recomputed: recomputedValue });
        }
      };
      const { figures } = recomputed;
      recomputed.accounts.forEach((account, a) => {
        const evidence = evidenceFromScaledSums(stored.get(account.id) ?? [], asOf, parameters);
        const legs = Object.fromEntries(DIMENSIONS.map((d) => [d, { r: 0, s: 0 }])) as Record<Dimension, { r: number; s: number }>;
        let r = 0;
        let s = 0;
        for (const foundation of FOUNDATIONS) {
          const leg = legs[dimensionOf(foundation)];
          leg.r += evidence[foundation].r;
          leg.s += evidence[foundation].s;
          r += evidence[foundation].r;
          s += evidence[foundation].s;
        }
        compare(account, 'r', r, figures.r[a]!);
        compare(account, 's', s, figures.s[a]!);
        DIMENSIONS.forEach((dimension, leg) => {
          compare(account, `${dimension}.r`, legs[dimension].r, figures.legR[a * 3 + leg]!);
          compare(account, `${dimension}.s`, legs[dimension].s, figures.legS[a * 3 + leg]!);
        });
      });
      // Sums of an account the organisation does not have: nothing recomputes them but zero.
      const known = new Set(recomputed.accounts.map((a) => a.id));
      for (const [accountId, sums] of stored) {
        if (known.has(accountId)) continue;
        const evidence = evidenceFromScaledSums(sums, asOf, parameters);
        const orphan = { id: accountId, stakeholderId: null, direction: null };
        compare(orphan, 'r', FOUNDATIONS.reduce((sum, f) => sum + evidence[f].r, 0), 0);
        compare(orphan, 's', FOUNDATIONS.reduce((sum, f) => sum + evidence[f].s, 0), 0);
      }
      return {
        organisationId,
        asOf,
        parameterVersion: version,
        accounts: recomputed.accounts.length,
        entries: Number(ledger.entries),
        differences,
      };
    });
}
