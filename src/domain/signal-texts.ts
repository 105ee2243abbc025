/**
 * What a signal says to its reader: a short title and a suggested action, in English and Dutch
 * (formal, Flemish-friendly). One function per signal kind, taking the figures the text needs.
 */
import type { BreachDirection } from './breach.ts';
import type { SignalKind } from './signal-model.ts';
import {
  foundationsOf,
  type Dimension,
  type Direction,
  type Foundation,
  type Localized,
  type Phase,
  type Scope,
} from './vocabulary.ts';

export interface SignalText {
  readonly title: Localized;
  readonly action: Localized;
}

const FOUNDATION_WORDS = {
  authenticity: { en: 'authenticity', nl: 'authenticiteit' },
  honesty: { en: 'honesty', nl: 'eerlijkheid' },
  fairness: { en: 'fairness', nl: 'rechtvaardigheid' },
  competence: { en: 'competence', nl: 'competentie' },
  service: { en: 'service', nl: 'dienstbaarheid' },
  learning: { en: 'learning', nl: 'leervermogen' },
  transparency: { en: 'transparency', nl: 'transparantie' },
  result: { en: 'result', nl: 'resultaat' },
  fair_play: { en: 'fair play', nl: 'fair play' },
} as const satisfies Record<Foundation, Localized>;

/** The leg as an adjective: "the intentional leg", "het intentionele been". */
const LEG_WORDS = {
  intentional: { en: 'intentional', nl: 'intentionele' },
  professional: { en: 'professional', nl: 'professionele' },
  contractual: { en: 'contractual', nl: 'contractuele' },
} as const satisfies Record<Dimension, Localized>;

/** What a leg is about, said of the other side: "their intentions", "hun bedoelingen". */
const LEG_SUBJECT = {
  intentional: { en: 'their intentions', nl: 'hun bedoelingen' },
  professional: { en: 'their ability to deliver', nl: 'hun kunnen' },
  contractual: { en: 'how they keep agreements', nl: 'hoe zij afspraken nakomen' },
} as const satisfies Record<Dimension, Localized>;

/** The phase as an adjective: "the calculative phase", "de calculatieve fase". */
const PHASE_WORDS = {
  calculative: { en: 'calculative', nl: 'calculatieve' },
  cognitive: { en: 'cognitive', nl: 'cognitieve' },
  value_based: { en: 'value-based', nl: 'waardevolle' },
} as const satisfies Record<Phase, Localized>;

const SCOPE_WORDS = {
  contract: { en: 'contract', nl: 'contract' },
  need: { en: 'need', nl: 'behoefte' },
  relationship: { en: 'relationship', nl: 'relatie' },
} as const satisfies Record<Scope, Localized>;

/** "their trust in us" / "our trust in them", and the Dutch. */
const WHOSE_TRUST = {
  received: { en: 'their trust in us', nl: 'hun vertrouwen in ons' },
  given: { en: 'our trust in them', nl: 'ons vertrouwen in hen' },
} as const satisfies Record<Direction, Localized>;

function foundationList(dimension: Dimension): Localized {
  const [a, b, c] = foundationsOf(dimension).map((f) => FOUNDATION_WORDS[f]);
  if (a === undefined || b === undefined || c === undefined) throw new Error(`${dimension} has three foundations`);
  return { en: `${a.en}, ${b.en} and ${c.en}`, nl: `${a.nl}, ${b.nl} en ${c.nl}` };
}

/** What to do about a weak leg (DESIGN.md, compensation), per direction. */
const WEAK_LEG_ACTIONS = {
  received: {
    intentional: (name: string): Localized => ({
      en: `${name} doubts our intentions and will likely ask for stricter agreements and more control. Accept that for now and keep agreements explicit, and meanwhile invest in authenticity, honesty and fairness: say what we mean, do what we say, share gains and burdens fairly.`,
      nl: `${name} twijfelt aan onze bedoelingen en zal wellicht strengere afspraken en meer controle vragen. Aanvaard dat voorlopig en houd de afspraken expliciet, en investeer intussen in authenticiteit, eerlijkheid en rechtvaardigheid: zeg wat we menen, doe wat we zeggen, verdeel lasten en baten eerlijk.`,
    }),
    professional: (name: string): Localized => ({
      en: `${name} doubts that we can deliver, so the cooperation now leans on good intentions alone. Commit only to what we can actually deliver, and invest in competence, service and learning.`,
      nl: `${name} twijfelt eraan of wij kunnen waarmaken wat we beloven; de samenwerking steunt nu enkel op goede bedoelingen. Beloof alleen wat we werkelijk kunnen leveren en investeer in competentie, dienstbaarheid en leervermogen.`,
    }),
    contractual: (name: string): Localized => ({
      en: `${name} doubts that we keep our agreements. Avoid open-ended arrangements, align expectations explicitly, deliver what was promised and share information before being asked.`,
      nl: `${name} twijfelt eraan of wij onze afspraken nakomen. Vermijd vrijblijvende regelingen, stem de verwachtingen uitdrukkelijk af, lever wat beloofd is en deel informatie nog voor erom gevraagd wordt.`,
    }),
  },
  given: {
    intentional: (name: string): Localized => ({
      en: `We doubt the intentions of ${name}, so we will lean on contracts and checks. Keep those in proportion, say openly what worries us, and note what they do that shows good faith.`,
      nl: `Wij twijfelen aan de bedoelingen van ${name} en zullen dus steunen op contracten en controles. Houd die in verhouding, zeg openlijk wat ons zorgen baart en noteer wat zij doen dat van goede trouw getuigt.`,
    }),
    professional: (name: string): Localized => ({
      en: `We doubt that ${name} can deliver. Limit what we entrust to them to what they have shown they can do, agree on checkpoints, and help them build the capability where it matters.`,
      nl: `Wij twijfelen eraan of ${name} kan leveren. Beperk wat we hen toevertrouwen tot wat zij al waarmaakten, spreek tussentijdse controlemomenten af en help hen de nodige bekwaamheid op te bouwen waar het ertoe doet.`,
    }),
    contractual: (name: string): Localized => ({
      en: `We doubt that ${name} keeps agreements. Put expectations and deadlines in writing, ask for regular information, and follow up every agreement.`,
      nl: `Wij twijfelen eraan of ${name} afspraken nakomt. Leg verwachtingen en termijnen schriftelijk vast, vraag om regelmatige informatie en volg elke afspraak op.`,
    }),
  },
} as const satisfies Record<Direction, Record<Dimension, (name: string) => Localized>>;

/* The figures each text needs. */
interface AboutAccount {
  readonly name: string;
  readonly direction: Direction;
}
interface AboutLeg extends AboutAccount {
  readonly dimension: Dimension;
}
interface Counted {
  readonly count: number;
  readonly windowDays: number;
}
interface RecurringParams extends AboutAccount, Counted {
  readonly foundation: Foundation;
}
interface CultureParams {
  readonly foundation: Foundation;
  readonly accounts: number;
  readonly windowDays: number;
}
interface FadingParams {
  readonly name: string;
  readonly direction: Direction | null;
  readonly days: number;
  readonly cadenceDays: number;
}
interface ScopeParams {
  readonly name: string;
  readonly recordedScope: Scope;
  readonly phase: Phase;
  readonly carriedScope: Scope;
}

export const SIGNAL_TEXTS = {
  negative_balance: ({ name, direction }: AboutAccount): SignalText => ({
    title: {
      en: `${name}: ${WHOSE_TRUST[direction].en} is in the red`,
      nl: `${name}: ${WHOSE_TRUST[direction].nl} staat in het rood`,
    },
    action:
      direction === 'received'
        ? {
            en: `More harm than good has been booked with ${name}. Go through the withdrawals behind it, acknowledge what went wrong, offer a concrete repair, and follow up with visible deposits before asking anything more of them.`,
            nl: `Bij ${name} weegt de schade zwaarder dan wat we opbouwden. Overloop de afnames die erachter zitten, erken wat misliep, bied een concreet herstel aan en laat zichtbare stortingen volgen voor we hen nog iets vragen.`,
          }
        : {
            en: `What ${name} did has cost more trust than it built. Raise it with them openly rather than letting it linger, agree on what has to change, and keep safeguards in place until new deposits show that it has.`,
            nl: `Wat ${name} deed, kostte meer vertrouwen dan het opbracht. Breng het openlijk ter sprake in plaats van het te laten aanslepen, spreek af wat moet veranderen en houd waarborgen aan tot nieuwe stortingen tonen dat het veranderd is.`,
          },
  }),

  weak_leg: ({ name, direction, dimension }: AboutLeg): SignalText => ({
    title: {
      en: `${name}: the ${LEG_WORDS[dimension].en} leg of ${WHOSE_TRUST[direction].en} is weak`,
      nl: `${name}: het ${LEG_WORDS[dimension].nl} been van ${WHOSE_TRUST[direction].nl} is zwak`,
    },
    action: WEAK_LEG_ACTIONS[direction][dimension](name),
  }),

  unknown_leg: ({ name, direction, dimension }: AboutLeg): SignalText => {
    const foundations = foundationList(dimension);
    return {
      title: {
        en: `${name}: little is known about the ${LEG_WORDS[dimension].en} leg of ${WHOSE_TRUST[direction].en}`,
        nl: `${name}: weinig bekend over het ${LEG_WORDS[dimension].nl} been van ${WHOSE_TRUST[direction].nl}`,
      },
      action:
        direction === 'received'
          ? {
              en: `How ${name} judges us rests on the other two legs; this one they fill in with assumptions. Record what happens on ${foundations.en}, and ask ${name} how they see us on this side — a short trust scan will do.`,
              nl: `Het oordeel van ${name} over ons steunt op de twee andere benen; dit been vullen zij in met veronderstellingen. Boek wat er gebeurt op het vlak van ${foundations.nl} en vraag ${name} hoe zij ons op dit vlak zien — een korte vertrouwensscan volstaat.`,
            }
          : {
              en: `We know too little about ${LEG_SUBJECT[dimension].en} to judge ${name} on it. Before relying on it, gather evidence on ${foundations.en} — references, a trial, a conversation — and record it.`,
              nl: `We weten te weinig over ${LEG_SUBJECT[dimension].nl} om ${name} daarop te beoordelen. Verzamel, voor we erop rekenen, gegevens over ${foundations.nl} — referenties, een proefperiode, een gesprek — en boek ze.`,
            },
    };
  },

  small_incidents: ({ name, direction, count, windowDays }: AboutAccount & Counted): SignalText => ({
    title: {
      en: `${name}: ${count} small incidents in ${windowDays} days`,
      nl: `${name}: ${count} kleine incidenten in ${windowDays} dagen`,
    },
    action:
      direction === 'received'
        ? {
            en: `Small slips add up and stay in memory. Do not sweep them under the carpet: go through them with ${name}, name what they have in common, and fix the cause rather than only the latest slip.`,
            nl: `Kleine missers tellen op en blijven hangen. Veeg ze niet onder de mat: overloop ze met ${name}, benoem wat ze gemeen hebben en pak de oorzaak aan, niet enkel de laatste misser.`,
          }
        : {
            en: `Small things keep going wrong with ${name}. Raise them now, calmly and together, before they grow into a real grievance, and agree on what should change.`,
            nl: `Bij ${name} lopen kleine dingen telkens mis. Breng ze nu rustig en samen ter sprake, voor ze uitgroeien tot een echte grief, en spreek af wat moet veranderen.`,
          },
  }),

  recurring_foundation: ({ name, direction, foundation, count, windowDays }: RecurringParams): SignalText => {
    const f = FOUNDATION_WORDS[foundation];
    return {
      title: {
        en: `${name}: ${count} withdrawals on ${f.en} in ${windowDays} days`,
        nl: `${name}: ${count} afnames op ${f.nl} in ${windowDays} dagen`,
      },
      action:
        direction === 'received'
          ? {
              en: `The same foundation keeps getting hurt, which is no longer a coincidence. Find out what in our way of working causes it, and build ${f.en} deliberately with ${name}: small, visible deposits on exactly this point.`,
              nl: `Telkens raakt hetzelfde fundament beschadigd; dat is geen toeval meer. Zoek uit wat in onze werkwijze dit veroorzaakt en bouw bewust aan ${f.nl} bij ${name}: kleine, zichtbare stortingen op precies dit punt.`,
            }
          : {
              en: `${name} keeps falling short on ${f.en}. Name the pattern with them, agree on a concrete change, and keep a safeguard on exactly this point until it holds.`,
              nl: `${name} schiet telkens tekort op ${f.nl}. Benoem het patroon samen met hen, spreek een concrete verandering af en houd precies op dit punt een waarborg aan tot die verandering standhoudt.`,
            },
    };
  },

  culture_pattern: ({ foundation, accounts, windowDays }: CultureParams): SignalText => {
    const f = FOUNDATION_WORDS[foundation];
    return {
      title: {
        en: `Pattern: withdrawals on ${f.en} across ${accounts} trust accounts in ${windowDays} days`,
        nl: `Patroon: afnames op ${f.nl} bij ${accounts} vertrouwensrekeningen in ${windowDays} dagen`,
      },
      action: {
        en: `When the same thing goes wrong with several stakeholders, it is no longer an incident but a habit: "the way we do it here". Look at it as an organisation rather than case by case: find the shared cause (a procedure, an incentive, the example set at the top), change it, and tell those involved what has changed.`,
        nl: `Wanneer hetzelfde misloopt bij meerdere stakeholders, is het geen incident meer maar een gewoonte: "zo doen we dat hier". Bekijk het als organisatie en niet geval per geval: zoek de gemeenschappelijke oorzaak (een procedure, een prikkel, het voorbeeld aan de top), verander die en laat de betrokkenen weten wat er veranderd is.`,
      },
    };
  },

  perception_gap: ({ name, scan, gap, measuredHigher }: { name: string | null; scan: string; gap: number; measuredHigher: boolean }): SignalText => {
    const who = { en: name ?? 'the group it asked', nl: name ?? 'de bevraagde groep' };
    return {
      title: {
        en: `${name === null ? 'The' : `${name}: the`} scan “${scan}” and the ledger differ by ${Math.round(gap)} points`,
        nl: `${name === null ? 'De' : `${name}: de`} scan “${scan}” en het grootboek verschillen ${Math.round(gap)} punten`,
      },
      action: measuredHigher
        ? {
            en: `The scan shows more trust than the ledger. Perhaps what we do for ${who.en} goes unrecorded, or we weigh our withdrawals heavier than they do: talk with whoever owns the relation, record what was missed, and consider booking the scan.`,
            nl: `De scan toont meer vertrouwen dan het grootboek. Misschien blijft wat wij voor ${who.nl} doen ongeboekt, of wegen wij onze opnames zwaarder dan zij: spreek met wie de relatie beheert, boek wat ontbrak en overweeg de scan te boeken.`,
          }
        : {
            en: `The scan shows less trust than the ledger: the respondents see something we do not record. Ask ${who.en} what — the open answers are a start — and check whether our deposits reach them at all.`,
            nl: `De scan toont minder vertrouwen dan het grootboek: de respondenten zien iets wat wij niet boeken. Vraag ${who.nl} wat — de open antwoorden zijn een begin — en ga na of onze stortingen hen wel bereiken.`,
          },
    };
  },
  reciprocity_gap: ({ name, gap, higher }: { name: string; gap: number; higher: Direction }): SignalText => ({
    title: {
      en: `${name}: trust runs one way (a gap of ${Math.round(gap)} points)`,
      nl: `${name}: vertrouwen in één richting (een verschil van ${Math.round(gap)} punten)`,
    },
    action:
      higher === 'received'
        ? {
            en: `${name} trusts us clearly more than we trust them, and trust that is not returned wears thin. Look for a weighed step in which we can give trust — share information, drop a check that no longer pays for itself — and explain why we keep the others.`,
            nl: `${name} vertrouwt ons duidelijk meer dan wij hen, en vertrouwen dat niet beantwoord wordt, kalft af. Zoek een afgewogen stap waarin we vertrouwen kunnen geven — informatie delen, een controle laten vallen die niets meer opbrengt — en leg uit waarom we de andere behouden.`,
          }
        : {
            en: `We trust ${name} clearly more than they trust us. Check that our trust is weighed rather than blind, and earn theirs: keep promises visibly, be open about what we do, and ask what would let them rely on us more.`,
            nl: `Wij vertrouwen ${name} duidelijk meer dan zij ons. Ga na of ons vertrouwen afgewogen is en niet blind, en verdien het hunne: kom beloften zichtbaar na, wees open over wat we doen en vraag wat hen meer op ons zou laten rekenen.`,
          },
  }),

  /** `direction` null: the relation as a whole, never maintained. */
  fading: ({ name, direction, days, cadenceDays }: FadingParams): SignalText => {
    if (direction === null) {
      return {
        title: {
          en: `${name}: relation not maintained in the ${days} days since it started`,
          nl: `${name}: relatie niet onderhouden in de ${days} dagen sinds de start`,
        },
        action: {
          en: `Nothing has been recorded for this relation since it started. Make a first contact, record what happens in both directions, and check whether a cadence of ${cadenceDays} days is realistic.`,
          nl: `Sinds de start van deze relatie werd niets geboekt. Leg een eerste contact, boek wat er in beide richtingen gebeurt en ga na of een ritme van ${cadenceDays} dagen haalbaar is.`,
        },
      };
    }
    return {
      title: {
        en: `${name}: ${WHOSE_TRUST[direction].en} is fading, nothing recorded for ${days} days`,
        nl: `${name}: ${WHOSE_TRUST[direction].nl} vervaagt, al ${days} dagen niets geboekt`,
      },
      action:
        direction === 'received'
          ? {
              en: `Good will that is not maintained fades. Plan a contact with ${name} — a visit, an update, a small gesture that shows they matter — and record it. The agreed cadence is ${cadenceDays} days.`,
              nl: `Goodwill die niet onderhouden wordt, vervaagt. Plan een contact met ${name} — een bezoek, een stand van zaken, een kleine attentie die toont dat zij ertoe doen — en boek het. Het afgesproken ritme is ${cadenceDays} dagen.`,
            }
          : {
              en: `Our trust in ${name} rests on old evidence. Check in with them: is what we rely on still true? Record what you find. The agreed cadence is ${cadenceDays} days.`,
              nl: `Ons vertrouwen in ${name} steunt op oude gegevens. Neem contact op en ga na of waar we op rekenen nog klopt, en boek wat u vaststelt. Het afgesproken ritme is ${cadenceDays} dagen.`,
            },
    };
  },

  scope_ahead_of_phase: ({ name, recordedScope, phase, carriedScope }: ScopeParams): SignalText => {
    const recorded = SCOPE_WORDS[recordedScope];
    const carried = SCOPE_WORDS[carriedScope];
    return {
      title: {
        en: `${name}: the recorded scope "${recorded.en}" runs ahead of the ${PHASE_WORDS[phase].en} phase`,
        nl: `${name}: de vastgelegde scope "${recorded.nl}" loopt voor op de ${PHASE_WORDS[phase].nl} fase`,
      },
      action: {
        en: `The trust ${name} has in us carries a "${carried.en}" scope, not a "${recorded.en}" one. Either narrow what we ask of this relationship to what it carries, with clear agreements, or build trust step by step until it carries more; then review the recorded scope.`,
        nl: `Het vertrouwen dat ${name} in ons stelt, draagt een scope "${carried.nl}", geen "${recorded.nl}". Beperk wat we van deze relatie vragen tot wat ze draagt, met duidelijke afspraken, of bouw stap voor stap vertrouwen op tot ze meer draagt; herzie daarna de vastgelegde scope.`,
      },
    };
  },

  overdue_repair: ({ name, direction, overdue, days }: { name: string; direction: BreachDirection; overdue: number; days: number }): SignalText => ({
    title: {
      en: `${name}: the repair is overdue (${overdue} ${overdue === 1 ? 'step' : 'steps'}, up to ${days} days late)`,
      nl: `${name}: het herstel loopt achter (${overdue} ${overdue === 1 ? 'stap' : 'stappen'}, tot ${days} dagen te laat)`,
    },
    action:
      direction === 'we_breached'
        ? {
            en: `A repair that was promised and not delivered is a second breach. Do what was planned now, or tell ${name} honestly what is delayed and when it will come; then set a new date.`,
            nl: `Een beloofd herstel dat uitblijft, is een tweede breuk. Doe nu wat gepland was, of zeg ${name} eerlijk wat vertraging heeft en wanneer het komt; zet daarna een nieuwe datum.`,
          }
        : {
            en: `The follow-up of ${name}'s breach has slipped. Check whether what we chose — addressing, accepting, complaining or leaving — is still under way, and settle it or set a new date.`,
            nl: `De opvolging van de breuk door ${name} is blijven liggen. Ga na of wat we kozen — aanpakken, accepteren, klagen of weggaan — nog loopt, en rond het af of zet een nieuwe datum.`,
          },
  }),
} as const satisfies Record<SignalKind, (params: never) => SignalText>;
