/**
 * The standard trust-scan instruments (DESIGN.md, "Trust scan"): two statements per foundation,
 * answered on a five-point agreement scale, and one optional open question, in three kinds:
 * - `received`: a stakeholder group about the organisation ("this organisation …");
 * - `given`: our people about a counterpart ("this party …");
 * - `self`: our people about ourselves — self-trust ("we …").
 * Every text is written for this product, in Dutch and English. An organisation may copy an
 * instrument and adapt it; a scan freezes the version it uses (the trust scan use cases).
 */
import type { SurveyStatement } from './survey-scoring.ts';
import { FOUNDATIONS, type Foundation, type Localized } from './vocabulary.ts';

export const SURVEY_KINDS = ['received', 'given', 'self'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export interface InstrumentStatement extends SurveyStatement {
  readonly text: Localized;
}

export interface Instrument {
  readonly kind: SurveyKind;
  readonly statements: readonly InstrumentStatement[];
  /** Asked after the statements; answering it is optional. */
  readonly openQuestion: Localized;
}

type Pair = readonly [Localized, Localized];

const RECEIVED: Record<Foundation, Pair> = {
  authenticity: [
    { en: 'This organisation does what it says it stands for.', nl: 'Deze organisatie doet wat ze zegt te vertegenwoordigen.' },
    { en: 'The people of this organisation are the same in hard times as in good ones.', nl: 'De mensen van deze organisatie zijn in moeilijke tijden dezelfde als in goede.' },
  ],
  honesty: [
    { en: 'This organisation tells me the truth, also when it is unwelcome.', nl: 'Deze organisatie vertelt mij de waarheid, ook als die onwelkom is.' },
    { en: 'When this organisation makes a mistake, it says so itself.', nl: 'Als deze organisatie een fout maakt, zegt ze dat zelf.' },
  ],
  fairness: [
    { en: 'This organisation weighs my interests along with its own.', nl: 'Deze organisatie weegt mijn belangen mee naast de hare.' },
    { en: 'This organisation does not take advantage of those who depend on it.', nl: 'Deze organisatie misbruikt wie van haar afhangt niet.' },
  ],
  competence: [
    { en: 'This organisation knows its trade.', nl: 'Deze organisatie kent haar vak.' },
    { en: 'I can rely on the quality of what this organisation delivers.', nl: 'Ik kan rekenen op de kwaliteit van wat deze organisatie levert.' },
  ],
  service: [
    { en: 'This organisation understands what I need.', nl: 'Deze organisatie begrijpt wat ik nodig heb.' },
    { en: 'This organisation makes an effort for me beyond what it must.', nl: 'Deze organisatie doet voor mij meer moeite dan ze moet.' },
  ],
  learning: [
    { en: 'This organisation learns from its mistakes.', nl: 'Deze organisatie leert uit haar fouten.' },
    { en: 'This organisation does something with my remarks.', nl: 'Deze organisatie doet iets met mijn opmerkingen.' },
  ],
  transparency: [
    { en: 'This organisation tells me in time what concerns me.', nl: 'Deze organisatie laat mij tijdig weten wat mij aanbelangt.' },
    { en: 'It is clear to me how this organisation takes decisions that affect me.', nl: 'Het is mij duidelijk hoe deze organisatie beslissingen neemt die mij raken.' },
  ],
  result: [
    { en: 'This organisation delivers what it promises.', nl: 'Deze organisatie levert wat ze belooft.' },
    { en: 'This organisation keeps to the agreed times.', nl: 'Deze organisatie houdt zich aan de afgesproken termijnen.' },
  ],
  fair_play: [
    { en: 'This organisation keeps to our agreements, also the unwritten ones.', nl: 'Deze organisatie houdt zich aan onze afspraken, ook aan de ongeschreven.' },
    { en: 'This organisation plays by the rules, even when no one is watching.', nl: 'Deze organisatie speelt volgens de regels, ook als niemand kijkt.' },
  ],
};

const GIVEN: Record<Foundation, Pair> = {
  authenticity: [
    { en: 'This party does what it says it stands for.', nl: 'Deze partij doet wat ze zegt te vertegenwoordigen.' },
    { en: 'I know where I stand with this party.', nl: 'Ik weet waar ik aan toe ben met deze partij.' },
  ],
  honesty: [
    { en: 'This party tells us the truth, also when it is unwelcome.', nl: 'Deze partij vertelt ons de waarheid, ook als die onwelkom is.' },
    { en: 'This party admits its mistakes to us.', nl: 'Deze partij geeft haar fouten tegenover ons toe.' },
  ],
  fairness: [
    { en: 'This party weighs our interests along with its own.', nl: 'Deze partij weegt onze belangen mee naast de hare.' },
    { en: 'This party would not take advantage of a weak moment of ours.', nl: 'Deze partij zou geen misbruik maken van een zwak moment van ons.' },
  ],
  competence: [
    { en: 'This party knows its trade.', nl: 'Deze partij kent haar vak.' },
    { en: 'We can rely on the quality of what this party delivers.', nl: 'Wij kunnen rekenen op de kwaliteit van wat deze partij levert.' },
  ],
  service: [
    { en: 'This party understands what we need.', nl: 'Deze partij begrijpt wat wij nodig hebben.' },
    { en: 'This party makes an effort for us beyond what it must.', nl: 'Deze partij doet voor ons meer moeite dan ze moet.' },
  ],
  learning: [
    { en: 'This party learns from its mistakes.', nl: 'Deze partij leert uit haar fouten.' },
    { en: 'This party does something with our remarks.', nl: 'Deze partij doet iets met onze opmerkingen.' },
  ],
  transparency: [
    { en: 'This party tells us in time what concerns us.', nl: 'Deze partij laat ons tijdig weten wat ons aanbelangt.' },
    { en: 'This party shares the information we need without being asked.', nl: 'Deze partij deelt ongevraagd de informatie die wij nodig hebben.' },
  ],
  result: [
    { en: 'This party delivers what it promises.', nl: 'Deze partij levert wat ze belooft.' },
    { en: 'This party keeps to the agreed times.', nl: 'Deze partij houdt zich aan de afgesproken termijnen.' },
  ],
  fair_play: [
    { en: 'This party keeps to our agreements, also the unwritten ones.', nl: 'Deze partij houdt zich aan onze afspraken, ook aan de ongeschreven.' },
    { en: 'We do not need to check everything this party does.', nl: 'Wij hoeven niet alles na te kijken wat deze partij doet.' },
  ],
};

const SELF: Record<Foundation, Pair> = {
  authenticity: [
    { en: 'We do what we say we stand for.', nl: 'Wij doen wat we zeggen te vertegenwoordigen.' },
    { en: 'Our values still hold when they cost us something.', nl: 'Onze waarden houden stand, ook als ze ons iets kosten.' },
  ],
  honesty: [
    { en: 'Among ourselves we say what we think, also when it is unwelcome.', nl: 'Onder elkaar zeggen wij wat we denken, ook als het onwelkom is.' },
    { en: 'We report our own mistakes before others find them.', nl: 'Wij melden onze eigen fouten voor anderen ze vinden.' },
  ],
  fairness: [
    { en: 'We treat the people who depend on us fairly.', nl: 'Wij behandelen wie van ons afhangt rechtvaardig.' },
    { en: 'In our decisions, the most vulnerable weigh the most.', nl: 'Bij onze beslissingen wegen de kwetsbaarsten het zwaarst.' },
  ],
  competence: [
    { en: 'We master what our work asks of us.', nl: 'Wij beheersen wat ons werk van ons vraagt.' },
    { en: 'We dare to say what we cannot do.', nl: 'Wij durven te zeggen wat we niet kunnen.' },
  ],
  service: [
    { en: 'We know what our stakeholders need.', nl: 'Wij weten wat onze stakeholders nodig hebben.' },
    { en: 'We go further for others than we must.', nl: 'Wij gaan voor anderen verder dan we moeten.' },
  ],
  learning: [
    { en: 'We learn from our mistakes instead of hiding them.', nl: 'Wij leren uit onze fouten in plaats van ze te verbergen.' },
    { en: 'Criticism from outside leads to change here.', nl: 'Kritiek van buiten leidt hier tot verandering.' },
  ],
  transparency: [
    { en: 'We share information openly and in time.', nl: 'Wij delen informatie open en tijdig.' },
    { en: 'Everyone here can see how decisions are made.', nl: 'Iedereen hier kan zien hoe beslissingen genomen worden.' },
  ],
  result: [
    { en: 'We deliver what we promise.', nl: 'Wij leveren wat we beloven.' },
    { en: 'We promise only what we can keep.', nl: 'Wij beloven alleen wat we kunnen waarmaken.' },
  ],
  fair_play: [
    { en: 'We keep to our agreements, also the unwritten ones.', nl: 'Wij houden ons aan onze afspraken, ook aan de ongeschreven.' },
    { en: 'We play by the rules, even when breaking them would pay.', nl: 'Wij spelen volgens de regels, ook als ze breken zou lonen.' },
  ],
};

const OPEN_QUESTION: Record<SurveyKind, Localized> = {
  received: {
    en: 'What could this organisation do to earn more of your trust?',
    nl: 'Wat zou deze organisatie kunnen doen om meer van uw vertrouwen te verdienen?',
  },
  given: {
    en: 'What would this party have to do for us to trust it more?',
    nl: 'Wat zou deze partij moeten doen opdat wij haar meer zouden vertrouwen?',
  },
  self: {
    en: 'What holds us back from trusting ourselves and each other more?',
    nl: 'Wat houdt ons tegen om onszelf en elkaar meer te vertrouwen?',
  },
};

const TEXTS: Record<SurveyKind, Record<Foundation, Pair>> = { received: RECEIVED, given: GIVEN, self: SELF };

/**
 * The instrument a scan uses, copied into the scan when it is made so that a later change to the
 * instrument leaves the scan's statements — and so its results — as they were.
 * `instrumentId` and `name` are null for a standard instrument.
 */
export interface FrozenInstrument extends Instrument {
  readonly instrumentId: string | null;
  readonly name: string | null;
  readonly version: number;
}

/** The standard instrument of a kind: statements in the order of the foundations, two each. */
export function standardInstrument(kind: SurveyKind): Instrument {
  return {
    kind,
    statements: FOUNDATIONS.flatMap((foundation) =>
      TEXTS[kind][foundation].map((text, i) => ({ id: `${kind}.${foundation}.${i + 1}`, foundation, text })),
    ),
    openQuestion: OPEN_QUESTION[kind],
  };
}

/**
 * An adapted instrument keeps the standard statements' ids and foundations — two per foundation,
 * so scoring and the comparison with earlier scans stay valid — and changes only their wording.
 * Returns the ids of the statements `texts` lacks or has in excess, empty when it fits.
 */
export function misfitStatements(kind: SurveyKind, ids: readonly string[]): { missing: string[]; unknown: string[] } {
  const expected = standardInstrument(kind).statements.map((s) => s.id);
  return {
    missing: expected.filter((id) => !ids.includes(id)),
    unknown: ids.filter((id) => !expected.includes(id)),
  };
}
