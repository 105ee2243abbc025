import breachesEn from './breaches/en.json';
import breachesNl from './breaches/nl.json';
import dashboardEn from './dashboard/en.json';
import dashboardNl from './dashboard/nl.json';
import decisionsEn from './decisions/en.json';
import decisionsNl from './decisions/nl.json';
import en from './en.json';
import mapEn from './map/en.json';
import mapNl from './map/nl.json';
import nl from './nl.json';
import respondEn from './respond/en.json';
import respondNl from './respond/nl.json';
import scanResultsEn from './scan-results/en.json';
import scanResultsNl from './scan-results/nl.json';
import scansEn from './scans/en.json';
import scansNl from './scans/nl.json';
import stakeholderListEn from './stakeholder-list/en.json';
import stakeholderListNl from './stakeholder-list/nl.json';

/**
 * The texts of the interface, one tree per language. The shared words live in `en.json` and
 * `nl.json`; each larger view keeps its own texts in a folder of its own, under a key named
 * after it (`t('map.title')`), so that views grow without crowding one file.
 */
export const RESOURCES = {
  en: { ...en, breaches: breachesEn, dashboard: dashboardEn, decisions: decisionsEn, map: mapEn, stakeholderList: stakeholderListEn, scans: scansEn, respond: respondEn, scanResults: scanResultsEn },
  nl: { ...nl, breaches: breachesNl, dashboard: dashboardNl, decisions: decisionsNl, map: mapNl, stakeholderList: stakeholderListNl, scans: scansNl, respond: respondNl, scanResults: scanResultsNl },
};

export type Translation = (typeof RESOURCES)['en'];
