/**
 * What the product advises after a breach, in English and Dutch: how to apologise after our own
 * breach, by type, and how to respond to theirs (the names of the apology's elements and of the
 * responses are words of the interface, in the web application's locales) — with what each response does to our own
 * credibility on the three dimensions (essay §8.4: a good response raises our credibility, with
 * others and with ourselves). The rules are few and stated in docs/model.md, "Breach and repair".
 */
import type { BreachIntent, BreachResponse, BreachScale, ViolationType } from './breach.ts';
import { BREACH_RESPONSES } from './breach.ts';
import type { Dimension, Localized } from './vocabulary.ts';

/** How to go about an apology after our own breach, by the type of the breach. */
export const APOLOGY_GUIDANCE: Readonly<Record<ViolationType, Localized>> = {
  competence: {
    en: 'This breach is about ability: something we could not deliver. Here an apology works well — research finds it repairs trust better after a competence failure than a denial does (Kim et al., 2004). Apologise soon, explain what went wrong, and show what you have changed so that it will not happen again.',
    nl: 'Deze breuk gaat over kunnen: iets wat wij niet konden waarmaken. Hier werkt een verontschuldiging goed — onderzoek toont dat ze na een falen in competentie het vertrouwen beter herstelt dan ontkennen (Kim e.a., 2004). Bied snel uw excuses aan, leg uit wat misliep en toon wat u veranderde zodat het niet opnieuw gebeurt.',
  },
  integrity: {
    en: 'This breach is about intentions or agreements: it says something about who we are, not only what we can do. An apology helps less here, because admitting it confirms a flaw of character; yet research also shows that denying what is true backfires badly once the truth comes out (Kim et al., 2004). So honesty matters most: acknowledge what happened, deny nothing that is true, and back your words with deeds — repair, and safeguards that make a repeat impossible. People forgive a mistake more readily than a second deception.',
    nl: 'Deze breuk gaat over bedoelingen of afspraken: ze zegt iets over wie wij zijn, niet alleen over wat wij kunnen. Een verontschuldiging helpt hier minder, omdat toegeven een karakterfout bevestigt; maar onderzoek toont ook dat ontkennen wat waar is zwaar terugslaat zodra de waarheid bovenkomt (Kim e.a., 2004). Eerlijkheid weegt dus het zwaarst: erken wat er gebeurde, ontken niets wat waar is en maak uw woorden waar met daden — herstel, en waarborgen die herhaling onmogelijk maken. Een vergissing wordt eerder vergeven dan een tweede misleiding.',
  },
};

/** What we know of a breach by them when choosing how to respond. */
export interface ResponseSituation {
  readonly intent: BreachIntent;
  readonly scale: BreachScale;
  /** The stakeholder's importance, 1–5: the value of the relationship. */
  readonly importance: number;
  /** Earlier breaches by them on this relation. */
  readonly earlierBreaches: number;
  /** Whether we could turn elsewhere for what the relation gives us; null when not said. */
  readonly alternatives: boolean | null;
}

export type Fit = 'good' | 'possible' | 'poor';

/** +1 the response raises our credibility on a dimension, −1 it lowers it, 0 neither. */
export type CredibilityEffect = -1 | 0 | 1;

export interface ResponseAdvice {
  readonly response: BreachResponse;
  readonly fit: Fit;
  readonly credibility: Readonly<Record<Dimension, CredibilityEffect>>;
  /** Why it fits or not, in this situation. */
  readonly reasons: readonly Localized[];
}

const REASONS = {
  grave: { en: 'The breach was deliberate and plain to see.', nl: 'De breuk was bewust en zichtbaar.' },
  repeated: { en: 'It is not the first time on this relation.', nl: 'Het is niet de eerste keer in deze relatie.' },
  small: { en: 'A small side effect, the first on this relation.', nl: 'Een klein neveneffect, het eerste in deze relatie.' },
  valuable: { en: 'The relation matters much to us.', nl: 'De relatie is voor ons van groot belang.' },
  alternatives: { en: 'We have alternatives.', nl: 'Wij hebben alternatieven.' },
  noAlternatives: { en: 'We have no alternative to turn to.', nl: 'Wij hebben geen alternatief.' },
  direct: {
    en: 'Speaking up honestly and firmly, without a hidden agenda, shows all three sides of our own trustworthiness.',
    nl: 'Eerlijk en kordaat aanspreken, zonder verborgen agenda, toont alle drie de kanten van onze eigen betrouwbaarheid.',
  },
  weak: {
    en: 'Letting a deliberate or repeated breach pass reads as weakness and tells them the rules do not count.',
    nl: 'Een bewuste of herhaalde breuk laten passeren oogt zwak en zegt hen dat de regels niet tellen.',
  },
  generous: { en: 'Letting a small slip go is generous and keeps the relation light.', nl: 'Een kleine misser laten rusten is grootmoedig en houdt de relatie licht.' },
  formal: { en: 'The formal way respects the rules and shows we keep to agreements.', nl: 'De formele weg respecteert de regels en toont dat wij ons aan afspraken houden.' },
  overreaction: { en: 'For a small first slip a formal complaint is out of proportion.', nl: 'Voor een eerste kleine misser is een formele klacht buiten verhouding.' },
  stand: { en: 'Leaving after this shows we stand by our values.', nl: 'Na dit vertrekken toont dat wij voor onze waarden staan.' },
  rash: { en: 'Leaving over this would look rash and costs the relation’s value.', nl: 'Hierom vertrekken zou overhaast lijken en kost de waarde van de relatie.' },
} as const satisfies Record<string, Localized>;

/**
 * The four responses, each with how well it fits the situation and what it does to our own
 * credibility. Addressing a breach is always open to us and almost always fits; accepting fits
 * a small first side effect; complaining fits a grave or repeated breach; leaving fits when
 * the breach is grave or repeated and we can afford to go.
 */
export function adviseResponses(situation: ResponseSituation): ResponseAdvice[] {
  const grave = situation.intent === 'intentional' && situation.scale === 'manifest';
  const repeated = situation.earlierBreaches > 0;
  const often = situation.earlierBreaches > 1;
  const small = situation.intent === 'side_effect' && situation.scale === 'incidental' && !repeated;
  const valuable = situation.importance >= 4;
  const context = [
    ...(grave ? [REASONS.grave] : []),
    ...(repeated ? [REASONS.repeated] : []),
    ...(small ? [REASONS.small] : []),
    ...(valuable ? [REASONS.valuable] : []),
  ];
  const canGo = situation.alternatives === true || situation.importance <= 2;
  const alternatives = situation.alternatives === null ? [] : [situation.alternatives ? REASONS.alternatives : REASONS.noAlternatives];

  const advice: Record<BreachResponse, Omit<ResponseAdvice, 'response'>> = {
    address: {
      fit: grave && repeated ? 'possible' : 'good',
      credibility: { intentional: 1, professional: 1, contractual: 1 },
      reasons: [REASONS.direct],
    },
    accept: {
      fit: small ? 'good' : grave || often ? 'poor' : 'possible',
      credibility: { intentional: small ? 1 : -1, professional: 0, contractual: repeated ? -1 : 0 },
      reasons: small ? [REASONS.small, REASONS.generous] : [...context, REASONS.weak],
    },
    complain: {
      fit: situation.scale === 'manifest' && (grave || repeated) ? 'good' : small ? 'poor' : 'possible',
      credibility: { intentional: 0, professional: 0, contractual: 1 },
      reasons: small ? [REASONS.overreaction] : [...context, REASONS.formal],
    },
    leave: {
      fit: grave || often ? (canGo ? 'good' : 'possible') : 'poor',
      credibility: { intentional: grave || often ? 1 : -1, professional: 0, contractual: 0 },
      reasons: grave || often ? [...context, REASONS.stand, ...alternatives] : [REASONS.rash],
    },
  };
  return BREACH_RESPONSES.map((response) => ({ response, ...advice[response] }));
}
