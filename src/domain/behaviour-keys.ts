import type { Foundation, Localized } from './vocabulary.ts';

/**
 * Behaviour keys (essay §6.1): for each foundation, concrete deposits — things a person or an
 * organisation can do that build trust on that foundation. They are short imperative phrases,
 * offered as suggestions wherever a leg or a foundation reads low. Three per foundation, in the
 * foundations' canonical order; the Dutch addresses the reader formally.
 */
export const BEHAVIOUR_KEYS: Record<Foundation, readonly Localized[]> = {
  authenticity: [
    {
      en: 'Act on the values you state, also when it costs you something',
      nl: 'Handel naar de waarden die u uitdraagt, ook als het u iets kost',
    },
    {
      en: 'Make clear where you stand, and why, before the decision is taken',
      nl: 'Maak duidelijk waar u staat, en waarom, nog voor de beslissing valt',
    },
    {
      en: 'Show the same face in the boardroom and on the shop floor',
      nl: 'Toon hetzelfde gezicht in de directiekamer en op de werkvloer',
    },
  ],
  honesty: [
    {
      en: 'Raise a problem early and directly with the person it concerns',
      nl: 'Kaart een probleem vroeg en rechtstreeks aan bij wie het aangaat',
    },
    {
      en: 'Bring bad news yourself, before someone else does',
      nl: 'Breng slecht nieuws zelf, voor iemand anders het doet',
    },
    {
      en: 'Admit a mistake openly and say what you will do about it',
      nl: 'Geef een fout ruiterlijk toe en zeg wat u eraan zult doen',
    },
  ],
  fairness: [
    {
      en: 'Weigh the interests of everyone affected before you decide',
      nl: 'Weeg de belangen van alle betrokkenen af voor u beslist',
    },
    {
      en: 'Ask first who is the most vulnerable in this decision',
      nl: 'Vraag eerst wie in deze beslissing het kwetsbaarst is',
    },
    {
      en: 'Share gains and burdens in proportion to what each side brings',
      nl: 'Verdeel lusten en lasten naar wat elke partij inbrengt',
    },
  ],
  competence: [
    {
      en: 'Put your best expertise on the hardest part of the job',
      nl: 'Zet uw beste vakkennis in op het moeilijkste deel van de opdracht',
    },
    {
      en: 'Say plainly what you can and cannot do',
      nl: 'Zeg duidelijk wat u wel en niet kunt',
    },
    {
      en: 'Back your advice with facts and experience',
      nl: 'Onderbouw uw advies met feiten en ervaring',
    },
  ],
  service: [
    {
      en: 'Listen until you understand the need behind the question',
      nl: 'Luister tot u de nood achter de vraag begrijpt',
    },
    {
      en: 'Check after delivery whether the problem is really solved',
      nl: 'Controleer na de levering of het probleem echt opgelost is',
    },
    {
      en: 'Make time for the other side’s request, even when it is inconvenient',
      nl: 'Maak tijd voor de vraag van de ander, ook als het slecht uitkomt',
    },
  ],
  learning: [
    {
      en: 'Ask for feedback and show what you changed because of it',
      nl: 'Vraag om feedback en toon wat u daardoor veranderd hebt',
    },
    {
      en: 'Share what you learned from a mistake',
      nl: 'Deel wat u uit een fout geleerd hebt',
    },
    {
      en: 'Give your people room and time to develop',
      nl: 'Geef uw mensen ruimte en tijd om zich te ontwikkelen',
    },
  ],
  transparency: [
    {
      en: 'Share the planning before you are asked for it',
      nl: 'Deel de planning nog voor men erom vraagt',
    },
    {
      en: 'Put your agenda and your interests on the table',
      nl: 'Leg uw agenda en uw belangen open op tafel',
    },
    {
      en: 'Pass on news that affects the other side without delay',
      nl: 'Geef nieuws dat de andere partij raakt meteen door',
    },
  ],
  result: [
    {
      en: 'Agree together on what will be delivered, and by when',
      nl: 'Spreek samen af wat er geleverd wordt, en tegen wanneer',
    },
    {
      en: 'Deliver what you promised, on time',
      nl: 'Lever wat u beloofd hebt, op tijd',
    },
    {
      en: 'Warn early when a commitment is at risk, and propose a new one',
      nl: 'Verwittig tijdig als een toezegging in gevaar komt, en stel een nieuwe voor',
    },
  ],
  fair_play: [
    {
      en: 'Keep to the rules, also when no one is watching',
      nl: 'Houd u aan de regels, ook als niemand kijkt',
    },
    {
      en: 'Do not change the terms halfway through',
      nl: 'Verander de spelregels niet halverwege',
    },
    {
      en: 'Settle disagreements through the channels you agreed on',
      nl: 'Los meningsverschillen op langs de weg die u samen hebt afgesproken',
    },
  ],
};
