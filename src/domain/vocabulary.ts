/**
 * The words of the trust model (DESIGN.md, glossary). Every layer — store, API, CLI, web — uses
 * these same identifiers, so that a term means one thing everywhere.
 */

/** The three legs of the tripod. */
export const DIMENSIONS = ['intentional', 'professional', 'contractual'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The nine foundations, three per dimension; an entry touches exactly one. */
export const FOUNDATION_DIMENSION = {
  authenticity: 'intentional',
  honesty: 'intentional',
  fairness: 'intentional',
  competence: 'professional',
  service: 'professional',
  learning: 'professional',
  transparency: 'contractual',
  result: 'contractual',
  fair_play: 'contractual',
} as const satisfies Record<string, Dimension>;
export type Foundation = keyof typeof FOUNDATION_DIMENSION;
export const FOUNDATIONS = Object.keys(FOUNDATION_DIMENSION) as Foundation[];

export function dimensionOf(foundation: Foundation): Dimension {
  return FOUNDATION_DIMENSION[foundation];
}

export function foundationsOf(dimension: Dimension): Foundation[] {
  return FOUNDATIONS.filter((f) => FOUNDATION_DIMENSION[f] === dimension);
}

/** Where the trust lives: between people, in the organisation, in a market, in society. */
export const LEVELS = ['relational', 'organisational', 'market', 'societal'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * The stakeholder categories of the essay's figure 1. Organisations may add their own category
 * keys; these are the ones the product knows by name and translates.
 */
export const STAKEHOLDER_CATEGORIES = [
  'board',
  'ceo',
  'executive_committee',
  'shareholders',
  'financial_institutions',
  'customers',
  'product_brand',
  'suppliers',
  'advisors',
  'competitors',
  'environment',
  'society',
  'government',
  'justice',
  'media',
  'education',
  'business_partners',
  'employees',
  'social_partners',
] as const;
export type KnownCategory = (typeof STAKEHOLDER_CATEGORIES)[number];
/** A category key: one of figure 1, or an organisation's own (lower-case words joined by `_`). */
export const CATEGORY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** Trust we receive (their trust in us) and trust we give (our trust in them). */
export const DIRECTIONS = ['received', 'given'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Whether a withdrawal was meant; intentional ones weigh more (parameter K). */
export const INTENTS = ['intentional', 'unintentional', 'unknown'] as const;
export type Intent = (typeof INTENTS)[number];

/** Where an entry came from. */
export const SOURCES = ['manual', 'survey', 'dilemma', 'repair', 'import'] as const;
export type Source = (typeof SOURCES)[number];

/** The business scope a relationship carries (essay figure 4). */
export const SCOPES = ['contract', 'need', 'relationship'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * An entry's amount: 1 a gesture or small incident, 2 notable, 3 significant, 4 major,
 * 5 a defining moment; positive for a deposit, negative for a withdrawal, never 0.
 */
export const MAX_AMOUNT = 5;
export const AMOUNT_WORDS = ['gesture', 'notable', 'significant', 'major', 'defining'] as const;
export type AmountWord = (typeof AMOUNT_WORDS)[number];

export function isValidAmount(amount: number): boolean {
  return Number.isInteger(amount) && amount !== 0 && Math.abs(amount) <= MAX_AMOUNT;
}

export function amountWord(amount: number): AmountWord {
  const word = AMOUNT_WORDS[Math.abs(amount) - 1];
  if (word === undefined) throw new RangeError(`amount ${amount} is outside −5…−1, 1…5`);
  return word;
}

/** Importance, influence, interest and vulnerability are all rated 1–5. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/**
 * The phases a relationship grows through (essay figure 4; Lewicki & Bunker): each carries a
 * business scope, from a bare contract to a relationship that rests on shared values.
 */
export const PHASES = ['calculative', 'cognitive', 'value_based'] as const;
export type Phase = (typeof PHASES)[number];

export const SCOPE_OF_PHASE = {
  calculative: 'contract',
  cognitive: 'need',
  value_based: 'relationship',
} as const satisfies Record<Phase, Scope>;

/** A text the product shows, in both of its languages. */
export interface Localized {
  readonly en: string;
  readonly nl: string;
}
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
