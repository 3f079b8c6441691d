/**
 * Real queries in French and the page each must find in the top 5 (tests/browser/search-queries.test.ts).
 */
import type { QuerySet } from './query-set.ts';

export default [
  // Places and events.
  ['Arusha', '/fr/activities/afr-sg20-meeting-arusha-2023/'],
  ['Barbade', '/fr/countries/bb/'],
  ['Bélarus', '/fr/countries/by/'],
  ['Bobrouïsk', '/fr/activities/cis-ssc-training-bobruisk-2023/'],
  ['Abou Dhabi cyberexercice', '/fr/activities/arb-regional-cyberdrill-2023/'],
  ['Addis-Abeba', '/fr/forums/rdf-afr-2023/'],
  ['forum régional de développement Europe', '/fr/forums/rdf-eur-2023/'],
  ['Amériques accessibles', '/fr/activities/ams-accessible-americas-2023/'],
  ['séminaire des radiocommunications La Havane', '/fr/activities/ams-rrs-23-americas/'],
  ['radiodiffusion Ukraine', '/fr/activities/eur-ukraine-broadcasting-assessment/'],
  ['enchères 5G Colombie', '/fr/activities/ams-colombia-5g-auction-assistance/'],
  ['gestion du spectre', '/fr/activities/ams-spectrum-management-conference-2024/'],
  ['intelligence artificielle', '/fr/activities/asp-ai-multistakeholder-forum-2023/'],
  ['connectivité des écoles Giga', '/fr/activities/ams-giga-oecs-school-connectivity/'],
  // Acronyms, ITU's French ones included.
  ['VoLTE', '/fr/activities/cis-volte-roundtable-2023/'],
  ['engagements P2C Afrique', '/fr/forums/rdf-afr-2023/'],
  ['Coalition numérique P2C', '/fr/organizations/p2c-digital-coalition/'],
  ['AMNT-24 New Delhi', '/fr/activities/asp-wtsa-24-site-visit-2023/'],
  ['CMR-23 CITEL', '/fr/activities/ams-wrc-23-preparation-citel/'],
  ['rapport final CMDT-22', '/fr/references/wtdc-22-final-report/'],
  ['laboratoire de sécurité SFN', '/fr/activities/afr-dfs-security-lab-outreach/'],
  ['OECO', '/fr/activities/ams-giga-oecs-school-connectivity/'],
  ['pays de la CEI', '/fr/regions/cis/'],
  // Plurals.
  ['ville intelligente', '/fr/activities/arb-egypt-smart-cities-project/'],
  ['villes intelligentes Égypte', '/fr/activities/arb-egypt-smart-cities-project/'],
  ['service financier numérique', '/fr/activities/asp-dfs-security-clinic-2023/'],
  // Accents typed or omitted.
  ['économie circulaire', '/fr/activities/afr-ict-environment-symposium-2024/'],
  ['economie circulaire', '/fr/activities/afr-ict-environment-symposium-2024/'],
  ['États arabes', '/fr/regions/arb/'],
  ['Etats arabes', '/fr/regions/arb/'],
  ['métavers', '/fr/activities/afr-cities-metaverse-forum-2023/'],
  ['metavers', '/fr/activities/afr-cities-metaverse-forum-2023/'],
  ['Belarus', '/fr/countries/by/'],
  ['Bobrouisk', '/fr/activities/cis-ssc-training-bobruisk-2023/'],
  ['encheres 5G', '/fr/activities/ams-colombia-5g-auction-assistance/'],
  // Straight apostrophe typed where the site has the typographic one.
  ["Plan d'action de Kigali", '/fr/references/kigali-action-plan/'],
  ["numéro d'urgence", '/fr/activities/afr-wtsa-100-emergency-number/'],
  // Compounds written joined, spaced or hyphenated.
  ['cybersécurité', '/fr/activities/arb-regional-cyberdrill-2023/'],
  ['cyber-sécurité', '/fr/activities/arb-regional-cyberdrill-2023/'],
  ['cyber sécurité', '/fr/activities/arb-regional-cyberdrill-2023/'],
  ['cyber-exercice', '/fr/activities/arb-regional-cyberdrill-2023/'],
  ['Addis Abeba', '/fr/forums/rdf-afr-2023/'],
  ['AMNT 24 réunions préparatoires', '/fr/activities/arb-wtsa-24-preparatory-meetings/'],
  ['AMNT24', '/fr/activities/arb-wtsa-24-preparatory-meetings/'],
  // Numbers.
  ['Résolution 25', '/fr/resolutions/pp-25/'],
  ['résolution 100', '/fr/resolutions/wtsa-100/'],
  ['5G Ukraine', '/fr/activities/eur-5g-executive-training-ukraine-2024/'],
  ['RRS-23', '/fr/activities/ams-rrs-23-americas/'],
] satisfies QuerySet;
