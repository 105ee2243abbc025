import type { BreachDirection, BreachStatus } from '../domain/breach.ts';
import type { ControlVerdict } from '../domain/statement-control.ts';
import type { DividendItem, InterestItem } from '../domain/statement-returns.ts';
import type { Severity } from '../domain/signal-model.ts';
import type { Dimension, Direction, Language, Phase } from '../domain/vocabulary.ts';

/** The statement's words in each language, written for a reader on paper rather than on screen. */
export interface StatementTexts {
  readonly title: string;
  readonly asOf: (asOf: string, compareWith: string) => string;
  readonly parameters: (version: number) => string;
  readonly relations: string;
  readonly now: string;
  readonly then: string;
  readonly change: string;
  readonly trustLevel: string;
  /** The trust level in a table's narrow column. */
  readonly trust: string;
  readonly uncertainty: string;
  readonly balance: string;
  readonly importance: string;
  readonly summary: string;
  readonly summaryText: (received: string, given: string) => string;
  readonly byLevel: string;
  readonly byCategory: string;
  readonly group: string;
  readonly tripod: string;
  readonly tripodText: string;
  readonly phases: string;
  readonly phasesText: string;
  readonly strongest: string;
  readonly weakest: string;
  readonly rankingText: string;
  readonly stakeholder: string;
  readonly dividend: string;
  readonly dividendText: string;
  readonly interest: string;
  readonly interestText: string;
  readonly item: string;
  readonly causes: string;
  readonly weight: string;
  readonly noDividend: string;
  readonly noInterest: string;
  readonly control: string;
  readonly controlText: string;
  readonly controlRule: string;
  readonly controlTotals: (euros: string, hours: string, easableEuros: string, easableHours: string) => string;
  readonly noControl: string;
  readonly ourTrust: string;
  readonly euros: string;
  readonly hours: string;
  readonly measures: string;
  readonly verdict: string;
  readonly signals: string;
  readonly signalsText: (total: number, high: number, medium: number, low: number) => string;
  readonly noSignals: string;
  readonly breaches: string;
  readonly noBreaches: string;
  readonly occurredOn: string;
  readonly status: string;
  readonly recovery: string;
  readonly recoveredIn: (days: number) => string;
  readonly notRecovered: (lowest: string, now: string, before: string) => string;
  readonly scans: string;
  readonly noScans: string;
  readonly scanTitle: string;
  readonly closedOn: string;
  readonly responses: string;
  readonly measured: string;
  readonly perceptionGap: string;
  readonly tooFew: (minimum: number) => string;
  readonly decisions: string;
  readonly noDecisions: string;
  readonly decision: string;
  readonly chosen: string;
  readonly decidedOn: string;
  readonly reasons: string;
  readonly footer: string;
  readonly severityLabel: string;
  readonly severity: Record<Severity, string>;
  readonly direction: Record<Direction, string>;
  readonly dimension: Record<Dimension, string>;
  readonly phase: Record<Phase, string>;
  readonly level: Record<string, string>;
  /** The known categories; an organisation's own category is shown by its key. */
  readonly category: Record<string, string>;
  readonly breachDirection: Record<BreachDirection, string>;
  readonly breachStatus: Record<BreachStatus, string>;
  readonly verdicts: Record<ControlVerdict, string>;
  readonly dividendItems: Record<DividendItem, { readonly name: string; readonly meaning: string }>;
  readonly interestItems: Record<InterestItem, { readonly name: string; readonly meaning: string }>;
}

const EN: StatementTexts = {
  title: 'Social-capital statement',
  asOf: (asOf, compareWith) => `As of ${asOf}, compared with ${compareWith}`,
  parameters: (version) => `Read with parameter version ${version}`,
  relations: 'Relations',
  now: 'Now',
  then: 'Then',
  change: 'Change',
  trustLevel: 'Trust level',
  trust: 'Trust',
  uncertainty: 'Uncertainty',
  balance: 'Balance',
  importance: 'Importance',
  summary: 'Summary',
  summaryText: (received, given) =>
    `Trust we receive stands at ${received}; trust we give at ${given}. The trust level (0-100) says how far the evidence leans towards trust; the balance is the social capital itself: deposits minus withdrawals, older ones weighing less.`,
  byLevel: 'Per level',
  byCategory: 'Per category of stakeholder',
  group: 'Group',
  tripod: 'The tripod',
  tripodText: 'Trust rests on three legs: good intentions, ability, and keeping agreements. A weak leg is carried by the other two for a while, never for good.',
  phases: 'Phases',
  phasesText: 'How many relations are in each phase: calculative (trust on contract and control), cognitive (trust on knowing each other), value-based (trust on shared values).',
  strongest: 'Strongest relations',
  weakest: 'Weakest relations',
  rankingText: 'Ranked by the trust the other side places in us.',
  stakeholder: 'Stakeholder',
  dividend: 'The dividend of trust',
  dividendText: 'Where a balance is in credit it pays out in behaviour. Each item names the relations that yield it; the weight (importance times the leg balance) only orders the items and is no amount of money.',
  interest: 'The interest of distrust',
  interestText: 'Where a balance is in debit it costs interest, paid in time, friction and control. Each item names the relations that cause it.',
  item: 'Item',
  causes: 'Caused by',
  weight: 'Weight',
  noDividend: 'No balance is in credit yet: there is no dividend to report.',
  noInterest: 'No balance is in debit: there is no interest to pay.',
  control: 'Control spending against trust',
  controlText: 'Control prevents loss but creates no value. Per relation, the yearly cost of the control measures in force beside the trust we place in the other side.',
  controlRule: 'Rule: control could be eased where our trust is at least 70 with an uncertainty of at most 0.3 while control still costs money or hours; below 50 control is justified.',
  controlTotals: (euros, hours, easableEuros, easableHours) =>
    `Control costs ${euros} and ${hours} a year in all; ${easableEuros} and ${easableHours} of it goes to relations where trust would allow easing it.`,
  noControl: 'No control measures are registered.',
  ourTrust: 'Our trust',
  euros: 'Euros a year',
  hours: 'Hours a year',
  measures: 'Measures',
  verdict: 'Assessment',
  signals: 'Open signals',
  signalsText: (total, high, medium, low) => `${total} signals need attention: ${high} high, ${medium} medium, ${low} low.`,
  noSignals: 'No signal needs attention.',
  breaches: 'Breaches and their recovery',
  noBreaches: 'No breach of trust has been recorded.',
  occurredOn: 'Date',
  status: 'Status',
  recovery: 'Recovery',
  recoveredIn: (days) => (days === 0 ? 'trust never fell' : `recovered in ${days} days`),
  notRecovered: (lowest, now, before) => `not yet: from ${before} down to ${lowest}, now ${now}`,
  scans: 'Trust scans',
  noScans: 'No trust scan closed in this period.',
  scanTitle: 'Scan',
  closedOn: 'Closed',
  responses: 'Responses',
  measured: 'Measured trust',
  perceptionGap: 'Gap with the ledger',
  tooFew: (minimum) => `fewer than ${minimum} responses: no figures, to protect who answered`,
  decisions: 'Decisions taken',
  noDecisions: 'No dilemma was decided in this period.',
  decision: 'Dilemma',
  chosen: 'Chosen',
  decidedOn: 'Decided',
  reasons: 'Justification',
  footer: 'Trust Ledger - the figures follow from the ledger of deposits and withdrawals and the parameters named above.',
  severityLabel: 'Severity',
  severity: { high: 'high', medium: 'medium', low: 'low' },
  direction: { received: 'Trust we receive', given: 'Trust we give' },
  dimension: { intentional: 'Intentional', professional: 'Professional', contractual: 'Contractual' },
  phase: { calculative: 'Calculative', cognitive: 'Cognitive', value_based: 'Value-based' },
  category: { board: 'Board', ceo: 'CEO', executive_committee: 'Executive committee', shareholders: 'Shareholders', financial_institutions: 'Financial institutions', customers: 'Customers', product_brand: 'Product and brand', suppliers: 'Suppliers', advisors: 'Advisors', competitors: 'Competitors', environment: 'Surroundings', society: 'Society', government: 'Government', justice: 'Justice', media: 'Media', education: 'Education', business_partners: 'Business partners', employees: 'Employees', social_partners: 'Social partners' },
  level: { relational: 'Relational', organisational: 'Organisational', market: 'Market', societal: 'Societal' },
  breachDirection: { we_breached: 'we broke their trust', they_breached: 'they broke ours' },
  breachStatus: { open: 'open', in_repair: 'in repair', restored: 'restored', relation_ended: 'relation ended' },
  verdicts: { could_ease: 'could be eased', justified: 'justified', proportionate: 'in proportion', none: 'none' },
  dividendItems: {
    engagement: { name: 'Engagement', meaning: 'people commit themselves beyond what is asked' },
    initiative: { name: 'Initiative', meaning: 'people act without waiting to be told' },
    broader_cooperation: { name: 'Broader cooperation', meaning: 'the other side is willing to do more with us' },
    resilience: { name: 'Resilience', meaning: 'a setback is absorbed rather than escalated' },
    productivity: { name: 'Productivity', meaning: 'work flows without double checks' },
    efficiency: { name: 'Efficiency', meaning: 'less is spent on guarding against each other' },
    lower_transaction_cost: { name: 'Lower transaction cost', meaning: 'agreements are made quickly and kept without enforcement' },
  },
  interestItems: {
    disengagement: { name: 'Disengagement', meaning: 'people do what is required and no more' },
    demotivation: { name: 'Demotivation', meaning: 'energy goes out of the work' },
    disinformation: { name: 'Disinformation', meaning: 'information is withheld or coloured' },
    factions: { name: 'Factions', meaning: 'camps form and guard their own interests' },
    slower_decisions: { name: 'Slower decisions', meaning: 'everything is checked again before anyone acts' },
    inefficiency: { name: 'Inefficiency', meaning: 'work is done twice to be safe' },
    micromanagement: { name: 'Micromanagement', meaning: 'every step is watched' },
    higher_transaction_costs: { name: 'Higher transaction costs', meaning: 'agreements need lawyers, guarantees and penalties' },
    compulsive_control: { name: 'Compulsive control', meaning: 'checks multiply beyond what the risk requires' },
  },
};

const NL: StatementTexts = {
  title: 'Staat van het sociaal kapitaal',
  asOf: (asOf, compareWith) => `Per ${asOf}, vergeleken met ${compareWith}`,
  parameters: (version) => `Berekend met parameterversie ${version}`,
  relations: 'Relaties',
  now: 'Nu',
  then: 'Toen',
  change: 'Verschil',
  trustLevel: 'Vertrouwensniveau',
  trust: 'Vertrouwen',
  uncertainty: 'Onzekerheid',
  balance: 'Saldo',
  importance: 'Belang',
  summary: 'Samenvatting',
  summaryText: (received, given) =>
    `Het vertrouwen dat we ontvangen staat op ${received}, het vertrouwen dat we geven op ${given}. Het vertrouwensniveau (0-100) zegt hoe ver de gegevens naar vertrouwen overhellen; het saldo is het sociaal kapitaal zelf: stortingen min afnames, waarbij oudere minder wegen.`,
  byLevel: 'Per niveau',
  byCategory: 'Per categorie belanghebbenden',
  group: 'Groep',
  tripod: 'De driepikkel',
  tripodText: 'Vertrouwen rust op drie poten: goede bedoelingen, bekwaamheid en het nakomen van afspraken. Een zwakke poot wordt een tijd door de andere twee gedragen, nooit voorgoed.',
  phases: 'Fasen',
  phasesText: 'Hoeveel relaties in elke fase zitten: calculatief (vertrouwen op contract en controle), cognitief (vertrouwen doordat men elkaar kent), waardegedreven (vertrouwen op gedeelde waarden).',
  strongest: 'Sterkste relaties',
  weakest: 'Zwakste relaties',
  rankingText: 'Gerangschikt naar het vertrouwen dat de andere partij in ons stelt.',
  stakeholder: 'Belanghebbende',
  dividend: 'Het dividend van vertrouwen',
  dividendText: 'Waar een saldo positief is, keert het uit in gedrag. Elk punt noemt de relaties die het opleveren; het gewicht (belang maal het saldo van de poot) bepaalt alleen de volgorde en is geen geldbedrag.',
  interest: 'De interest van wantrouwen',
  interestText: 'Waar een saldo negatief is, kost het interest, betaald in tijd, wrijving en controle. Elk punt noemt de relaties die het veroorzaken.',
  item: 'Punt',
  causes: 'Veroorzaakt door',
  weight: 'Gewicht',
  noDividend: 'Nog geen enkel saldo is positief: er is geen dividend te melden.',
  noInterest: 'Geen enkel saldo is negatief: er is geen interest te betalen.',
  control: 'Controlekosten tegenover vertrouwen',
  controlText: 'Controle voorkomt verlies maar schept geen waarde. Per relatie de jaarlijkse kosten van de lopende controlemaatregelen naast het vertrouwen dat wij in de andere partij stellen.',
  controlRule: 'Regel: controle kan afgebouwd worden waar ons vertrouwen minstens 70 is bij een onzekerheid van hoogstens 0,3 terwijl controle nog geld of uren kost; onder 50 is controle gerechtvaardigd.',
  controlTotals: (euros, hours, easableEuros, easableHours) =>
    `Controle kost in totaal ${euros} en ${hours} per jaar; daarvan gaat ${easableEuros} en ${easableHours} naar relaties waar het vertrouwen afbouw toelaat.`,
  noControl: 'Er zijn geen controlemaatregelen geregistreerd.',
  ourTrust: 'Ons vertrouwen',
  euros: 'Euro per jaar',
  hours: 'Uren per jaar',
  measures: 'Maatregelen',
  verdict: 'Beoordeling',
  signals: 'Openstaande signalen',
  signalsText: (total, high, medium, low) => `${total} signalen vragen aandacht: ${high} hoog, ${medium} middel, ${low} laag.`,
  noSignals: 'Geen enkel signaal vraagt aandacht.',
  breaches: 'Vertrouwensbreuken en hun herstel',
  noBreaches: 'Er is geen vertrouwensbreuk geregistreerd.',
  occurredOn: 'Datum',
  status: 'Status',
  recovery: 'Herstel',
  recoveredIn: (days) => (days === 0 ? 'vertrouwen is nooit gedaald' : `hersteld in ${days} dagen`),
  notRecovered: (lowest, now, before) => `nog niet: van ${before} gedaald tot ${lowest}, nu ${now}`,
  scans: 'Vertrouwensscans',
  noScans: 'In deze periode is geen vertrouwensscan afgesloten.',
  scanTitle: 'Scan',
  closedOn: 'Afgesloten',
  responses: 'Antwoorden',
  measured: 'Gemeten vertrouwen',
  perceptionGap: 'Verschil met het grootboek',
  tooFew: (minimum) => `minder dan ${minimum} antwoorden: geen cijfers, ter bescherming van wie antwoordde`,
  decisions: 'Genomen beslissingen',
  noDecisions: 'In deze periode is geen dilemma beslist.',
  decision: 'Dilemma',
  chosen: 'Gekozen',
  decidedOn: 'Beslist',
  reasons: 'Verantwoording',
  footer: 'Trust Ledger - de cijfers volgen uit het grootboek van stortingen en afnames en de hierboven genoemde parameters.',
  severityLabel: 'Ernst',
  severity: { high: 'hoog', medium: 'middel', low: 'laag' },
  direction: { received: 'Ontvangen vertrouwen', given: 'Gegeven vertrouwen' },
  dimension: { intentional: 'Intentioneel', professional: 'Professioneel', contractual: 'Contractueel' },
  phase: { calculative: 'Calculatief', cognitive: 'Cognitief', value_based: 'Waardegedreven' },
  category: { board: 'Raad van bestuur', ceo: 'CEO', executive_committee: 'Directiecomité', shareholders: 'Aandeelhouders', financial_institutions: 'Financiële instellingen', customers: 'Klanten', product_brand: 'Product en merk', suppliers: 'Leveranciers', advisors: 'Adviseurs', competitors: 'Concurrenten', environment: 'Omgeving', society: 'Maatschappij', government: 'Overheid', justice: 'Justitie', media: 'Media', education: 'Onderwijs', business_partners: 'Businesspartners', employees: 'Medewerkers', social_partners: 'Sociale partners' },
  level: { relational: 'Relationeel', organisational: 'Organisatie', market: 'Markt', societal: 'Maatschappelijk' },
  breachDirection: { we_breached: 'wij schonden hun vertrouwen', they_breached: 'zij schonden het onze' },
  breachStatus: { open: 'open', in_repair: 'in herstel', restored: 'hersteld', relation_ended: 'relatie beëindigd' },
  verdicts: { could_ease: 'kan afgebouwd', justified: 'gerechtvaardigd', proportionate: 'in verhouding', none: 'geen' },
  dividendItems: {
    engagement: { name: 'Betrokkenheid', meaning: 'mensen zetten zich in voorbij wat gevraagd wordt' },
    initiative: { name: 'Initiatief', meaning: 'mensen handelen zonder te wachten op een opdracht' },
    broader_cooperation: { name: 'Bredere samenwerking', meaning: 'de andere partij wil meer met ons ondernemen' },
    resilience: { name: 'Veerkracht', meaning: 'een tegenslag wordt opgevangen in plaats van opgeblazen' },
    productivity: { name: 'Productiviteit', meaning: 'het werk loopt zonder dubbele controles' },
    efficiency: { name: 'Efficiëntie', meaning: 'er gaat minder naar het zich indekken tegen elkaar' },
    lower_transaction_cost: { name: 'Lagere transactiekosten', meaning: 'afspraken zijn snel gemaakt en worden nagekomen zonder afdwingen' },
  },
  interestItems: {
    disengagement: { name: 'Onthechting', meaning: 'mensen doen wat moet en niets meer' },
    demotivation: { name: 'Demotivatie', meaning: 'de energie verdwijnt uit het werk' },
    disinformation: { name: 'Desinformatie', meaning: 'informatie wordt achtergehouden of gekleurd' },
    factions: { name: 'Kampvorming', meaning: 'er ontstaan kampen die hun eigen belang bewaken' },
    slower_decisions: { name: 'Tragere beslissingen', meaning: 'alles wordt opnieuw nagekeken voor iemand handelt' },
    inefficiency: { name: 'Inefficiëntie', meaning: 'werk wordt voor de zekerheid dubbel gedaan' },
    micromanagement: { name: 'Micromanagement', meaning: 'elke stap wordt gevolgd' },
    higher_transaction_costs: { name: 'Hogere transactiekosten', meaning: 'afspraken vragen juristen, waarborgen en boeteclausules' },
    compulsive_control: { name: 'Dwangmatige controle', meaning: 'controles stapelen zich op voorbij wat het risico vraagt' },
  },
};

export const STATEMENT_TEXTS = { en: EN, nl: NL } as const satisfies Record<Language, StatementTexts>;

/** Numbers as the reader's language writes them. */
export function formatNumber(value: number, language: Language, digits = 1): string {
  // A plain hyphen for the minus sign: the PDF's built-in font has no U+2212.
  return new Intl.NumberFormat(language === 'nl' ? 'nl-BE' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(value)
    .replace('\u2212', '-');
}

export function formatEuros(value: number, language: Language): string {
  return `€ ${formatNumber(value, language, 0)}`;
}

export function formatHours(value: number, language: Language): string {
  return `${formatNumber(value, language, 0)} ${language === 'nl' ? 'uur' : 'h'}`;
}
