import type { AppContext } from '../context.ts';
import { createDilemma, setInfluenceNetwork, type DilemmaInput } from '../dilemmas.ts';

/**
 * The essay's three dilemmas (§3 and §6.2), told as Lindenhof's own: the captain who throws
 * cargo overboard to save lives and must account to its owner; a restructuring that serves the
 * shareholders' return and costs the employees' job security; and refusing an unfair practice at
 * the cost of market share. Undecided, so the demo shows their trade-offs; with a small influence
 * network so that second-order effects can be shown.
 */

type Key = string;
type Effect = DilemmaInput['options'][number]['effects'][number];

const deposit = (stakeholderId: Key, foundation: Effect['foundation'], amount: number, note: string, direction: Effect['direction'] = 'received'): Effect => ({
  stakeholderId, direction, foundation, amount, intent: null, note,
});
const withdrawal = (stakeholderId: Key, foundation: Effect['foundation'], amount: number, intent: NonNullable<Effect['intent']>, note: string): Effect => ({
  stakeholderId, direction: 'received', foundation, amount, intent, note,
});

function dilemmas(id: (key: string) => string): DilemmaInput[] {
  const shareholders = id('familiale-aandeelhouders');
  const workshop = id('productieteam');
  const sales = id('verkoop-en-projectteam');
  const union = id('vakbond');
  const bank = id('spaarbank-ijzervallei');
  const hotel = id('hotelgroep-strandhaver');
  const inspection = id('milieu-en-arbeidsinspectie');
  const press = id('regionale-krant-de-kustbode');
  const retail = id('woonketen-nestel');
  const village = id('dorpsgemeenschap');
  return [
    {
      title: 'De lading overboord: een partij lak die de werkplaats ziek maakt',
      context:
        'Midden in de spoedorder voor Hotelgroep Strandhaver blijkt een partij lak dampen af te geven waar de schrijnwerkers hoofdpijn van krijgen. Doorwerken haalt de deadline; stoppen kost de hele partij en twee weken vertraging — geld dat de familiale aandeelhouders ons hebben toevertrouwd.',
      valueConflict: 'De gezondheid van de mensen aan boord tegenover de lading die de eigenaar ons toevertrouwde',
      impact: 4,
      options: [
        {
          title: 'Stoppen en de partij vernietigen, en het de aandeelhouders uitleggen',
          description: 'Zoals de kapitein die de lading overboord gooit: niemand twijfelt aan het besluit, maar hij moet het de eigenaar verantwoorden.',
          effects: [
            deposit(workshop, 'fairness', 3, 'Hun gezondheid gaat voor de deadline'),
            deposit(workshop, 'authenticity', 2, 'We doen wat we zeggen over veiligheid'),
            withdrawal(shareholders, 'result', -3, 'unintentional', 'Verlies van de partij en de marge'),
            deposit(shareholders, 'honesty', 2, 'Meteen en volledig verantwoord'),
            withdrawal(hotel, 'result', -2, 'unintentional', 'Twee weken later geleverd'),
            deposit(hotel, 'transparency', 1, 'Tijdig verwittigd met de reden'),
          ],
        },
        {
          title: 'Doorwerken met extra ventilatie tot de order klaar is',
          effects: [
            withdrawal(workshop, 'fairness', -4, 'intentional', 'De deadline ging voor hun gezondheid'),
            withdrawal(union, 'fair_play', -3, 'intentional', 'Welzijnsregels opgerekt'),
            withdrawal(inspection, 'fair_play', -2, 'intentional', 'Risico bewust genomen'),
            deposit(hotel, 'result', 2, 'Op tijd geleverd'),
            deposit(shareholders, 'result', 1, 'Marge behouden'),
          ],
        },
      ],
    },
    {
      title: 'Herstructurering van het verkoop- en projectteam',
      context:
        'De familieholding vraagt een hoger rendement. Het verkoopteam inkrimpen en de projecten uitbesteden levert dat op; het kost zes mensen hun baan en de rest hun werkzekerheid.',
      valueConflict: 'Het rendement van de aandeelhouders tegenover de werkzekerheid en loyauteit van de medewerkers',
      impact: 3,
      options: [
        {
          title: 'Herstructureren: zes functies schrappen, projecten uitbesteden',
          effects: [
            deposit(shareholders, 'result', 3, 'Hoger rendement'),
            deposit(bank, 'competence', 1, 'Sterkere cijfers'),
            withdrawal(sales, 'fairness', -3, 'unintentional', 'Banen geschrapt'),
            withdrawal(workshop, 'fairness', -2, 'unintentional', 'Wie is de volgende?'),
            withdrawal(union, 'fair_play', -2, 'unknown', 'Overleg onder druk'),
            withdrawal(press, 'authenticity', -1, 'unknown', 'Een familiebedrijf dat ontslaat'),
          ],
        },
        {
          title: 'Niemand ontslaan: omscholen naar projectbegeleiding, rendement later',
          effects: [
            deposit(sales, 'fairness', 2, 'Werkzekerheid behouden'),
            deposit(sales, 'learning', 2, 'Omscholing'),
            deposit(union, 'fair_play', 1, 'Afspraken nagekomen'),
            withdrawal(shareholders, 'result', -2, 'unintentional', 'Rendement pas over twee jaar'),
          ],
        },
      ],
    },
    {
      title: 'Een buitenlandse order tegen een “commissie”',
      context:
        'Een inkoper van een hotelketen in het buitenland wil een grote order plaatsen als er een persoonlijke commissie tegenover staat. Weigeren kost het marktaandeel dat we daar wilden winnen.',
      valueConflict: 'Marktaandeel winnen tegenover niet meedoen aan oneerlijke handelspraktijken',
      impact: 5,
      options: [
        {
          title: 'Weigeren en uitleggen waarom',
          effects: [
            deposit(workshop, 'authenticity', 2, 'We doen wat we zeggen'),
            deposit(press, 'honesty', 1, 'Een verhaal over integriteit'),
            deposit(village, 'authenticity', 1, 'Een bedrijf om trots op te zijn'),
            withdrawal(shareholders, 'result', -2, 'unintentional', 'Groei in het buitenland gemist'),
            withdrawal(retail, 'result', -1, 'unintentional', 'Minder volume, minder korting'),
          ],
        },
        {
          title: 'De commissie betalen en de order nemen',
          effects: [
            deposit(shareholders, 'result', 3, 'Grote order'),
            withdrawal(inspection, 'fair_play', -4, 'intentional', 'Omkoping'),
            withdrawal(workshop, 'honesty', -2, 'intentional', 'Zwijgen over hoe de order binnenkwam'),
            withdrawal(press, 'honesty', -3, 'intentional', 'Als het uitkomt'),
          ],
        },
      ],
    },
  ];
}

export async function loadDemoDilemmas(ctx: AppContext, organisationId: string, stakeholderIds: ReadonlyMap<string, string>): Promise<void> {
  const id = (key: string) => {
    const found = stakeholderIds.get(key);
    if (!found) throw new Error(`demo dilemma names unknown stakeholder ${key}`);
    return found;
  };
  for (const dilemma of dilemmas(id)) await createDilemma(ctx, organisationId, dilemma);
  await setInfluenceNetwork(ctx, organisationId, [
    { from: id('regionale-krant-de-kustbode'), to: id('particuliere-klanten'), weight: 0.3 },
    { from: id('regionale-krant-de-kustbode'), to: id('dorpsgemeenschap'), weight: 0.4 },
    { from: id('productieteam'), to: id('verkoop-en-projectteam'), weight: 0.5 },
    { from: id('verkoop-en-projectteam'), to: id('hotelgroep-strandhaver'), weight: 0.2 },
    { from: id('vakbond'), to: id('productieteam'), weight: 0.3 },
  ]);
}
