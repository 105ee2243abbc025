import { legState, readingOf, type AccountReading, type LegState } from './account-reading.ts';
import { BEHAVIOUR_KEYS } from './behaviour-keys.ts';
import type { FoundationEvidence } from './evidence.ts';
import type { Parameters } from './parameters.ts';
import {
  DIMENSIONS,
  foundationsOf,
  type Dimension,
  type Direction,
  type Foundation,
  type Localized,
} from './vocabulary.ts';

/**
 * The tripod (essay §5): the three legs of an account, and what a weak or unknown leg means for
 * the relationship. A stool stands on three legs; when one is short, the weight moves to the
 * other two — and the other side starts to lean on them. The advice here says so in plain words,
 * with what to do and which behaviours rebuild the leg.
 *
 * The texts come in two sets, one per direction; in both "you" is the organisation and "the other
 * side" the stakeholder.
 * - `received` (the stakeholder's trust in us): a weak or unknown leg is the other side's doubt
 *   about us; it leans on our other legs and asks for what covers it.
 * - `given` (our trust in them): a weak or unknown leg is our own doubt about them; we shift the
 *   weight to their other legs ourselves, and the advice says how to do that with measure.
 * The behaviour keys are the organisation's own deposits in both directions: in `given` they are
 * what we do to set the example and invite the same from the other side.
 */

export interface LegInsight {
  dimension: Dimension;
  state: LegState;
  trustLevel: number;
  uncertainty: number;
}

export interface CompensationAdvice {
  dimension: Dimension;
  state: 'weak' | 'unknown';
  /**
   * What will now be leaned on or asked for: by the other side (`received`), or by us (`given`).
   */
  expectation: Localized;
  /** What the organisation can do about it, in plain words. */
  action: Localized;
  /** The dimension's three foundations, most needed first (see `helpfulFoundations`). */
  helpfulFoundations: Foundation[];
  /** The behaviour keys of the helpful foundations, in the same order. */
  behaviourKeys: { foundation: Foundation; keys: readonly Localized[] }[];
}

export interface TripodInsight {
  legs: Record<Dimension, LegInsight>;
  /** The leg that needs attention first: the dimension of the first advice, or null when none. */
  weakest: Dimension | null;
  /** One piece of advice per weak or unknown leg: weak before unknown, then lowest T first. */
  advice: CompensationAdvice[];
}

type Advised = CompensationAdvice['state'];

type Texts = Record<Dimension, Record<Advised, { expectation: Localized; action: Localized }>>;

/** `received`: expectation and action per dimension and per state of its leg. */
const RECEIVED: Texts = {
  intentional: {
    weak: {
      expectation: {
        en: 'The other side doubts your intentions and will try to cover itself: expect requests for stricter agreements, more checks and more control.',
        nl: 'De andere partij twijfelt aan uw bedoelingen en zal zich proberen in te dekken: verwacht vragen naar strengere afspraken, meer controles en meer toezicht.',
      },
      action: {
        en: 'Accept explicit agreements for now and keep every one of them. Meanwhile invest in authenticity, honesty and fairness, so that the need for control can shrink again.',
        nl: 'Aanvaard voorlopig duidelijke afspraken en kom ze stuk voor stuk na. Investeer intussen in authenticiteit, eerlijkheid en rechtvaardigheid, zodat de nood aan controle weer kan afnemen.',
      },
    },
    unknown: {
      expectation: {
        en: 'Too little is known about your intentions to judge them. For now the other side relies on what you can do and on the agreements you keep, and it will tend to want things in writing.',
        nl: 'Er is te weinig bekend over uw bedoelingen om erover te oordelen. Voorlopig steunt de andere partij op wat u kunt en op de afspraken die u nakomt, en ze zal dingen eerder op papier willen.',
      },
      action: {
        en: 'Build evidence deliberately: show what you stand for, talk openly and take the other side’s interests into account — and record what happens.',
        nl: 'Bouw bewust aan bewijs: toon waar u voor staat, ga open in gesprek en houd rekening met de belangen van de andere partij — en registreer wat er gebeurt.',
      },
    },
  },
  professional: {
    weak: {
      expectation: {
        en: 'The other side doubts what you can deliver. The cooperation now leans on shared intentions; where those are thin, it will hesitate to go further.',
        nl: 'De andere partij twijfelt aan wat u kunt waarmaken. De samenwerking steunt nu op gedeelde bedoelingen; waar die mager zijn, zal ze aarzelen om verder te gaan.',
      },
      action: {
        en: 'Limit your commitments to what you can certainly deliver and say openly where your limits lie. Invest in competence, service and learning.',
        nl: 'Beperk uw toezeggingen tot wat u zeker kunt leveren en zeg openlijk waar uw grenzen liggen. Investeer in competentie, dienstbaarheid en leervermogen.',
      },
    },
    unknown: {
      expectation: {
        en: 'Little is known yet about what you can deliver. The relationship rests on intentions and agreements, and the other side may test you on small, well-defined tasks first.',
        nl: 'Er is nog weinig bekend over wat u kunt waarmaken. De relatie steunt op bedoelingen en afspraken, en de andere partij zal u wellicht eerst op kleine, afgebakende opdrachten toetsen.',
      },
      action: {
        en: 'Build evidence deliberately: show your ability on a clearly defined piece of work, listen to the real need, and record the results.',
        nl: 'Bouw bewust aan bewijs: toon uw kunnen op een duidelijk afgebakende opdracht, luister naar de echte nood en registreer de resultaten.',
      },
    },
  },
  contractual: {
    weak: {
      expectation: {
        en: 'The other side does not count on agreements being kept. An open-ended arrangement has no chance now: expect it to want every expectation pinned down, and to rely on your intentions and ability only while those stay strong.',
        nl: 'De andere partij rekent er niet op dat afspraken worden nagekomen. Een open samenwerking maakt nu geen kans: verwacht dat ze elke verwachting wil vastleggen, en enkel op uw bedoelingen en kunde steunt zolang die sterk blijven.',
      },
      action: {
        en: 'Avoid open-ended arrangements for now. Align expectations explicitly, deliver what was promised and share information freely, so that your word counts again.',
        nl: 'Vermijd voorlopig open afspraken. Stem de verwachtingen uitdrukkelijk af, lever wat beloofd is en deel informatie vrij, zodat uw woord opnieuw telt.',
      },
    },
    unknown: {
      expectation: {
        en: 'It is not yet clear whether agreements with you hold. The relationship rests on intentions and ability, and the other side may hold back from commitments it cannot check.',
        nl: 'Het is nog niet duidelijk of afspraken met u standhouden. De relatie steunt op bedoelingen en kunde, en de andere partij zal wellicht terughoudend zijn met toezeggingen die ze niet kan nagaan.',
      },
      action: {
        en: 'Build evidence deliberately: make a few clear, checkable agreements, keep them, and share information as you go, so that a track record forms.',
        nl: 'Bouw bewust aan bewijs: maak enkele duidelijke, toetsbare afspraken, kom ze na en deel gaandeweg informatie, zodat er een staat van dienst ontstaat.',
      },
    },
  },
};

/**
 * `given`: the same, for our trust in them. The doubt is ours; the advice keeps our compensation in
 * proportion and says what we do ourselves.
 */
const GIVEN: Texts = {
  intentional: {
    weak: {
      expectation: {
        en: 'You doubt the other side’s intentions and will want to cover yourself: stricter agreements, more checks and more control. That is understandable, but control that goes too far costs time and money and tells the other side you expect the worst.',
        nl: 'U twijfelt aan de bedoelingen van de andere partij en wilt zich indekken: strengere afspraken, meer controles en meer toezicht. Dat is begrijpelijk, maar controle die te ver gaat kost tijd en geld en laat de andere partij voelen dat u het ergste verwacht.',
      },
      action: {
        en: 'Keep agreements and checks in proportion to what is at stake, and say openly what worries you. Show the honesty and fairness you hope for yourself, invite the other side to show its good faith, and look for signs of it, so that control can be eased when they come.',
        nl: 'Houd afspraken en controles in verhouding tot wat op het spel staat, en zeg openlijk wat u zorgen baart. Toon zelf de eerlijkheid en rechtvaardigheid die u verwacht, nodig de andere partij uit om haar goede trouw te tonen en let op tekenen daarvan, zodat de controle kan afnemen wanneer die er komen.',
      },
    },
    unknown: {
      expectation: {
        en: 'You know too little about the other side’s intentions to judge them. For now you rely on what it can do and on the agreements it keeps, and you will tend to want things in writing.',
        nl: 'U weet te weinig over de bedoelingen van de andere partij om erover te oordelen. Voorlopig steunt u op wat ze kan en op de afspraken die ze nakomt, en u zult dingen eerder op papier willen.',
      },
      action: {
        en: 'Gather evidence before you rely on its intentions: be open about your own first, talk about what each side wants from the cooperation, notice how it treats your interests when it matters, and record what happens.',
        nl: 'Verzamel eerst bewijs voordat u op haar bedoelingen steunt: wees zelf eerst open over de uwe, bespreek wat elke partij van de samenwerking verwacht, let erop hoe ze met uw belangen omgaat wanneer het erop aankomt, en registreer wat er gebeurt.',
      },
    },
  },
  professional: {
    weak: {
      expectation: {
        en: 'You doubt what the other side can deliver. You will lean on its intentions and on your agreements, and be tempted to check its work closely or to keep important tasks to yourself.',
        nl: 'U twijfelt aan wat de andere partij kan waarmaken. U zult steunen op haar bedoelingen en op de afspraken, en in de verleiding komen om haar werk van dichtbij te controleren of belangrijke taken zelf te houden.',
      },
      action: {
        en: 'Scope what you entrust to what the other side has shown it can deliver, and widen it step by step. Ask for references or start with a trial, say clearly what you need, and give it room to prove itself — and record the results.',
        nl: 'Stem wat u toevertrouwt af op wat de andere partij al heeft laten zien, en breid het stap voor stap uit. Vraag naar referenties of begin met een proefopdracht, zeg duidelijk wat u nodig hebt en geef haar de ruimte om zich te bewijzen — en registreer de resultaten.',
      },
    },
    unknown: {
      expectation: {
        en: 'Little is known yet about what the other side can deliver. The relationship rests on its intentions and your agreements, and you will want to try it out on small, well-defined tasks first.',
        nl: 'Er is nog weinig bekend over wat de andere partij kan waarmaken. De relatie steunt op haar bedoelingen en uw afspraken, en u zult haar wellicht eerst op kleine, afgebakende opdrachten willen uittesten.',
      },
      action: {
        en: 'Gather evidence before you rely on its ability: give it a clearly defined piece of work, ask for references, say exactly what you need, and record the results.',
        nl: 'Verzamel eerst bewijs voordat u op haar kunde steunt: geef haar een duidelijk afgebakende opdracht, vraag naar referenties, zeg precies wat u nodig hebt en registreer de resultaten.',
      },
    },
  },
  contractual: {
    weak: {
      expectation: {
        en: 'You do not count on the other side keeping its agreements. An open-ended arrangement is a risk now: you will want every expectation pinned down, and rely on its intentions and ability only while those stay strong.',
        nl: 'U rekent er niet op dat de andere partij haar afspraken nakomt. Een open samenwerking is nu een risico: u zult elke verwachting willen vastleggen, en enkel op haar bedoelingen en kunde steunen zolang die sterk blijven.',
      },
      action: {
        en: 'Avoid open-ended arrangements with the other side for now. Put expectations in writing, ask for regular information on progress, and keep your own agreements to the letter, so that you can fairly ask the same.',
        nl: 'Vermijd voorlopig open afspraken met de andere partij. Leg de verwachtingen schriftelijk vast, vraag geregeld informatie over de voortgang en kom uw eigen afspraken nauwgezet na, zodat u terecht hetzelfde kunt vragen.',
      },
    },
    unknown: {
      expectation: {
        en: 'It is not yet clear whether agreements with the other side hold. The relationship rests on its intentions and ability, and you may hold back from commitments you cannot check.',
        nl: 'Het is nog niet duidelijk of afspraken met de andere partij standhouden. De relatie steunt op haar bedoelingen en kunde, en u zult wellicht terughoudend zijn met toezeggingen die u niet kunt nagaan.',
      },
      action: {
        en: 'Gather evidence before you rely on its word: make a few clear, checkable agreements, keep your own side of them, ask to be kept informed, and record whether they are kept.',
        nl: 'Verzamel eerst bewijs voordat u op haar woord steunt: maak enkele duidelijke, toetsbare afspraken, kom uw eigen kant ervan na, vraag om op de hoogte te worden gehouden en registreer of ze worden nagekomen.',
      },
    },
  },
};

const COMPENSATION: Record<Direction, Texts> = { received: RECEIVED, given: GIVEN };

const STATE_ORDER = { weak: 0, unknown: 1, known: 2 } as const satisfies Record<LegState, number>;

interface Ranked {
  readonly state: LegState;
  readonly trustLevel: number;
  readonly uncertainty: number;
  readonly index: number;
}

/**
 * Most in need first: weak before unknown before known, then lowest T, then the most uncertain,
 * then canonical order.
 */
function byNeed(a: Ranked, b: Ranked): number {
  return (
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    a.trustLevel - b.trustLevel ||
    b.uncertainty - a.uncertainty ||
    a.index - b.index
  );
}

/**
 * A dimension's foundations, most needed first: weak foundations (known, T < 50) by lowest T, then
 * unknown ones (u > 0.5) by lowest T, then known ones by lowest T; among equal T the more
 * uncertain first, then canonical order. So a foundation nobody has evidence about comes before
 * one that is known to be fine.
 */
export function helpfulFoundations(
  dimension: Dimension,
  byFoundation: FoundationEvidence,
  parameters: Parameters,
  baseRate: number,
): Foundation[] {
  return foundationsOf(dimension)
    .map((foundation, index) => {
      const reading = readingOf(byFoundation[foundation], parameters, baseRate);
      return { foundation, index, state: legState(reading), ...reading };
    })
    .sort(byNeed)
    .map((f) => f.foundation);
}

/**
 * Reads the tripod of an account: each leg's state, and compensation advice for every weak or
 * unknown leg. `reading` gives the legs; `byFoundation` (the same account's evidence, as of the
 * same date) gives the foundation-level trust that orders the helpful foundations.
 *
 * Ordering: advice comes weak legs first, then unknown ones; within each, lowest T first, then
 * highest uncertainty, then canonical dimension order. `weakest` is the first advised leg — the
 * weak leg with the lowest T, or when no leg is weak the unknown leg with the lowest T (the most
 * uncertain one among equals) — and null when every leg is known and none is weak.
 *
 * `direction` chooses the texts only (see the top of this file); legs, order and foundations do not
 * depend on it.
 */
export function readTripod(
  reading: AccountReading,
  byFoundation: FoundationEvidence,
  parameters: Parameters,
  baseRate: number,
  direction: Direction,
): TripodInsight {
  const leg = (dimension: Dimension): LegInsight => {
    const { trustLevel, uncertainty } = reading.legs[dimension];
    return { dimension, state: legState(reading.legs[dimension]), trustLevel, uncertainty };
  };
  const legs = {
    intentional: leg('intentional'),
    professional: leg('professional'),
    contractual: leg('contractual'),
  } satisfies Record<Dimension, LegInsight>;

  const advised = DIMENSIONS.map((dimension, index) => ({ ...legs[dimension], index }))
    .filter((l): l is typeof l & { state: Advised } => l.state !== 'known')
    .sort(byNeed);

  const advice = advised.map(({ dimension, state }): CompensationAdvice => {
    const foundations = helpfulFoundations(dimension, byFoundation, parameters, baseRate);
    return {
      dimension,
      state,
      ...COMPENSATION[direction][dimension][state],
      helpfulFoundations: foundations,
      behaviourKeys: foundations.map((foundation) => ({ foundation, keys: BEHAVIOUR_KEYS[foundation] })),
    };
  });

  return { legs, weakest: advice[0]?.dimension ?? null, advice };
}
