import { addDays, type IsoDate } from '../../domain/calendar.ts';
import { standardInstrument } from '../../domain/survey-instrument.ts';
import type { Foundation } from '../../domain/vocabulary.ts';
import type { AppContext } from '../context.ts';
import { issueScanInvitations, submitScanResponse } from '../scan-invitations.ts';
import { closeScan, createScan, openScan, type ScanFields } from '../scans.ts';
import { SeededRandom } from './seeded-random.ts';

/**
 * The demo's trust scans: the employees asked twice, a year apart (so the second compares with
 * the first), each team through links of its own; a key customer asked once; and a customer scan
 * still open. Answers come
 * from a seeded generator around a profile per foundation, so the demo is the same every time.
 */

/**
 * Where a group's answers centre, per foundation (1–5). The workshop trusts the craft more than the
 * communication; the hotel group, unhappy about late deliveries, trusts us less than our ledger
 * says (a perception gap to show).
 */
type Profile = Readonly<Record<Foundation, number>>;

const EMPLOYEES_LAST_YEAR: Profile = {
  authenticity: 3.4, honesty: 2.6, fairness: 3.1, competence: 4.2, service: 3.5, learning: 3.0, transparency: 2.4, result: 3.8, fair_play: 3.6,
};
const EMPLOYEES_THIS_YEAR: Profile = {
  authenticity: 3.6, honesty: 3.2, fairness: 3.3, competence: 4.3, service: 3.6, learning: 3.4, transparency: 3.0, result: 3.9, fair_play: 3.7,
};
const PRIVATE_CUSTOMERS: Profile = {
  authenticity: 4.1, honesty: 3.9, fairness: 3.6, competence: 4.5, service: 3.8, learning: 3.4, transparency: 3.3, result: 3.6, fair_play: 3.9,
};
const HOTEL_GROUP: Profile = {
  authenticity: 3.4, honesty: 3.3, fairness: 3.0, competence: 3.9, service: 3.2, learning: 2.6, transparency: 2.5, result: 2.1, fair_play: 3.2,
};

const EMPLOYEE_COMMENTS = [
  'Zeg het ons eerder als de planning verandert.',
  'De werkplaats wordt te laat betrokken bij beslissingen over nieuwe modellen.',
  'Goede sfeer in de ploeg; de communicatie van de directie kan beter.',
  'Dank voor de nieuwe CNC-machine, dat toont dat er in ons geïnvesteerd wordt.',
  'Eerlijker zijn over de cijfers zou helpen om te begrijpen waarom er bespaard wordt.',
  'Meer uitleg bij de herschikking van het verkoopteam, graag.',
  'Ik voel me gehoord door mijn ploegbaas.',
  'Waarom lezen we nieuws over het bedrijf eerst in De Kustbode?',
];

interface DemoScan {
  readonly fields: ScanFields;
  /** The day links go out and the scan opens. */
  readonly opensOn: IsoDate;
  /** Per segment (a stakeholder key, or null for the whole group): links made, and how many answer. */
  readonly waves: readonly { readonly segment: string | null; readonly links: number; readonly answers: number }[];
  readonly profile: Profile;
  readonly comments: readonly string[];
  /** Closed on this day, or left open. */
  readonly closesOn: IsoDate | null;
}

function answersFor(profile: Profile, random: SeededRandom): Record<string, number> {
  return Object.fromEntries(
    standardInstrument('received').statements.map((statement) => {
      const noise = random.weighted([[-1, 2], [0, 3], [1, 2]] as const) + (random.chance(0.1) ? random.pick([-1, 1]) : 0);
      return [statement.id, Math.min(5, Math.max(1, Math.round(profile[statement.foundation] + noise)))];
    }),
  );
}

/** A use-case context whose clock stands on `day`, so each step happens on its own date. */
const on = (ctx: AppContext, day: IsoDate): AppContext => ({ ...ctx, now: () => new Date(`${day}T09:00:00Z`) });

export async function loadDemoScans(
  ctx: AppContext,
  organisationId: string,
  today: IsoDate,
  stakeholderIds: ReadonlyMap<string, string>,
): Promise<void> {
  const id = (key: string) => {
    const found = stakeholderIds.get(key);
    if (!found) throw new Error(`demo scan names unknown stakeholder ${key}`);
    return found;
  };
  const employees = { type: 'category', value: 'employees' } as const;
  const scans: DemoScan[] = [
    {
      fields: { title: 'Medewerkersscan vorig jaar', kind: 'received', target: employees },
      opensOn: addDays(today, -400),
      closesOn: addDays(today, -379),
      waves: [
        { segment: 'productieteam', links: 9, answers: 6 },
        { segment: 'verkoop-en-projectteam', links: 7, answers: 5 },
      ],
      profile: EMPLOYEES_LAST_YEAR,
      comments: EMPLOYEE_COMMENTS.slice(0, 4),
    },
    {
      fields: { title: 'Medewerkersscan dit jaar', kind: 'received', target: employees },
      opensOn: addDays(today, -45),
      closesOn: addDays(today, -24),
      waves: [
        { segment: 'productieteam', links: 10, answers: 8 },
        { segment: 'verkoop-en-projectteam', links: 7, answers: 6 },
      ],
      profile: EMPLOYEES_THIS_YEAR,
      comments: EMPLOYEE_COMMENTS,
    },
    {
      fields: { title: 'Klantenscan Hotelgroep Strandhaver', kind: 'received', target: { type: 'stakeholder', value: id('hotelgroep-strandhaver') } },
      opensOn: addDays(today, -40),
      closesOn: addDays(today, -12),
      waves: [{ segment: null, links: 9, answers: 7 }],
      profile: HOTEL_GROUP,
      comments: [],
    },
    {
      fields: { title: 'Klantenscan particulieren', kind: 'received', target: { type: 'stakeholder', value: id('particuliere-klanten') } },
      opensOn: addDays(today, -6),
      closesOn: null,
      waves: [{ segment: null, links: 40, answers: 3 }],
      profile: PRIVATE_CUSTOMERS,
      comments: [],
    },
  ];
  const random = SeededRandom.forStream(2026, 'demo-scans');
  for (const demo of scans) {
    const opening = on(ctx, demo.opensOn);
    const scan = await createScan(opening, organisationId, { ...demo.fields, opensOn: demo.opensOn, closesOn: demo.closesOn ?? addDays(today, 15) });
    await openScan(opening, organisationId, scan.id);
    let comment = 0;
    for (const wave of demo.waves) {
      const segment = wave.segment === null ? null : id(wave.segment);
      const { tokens } = await issueScanInvitations(opening, organisationId, scan.id, { count: wave.links, segment });
      for (const token of tokens.slice(0, wave.answers)) {
        const day = addDays(demo.opensOn, random.int(0, 5));
        await submitScanResponse(on(ctx, day), token, { answers: answersFor(demo.profile, random), comment: demo.comments[comment++] ?? null });
      }
    }
    if (demo.closesOn !== null) await closeScan(on(ctx, demo.closesOn), organisationId, scan.id);
  }
}
