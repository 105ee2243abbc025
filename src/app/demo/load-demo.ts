import { isoDateOf } from '../../domain/calendar.ts';
import { listOrganisations, type OrganisationRecord } from '../../store/organisations.ts';
import { findUserByEmail, insertMembership } from '../../store/users.ts';
import type { AppContext } from '../context.ts';
import { createOrganisation } from '../organisations.ts';
import { recordEntries, reverseEntry } from '../record-entries.ts';
import { addStakeholder } from '../stakeholders.ts';
import { createUser } from '../setup.ts';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins.ts';
import { loadDemoBreaches } from './demo-breaches.ts';
import { loadDemoControlMeasures } from './demo-control-measures.ts';
import { loadDemoDilemmas } from './demo-dilemmas.ts';
import { buildDemoOrganisation } from './demo-organisation.ts';
import { loadDemoScans } from './demo-scans.ts';

/**
 * Loads the demo organisation through the same use cases a user's actions go through, with its
 * two years of history ending `today` and its three demo logins (demo-logins.ts). Loading it
 * again returns the one already there.
 */
export async function loadDemo(ctx: AppContext, options: { today?: string } = {}): Promise<OrganisationRecord> {
  const today = options.today ?? isoDateOf(ctx.now());
  const demo = buildDemoOrganisation(today);
  const existing = (await listOrganisations(ctx.store.db)).find((o) => o.name === demo.name);
  if (existing) return existing;

  const organisation = await createOrganisation(ctx, { name: demo.name });
  for (const login of DEMO_LOGINS) {
    const user = (await findUserByEmail(ctx.store.db, login.email)) ?? (await createUser(ctx, { ...login, password: DEMO_PASSWORD }));
    await insertMembership(ctx.store.db, organisation.id, user.id, login.role, ctx.now().toISOString());
  }
  const accounts = new Map<string, { received: string; given: string }>();
  const stakeholderIds = new Map<string, string>();
  for (const s of demo.stakeholders) {
    const { id, relation } = await addStakeholder(ctx, organisation.id, s);
    accounts.set(s.key, relation!.accounts);
    stakeholderIds.set(s.key, id);
  }

  const accountOf = (key: string, direction: 'received' | 'given') => {
    const ids = accounts.get(key);
    if (!ids) throw new Error(`demo entry names unknown stakeholder ${key}`);
    return ids[direction];
  };
  const originals = demo.entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.reversesIndex === undefined);
  const recorded = await recordEntries(
    ctx,
    organisation.id,
    originals.map(({ entry }) => ({
      accountId: accountOf(entry.stakeholderKey, entry.direction),
      occurredOn: entry.occurredOn,
      foundation: entry.foundation,
      amount: entry.amount,
      intent: entry.intent,
      note: entry.note,
    })),
  );
  const idByIndex = new Map(originals.map(({ index }, i) => [index, recorded[i]!.id]));
  for (const entry of demo.entries) {
    if (entry.reversesIndex === undefined) continue;
    const reversedId = idByIndex.get(entry.reversesIndex);
    if (!reversedId) throw new Error(`demo reversal points at entry ${entry.reversesIndex}, which is not an original`);
    await reverseEntry(ctx, organisation.id, reversedId, { reason: entry.note });
  }
  await loadDemoScans(ctx, organisation.id, today, stakeholderIds);
  await loadDemoDilemmas(ctx, organisation.id, stakeholderIds);
  await loadDemoBreaches(ctx, organisation.id, today, stakeholderIds);
  await loadDemoControlMeasures(ctx, organisation.id, today, stakeholderIds);
  return organisation;
}
