/**
 * A demo organisation as pure data: a fictional third-generation furniture maker in West Flanders,
 * its stakeholders (essay figure 1) and about two years of ledger entries in both directions.
 *
 * Everything is computed from a fixed seed and from day offsets relative to `today`, so the same
 * `today` always gives the same data, and every figure as of `today` (which depends only on the
 * ages of the entries) is the same whatever the date. The ledger is written in Dutch, as the
 * company would write it. All names are invented.
 *
 * Scripted storylines, on top of seeded background entries:
 *  1. distrust — the union's trust in us after a broken promise on wages (`vakbond`, received);
 *  2. breach and repair — a hotel group after a botched delivery, recovered by sustained repair
 *     (`hotelgroep-strandhaver`, received);
 *  3. small incidents accumulating — the production team in the last 90 days (`productieteam`,
 *     received);
 *  4. corrections — entries booked by mistake and reversed;
 *  5. new relations with little evidence (`lakfabriek-groenglans`, `atelier-dwarsligger`).
 */
import { addDays, type IsoDate } from '../../domain/calendar.ts';
import type { Direction, Foundation, Intent, KnownCategory, Level, Scope } from '../../domain/vocabulary.ts';
import { SeededRandom } from './seeded-random.ts';

export interface DemoStakeholder {
  /** Stable slug. */
  key: string;
  /** Display name. */
  name: string;
  category: KnownCategory;
  level: Level;
  /** Each an integer 1–5. */
  importance: number;
  influence: number;
  interest: number;
  vulnerability: number;
  tags: string[];
  relation: { startedOn: IsoDate; scope: Scope; cadenceDays: number };
}

export interface DemoEntry {
  stakeholderKey: string;
  direction: Direction;
  occurredOn: IsoDate;
  foundation: Foundation;
  /** Integer −5…−1 or 1…5. */
  amount: number;
  /** `null` for deposits, set for withdrawals. */
  intent: Intent | null;
  note: string;
  /**
   * When set, this entry reverses the entry at that index of `entries` (a correction of a
   * mistake): same account, amount, foundation, date and intent; its note says why.
   */
  reversesIndex?: number;
}

export interface DemoOrganisation {
  name: string;
  description: string;
  stakeholders: DemoStakeholder[];
  /** Sorted by `occurredOn` ascending; a reversal comes after the entry it reverses. */
  entries: DemoEntry[];
}

/** The seed of every random stream in the demo. */
const SEED = 0x7e11_2026;
/** How far back the ledger goes, in days before `today`. */
const HORIZON_DAYS = 730;

// ---------------------------------------------------------------------------------------------
// Notes, per kind of stakeholder, direction and sign. `received` notes describe what we did
// (their trust in us); `given` notes describe what they did (our trust in them).
// ---------------------------------------------------------------------------------------------

type Group =
  | 'bestuur'
  | 'bank'
  | 'adviseur'
  | 'klant'
  | 'leverancier'
  | 'productie'
  | 'verkoop'
  | 'sociaal'
  | 'buurt'
  | 'overheid'
  | 'pers'
  | 'school'
  | 'ontwerp'
  | 'sector';
/** A deposit note: the foundation it touches and what happened. */
type Note = readonly [Foundation, string];
/** A withdrawal note also says whether the act was meant. */
type WithdrawalNote = readonly [Foundation, string, Intent];
interface NotePools {
  readonly deposit: readonly Note[];
  readonly withdrawal: readonly WithdrawalNote[];
}

const NOTES: Record<Group, Record<Direction, NotePools>> = {
  bestuur: {
    received: {
      deposit: [
        ['transparency', 'Kwartaalcijfers tijdig en volledig bezorgd'],
        ['result', 'Budget van het kwartaal gehaald'],
        ['honesty', 'Tegenvaller in de marges meteen gemeld'],
        ['competence', 'Investeringsdossier grondig voorbereid'],
        ['fair_play', 'Afspraken uit het familiecharter nageleefd'],
        ['learning', 'Aanbevelingen uit de audit uitgevoerd'],
        ['authenticity', 'Strategie in eigen woorden toegelicht'],
        ['fairness', 'Dividendbeleid helder uitgelegd aan alle familietakken'],
      ],
      withdrawal: [
        ['transparency', 'Rapportering een maand te laat bezorgd', 'unintentional'],
        ['result', 'Investering in de lakstraat boven budget', 'unintentional'],
        ['honesty', 'Risico van een grote order te rooskleurig voorgesteld', 'unknown'],
        ['fair_play', 'Beslissing genomen buiten het afgesproken mandaat', 'intentional'],
        ['competence', 'Cijfers met rekenfouten voorgelegd', 'unintentional'],
      ],
    },
    given: {
      deposit: [
        ['authenticity', 'Steun uitgesproken voor de keuzes van de directie'],
        ['transparency', 'Standpunt open en tijdig gedeeld'],
        ['competence', 'Scherpe en nuttige vragen bij het investeringsplan'],
        ['result', 'Beslissing genomen binnen de afgesproken termijn'],
        ['fairness', 'Ruimte gelaten om zelf een oplossing uit te werken'],
        ['service', 'Netwerk ingezet om een nieuwe klant te introduceren'],
      ],
      withdrawal: [
        ['transparency', 'Agenda pas de avond voor de vergadering bezorgd', 'unintentional'],
        ['fair_play', 'Rechtstreeks ingegrepen in de operationele planning', 'intentional'],
        ['honesty', 'Vertrouwelijke informatie buiten de vergadering besproken', 'unknown'],
        ['result', 'Beslissing over de investering opnieuw uitgesteld', 'unknown'],
      ],
    },
  },
  bank: {
    received: {
      deposit: [
        ['transparency', 'Kwartaalcijfers tijdig aan de bank bezorgd'],
        ['result', 'Aflossingen stipt betaald'],
        ['honesty', 'Tegenvaller in het orderboek meteen gemeld'],
        ['competence', 'Financieringsdossier grondig voorbereid'],
        ['fair_play', 'Convenanten ruim nageleefd'],
        ['authenticity', 'Bankier rondgeleid in de vernieuwde werkplaats'],
      ],
      withdrawal: [
        ['transparency', 'Jaarrekening later bezorgd dan afgesproken', 'unintentional'],
        ['result', 'Kredietlijn tijdelijk overschreden', 'unintentional'],
        ['honesty', 'Vertraging van een grote betaling niet gemeld', 'unknown'],
      ],
    },
    given: {
      deposit: [
        ['service', 'Kredietaanvraag binnen de week beantwoord'],
        ['fairness', 'Kredietlijn verlengd zonder extra waarborgen'],
        ['transparency', 'Nieuwe tarieven vooraf toegelicht'],
        ['competence', 'Nuttig advies over het afdekken van het renterisico'],
        ['result', 'Leasing van de CNC-machine vlot afgehandeld'],
      ],
      withdrawal: [
        ['transparency', 'Dossierkosten aangerekend zonder aankondiging', 'unknown'],
        ['service', 'Vaste contactpersoon vervangen zonder overdracht', 'unintentional'],
        ['fairness', 'Extra waarborg gevraagd na één zwak kwartaal', 'intentional'],
      ],
    },
  },
  adviseur: {
    received: {
      deposit: [
        ['result', 'Boekhoudstukken op tijd aangeleverd'],
        ['transparency', 'Volledige inzage gegeven voor de jaarafsluiting'],
        ['fairness', 'Erelonen zonder discussie betaald'],
        ['learning', 'Advies over de voorraadwaardering opgevolgd'],
      ],
      withdrawal: [
        ['result', 'Stukken voor de btw-aangifte te laat bezorgd', 'unintentional'],
        ['transparency', 'Belangrijke contractwijziging niet doorgegeven', 'unknown'],
      ],
    },
    given: {
      deposit: [
        ['competence', 'Heldere analyse van de kostprijs per product'],
        ['service', 'Dringende vraag over de overdracht dezelfde dag beantwoord'],
        ['honesty', 'Eerlijk gewezen op een risico in de fiscale planning'],
        ['result', 'Jaarrekening tijdig neergelegd'],
        ['authenticity', 'Als vertrouwenspersoon meegedacht over de opvolging'],
      ],
      withdrawal: [
        ['service', 'Vraag over de loonkost bleef twee weken liggen', 'unintentional'],
        ['transparency', 'Ereloon hoger dan de raming, zonder uitleg', 'unknown'],
      ],
    },
  },
  klant: {
    received: {
      deposit: [
        ['result', 'Levering volledig en op de afgesproken dag'],
        ['transparency', 'Leveringsplanning vooraf gedeeld met klant'],
        ['service', 'Defecte stoel binnen twee dagen kosteloos vervangen'],
        ['competence', 'Maatwerkvoorstel technisch goed onderbouwd'],
        ['honesty', 'Eerlijk gemeld dat de gevraagde houtsoort niet haalbaar was'],
        ['fairness', 'Prijsstijging van het hout niet volledig doorgerekend'],
        ['learning', 'Klachten geanalyseerd en verpakking aangepast'],
        ['authenticity', 'Zaakvoerder kwam zelf de nieuwe collectie toelichten'],
        ['fair_play', 'Afgesproken prijs gehandhaafd ondanks duurder hout'],
      ],
      withdrawal: [
        ['result', 'Levering een week te laat zonder verwittiging', 'unintentional'],
        ['competence', 'Kleurverschil in het lakwerk tussen twee series', 'unintentional'],
        ['service', 'Vraag over onderhoud bleef tien dagen onbeantwoord', 'unintentional'],
        ['transparency', 'Vertraging pas op de leverdag gemeld', 'unknown'],
        ['result', 'Bestelling onvolledig geleverd', 'unintentional'],
        ['honesty', 'Levertermijn te optimistisch ingeschat in de offerte', 'unknown'],
        ['fair_play', 'Toeslag op de factuur die niet in de offerte stond', 'intentional'],
      ],
    },
    given: {
      deposit: [
        ['result', 'Factuur stipt op tijd betaald'],
        ['fair_play', 'Bestelling ruim op voorhand bevestigd'],
        ['honesty', 'Klant meldde zelf een factuurfout in ons voordeel'],
        ['authenticity', 'Open feedback gegeven over de collectie'],
        ['fairness', 'Meerkost na ontwerpwijziging zonder discussie aanvaard'],
        ['transparency', 'Verwachtingen voor het volgende seizoen gedeeld'],
        ['service', 'Ons doorverwezen naar een nieuwe klant'],
      ],
      withdrawal: [
        ['result', 'Factuur twee maanden te laat betaald', 'unknown'],
        ['fair_play', 'Bestelling last minute geannuleerd', 'unknown'],
        ['honesty', 'Klacht overdreven om korting te bedingen', 'intentional'],
        ['transparency', 'Wijzigingen in het ontwerp niet doorgegeven', 'unintentional'],
        ['fairness', 'Eenzijdig een langere betalingstermijn opgelegd', 'intentional'],
      ],
    },
  },
  leverancier: {
    received: {
      deposit: [
        ['result', 'Facturen binnen de termijn betaald'],
        ['transparency', 'Jaarplanning van de afname gedeeld'],
        ['fairness', 'Prijsherziening na stijging van de energiekosten aanvaard'],
        ['fair_play', 'Hun offerte niet doorgespeeld aan een concurrent'],
        ['authenticity', 'Persoonlijk bedankt voor de extra inzet bij de spoedorder'],
        ['learning', 'Samen de verpakking herbekeken om afval te beperken'],
      ],
      withdrawal: [
        ['result', 'Afnamevolume lager dan toegezegd', 'unknown'],
        ['fair_play', 'Spoedbestelling geplaatst zonder de afgesproken termijn', 'unintentional'],
        ['result', 'Betaling drie weken te laat', 'unintentional'],
        ['transparency', 'Wijziging in de specificaties laat doorgegeven', 'unintentional'],
        ['fairness', 'Korting geëist na levering', 'intentional'],
      ],
    },
    given: {
      deposit: [
        ['result', 'Levering op tijd en volgens specificatie'],
        ['service', 'Spoedlevering op zaterdag geregeld'],
        ['honesty', 'Zelf gemeld dat een partij niet aan de specificatie voldeed'],
        ['transparency', 'Certificaten en productfiches zonder vragen bezorgd'],
        ['competence', 'Technisch advies gegeven bij een nieuwe toepassing'],
        ['fairness', 'Prijs vastgehouden ondanks stijgende grondstofprijzen'],
        ['learning', 'Reclamatie ernstig genomen en controle aangepast'],
      ],
      withdrawal: [
        ['result', 'Levering vier dagen te laat', 'unintentional'],
        ['competence', 'Partij met kwaliteitsproblemen geleverd', 'unintentional'],
        ['transparency', 'Prijsverhoging pas op de factuur vermeld', 'intentional'],
        ['honesty', 'Vertraging verzwegen tot de leverdag', 'unknown'],
        ['result', 'Verkeerde afmetingen geleverd', 'unintentional'],
      ],
    },
  },
  productie: {
    received: {
      deposit: [
        ['transparency', 'Orderboek toegelicht op de personeelsvergadering'],
        ['fairness', 'Eindejaarspremie voor iedereen gelijk verhoogd'],
        ['learning', 'Opleiding CNC-programmatie aangeboden'],
        ['authenticity', 'Zaakvoerder dankte de ploeg persoonlijk na de beurs'],
        ['service', 'Nieuwe afzuiging geplaatst op vraag van de ploeg'],
        ['result', 'Beloofde werkbanken op tijd geïnstalleerd'],
        ['honesty', 'Eerlijk gecommuniceerd over de tragere orderinstroom'],
        ['fair_play', 'Overuren correct en tijdig uitbetaald'],
        ['competence', 'Planning realistisch opgemaakt met de ploegbazen'],
      ],
      withdrawal: [
        ['transparency', 'Overuren pas de dag zelf aangekondigd', 'unintentional'],
        ['result', 'Beloofde werkkledij een maand te laat', 'unintentional'],
        ['fair_play', 'Planning gewijzigd zonder overleg met de ploegbaas', 'unknown'],
        ['fairness', 'Verlofaanvraag geweigerd zonder uitleg', 'unknown'],
        ['service', 'Defecte machine weken niet hersteld', 'unintentional'],
        ['authenticity', 'Nieuwe werkuren enkel via e-mail meegedeeld', 'unknown'],
      ],
    },
    given: {
      deposit: [
        ['service', 'Ploeg bleef vrijwillig langer voor de spoedorder'],
        ['learning', 'Verbetervoorstel ingediend om zaagverlies te beperken'],
        ['competence', 'Nieuwe machine zonder uitval opgestart'],
        ['honesty', 'Fout in een reeks zelf gemeld vóór verzending'],
        ['result', 'Productiedoel van het kwartaal gehaald'],
        ['authenticity', 'Open gesprek over de werkdruk aangegaan'],
      ],
      withdrawal: [
        ['result', 'Serie met maatfout doorgelaten naar de klant', 'unintentional'],
        ['fair_play', 'Veiligheidsvoorschriften aan de zaagmachine genegeerd', 'intentional'],
        ['transparency', 'Storing aan de machine niet gemeld', 'unknown'],
        ['honesty', 'Afwezigheid niet correct gemeld', 'intentional'],
      ],
    },
  },
  verkoop: {
    received: {
      deposit: [
        ['transparency', 'Commerciële doelen en marges open toegelicht'],
        ['fairness', 'Bonusregeling eerlijk herzien na een moeilijk kwartaal'],
        ['learning', 'Opleiding onderhandelen aangeboden'],
        ['authenticity', 'Zaakvoerder vierde een grote order mee met het team'],
        ['service', 'Nieuwe stalen en catalogi op tijd geleverd'],
        ['competence', 'Haalbare levertermijnen vooraf afgestemd met de werkplaats'],
        ['result', 'Beloofde klantensoftware in gebruik genomen'],
      ],
      withdrawal: [
        ['fair_play', 'Klant van een verkoper overgenomen zonder overleg', 'unknown'],
        ['transparency', 'Prijsverhoging niet tijdig aan het team gemeld', 'unintentional'],
        ['fairness', 'Bonus later uitbetaald dan afgesproken', 'unintentional'],
        ['service', 'Technische vraag voor een offerte bleef dagen liggen', 'unintentional'],
      ],
    },
    given: {
      deposit: [
        ['result', 'Kwartaaldoel gehaald'],
        ['service', 'Klacht van een klant zelf ter plaatse opgelost'],
        ['honesty', 'Eerlijk gemeld dat een order verloren ging'],
        ['learning', 'Feedback van klanten gebundeld voor de collectie'],
        ['competence', 'Sterk offertedossier voor een nieuw project'],
        ['transparency', 'Verkoopkansen wekelijks bijgewerkt'],
      ],
      withdrawal: [
        ['honesty', 'Levertermijn beloofd die de werkplaats niet kan halen', 'unknown'],
        ['transparency', 'Kortingsafspraak met een klant niet doorgegeven', 'unintentional'],
        ['fair_play', 'Offerte verstuurd buiten de prijsrichtlijnen', 'intentional'],
      ],
    },
  },
  sociaal: {
    received: {
      deposit: [
        ['transparency', 'Jaarcijfers toegelicht op de ondernemingsraad'],
        ['fair_play', 'Overlegkalender met de ondernemingsraad nageleefd'],
        ['fairness', 'Akkoord over de eindejaarspremie correct uitgevoerd'],
        ['honesty', 'Moeilijke orderperiode eerlijk aangekondigd'],
        ['learning', 'Voorstellen van het comité preventie uitgevoerd'],
      ],
      withdrawal: [
        ['transparency', 'Agenda van de ondernemingsraad laat bezorgd', 'unintentional'],
        ['fair_play', 'Vergadering van het comité preventie afgelast', 'unknown'],
      ],
    },
    given: {
      deposit: [
        ['fair_play', 'Afspraken uit het overleg loyaal uitgedragen op de werkvloer'],
        ['authenticity', 'Afgevaardigden kwamen met een constructief voorstel'],
        ['transparency', 'Bezorgdheden van de ploeg vroeg gesignaleerd'],
        ['competence', 'Goed voorbereid dossier over de werkdruk'],
      ],
      withdrawal: [
        ['fair_play', 'Overlegpunten eerst via de pers gecommuniceerd', 'intentional'],
        ['honesty', 'Cijfers uit het overleg selectief doorgegeven', 'unknown'],
      ],
    },
  },
  buurt: {
    received: {
      deposit: [
        ['fairness', 'Vrachtverkeer omgeleid buiten de schooluren'],
        ['transparency', 'Infoavond gehouden over de uitbreiding van de werkplaats'],
        ['authenticity', 'Restanthout geschonken aan de jeugdbeweging'],
        ['result', 'Afspraak over de werkuren van de zaagloods nageleefd'],
        ['honesty', 'Stofincident zelf gemeld aan de buren'],
        ['service', 'Dorpsfeest gesponsord en tafels uitgeleend'],
        ['learning', 'Klachten over lawaai besproken en afzuiging gedempt'],
      ],
      withdrawal: [
        ['fairness', 'Zaagwerk tot laat op de avond', 'unknown'],
        ['fair_play', 'Vrachtwagens geparkeerd in de woonstraat', 'unintentional'],
        ['result', 'Beloofde beplanting langs de loods niet uitgevoerd', 'unknown'],
      ],
    },
    given: {
      deposit: [
        ['authenticity', 'Buren bedankten voor het opruimen van het braakliggend terrein'],
        ['fair_play', 'Klacht eerst rechtstreeks bij ons gemeld'],
        ['service', 'Vereniging hielp bij de opendeurdag'],
      ],
      withdrawal: [
        ['fair_play', 'Klacht via sociale media in plaats van rechtstreeks', 'intentional'],
        ['honesty', 'Overdreven voorstelling van de geluidsoverlast', 'unknown'],
      ],
    },
  },
  overheid: {
    received: {
      deposit: [
        ['fair_play', 'Vergunningsvoorwaarden correct nageleefd bij controle'],
        ['honesty', 'Incident met afvalwater zelf gemeld'],
        ['competence', 'Volledig en duidelijk dossier ingediend'],
        ['result', 'Opmerkingen uit de vorige controle tijdig weggewerkt'],
        ['learning', 'Houtafval voortaan verwerkt tot pellets'],
        ['transparency', 'Registers zonder aandringen ter inzage gegeven'],
      ],
      withdrawal: [
        ['competence', 'Dossier onvolledig ingediend', 'unintentional'],
        ['result', 'Termijn voor een verbeterpunt overschreden', 'unintentional'],
        ['fair_play', 'Opslag van lakken niet volgens de voorschriften', 'unknown'],
      ],
    },
    given: {
      deposit: [
        ['service', 'Aanvraag binnen de termijn behandeld'],
        ['transparency', 'Plannen voor de rondweg vooraf toegelicht'],
        ['competence', 'Bruikbaar advies gegeven bij de controle'],
        ['fairness', 'Redelijke termijn gegeven om een tekortkoming te herstellen'],
      ],
      withdrawal: [
        ['transparency', 'Wegenwerken gestart zonder aankondiging', 'unknown'],
        ['result', 'Toegezegde premie maanden te laat uitbetaald', 'unintentional'],
        ['fairness', 'Strengere interpretatie dan bij andere bedrijven', 'unknown'],
      ],
    },
  },
  pers: {
    received: {
      deposit: [
        ['transparency', 'Vragen van de journalist snel en open beantwoord'],
        ['authenticity', 'Zaakvoerder gaf een eerlijk interview over de opvolging'],
        ['honesty', 'Tijdelijke werkloosheid zelf bekendgemaakt'],
      ],
      withdrawal: [
        ['transparency', 'Vragen over de reorganisatie ontweken', 'intentional'],
        ['service', 'Persbericht pas na de deadline bezorgd', 'unintentional'],
      ],
    },
    given: {
      deposit: [
        ['fairness', 'Evenwichtig artikel met ons weerwoord'],
        ['honesty', 'Citaten vooraf ter controle voorgelegd'],
        ['competence', 'Degelijk achtergrondartikel over de houtsector'],
      ],
      withdrawal: [
        ['fairness', 'Artikel gepubliceerd zonder ons weerwoord', 'unknown'],
        ['honesty', 'Kop die een beperkt ontslag sterk opblies', 'intentional'],
      ],
    },
  },
  school: {
    received: {
      deposit: [
        ['service', 'Werkplaats opengesteld voor leerlingen houtbewerking'],
        ['competence', 'Stagiairs goed begeleid door ervaren schrijnwerkers'],
        ['result', 'Stageplaatsen aangeboden zoals beloofd'],
        ['learning', 'Machine geschonken aan het praktijklokaal'],
        ['authenticity', 'Schrijnwerker gaf een gastles over vakmanschap'],
      ],
      withdrawal: [
        ['result', 'Toegezegde stageplaatsen niet aangeboden', 'unknown'],
        ['service', 'Evaluatie van een stagiair te laat ingevuld', 'unintentional'],
      ],
    },
    given: {
      deposit: [
        ['result', 'Gemotiveerde stagiairs gestuurd zoals afgesproken'],
        ['transparency', 'Lesprogramma vooraf met ons afgestemd'],
        ['service', 'Stagebegeleider kwam snel ter plaatse bij een probleem'],
      ],
      withdrawal: [['fair_play', 'Stagiair zonder overleg vroegtijdig teruggetrokken', 'unknown']],
    },
  },
  ontwerp: {
    received: {
      deposit: [
        ['fair_play', 'Ontwerper correct vermeld in de catalogus'],
        ['result', 'Prototype op de afgesproken datum klaar'],
        ['transparency', 'Kostprijs van het prototype open gedeeld'],
        ['fairness', 'Vergoeding correct en tijdig uitbetaald'],
        ['competence', 'Moeilijke houtverbinding toch maakbaar gemaakt'],
        ['authenticity', 'Samen op de beurs gestaan'],
        ['learning', 'Feedback van het vorige project meegenomen'],
      ],
      withdrawal: [
        ['result', 'Prototype twee weken te laat', 'unintentional'],
        ['transparency', 'Ontwerp aangepast zonder overleg', 'unknown'],
        ['service', 'Vragen over maatvoering bleven liggen', 'unintentional'],
      ],
    },
    given: {
      deposit: [
        ['result', 'Tekeningen op tijd en volledig aangeleverd'],
        ['honesty', 'Zelf een fout in de tekeningen gemeld'],
        ['competence', 'Sterk ontwerp dat vlot te produceren is'],
        ['service', 'Klanten naar onze toonzaal doorverwezen'],
        ['learning', 'Ontwerp aangepast aan onze machines'],
      ],
      withdrawal: [
        ['result', 'Tekeningen te laat aangeleverd', 'unintentional'],
        ['fair_play', 'Gelijkaardig ontwerp aan een concurrent verkocht', 'intentional'],
      ],
    },
  },
  sector: {
    received: {
      deposit: [
        ['fair_play', 'Samen opgetreden in de sectorfederatie'],
        ['service', 'Spoedorder van hen collegiaal overgenomen'],
        ['honesty', 'Correcte vergelijking in onze verkoopargumenten'],
        ['fairness', 'Geen personeel actief weggehaald'],
      ],
      withdrawal: [
        ['fair_play', 'Verkoper sprak negatief over hun kwaliteit bij een klant', 'unknown'],
        ['fairness', 'Ervaren schrijnwerker weggehaald met een hoger loon', 'intentional'],
      ],
    },
    given: {
      deposit: [
        ['service', 'Collegiaal een spoedorder van ons overgenomen'],
        ['transparency', 'Open gesprek over de krapte op de houtmarkt'],
        ['fair_play', 'Gezamenlijke opleiding voor de sector mee georganiseerd'],
      ],
      withdrawal: [
        ['fair_play', 'Ons ontwerp nagemaakt voor een goedkopere reeks', 'intentional'],
        ['honesty', 'Onjuiste uitspraken over onze prijzen bij een klant', 'unknown'],
      ],
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Stakeholders
// ---------------------------------------------------------------------------------------------

/** Seeded background activity on one account: entries per year and the share that are deposits. */
interface Activity {
  readonly perYear: number;
  readonly depositShare: number;
  /** Background only within this window of days before today (default: the whole horizon). */
  readonly window?: readonly [oldest: number, newest: number];
}

interface StakeholderSpec {
  readonly key: string;
  readonly name: string;
  readonly category: KnownCategory;
  readonly level: Level;
  /** importance, influence, interest, vulnerability */
  readonly ratings: readonly [number, number, number, number];
  readonly tags: readonly string[];
  readonly startedDaysAgo: number;
  readonly scope: Scope;
  readonly cadenceDays: number;
  readonly group: Group;
  readonly received: Activity;
  readonly given: Activity;
}

const STAKEHOLDERS: readonly StakeholderSpec[] = [
  {
    key: 'raad-van-bestuur',
    name: 'Raad van bestuur',
    category: 'board',
    level: 'organisational',
    ratings: [5, 5, 4, 2],
    tags: ['bestuur', 'governance'],
    startedDaysAgo: 9_130,
    scope: 'relationship',
    cadenceDays: 90,
    group: 'bestuur',
    received: { perYear: 6, depositShare: 0.92 },
    given: { perYear: 5, depositShare: 0.92 },
  },
  {
    key: 'gedelegeerd-bestuurder',
    name: 'Gedelegeerd bestuurder (derde generatie)',
    category: 'ceo',
    level: 'relational',
    ratings: [5, 5, 5, 3],
    tags: ['bestuur', 'familie'],
    startedDaysAgo: 4_020,
    scope: 'relationship',
    cadenceDays: 30,
    group: 'bestuur',
    received: { perYear: 8, depositShare: 0.92 },
    given: { perYear: 8, depositShare: 0.93 },
  },
  {
    key: 'directiecomite',
    name: 'Directiecomité',
    category: 'executive_committee',
    level: 'relational',
    ratings: [4, 4, 5, 2],
    tags: ['bestuur', 'management'],
    startedDaysAgo: 2_480,
    scope: 'need',
    cadenceDays: 30,
    group: 'bestuur',
    received: { perYear: 8, depositShare: 0.9 },
    given: { perYear: 8, depositShare: 0.9 },
  },
  {
    key: 'familiale-aandeelhouders',
    name: 'Familiale aandeelhouders (familieholding)',
    category: 'shareholders',
    level: 'relational',
    ratings: [5, 5, 4, 3],
    tags: ['familie', 'eigenaars'],
    startedDaysAgo: 24_800,
    scope: 'relationship',
    cadenceDays: 90,
    group: 'bestuur',
    received: { perYear: 6, depositShare: 0.92 },
    given: { perYear: 4, depositShare: 0.92 },
  },
  {
    key: 'spaarbank-ijzervallei',
    name: 'Spaarbank IJzervallei',
    category: 'financial_institutions',
    level: 'organisational',
    ratings: [4, 4, 3, 2],
    tags: ['financiering', 'krediet'],
    startedDaysAgo: 15_300,
    scope: 'need',
    cadenceDays: 90,
    group: 'bank',
    received: { perYear: 5, depositShare: 0.9 },
    given: { perYear: 5, depositShare: 0.88 },
  },
  {
    key: 'woonketen-nestel',
    name: 'Woonketen Nestel',
    category: 'customers',
    level: 'market',
    ratings: [5, 4, 4, 2],
    tags: ['klant', 'retail', 'sleutelklant'],
    startedDaysAgo: 3_210,
    scope: 'need',
    cadenceDays: 30,
    group: 'klant',
    received: { perYear: 14, depositShare: 0.9 },
    given: { perYear: 10, depositShare: 0.88 },
  },
  {
    key: 'hotelgroep-strandhaver',
    name: 'Hotelgroep Strandhaver',
    category: 'customers',
    level: 'organisational',
    ratings: [4, 3, 4, 3],
    tags: ['klant', 'projecten', 'horeca'],
    startedDaysAgo: 2_190,
    scope: 'need',
    cadenceDays: 60,
    group: 'klant',
    received: { perYear: 10, depositShare: 0.97, window: [HORIZON_DAYS, 400] },
    given: { perYear: 6, depositShare: 0.88 },
  },
  {
    key: 'particuliere-klanten',
    name: 'Particuliere klanten (toonzaal en webshop)',
    category: 'customers',
    level: 'market',
    ratings: [4, 3, 3, 4],
    tags: ['klant', 'particulier', 'webshop'],
    startedDaysAgo: 24_800,
    scope: 'contract',
    cadenceDays: 30,
    group: 'klant',
    received: { perYear: 16, depositShare: 0.88 },
    given: { perYear: 6, depositShare: 0.9 },
  },
  {
    key: 'zagerij-eikenwoud',
    name: 'Zagerij Eikenwoud',
    category: 'suppliers',
    level: 'organisational',
    ratings: [5, 4, 3, 3],
    tags: ['leverancier', 'eikenhout', 'grondstof'],
    startedDaysAgo: 12_050,
    scope: 'relationship',
    cadenceDays: 60,
    group: 'leverancier',
    received: { perYear: 8, depositShare: 0.92 },
    given: { perYear: 12, depositShare: 0.88 },
  },
  {
    key: 'beslaghandel-vijs-en-moer',
    name: 'Beslaghandel Vijs & Moer',
    category: 'suppliers',
    level: 'organisational',
    ratings: [3, 2, 2, 3],
    tags: ['leverancier', 'beslag'],
    startedDaysAgo: 5_020,
    scope: 'contract',
    cadenceDays: 90,
    group: 'leverancier',
    received: { perYear: 5, depositShare: 0.9 },
    given: { perYear: 8, depositShare: 0.85 },
  },
  {
    key: 'lakfabriek-groenglans',
    name: 'Lakfabriek Groenglans',
    category: 'suppliers',
    level: 'organisational',
    ratings: [3, 2, 3, 3],
    tags: ['leverancier', 'lak', 'nieuw'],
    startedDaysAgo: 41,
    scope: 'contract',
    cadenceDays: 30,
    group: 'leverancier',
    received: { perYear: 0, depositShare: 1 },
    given: { perYear: 0, depositShare: 1 },
  },
  {
    key: 'accountantskantoor-telraam',
    name: 'Accountantskantoor Telraam',
    category: 'advisors',
    level: 'relational',
    ratings: [3, 3, 3, 2],
    tags: ['adviseur', 'boekhouding'],
    startedDaysAgo: 7_300,
    scope: 'relationship',
    cadenceDays: 90,
    group: 'adviseur',
    received: { perYear: 4, depositShare: 0.93 },
    given: { perYear: 5, depositShare: 0.93 },
  },
  {
    key: 'meubelfabriek-polderhout',
    name: 'Meubelfabriek Polderhout',
    category: 'competitors',
    level: 'market',
    ratings: [3, 3, 2, 2],
    tags: ['concurrent', 'sector'],
    startedDaysAgo: 10_200,
    scope: 'contract',
    cadenceDays: 180,
    group: 'sector',
    received: { perYear: 2, depositShare: 0.85 },
    given: { perYear: 2, depositShare: 0.75 },
  },
  {
    key: 'omwonenden-industrieweg',
    name: 'Omwonenden Industrieweg',
    category: 'environment',
    level: 'societal',
    ratings: [3, 2, 4, 4],
    tags: ['buurt', 'omgeving', 'geluid'],
    startedDaysAgo: 24_800,
    scope: 'need',
    cadenceDays: 90,
    group: 'buurt',
    received: { perYear: 5, depositShare: 0.85 },
    given: { perYear: 3, depositShare: 0.85 },
  },
  {
    key: 'dorpsgemeenschap',
    name: 'Dorpsgemeenschap en verenigingen',
    category: 'society',
    level: 'societal',
    ratings: [2, 2, 3, 3],
    tags: ['gemeenschap', 'verenigingen'],
    startedDaysAgo: 24_800,
    scope: 'relationship',
    cadenceDays: 180,
    group: 'buurt',
    received: { perYear: 4, depositShare: 0.95 },
    given: { perYear: 3, depositShare: 0.95 },
  },
  {
    key: 'gemeentebestuur',
    name: 'Gemeentebestuur',
    category: 'government',
    level: 'societal',
    ratings: [4, 4, 3, 2],
    tags: ['overheid', 'vergunningen'],
    startedDaysAgo: 24_800,
    scope: 'need',
    cadenceDays: 180,
    group: 'overheid',
    received: { perYear: 5, depositShare: 0.93 },
    given: { perYear: 4, depositShare: 0.88 },
  },
  {
    key: 'milieu-en-arbeidsinspectie',
    name: 'Milieu- en arbeidsinspectie',
    category: 'justice',
    level: 'societal',
    ratings: [3, 4, 2, 2],
    tags: ['toezicht', 'regelgeving'],
    startedDaysAgo: 8_400,
    scope: 'contract',
    cadenceDays: 365,
    group: 'overheid',
    received: { perYear: 2, depositShare: 0.95 },
    given: { perYear: 2, depositShare: 0.88 },
  },
  {
    key: 'regionale-krant-de-kustbode',
    name: 'Regionale krant De Kustbode',
    category: 'media',
    level: 'societal',
    ratings: [3, 4, 2, 2],
    tags: ['media', 'pers'],
    startedDaysAgo: 6_100,
    scope: 'contract',
    cadenceDays: 180,
    group: 'pers',
    received: { perYear: 3, depositShare: 0.88 },
    given: { perYear: 3, depositShare: 0.8 },
  },
  {
    key: 'vakschool-houtland',
    name: 'Vakschool Houtland, afdeling hout',
    category: 'education',
    level: 'societal',
    ratings: [3, 2, 4, 3],
    tags: ['onderwijs', 'stages', 'duaal leren'],
    startedDaysAgo: 1_900,
    scope: 'need',
    cadenceDays: 90,
    group: 'school',
    received: { perYear: 5, depositShare: 0.92 },
    given: { perYear: 4, depositShare: 0.92 },
  },
  {
    key: 'studio-nerf-en-lijn',
    name: 'Studio Nerf & Lijn (ontwerpers)',
    category: 'business_partners',
    level: 'organisational',
    ratings: [3, 3, 4, 3],
    tags: ['partner', 'ontwerp', 'collectie'],
    startedDaysAgo: 610,
    scope: 'need',
    cadenceDays: 60,
    group: 'ontwerp',
    received: { perYear: 8, depositShare: 0.9 },
    given: { perYear: 6, depositShare: 0.95 },
  },
  {
    key: 'atelier-dwarsligger',
    name: 'Atelier Dwarsligger architecten',
    category: 'business_partners',
    level: 'market',
    ratings: [2, 2, 3, 2],
    tags: ['partner', 'voorschrijver', 'nieuw'],
    startedDaysAgo: 74,
    scope: 'contract',
    cadenceDays: 60,
    group: 'ontwerp',
    received: { perYear: 0, depositShare: 1 },
    given: { perYear: 0, depositShare: 1 },
  },
  {
    key: 'productieteam',
    name: 'Productieteam werkplaats',
    category: 'employees',
    level: 'organisational',
    ratings: [5, 4, 5, 4],
    tags: ['medewerkers', 'productie', 'werkplaats'],
    startedDaysAgo: 24_800,
    scope: 'relationship',
    cadenceDays: 30,
    group: 'productie',
    received: { perYear: 14, depositShare: 0.9, window: [HORIZON_DAYS, 91] },
    given: { perYear: 10, depositShare: 0.9 },
  },
  {
    key: 'verkoop-en-projectteam',
    name: 'Verkoop- en projectteam',
    category: 'employees',
    level: 'organisational',
    ratings: [4, 3, 4, 3],
    tags: ['medewerkers', 'verkoop', 'projecten'],
    startedDaysAgo: 5_150,
    scope: 'need',
    cadenceDays: 30,
    group: 'verkoop',
    received: { perYear: 10, depositShare: 0.9 },
    given: { perYear: 9, depositShare: 0.93 },
  },
  {
    key: 'vakbond',
    name: 'Syndicale afvaardiging',
    category: 'social_partners',
    level: 'organisational',
    ratings: [4, 4, 5, 4],
    tags: ['sociaal overleg', 'ondernemingsraad'],
    startedDaysAgo: 6_000,
    scope: 'contract',
    cadenceDays: 60,
    group: 'sociaal',
    received: { perYear: 6, depositShare: 0.85, window: [HORIZON_DAYS, 300] },
    given: { perYear: 5, depositShare: 0.85 },
  },
];

// ---------------------------------------------------------------------------------------------
// Entries
// ---------------------------------------------------------------------------------------------

/** An entry before dates and indices are fixed: `daysAgo` counts back from `today`. */
interface Draft {
  readonly seq: number;
  readonly stakeholderKey: string;
  readonly direction: Direction;
  readonly daysAgo: number;
  readonly foundation: Foundation;
  readonly amount: number;
  readonly intent: Intent | null;
  readonly note: string;
  readonly reversesSeq?: number;
}

/**
 * Background amounts stay within ±1…±3 (mostly ±1 and ±2); the major and defining moments (±4, ±5)
 * are all scripted, with notes that carry their weight.
 */
const DEPOSIT_AMOUNTS: readonly (readonly [number, number])[] = [
  [1, 50],
  [2, 37],
  [3, 13],
];
const WITHDRAWAL_AMOUNTS: readonly (readonly [number, number])[] = [
  [1, 55],
  [2, 35],
  [3, 10],
];

class DraftBook {
  readonly drafts: Draft[] = [];

  /** Books one entry; a withdrawal without an intent is booked as `unknown`. */
  add(
    stakeholderKey: string,
    direction: Direction,
    daysAgo: number,
    amount: number,
    foundation: Foundation,
    note: string,
    intent: Intent | null = null,
  ): Draft {
    const draft: Draft = {
      seq: this.drafts.length,
      stakeholderKey,
      direction,
      daysAgo,
      foundation,
      amount,
      intent: amount > 0 ? null : (intent ?? 'unknown'),
      note,
    };
    this.drafts.push(draft);
    return draft;
  }

  /** Books the reversal of `original`: the same account, date, foundation, amount and intent. */
  reverse(original: Draft, note: string): Draft {
    const draft: Draft = { ...original, seq: this.drafts.length, note, reversesSeq: original.seq };
    this.drafts.push(draft);
    return draft;
  }
}

function backgroundEntries(book: DraftBook, spec: StakeholderSpec): void {
  for (const direction of ['received', 'given'] as const) {
    const activity = spec[direction];
    const random = SeededRandom.forStream(SEED, `${spec.key}/${direction}`);
    const [windowOldest, windowNewest] = activity.window ?? [HORIZON_DAYS, 0];
    const oldest = Math.min(windowOldest, spec.startedDaysAgo);
    if (oldest < windowNewest) continue;
    const count = Math.round((activity.perYear * (oldest - windowNewest)) / 365);
    const pools = NOTES[spec.group][direction];
    for (let i = 0; i < count; i++) {
      const daysAgo = random.int(windowNewest, oldest);
      if (random.chance(activity.depositShare)) {
        const [foundation, note] = random.pick(pools.deposit);
        book.add(spec.key, direction, daysAgo, random.weighted(DEPOSIT_AMOUNTS), foundation, note);
      } else {
        const [foundation, note, intent] = random.pick(pools.withdrawal);
        book.add(spec.key, direction, daysAgo, -random.weighted(WITHDRAWAL_AMOUNTS), foundation, note, intent);
      }
    }
  }
}

/** Storyline 1: the union loses its trust in us after a broken promise on wages. */
function unionStory(book: DraftBook): void {
  const key = 'vakbond';
  book.add(key, 'received', 262, 1, 'transparency', 'Jaarcijfers toegelicht op de ondernemingsraad');
  book.add(key, 'received', 250, -4, 'result', 'Beloofde loonsverhoging zonder overleg een jaar uitgesteld', 'intentional');
  book.add(key, 'received', 236, -2, 'fair_play', 'Gevraagd overleg pas na drie weken ingepland', 'unknown');
  book.add(key, 'received', 181, -3, 'fair_play', 'Nieuwe ploegenregeling ingevoerd zonder advies van de ondernemingsraad', 'intentional');
  book.add(key, 'received', 122, 1, 'transparency', 'Orderboek toegelicht, zonder nieuwe toezegging');
  book.add(key, 'received', 64, -2, 'result', 'Beloofde evaluatie van de ploegenregeling opnieuw verschoven', 'intentional');
  book.add(key, 'received', 47, -1, 'honesty', 'Besparingsplan eerst via de pers vernomen', 'unintentional');
  book.add(key, 'received', 19, 1, 'authenticity', 'Informeel gesprek van de zaakvoerder met de afgevaardigden');
  book.add(key, 'given', 58, -2, 'fair_play', 'Actie aangekondigd in de pers vóór het overleg', 'intentional');
}

/** Storyline 2: a botched hotel delivery breaks the hotel group's trust; sustained repair restores it. */
function hotelStory(book: DraftBook): void {
  const key = 'hotelgroep-strandhaver';
  book.add(key, 'received', 383, -5, 'competence', 'Meubilair voor 140 kamers met gescheurde tafelbladen; opening hotel uitgesteld', 'unintentional');
  book.add(key, 'received', 376, -3, 'honesty', 'Schuld eerst bij de transporteur gelegd', 'unknown');
  book.add(key, 'received', 368, 3, 'authenticity', 'Zaakvoerder bood persoonlijk excuses aan en nam de verantwoordelijkheid op');
  book.add(key, 'received', 352, 4, 'service', 'Alle tafelbladen binnen drie weken kosteloos vervangen');
  book.add(key, 'received', 331, 2, 'transparency', "Kwaliteitscontrole per lading met foto's gedeeld");
  book.add(key, 'received', 305, 3, 'learning', 'Oorzaak onderzocht (te vochtig hout) en droogproces aangepast');
  book.add(key, 'received', 200, 3, 'fairness', 'Schadevergoeding voor de uitgestelde opening aangeboden');
  book.add(key, 'received', 152, -1, 'competence', 'Kleine lakschade bij levering van het restaurantmeubilair', 'unintentional');
  book.add(key, 'received', 95, 3, 'result', 'Tweede hotel volledig en op tijd ingericht');
  // Sustained repair: a steady rhythm of small, concrete deposits.
  const repairs: readonly Note[] = [
    ['result', 'Deellevering volledig en op de afgesproken dag'],
    ['transparency', 'Vochtmeting van elke lading meegestuurd'],
    ['service', 'Technieker binnen 48 uur ter plaatse'],
    ['competence', 'Staalstukken vooraf getest in een proefkamer'],
    ['honesty', 'Mogelijke vertraging meteen gemeld, met een oplossing'],
    ['transparency', 'Wekelijkse stand van de productie gedeeld'],
    ['service', 'Kwaliteitsverantwoordelijke aanwezig bij elke oplevering'],
    ['learning', 'Herstel samen met de hotelgroep geëvalueerd'],
    ['result', 'Kamers opgeleverd zonder opmerkingen'],
  ];
  const random = SeededRandom.forStream(SEED, `${key}/repair`);
  let daysAgo = 288;
  for (let i = 0; daysAgo > 0; i++, daysAgo -= random.int(14, 24)) {
    const [foundation, note] = repairs[i % repairs.length] as Note;
    book.add(key, 'received', daysAgo, random.weighted<number>([[1, 20], [2, 55], [3, 25]]), foundation, note);
  }
  book.add(key, 'given', 370, -1, 'fair_play', 'Betaling van de lopende facturen opgeschort tot het herstel', 'intentional');
  book.add(key, 'given', 240, 2, 'fairness', 'Hotelgroep gaf ons een tweede kans voor het volgende hotel');
}

/** Storyline 3: small incidents pile up with the production team in the last 90 days. */
function productionStory(book: DraftBook): void {
  const key = 'productieteam';
  book.add(key, 'received', 84, 1, 'transparency', 'Orderboek toegelicht op de personeelsvergadering');
  book.add(key, 'received', 79, -1, 'transparency', 'Overuren pas de dag zelf aangekondigd', 'unintentional');
  book.add(key, 'received', 61, 2, 'learning', 'Opleiding CNC-programmatie gestart');
  book.add(key, 'received', 53, -1, 'result', 'Beloofde veiligheidsschoenen een maand te laat geleverd', 'unintentional');
  book.add(key, 'received', 34, -2, 'fair_play', 'Planning gewijzigd zonder overleg met de ploegbaas', 'unknown');
  book.add(key, 'received', 22, 1, 'authenticity', 'Zaakvoerder at mee met de ploeg na de grote levering');
  book.add(key, 'received', 11, -1, 'service', 'Defecte afzuiging twee weken niet hersteld', 'unintentional');
}

/** Storyline 5 and other scripted moments: new relations, defining moments, corrections. */
function otherMoments(book: DraftBook): void {
  // New relations: little evidence yet.
  book.add('lakfabriek-groenglans', 'given', 27, 1, 'transparency', 'Veiligheidsfiches en samenstelling vooraf bezorgd');
  book.add('lakfabriek-groenglans', 'received', 9, 1, 'result', 'Eerste factuur binnen de termijn betaald');
  book.add('atelier-dwarsligger', 'received', 60, 1, 'competence', 'Haalbaarheid van de maatkasten snel doorgerekend');
  book.add('atelier-dwarsligger', 'given', 16, 1, 'result', 'Eerste werftekeningen volledig aangeleverd');

  // Defining moments.
  book.add('familiale-aandeelhouders', 'received', 540, 4, 'fairness', 'Opvolging in de derde generatie open en eerlijk geregeld');
  book.add('spaarbank-ijzervallei', 'given', 415, 4, 'fairness', 'Nieuwe lakstraat gefinancierd tegen faire voorwaarden');
  book.add('gedelegeerd-bestuurder', 'given', 300, 3, 'authenticity', 'Koos openlijk voor de werkplaats in de Westhoek in plaats van delokalisatie');
  book.add('woonketen-nestel', 'given', 210, -3, 'fair_play', 'Eigen goedkopere reeks gelanceerd op basis van ons model', 'intentional');
  book.add('regionale-krant-de-kustbode', 'received', 130, 3, 'authenticity', 'Open deur op de werkplaats voor de reportage over drie generaties');
  book.add('omwonenden-industrieweg', 'received', 100, 3, 'result', 'Geluidsscherm langs de zaagloods afgewerkt zoals beloofd');
  book.add('zagerij-eikenwoud', 'given', 600, 4, 'fair_play', 'Voorraad eik voor ons vastgehouden tijdens de houtschaarste');
  book.add('productieteam', 'given', 470, 4, 'service', 'Ploeg werkte een weekend door na de waterschade in de loods');
  book.add('verkoop-en-projectteam', 'received', 450, 4, 'fairness', 'Winstdeling ingevoerd voor het hele team');
  book.add('particuliere-klanten', 'received', 560, -4, 'competence', 'Terugroepactie: wankele stoelpoten in een reeks eetkamerstoelen', 'unintentional');
  book.add('particuliere-klanten', 'received', 548, 3, 'service', 'Alle stoelen van de reeks gratis thuis hersteld');

  // Corrections: entries booked by mistake, reversed as in bookkeeping.
  const wrongCustomer = book.add('woonketen-nestel', 'received', 142, -2, 'result', 'Bestelling onvolledig geleverd: twee kasten ontbraken', 'unintentional');
  book.reverse(wrongCustomer, 'Correctie: per vergissing op Woonketen Nestel geboekt; de onvolledige levering betrof een particuliere klant');
  book.add('particuliere-klanten', 'received', 142, -2, 'result', 'Bestelling onvolledig geleverd: twee kasten ontbraken', 'unintentional');
  const duplicate = book.add('gemeentebestuur', 'given', 67, 2, 'service', 'Omgevingsvergunning voor de nieuwe loods binnen de termijn verleend');
  book.add('gemeentebestuur', 'given', 67, 2, 'service', 'Omgevingsvergunning voor de nieuwe loods binnen de termijn verleend');
  book.reverse(duplicate, 'Correctie: dubbel geboekt');
}

function finalise(drafts: readonly Draft[], today: IsoDate): DemoEntry[] {
  const ordered = [...drafts].sort(
    (a, b) =>
      b.daysAgo - a.daysAgo ||
      Number(a.reversesSeq !== undefined) - Number(b.reversesSeq !== undefined) ||
      a.seq - b.seq,
  );
  const indexOfSeq = new Map(ordered.map((draft, index) => [draft.seq, index]));
  return ordered.map((draft) => {
    const entry: DemoEntry = {
      stakeholderKey: draft.stakeholderKey,
      direction: draft.direction,
      occurredOn: addDays(today, -draft.daysAgo),
      foundation: draft.foundation,
      amount: draft.amount,
      intent: draft.intent,
      note: draft.note,
    };
    if (draft.reversesSeq !== undefined) {
      const index = indexOfSeq.get(draft.reversesSeq);
      if (index === undefined) throw new Error(`reversal of an unknown entry (${draft.reversesSeq})`);
      entry.reversesIndex = index;
    }
    return entry;
  });
}

/** The demo organisation as of `today`: the same `today` always gives the same data. */
export function buildDemoOrganisation(today: IsoDate): DemoOrganisation {
  const stakeholders: DemoStakeholder[] = STAKEHOLDERS.map((spec) => {
    const [importance, influence, interest, vulnerability] = spec.ratings;
    return {
      key: spec.key,
      name: spec.name,
      category: spec.category,
      level: spec.level,
      importance,
      influence,
      interest,
      vulnerability,
      tags: [...spec.tags],
      relation: {
        startedOn: addDays(today, -spec.startedDaysAgo),
        scope: spec.scope,
        cadenceDays: spec.cadenceDays,
      },
    };
  });

  const book = new DraftBook();
  for (const spec of STAKEHOLDERS) backgroundEntries(book, spec);
  unionStory(book);
  hotelStory(book);
  productionStory(book);
  otherMoments(book);

  return {
    name: 'Meubelmakerij Lindenhof',
    description:
      'Fictief familiebedrijf in de Westhoek: een meubelmakerij in de derde generatie die massief ' +
      'eikenhouten tafels, stoelen en kasten maakt voor woonketens, hotels en particulieren. ' +
      'Demogegevens: alle namen zijn verzonnen.',
    stakeholders,
    entries: finalise(book.drafts, today),
  };
}
