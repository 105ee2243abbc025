import type { Parameters } from './parameters.ts';
import type { Localized } from './vocabulary.ts';

/** What each parameter means and why its default is what it is, for the people who change it. */
export const PARAMETER_EXPLANATIONS = {
  depositHalfLifeDays: {
    en: 'Days after which a deposit counts for half. Trust that is not maintained fades: a good turn not followed up counts for half after a year.',
    nl: 'Aantal dagen waarna een storting nog voor de helft meetelt. Vertrouwen dat niet onderhouden wordt, vervaagt: een goede daad zonder opvolging telt na een jaar nog half.',
  },
  withdrawalHalfLifeDays: {
    en: 'Days after which a withdrawal counts for half. Harm is remembered longer than good; by default twice as long.',
    nl: 'Aantal dagen waarna een afname nog voor de helft meetelt. Schade blijft langer hangen dan goede daden; standaard twee keer zo lang.',
  },
  withdrawalWeight: {
    en: 'How much heavier a withdrawal weighs than a deposit of the same size. People weigh a loss about 2.25 times an equal gain: trust comes on foot and leaves on horseback.',
    nl: 'Hoeveel zwaarder een afname weegt dan een even grote storting. Mensen wegen een verlies ongeveer 2,25 keer zo zwaar als een gelijke winst: vertrouwen komt te voet en gaat te paard.',
  },
  intentionalFactor: {
    en: 'Extra weight of a withdrawal that was meant. With the defaults an intentional breach weighs 4.5 times a deposit, close to the five good moments per bad one that stable relationships show.',
    nl: 'Extra gewicht van een afname die bewust gebeurde. Met de standaardwaarden weegt een bewuste vertrouwensbreuk 4,5 keer een storting, dicht bij de vijf goede momenten per slecht moment van stabiele relaties.',
  },
  priorWeight: {
    en: 'How much evidence it takes before a figure becomes a verdict. With 2, two units of real evidence bring the uncertainty down to one half.',
    nl: 'Hoeveel bewijs er nodig is voor een cijfer een oordeel wordt. Bij 2 brengen twee eenheden echt bewijs de onzekerheid terug tot de helft.',
  },
  baseRate: {
    en: 'The organisation’s readiness to trust: where a new account starts and where an idle one returns to (0.5 is 50 on the trust scale).',
    nl: 'De bereidheid van de organisatie om vertrouwen te geven: waar een nieuwe rekening begint en waar een stilgevallen rekening naar terugkeert (0,5 is 50 op de vertrouwensschaal).',
  },
  baseRateByCategory: {
    en: 'A different readiness to trust for some stakeholder categories, e.g. long-standing suppliers more readily than unknown media.',
    nl: 'Een andere bereidheid tot vertrouwen voor bepaalde categorieën stakeholders, bv. vaste leveranciers eerder dan onbekende media.',
  },
} as const satisfies Record<keyof Parameters, Localized>;
